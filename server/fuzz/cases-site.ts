// Cases against the SvelteKit site served by the same process: hostile paths and query strings
// (their values reach the API through the pages' loads) and broken form posts to the actions.
import { forgedCursor, hostileString } from './hostile.js';
import type { Rng } from './prng.js';
import { someCookie, type CaseBuilder, type FuzzContext } from './context.js';
import type { HttpRequest } from './transports.js';

/** Percent-encodings that decode to NUL, to invalid UTF-8, to traversal, or not at all. */
const BAD_SEGMENTS = [
  '%00',
  'a%00b',
  '%',
  '%ZZ',
  '%E0%A4%A',
  '%ED%A0%80',
  '%FF%FE',
  '%C0%AE%C0%AE',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e',
  '%252e',
  '%F0%9F%98%80',
  '%3Cscript%3E',
  ';x=1',
  '%0d%0aSet-Cookie:%20x=1',
];

const LISTS = ['portraits', 'territories', 'stories', 'organizations', 'workshops'];
const PAGES = ['/', '/join', '/signin', '/signup', '/signout', ...LISTS.map((l) => `/${l}`)];
const PARAMS = [
  'q',
  'theme',
  'territory',
  'stage',
  'kind',
  'status',
  'timing',
  'after',
  'code',
  'redirectTo',
  'redirect',
  'to',
];

function slugPath(rng: Rng, ctx: FuzzContext, segment: string): string {
  if (rng.chance(0.4)) {
    const slug = ctx.corpus.workshopSlugs.length > 0 ? rng.pick(ctx.corpus.workshopSlugs) : segment;
    return `/workshops/${rng.chance(0.5) ? segment : slug}${rng.pick(['', '/live', '/console', '/wall'])}`;
  }
  return `/${rng.pick(LISTS)}/${segment}`;
}

/** A query-string value: percent-encoded hostile text, a raw bad encoding, or a forged cursor. */
function paramValue(rng: Rng, ctx: FuzzContext, name: string): string {
  if (name === 'after' && rng.chance(0.6)) return encodeURIComponent(forgedCursor(rng, ctx.corpus));
  if (rng.chance(0.4)) return rng.pick(BAD_SEGMENTS);
  try {
    return encodeURIComponent(hostileString(rng).slice(0, 3000));
  } catch {
    // A lone surrogate cannot be URI-encoded: send its raw (invalid) UTF-8 bytes instead.
    return '%ED%A0%80';
  }
}

function headers(rng: Rng, ctx: FuzzContext): Record<string, string> {
  const result: Record<string, string> = { accept: rng.pick(['text/html', '*/*', 'application/json']) };
  const cookie = someCookie(rng, ctx.sessions);
  if (rng.chance(0.1)) {
    result.cookie = rng.pick(['ql_session=%00', `ql_session=${'x'.repeat(4000)}`, 'lang=%ZZ', 'lang=xx; ql_session=']);
  } else if (cookie) result.cookie = cookie;
  if (rng.chance(0.1)) result['x-forwarded-proto'] = rng.pick(['gopher', '', 'http, https', '%00', 'javascript']);
  if (rng.chance(0.05)) result['accept-language'] = rng.pick(['*', 'x'.repeat(5000), 'en;q=NaN', ',,,']);
  return result;
}

export const sitePath: CaseBuilder = (rng, ctx) => {
  const segment = rng.chance(0.7) ? rng.pick(BAD_SEGMENTS) : 'x'.repeat(rng.pick([300, 5000]));
  let path = rng.chance(0.6) ? slugPath(rng, ctx, segment) : rng.pick(PAGES);
  const tail = rng.pick(['', '', '/__data.json', '/__data.json?x-sveltekit-invalidated=01', '/', '//']);
  path += tail;
  if (rng.chance(0.6)) {
    const count = rng.chance(0.05) ? 500 : rng.int(1, 3);
    const params = Array.from({ length: count }, () => {
      const name = rng.pick(PARAMS);
      return `${rng.chance(0.05) ? '%ZZ' : name}=${paramValue(rng, ctx, name)}`;
    });
    path += `${path.includes('?') ? '&' : '?'}${params.join('&')}`;
  }
  if (rng.chance(0.05))
    path = rng.pick([
      '/_app/immutable/%00',
      '/_app/../../etc/passwd',
      '/favicon.svg%00',
      '//evil.example',
      '/\\evil',
      '/%2F%2Fevil.example',
    ]);
  const method = rng.chance(0.9) ? 'GET' : rng.pick(['HEAD', 'OPTIONS', 'PUT', 'DELETE', 'POST']);
  return {
    kind: 'http',
    label: `site ${method} with a hostile path`,
    request: { method, path, headers: headers(rng, ctx) },
  };
};

// ---------------------------------------------------------------------------------------------
// Form actions

const FORMS: Record<string, string[]> = {
  '/signin': ['email', 'password', 'redirectTo'],
  '/signup': ['displayName', 'email', 'password', 'redirectTo'],
  '/join': ['code', 'displayName'],
  '/signout': [],
  live: ['kind', 'body', 'workshopId', 'promptId', 'id'],
  console: ['id', 'workshopId', 'reason', 'duplicateId', 'keepId', 'mode', 'promptId', 'question', 'themeSlugs'],
};
const LIVE_ACTIONS = ['post', 'vote', 'unvote', 'nope'];
const CONSOLE_ACTIONS = [
  'approve',
  'hide',
  'restore',
  'pin',
  'unpin',
  'address',
  'merge',
  'tag',
  'mode',
  'prompt',
  'addPrompt',
  'schedule',
  'open',
];

