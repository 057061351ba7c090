import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { CONSULTATION_PICKS_MAX } from '$lib/diagnosis/picks';
import { actions, load } from './+page.server';

const PAGE = 'http://127.0.0.1:3000/territories/rive-droite/diagnostic/2026-2027';

interface Sent {
  query: string;
  variables: Record<string, unknown>;
}

const contribution = (id: string, moderationState: string) => ({
  id,
  kind: 'NEED',
  body: `Parole ${id}`,
  authorName: 'Awa',
  authorIsGuest: false,
  moderationState,
  createdAt: '2026-03-01T10:00:00.000Z',
  voteCount: 2,
  retainedIn: [],
});

/** The API as the page meets it: the diagnosis, the consultation's contributions, the limits, a promotion. */
function api(diagnosis: { viewerCanCoordinate: boolean; consultation: { id: string } | null }) {
  const sent: Sent[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (_input, init) => {
    const request = JSON.parse(String(init?.body)) as Sent;
    sent.push(request);
    if (/query FormLimits/.test(request.query)) return Response.json({ data: { limits: {} } });
    if (/query DiagnosisConsultationContributions/.test(request.query)) {
      return Response.json({
        data: {
          territoryDiagnosis: {
            id: 'D1',
            consultation: {
              id: 'W1',
              contributions: [contribution('C1', 'PUBLISHED'), contribution('C2', 'PENDING')],
            },
          },
        },
      });
    }
    if (/mutation PromoteContributions/.test(request.query)) {
      return Response.json({
        data: {
          promoteContributions: {
            finding: {
              id: 'F1',
              title: 'Se déplacer',
              diagnosis: { period: '2026-2027', territory: { slug: 'rive-droite' } },
            },
            userErrors: [],
          },
        },
      });
    }
    return Response.json({ data: { viewer: null, territoryDiagnosis: { id: 'D1', ...diagnosis } } });
  });
  const asked = (name: string) => sent.filter((s) => s.query.includes(name));
  return { fetch, sent, asked };
}

function event(fetch: typeof globalThis.fetch, fields?: [string, string][]): RequestEvent {
  const body = new FormData();
  for (const [name, value] of fields ?? []) body.append(name, value);
  return {
    url: new URL(fields ? `${PAGE}?/promote` : PAGE),
    params: { slug: 'rive-droite', period: '2026-2027' },
    request: new Request(`${PAGE}?/promote`, fields ? { method: 'POST', body } : {}),
    locals: { lang: 'fr' },
    fetch,
  } as unknown as RequestEvent;
}

const loaded = async (e: RequestEvent) =>
  (await load(e as never)) as { consultationContributions: { id: string }[] | null };

describe('the diagnosis page’s consultation contributions', () => {
  it('are read for a coordinator, at most the bounded number, published ones only', async () => {
    const { fetch, asked } = api({ viewerCanCoordinate: true, consultation: { id: 'W1' } });
    const data = await loaded(event(fetch));
    expect(data.consultationContributions?.map((c) => c.id)).toEqual(['C1']);
    const [read] = asked('query DiagnosisConsultationContributions');
    expect(read?.query).toContain(`contributions(first: ${CONSULTATION_PICKS_MAX})`);
    expect(read?.variables).toEqual({ territorySlug: 'rive-droite', period: '2026-2027' });
  });

  it('are never asked for anyone else, nor before the consultation opens', async () => {
    for (const diagnosis of [
      { viewerCanCoordinate: false, consultation: { id: 'W1' } },
      { viewerCanCoordinate: true, consultation: null },
    ]) {
      const { fetch, asked } = api(diagnosis);
      const data = await loaded(event(fetch));
      expect(data.consultationContributions).toBeNull();
      expect(asked('DiagnosisConsultationContributions')).toHaveLength(0);
    }
  });
});

describe('the diagnosis page’s promote action', () => {
  it('sends the ticked contributions, in the order they came, into a new finding of this diagnosis', async () => {
    const { fetch, asked } = api({ viewerCanCoordinate: true, consultation: { id: 'W1' } });
    const answer = await actions.promote!(
      event(fetch, [
        ['diagnosisId', 'D1'],
        ['contributionIds', 'C3'],
        ['contributionIds', 'C1'],
        ['contributionIds', ''],
        ['mode', 'new'],
        ['kind', 'OPPORTUNITY'],
        ['title', 'Se déplacer'],
        ['statement', '> Parole C3'],
        ['priority', 'LOW'],
      ]) as never,
    );
    expect(asked('mutation PromoteContributions')[0]?.variables['input']).toEqual({
      contributionIds: ['C3', 'C1'],
      newFinding: {
        diagnosisId: 'D1',
        kind: 'OPPORTUNITY',
        title: 'Se déplacer',
        statement: '> Parole C3',
        priority: 'LOW',
      },
    });
    expect(answer).toMatchObject({ promotion: { done: { id: 'F1' }, contributionIds: ['C3', 'C1'] } });
  });

  it('refuses an empty choice without asking the API, and gives back what was typed', async () => {
    const { fetch, asked } = api({ viewerCanCoordinate: true, consultation: { id: 'W1' } });
    const answer = (await actions.promote!(
      event(fetch, [
        ['diagnosisId', 'D1'],
        ['mode', 'existing'],
        ['findingId', 'F1'],
      ]) as never,
    )) as { status: number; data: { promotion: { userErrors: { field: string }[]; values: { findingId: string } } } };
    expect(answer.status).toBe(400);
    expect(answer.data.promotion.userErrors.map((e) => e.field)).toEqual(['contributionIds']);
    expect(answer.data.promotion.values.findingId).toBe('F1');
    expect(asked('mutation')).toHaveLength(0);
  });
});
