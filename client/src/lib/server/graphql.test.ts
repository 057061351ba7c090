import { isHttpError } from '@sveltejs/kit';
import { CombinedError, type TypedDocumentNode } from '@urql/core';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { query, statusOf } from './graphql';

const withCodes = (...codes: unknown[]) =>
  new CombinedError({ graphQLErrors: codes.map((code) => ({ message: 'refused', extensions: { code } })) });

describe('statusOf', () => {
  it('maps the API’s codes, the first known one winning', () => {
    expect(statusOf(withCodes('BAD_USER_INPUT'))).toBe(400);
    expect(statusOf(withCodes('GRAPHQL_VALIDATION_FAILED'))).toBe(400);
    expect(statusOf(withCodes('NOT_FOUND'))).toBe(404);
    expect(statusOf(withCodes('RATE_LIMITED'))).toBe(429);
    expect(statusOf(withCodes(undefined, 'BAD_USER_INPUT', 'NOT_FOUND'))).toBe(400);
  });

  it('is a 500 for what it does not know, inherited object keys included', () => {
    expect(statusOf(withCodes('INTERNAL_SERVER_ERROR'))).toBe(500);
    expect(statusOf(withCodes('constructor', 'toString', '__proto__', 42))).toBe(500);
    expect(statusOf(new CombinedError({ networkError: new Error('ECONNREFUSED') }))).toBe(503);
  });
});

describe('query', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const Portraits = parse(
    'query Portraits($after: String) { portraits(after: $after) { totalCount } }',
  ) as TypedDocumentNode<unknown, { after: string }>;

  it('turns a BAD_USER_INPUT answer (HTTP 400, as Apollo sends it) into a 400 page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fetch = vi.fn<typeof globalThis.fetch>(async () =>
      Response.json(
        { errors: [{ message: 'The `after` cursor is not valid.', extensions: { code: 'BAD_USER_INPUT' } }] },
        { status: 400 },
      ),
    );
    const event = { fetch, url: new URL('http://127.0.0.1:3000/portraits?after=zzz') };
    const thrown = await query(event, Portraits, { after: 'zzz' }).catch((e: unknown) => e);
    expect(isHttpError(thrown) && thrown.status).toBe(400);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/^GraphQL 400 on \/portraits: /));
  });
});
