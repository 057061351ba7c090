import type { ActionFailure, RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { testLimits } from '$lib/server/limits.fixture';
import { actions } from './+page.server';

const SITE = 'http://127.0.0.1:3000';
const BOARD = `${SITE}/workshops/demo/live`;
const BODY_MAX = testLimits.contributionBodyMax;

interface Sent {
  operationName?: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * The API as the form actions meet it: its limits, and for each mutation the user errors it is
 * told to answer (the message is the API's, in the language asked).
 */
function api(userErrors: { code?: string; field: string; message: string }[], contribution: object | null = null) {
  const sent: Sent[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (_input, init) => {
    const request = JSON.parse(String(init?.body)) as Sent;
    if (/query FormLimits/.test(request.query)) {
      return Response.json({ data: { limits: testLimits } });
    }
    sent.push(request);
    const mutation = /mutation \w+[^{]*\{\s*(\w+)/.exec(request.query)?.[1] ?? 'unknown';
    return Response.json({ data: { [mutation]: { contribution, userErrors } } });
  });
  return { fetch, sent };
}

function post(action: string, fields: Record<string, string>, fetch: typeof globalThis.fetch): RequestEvent {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return {
    url: new URL(`${BOARD}?/${action}`),
    params: { slug: 'demo' },
    request: new Request(`${BOARD}?/${action}`, { method: 'POST', body }),
    locals: { lang: 'en' },
    fetch,
  } as unknown as RequestEvent;
}

const run = async (name: keyof typeof actions, event: RequestEvent) =>
  (await actions[name]!(event as never)) as ActionFailure<Record<string, unknown>>;

describe('the live board’s form actions', () => {
  it('send an empty text to the API as typed, and show its message by field', async () => {
    const { fetch, sent } = api([{ field: 'body', message: 'Write something before posting.' }]);
    const typed = '  \r\n ';
    const result = await run('post', post('post', { workshopId: 'W1', kind: 'IDEA', body: typed }, fetch));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.variables).toMatchObject({ input: { workshopId: 'W1', kind: 'IDEA', body: typed } });
    expect(result.status).toBe(400);
    expect(result.data).toEqual({
      post: {
        values: { kind: 'IDEA', body: typed, themeSlugs: [] },
        userErrors: [{ field: 'body', message: 'Write something before posting.' }],
      },
    });
  });

  it('pass on a text over the limit whole, up to a cap derived from it: the API says it is too long', async () => {
    const tooLong = [{ field: 'body', message: 'The text is too long.' }];
    const { fetch, sent } = api(tooLong);
    const over = 'x'.repeat(BODY_MAX + 1);
    await run('post', post('post', { workshopId: 'W1', kind: 'NEED', body: over }, fetch));
    await run('reply', post('reply', { workshopId: 'W1', parentId: 'C1', kind: 'NEED', body: over }, fetch));
    await run('edit', post('edit', { id: 'C1', body: 'x'.repeat(BODY_MAX * 10) }, fetch));
    const bodies = sent.map((s) => JSON.stringify(s.variables).match(/"body":"(x*)"/)?.[1]?.length);
    expect(bodies).toEqual([BODY_MAX + 1, BODY_MAX + 1, BODY_MAX * 2]);
  });

  it('leave the reply’s and the report’s emptiness to the API', async () => {
    const { fetch, sent } = api([{ field: 'reason', message: 'Say what is wrong.' }]);
    const result = await run('report', post('report', { id: 'C1', reason: ' ' }, fetch));
    expect(sent[0]?.variables).toEqual({ id: 'C1', reason: '' });
    expect(result.data).toMatchObject({
      item: { action: 'report', id: 'C1', userErrors: [{ field: 'reason', message: 'Say what is wrong.' }] },
    });

    const empty = api([{ field: 'body', message: 'Write something before posting.' }]);
    const reply = await run('reply', post('reply', { workshopId: 'W1', parentId: 'C1', body: '' }, empty.fetch));
    expect(empty.sent).toHaveLength(1);
    expect(reply.data).toMatchObject({ item: { action: 'reply', userErrors: [{ field: 'body' }] } });
  });

  it('send an edit with the version it started from; a stale one comes back with the API’s message, what was typed and the text now saved', async () => {
    const changed = {
      code: 'CONTRIBUTION_CHANGED',
      field: 'expectedVersion',
      message: 'This contribution changed while you were editing it, and your change was not saved.',
    };
    const now = { id: 'C1', body: 'Le texte corrigé dans un autre onglet', version: 3 };
    const { fetch, sent } = api([changed], now);
    const typed = 'Mon texte,\r\nécrit pendant ce temps ';
    const result = await run('edit', post('edit', { id: 'C1', body: typed, version: '1' }, fetch));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.variables).toEqual({ id: 'C1', body: typed, expectedVersion: 1 });
    expect(result.status).toBe(400);
    expect(result.data).toEqual({
      item: {
        action: 'edit',
        id: 'C1',
        values: { body: typed, version: 1 },
        error: null,
        userErrors: [changed],
        current: { body: now.body, version: 3 },
      },
    });
  });

  it('send an edit without a version the form did not give (not checked), and no current text with other problems', async () => {
    const { fetch, sent } = api([{ code: 'BODY_EMPTY', field: 'body', message: 'Write something before posting.' }]);
    const result = await run('edit', post('edit', { id: 'C1', body: ' ' }, fetch));
    await run('edit', post('edit', { id: 'C1', body: 'x', version: '1e3' }, fetch));
    await run('edit', post('edit', { id: 'C1', body: 'x', version: String(2 ** 31) }, fetch));
    expect(sent.map((s) => s.variables.expectedVersion)).toEqual([null, null, null]);
    expect(result.data).toMatchObject({
      item: { action: 'edit', values: { body: ' ', version: null }, userErrors: [{ field: 'body' }], current: null },
    });
  });

  it('ask the API nothing without one of its four kinds', async () => {
    const { fetch, sent } = api([]);
    const result = await run('post', post('post', { workshopId: 'W1', kind: 'RANT', body: 'Bonjour' }, fetch));
    expect(sent).toHaveLength(0);
    expect(result.data).toMatchObject({ post: { userErrors: [{ field: 'kind' }] } });
  });
});
