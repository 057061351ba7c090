import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const privateEnv = vi.hoisted(() => ({}) as Record<string, string | undefined>);
vi.mock('$env/dynamic/private', () => ({ env: privateEnv }));

const { handle, handleFetch } = await import('./hooks.server');

const SITE = 'http://127.0.0.1:3000';
const API = 'http://127.0.0.1:3999';

/** A page's request from a browser that names an address and a secret of its own choosing. */
function pageEvent(): RequestEvent {
  return {
    url: new URL(`${SITE}/join`),
    request: new Request(`${SITE}/join`, {
      headers: {
        'x-forwarded-for': '198.51.100.1',
        'x-quartierlab-client-address': '198.51.100.2',
        'x-quartierlab-internal': 'guessed',
      },
    }),
    cookies: { getAll: () => [{ name: 'ql_session', value: 'token' }], set: vi.fn() },
    locals: { lang: 'fr' },
    getClientAddress: () => '203.0.113.7',
  } as unknown as RequestEvent;
}

/** The request handleFetch relays for a page's GraphQL call that carries forged headers itself. */
async function relayed(): Promise<{ url: string; headers: Headers }> {
  const apiFetch = vi.fn<typeof fetch>(async () => Response.json({ data: {} }));
  vi.stubGlobal('fetch', apiFetch);
  const kitFetch = vi.fn<typeof fetch>();
  await handleFetch({
    event: pageEvent(),
    request: new Request(`${SITE}/graphql`, {
      method: 'POST',
      body: '{}',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': '198.51.100.3',
        'x-quartierlab-client-address': '198.51.100.4',
        'x-quartierlab-internal': 'guessed',
      },
    }),
    fetch: kitFetch,
  });
  expect(kitFetch).not.toHaveBeenCalled();
  const [target, init] = apiFetch.mock.calls[0] ?? [];
  return { url: String(target), headers: new Headers(init?.headers) };
}

describe('handleFetch', () => {
  beforeEach(() => {
    privateEnv.QUARTIERLAB_INTERNAL_ORIGIN = API;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    for (const key of Object.keys(privateEnv)) delete privateEnv[key];
  });

  it('sends the client address adapter-node saw, with the shared secret, and nothing the browser wrote', async () => {
    privateEnv.QUARTIERLAB_INTERNAL_SECRET = 'the-shared-secret';
    const { url, headers } = await relayed();
    expect(url).toBe(`${API}/graphql`);
    expect(headers.get('x-quartierlab-client-address')).toBe('203.0.113.7');
    expect(headers.get('x-quartierlab-internal')).toBe('the-shared-secret');
    expect(headers.has('x-forwarded-for')).toBe(false);
    expect(headers.get('cookie')).toBe('ql_session=token');
  });

  it('sends no address at all without a secret (development: the API sees the socket)', async () => {
    const { headers } = await relayed();
    expect(headers.has('x-quartierlab-client-address')).toBe(false);
    expect(headers.has('x-quartierlab-internal')).toBe(false);
    expect(headers.has('x-forwarded-for')).toBe(false);
  });

  it('never gives the secret to another address', async () => {
    privateEnv.QUARTIERLAB_INTERNAL_SECRET = 'the-shared-secret';
    const apiFetch = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', apiFetch);
    const kitFetch = vi.fn<typeof fetch>(async () => new Response('ok'));
    for (const url of [`${SITE}/portraits`, 'https://tiles.example.org/graphql']) {
      await handleFetch({ event: pageEvent(), request: new Request(url), fetch: kitFetch });
    }
    expect(apiFetch).not.toHaveBeenCalled();
    for (const [request] of kitFetch.mock.calls) {
      const headers = (request as Request).headers;
      expect(headers.has('x-quartierlab-internal')).toBe(false);
      expect(headers.has('x-quartierlab-client-address')).toBe(false);
    }
  });
});

describe('handle', () => {
  /** Runs the hook for one request; `resolve` stands for the page, and reads the form as an action would. */
  async function answer(path: string, init?: RequestInit) {
    const request = new Request(`${SITE}${path}`, init);
    const event = {
      url: new URL(request.url),
      request,
      cookies: { get: () => undefined },
      locals: {},
    } as unknown as RequestEvent;
    const resolve = vi.fn(async (e: RequestEvent) => {
      if (e.request.method === 'POST') await e.request.formData();
      return new Response('page');
    });
    const response = await handle({ event, resolve });
    return { response, resolved: resolve.mock.calls.length > 0 };
  }

  it('refuses hostile addresses before any page runs, with the usual security headers', async () => {
    for (const path of ['/portraits%00', '/portraits?q=%00', '/%E0%A4%A', '/workshops?x=%ZZ']) {
      const { response, resolved } = await answer(path);
      expect(response.status, path).toBe(400);
      expect(resolved, path).toBe(false);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('refuses posts that are no form, and lets forms reach the action whole', async () => {
    const post = (body: string, type: string) => ({ method: 'POST', body, headers: { 'content-type': type } });
    expect((await answer('/signin', post('email=a', 'text/plain'))).response.status).toBe(415);
    expect((await answer('/join', post('broken', 'multipart/form-data; boundary=x'))).response.status).toBe(400);
    const ok = await answer('/signin', post('email=a%40b.fr', 'application/x-www-form-urlencoded'));
    expect(ok.resolved).toBe(true);
    expect(await ok.response.text()).toBe('page');
  });
});
