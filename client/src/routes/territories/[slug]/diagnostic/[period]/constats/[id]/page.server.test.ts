import type { ActionFailure, RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { testLimits } from '$lib/server/limits.fixture';
import { actions } from './+page.server';

const PAGE = 'http://127.0.0.1:3000/territories/bordeaux/diagnostic/2026-2027/constats/F1';

interface Sent {
  query: string;
  variables: Record<string, unknown>;
}

/** The API as the edit form meets it: no limits known (unless given), and the answer it is told to give. */
function api(answer: object, limits: typeof testLimits | null = null) {
  const sent: Sent[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (_input, init) => {
    const request = JSON.parse(String(init?.body)) as Sent;
    if (/query FormLimits/.test(request.query)) {
      return Response.json(limits ? { data: { limits } } : { errors: [{ message: 'down' }] });
    }
    sent.push(request);
    return Response.json({ data: { updateFinding: answer } });
  });
  return { fetch, sent };
}

function post(fields: [string, string][], fetch: typeof globalThis.fetch): RequestEvent {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return {
    url: new URL(`${PAGE}?/edit`),
    params: { slug: 'bordeaux', period: '2026-2027', id: 'F1' },
    request: new Request(`${PAGE}?/edit`, { method: 'POST', body }),
    locals: { lang: 'fr' },
    fetch,
  } as unknown as RequestEvent;
}

const typed: [string, string][] = [
  ['findingId', 'F1'],
  ['version', '3'],
  ['kind', 'UNMET_NEED'],
  ['title', 'Mon titre'],
  ['statement', 'Mon énoncé, long et travaillé'],
  ['priority', 'HIGH'],
  ['themes', 'emploi'],
  ['neighbourhoods', 'bastide'],
];

const edit = async (event: RequestEvent) => actions.edit!(event as never);

describe('the finding edit action', () => {
  it('sends the version it started from, with every field typed', async () => {
    const { fetch, sent } = api({ finding: { id: 'F1', version: 4 }, userErrors: [] });
    const result = await edit(post(typed, fetch));
    expect(sent[0]?.variables['input']).toEqual({
      findingId: 'F1',
      expectedVersion: 3,
      kind: 'UNMET_NEED',
      title: 'Mon titre',
      statement: 'Mon énoncé, long et travaillé',
      priority: 'HIGH',
      themeSlugs: ['emploi'],
      neighbourhoodSlugs: ['bastide'],
    });
    expect(result).toMatchObject({ outcome: { action: 'edit', id: 'F1', done: true } });
  });

  it('on a stale version keeps what was typed and hands back the finding as it now is', async () => {
    const now = { id: 'F1', version: 5, title: 'Leur titre', statement: 'Leur énoncé' };
    const { fetch } = api({
      finding: now,
      userErrors: [{ code: 'FINDING_CHANGED', field: 'expectedVersion', message: 'Modifié entre-temps' }],
    });
    const result = (await edit(post(typed, fetch))) as ActionFailure<{
      outcome: { done: boolean; values: Record<string, unknown> };
      current: unknown;
    }>;
    expect(result.status).toBe(400);
    expect(result.data.outcome.done).toBe(false);
    expect(result.data.outcome.values).toMatchObject({
      title: 'Mon titre',
      statement: 'Mon énoncé, long et travaillé',
      version: 3,
    });
    expect(result.data.current).toEqual(now);
  });

  it('refused for another reason, gives no current text', async () => {
    const { fetch } = api({
      finding: { id: 'F1', version: 3 },
      userErrors: [{ code: 'FINDING_TITLE_LENGTH', field: 'input.title', message: 'Trop long' }],
    });
    const result = (await edit(post(typed, fetch))) as ActionFailure<{ current: unknown }>;
    expect(result.status).toBe(400);
    expect(result.data.current).toBeNull();
  });

  // Last: the limits, once read, are kept for the rest of the file.
  it('passes a statement on whole up to the statement’s limit, not a contribution’s', async () => {
    const { fetch, sent } = api({ finding: { id: 'F1', version: 4 }, userErrors: [] }, testLimits);
    const statement = 'x'.repeat(testLimits.findingStatementMax);
    expect(statement.length).toBeGreaterThan(testLimits.contributionBodyMax * 2);
    const fields = typed.map(([name, value]): [string, string] => [name, name === 'statement' ? statement : value]);
    await edit(post(fields, fetch));
    expect((sent[0]?.variables['input'] as { statement: string }).statement).toHaveLength(statement.length);
  });
});
