import type { ActionFailure, RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import type { Outcome } from '$lib/diagnosis/actions.server';
import { portraitActions } from './actions.server';

const PAGE = 'http://127.0.0.1:3000/portraits/atelier-velo/edit';

interface Sent {
  query: string;
  variables: { input: Record<string, unknown> };
}

/** The API, answering every mutation with `payload` under the field it names. */
function api(payload: object) {
  const sent: Sent[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (_input, init) => {
    const request = JSON.parse(String(init?.body)) as Sent;
    sent.push(request);
    const field = /\{\s*(\w+)\(input/.exec(request.query)?.[1] ?? 'unknown';
    return Response.json({ data: { [field]: payload } });
  });
  return { fetch, sent };
}

function post(action: string, fields: [string, string][], fetch: typeof globalThis.fetch): RequestEvent {
  const body = new FormData();
  const draft: [string, string][] = [
    ['portraitId', 'UG9ydHJhaXQ6MQ'],
    ['version', '4'],
  ];
  for (const [name, value] of [...draft, ...fields]) {
    body.append(name, value);
  }
  return {
    url: new URL(`${PAGE}?/${action}`),
    params: { slug: 'atelier-velo' },
    request: new Request(`${PAGE}?/${action}`, { method: 'POST', body }),
    locals: { lang: 'fr' },
    fetch,
  } as unknown as RequestEvent;
}

const accepted = { portrait: { id: 'UG9ydHJhaXQ6MQ', draftInfo: { editVersion: 5 } }, userErrors: [] };
const run = (action: keyof typeof portraitActions, event: RequestEvent) =>
  (portraitActions[action] as (event: never) => Promise<unknown>)(event as never);

describe('the portrait editor’s actions', () => {
  it('send the portrait and the version the form started from, empty optional fields as null', async () => {
    const { fetch, sent } = api(accepted);
    await run(
      'addFundingLine',
      post(
        'addFundingLine',
        [
          ['sourceKind', 'EU_ERDF'],
          ['label', 'FEDER'],
          ['funderId', ''],
          ['amount', '6 000'],
          ['euPriorityAxis', ''],
        ],
        fetch,
      ),
    );
    expect(sent[0]?.variables.input).toEqual({
      id: 'UG9ydHJhaXQ6MQ',
      expectedVersion: 4,
      sourceKind: 'EU_ERDF',
      label: 'FEDER',
      funderId: null,
      amount: '6000',
      euPriorityAxis: null,
      periodStart: null,
      periodEnd: null,
      note: null,
    });
  });

  it('refuse a kind of source the API does not know, without asking it', async () => {
    const { fetch, sent } = api(accepted);
    const result = (await run(
      'addFundingLine',
      post(
        'addFundingLine',
        [
          ['sourceKind', 'LOTTERY'],
          ['label', 'Loto'],
        ],
        fetch,
      ),
    )) as ActionFailure<{ outcome: Outcome }>;
    expect(sent).toEqual([]);
    expect(result.status).toBe(400);
    expect(result.data.outcome.values['label']).toBe('Loto');
  });

  it('set every partner kept: rows without an organization, and rows ticked "remove", go', async () => {
    const { fetch, sent } = api(accepted);
    await run(
      'setPartners',
      post(
        'setPartners',
        [
          ['organizationId', 'T3JnOjE'],
          ['role', 'CARRIER'],
          ['note', ''],
          ['organizationId', 'T3JnOjI'],
          ['role', 'FUNDER'],
          ['note', 'ancien'],
          ['remove', '1'],
          ['organizationId', ''],
          ['role', 'PARTNER'],
          ['note', ''],
        ],
        fetch,
      ),
    );
    expect(sent[0]?.variables.input['partners']).toEqual([{ organizationId: 'T3JnOjE', role: 'CARRIER', note: null }]);
  });

  it('keep what was typed when the draft changed meanwhile', async () => {
    const stale = {
      portrait: accepted.portrait,
      userErrors: [{ code: 'DRAFT_CHANGED', field: null, message: 'Changé.' }],
    };
    const { fetch } = api(stale);
    const result = (await run(
      'updateIndicator',
      post(
        'updateIndicator',
        [
          ['key', 'k1'],
          ['label', 'Vélos réparés'],
          ['value', '140'],
          ['unit', 'vélos'],
        ],
        fetch,
      ),
    )) as ActionFailure<{ outcome: Outcome }>;
    expect(result.status).toBe(400);
    expect(result.data.outcome).toMatchObject({
      action: 'updateIndicator',
      id: 'k1',
      values: { label: 'Vélos réparés', value: '140', unit: 'vélos' },
      userErrors: [{ code: 'DRAFT_CHANGED' }],
    });
  });

  it('send a move with the direction of the button pressed', async () => {
    const { fetch, sent } = api(accepted);
    await run(
      'moveIndicator',
      post(
        'moveIndicator',
        [
          ['key', 'k2'],
          ['direction', 'UP'],
        ],
        fetch,
      ),
    );
    expect(sent[0]?.variables.input).toEqual({ id: 'UG9ydHJhaXQ6MQ', expectedVersion: 4, key: 'k2', direction: 'UP' });
  });
});
