/**
 * Links for cursor pagination in a GET form's URL: the next page keeps every filter and sets
 * `after`; the first page drops `after`.
 */
export function pageLinks(
  url: URL,
  pageInfo: { hasNextPage: boolean; endCursor?: string | null },
): { nextHref: string | null; firstHref: string | null } {
  const params = new URLSearchParams(url.searchParams);
  let nextHref: string | null = null;
  if (pageInfo.hasNextPage && pageInfo.endCursor) {
    params.set('after', pageInfo.endCursor);
    nextHref = `${url.pathname}?${params.toString()}`;
  }
  let firstHref: string | null = null;
  if (url.searchParams.has('after')) {
    const first = new URLSearchParams(url.searchParams);
    first.delete('after');
    const query = first.toString();
    firstHref = query ? `${url.pathname}?${query}` : url.pathname;
  }
  return { nextHref, firstHref };
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
