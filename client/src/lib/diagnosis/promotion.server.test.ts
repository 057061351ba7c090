import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { promote } from './promotion.server';

const CONSOLE = 'http://127.0.0.1:3000/workshops/demo/console?/promote';

interface Sent {
  query: string;
  variables: { input: Record<string, unknown> };
}

const FINDING = {
  id: 'F1',
  title: 'Se déplacer le soir',
  diagnosis: { period: '2026-2027', territory: { slug: 'rive-droite' } },
};

/** The API as the action meets it: `promoteContributions` answers with these user errors, or the finding. */
function api(userErrors: { field: string; message: string }[] = []) {
  const sent: Sent[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (_input, init) => {
    sent.push(JSON.parse(String(init?.body)) as Sent);
    return Response.json({
      data: { promoteContributions: { finding: userErrors.length > 0 ? null : FINDING, userErrors } },
    });
  });
  return { fetch, sent };
}

function post(fields: [string, string][], fetch: typeof globalThis.fetch): RequestEvent {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return {
    url: new URL(CONSOLE),
    params: { slug: 'demo' },
    request: new Request(CONSOLE, { method: 'POST', body }),
    locals: { lang: 'fr' },
    fetch,
  } as unknown as RequestEvent;
}

type Answer = { status?: number; data?: { promotion: Record<string, unknown> }; promotion?: Record<string, unknown> };
const promotionOf = (answer: Answer) => answer.data?.promotion ?? answer.promotion;

describe('promote', () => {
  it('sends several contributions into a new finding, leaving empty texts for the API to pre-fill', async () => {
    const { fetch, sent } = api();
    const answer = (await promote(
      post(
        [
          ['mode', 'new'],
          ['diagnosisId', 'D1'],
          ['contributionIds', 'C1'],
          ['contributionIds', 'C2'],
          ['kind', 'ASSET'],
          ['title', '  '],
          ['statement', ''],
          ['priority', 'HIGH'],
        ],
        fetch,
      ),
    )) as Answer;
    expect(sent).toHaveLength(1);
    expect(sent[0]?.variables.input).toEqual({
      contributionIds: ['C1', 'C2'],
      newFinding: { diagnosisId: 'D1', kind: 'ASSET', title: null, statement: null, priority: 'HIGH' },
    });
    expect(promotionOf(answer)).toMatchObject({ contributionIds: ['C1', 'C2'], done: FINDING, userErrors: [] });
  });

  it('adds them to the finding chosen, and nothing else', async () => {
    const { fetch, sent } = api();
    await promote(
      post(
        [
          ['mode', 'existing'],
          ['contributionIds', 'C1'],
          ['findingId', 'F1'],
          ['title', 'ignored'],
        ],
        fetch,
      ),
    );
    expect(sent[0]?.variables.input).toEqual({ contributionIds: ['C1'], findingId: 'F1' });
  });

  it('asks for a contribution, or a finding to add to, before calling the API', async () => {
    const { fetch, sent } = api();
    const none = (await promote(post([['mode', 'new']], fetch))) as Answer;
    expect(none.status).toBe(400);
    expect(promotionOf(none)?.userErrors).toEqual([
      { field: 'contributionIds', message: 'Choisissez au moins une contribution publiée.' },
    ]);
    const noFinding = (await promote(
      post(
        [
          ['mode', 'existing'],
          ['contributionIds', 'C1'],
        ],
        fetch,
      ),
    )) as Answer;
    expect(promotionOf(noFinding)?.userErrors).toEqual([
      { field: 'findingId', message: 'Choisissez le constat auquel les ajouter.' },
    ]);
    expect(sent).toHaveLength(0);
  });

  it('gives a refusal back with what was typed', async () => {
    const { fetch } = api([{ field: 'title', message: 'Trop court.' }]);
    const answer = (await promote(
      post(
        [
          ['mode', 'new'],
          ['contributionIds', 'C1'],
          ['title', 'Ab'],
          ['statement', '  > Une parole '],
          ['kind', 'NOT_A_KIND'],
        ],
        fetch,
      ),
    )) as Answer;
    expect(answer.status).toBe(400);
    expect(promotionOf(answer)).toMatchObject({
      done: null,
      userErrors: [{ field: 'title', message: 'Trop court.' }],
      values: { title: 'Ab', statement: '  > Une parole ', contributionIds: ['C1'], mode: 'new' },
    });
  });

  it('sends a kind or priority it does not know as the defaults', async () => {
    const { fetch, sent } = api();
    await promote(
      post(
        [
          ['contributionIds', 'C1'],
          ['kind', 'NOT_A_KIND'],
          ['priority', 'URGENT'],
        ],
        fetch,
      ),
    );
    expect(sent[0]?.variables.input['newFinding']).toMatchObject({ kind: 'UNMET_NEED', priority: 'MEDIUM' });
  });
});
