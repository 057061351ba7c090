export interface PageInfoLinks {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/**
 * Links for cursor pagination in a GET form's URL, keeping every filter: the next page sets
 * `after` to the page's last cursor, the previous one `before` to its first; the first page drops
 * both.
 */
export function pageLinks(
  url: URL,
  pageInfo: PageInfoLinks,
): { previousHref: string | null; nextHref: string | null; firstHref: string | null } {
  const href = (set?: ['after' | 'before', string]) => {
    const params = new URLSearchParams(url.searchParams);
    params.delete('after');
    params.delete('before');
    if (set) params.set(...set);
    const query = params.toString();
    return query ? `${url.pathname}?${query}` : url.pathname;
  };
  const paged = url.searchParams.has('after') || url.searchParams.has('before');
  return {
    previousHref: pageInfo.hasPreviousPage && pageInfo.startCursor ? href(['before', pageInfo.startCursor]) : null,
    nextHref: pageInfo.hasNextPage && pageInfo.endCursor ? href(['after', pageInfo.endCursor]) : null,
    firstHref: paged && pageInfo.hasPreviousPage ? href() : null,
  };
}

/** The cursor arguments of a paged list from the URL: backwards with `before`, else forwards. */
export function pageArgs(url: URL, size: number) {
  const before = param(url, 'before');
  return before ? { last: size, before } : { first: size, after: param(url, 'after') };
}

/** A query parameter, trimmed; empty means absent. */
export function param(url: URL, name: string): string | null {
  const value = url.searchParams.get(name)?.trim();
  return value ? value : null;
}

/** A query parameter that must be one of `allowed` (an enum), otherwise absent. */
export function enumParam<T extends string>(url: URL, name: string, allowed: readonly T[]): T | null {
  const value = param(url, name);
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}