function formTarget(rng: Rng, ctx: FuzzContext): { path: string; fields: string[] } {
  const key = rng.pick(Object.keys(FORMS));
  if (key !== 'live' && key !== 'console') return { path: key, fields: FORMS[key]! };
  const slug =
    ctx.corpus.workshopSlugs.length > 0 && rng.chance(0.8)
      ? rng.pick(ctx.corpus.workshopSlugs)
      : rng.pick(['x', '%00']);
  const action = rng.pick(key === 'live' ? LIVE_ACTIONS : CONSOLE_ACTIONS);
  return { path: `/workshops/${slug}/${key}?/${action}`, fields: FORMS[key]! };
}

function fieldValue(rng: Rng, ctx: FuzzContext, name: string): string {
  const ids = [...ctx.corpus.idsByType.values()].flat();
  if (name.endsWith('Id') || name === 'id')
    return ids.length > 0 && rng.chance(0.5) ? rng.pick(ids) : hostileString(rng);
  if (name === 'code' && rng.chance(0.4)) return 'DEMO42';
  return hostileString(rng).slice(0, rng.pick([100, 5000, 100_000]));
}

/** A form body in one of many broken (or merely unusual) encodings. */
function formBody(rng: Rng, ctx: FuzzContext, fields: string[]): { label: string; type?: string; body: string } {
  const values = fields.map((name) => [name, fieldValue(rng, ctx, name)] as const);
  const urlencoded = () =>
    values
      .map(([k, v]) => `${k}=${Buffer.from(v).toString('latin1') === v ? encodeURIComponent(v) : '%ED%A0%80'}`)
      .join('&');
  const boundary = 'fuzzboundary';
  const part = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const multipart = () => values.map(([k, v]) => part(k, v)).join('') + `--${boundary}--\r\n`;
  switch (rng.int(0, 12)) {
    case 0:
      return { label: 'text/plain body', type: 'text/plain', body: values.map(([k, v]) => `${k}=${v}`).join('\n') };
    case 1:
      return {
        label: 'text/plain;charset=utf-8 body',
        type: 'text/plain;charset=UTF-8',
        body: 'email=a@b\npassword=x',
      };
    case 2:
      return { label: 'multipart without boundary', type: 'multipart/form-data', body: multipart() };
    case 3:
      return {
        label: 'multipart with a different boundary',
        type: 'multipart/form-data; boundary=other',
        body: multipart(),
      };
    case 4:
      return {
        label: 'multipart cut short',
        type: `multipart/form-data; boundary=${boundary}`,
        body: multipart().slice(0, rng.int(5, 60)),
      };
    case 5:
      return {
        label: 'multipart part without name',
        type: `multipart/form-data; boundary=${boundary}`,
        body: `--${boundary}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${boundary}--\r\n`,
      };
    case 6:
      return {
        label: 'multipart with a file part',
        type: `multipart/form-data; boundary=${boundary}`,
        body: `--${boundary}\r\nContent-Disposition: form-data; name="${fields[0] ?? 'x'}"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--${boundary}--\r\n`,
      };
    case 7:
      return {
        label: 'urlencoded with malformed percent-encoding',
        type: 'application/x-www-form-urlencoded',
        body: `${fields[0] ?? 'x'}=%ZZ%&${fields[1] ?? 'y'}=%E0%A4%A&%=%00`,
      };
    case 8:
      return { label: 'urlencoded hostile values', type: 'application/x-www-form-urlencoded', body: urlencoded() };
    case 9:
      return {
        label: 'JSON body to a form action',
        type: 'application/json',
        body: JSON.stringify(Object.fromEntries(values)),
      };
    case 10:
      return { label: 'no content-type', body: urlencoded() };
    case 11:
      return {
        label: 'multipart hostile values',
        type: `multipart/form-data; boundary=${boundary}`,
        body: multipart(),
      };
    default:
      return {
        label: 'urlencoded body over 1 MB',
        type: 'application/x-www-form-urlencoded',
        body: `${fields[0] ?? 'x'}=${'a'.repeat(1_100_000)}`,
      };
  }
}

export const siteForm: CaseBuilder = (rng, ctx) => {
  const target = formTarget(rng, ctx);
  const form = formBody(rng, ctx, target.fields);
  const request: HttpRequest = {
    method: 'POST',
    path: target.path,
    // Same origin, as a browser sends it: SvelteKit refuses cross-site form posts before the action.
    headers: { ...headers(rng, ctx), origin: ctx.origin },
    body: form.body,
  };
  if (form.type) request.headers['content-type'] = form.type;
  // The site's enhanced forms ask for JSON with this header.
  if (rng.chance(0.3)) request.headers['x-sveltekit-action'] = 'true';
  return { kind: 'http', label: `form ${target.path.split('?')[0]}: ${form.label}`, request };
};
