import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { GET } from './+server';

const SITE = 'http://127.0.0.1:3000';

const diagnosis = {
  id: 'D1',
  slug: 'rive-droite-2026',
  period: '2026',
  title: 'Diagnostic de la Rive Droite',
  summary: '',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  status: 'CONSULTATION',
  validatedAt: null,
  isDemo: false,
  territory: { slug: 'rive-droite', name: 'Rive Droite' },
  workshops: [],
  participation: {
    workshopCount: 0,
    participantCount: 0,
    contributionCount: 0,
    organizationCount: 0,
    contributionsByKind: [],
    organizationsByKind: [],
    timeline: [],
  },
  matrix: [],
  findings: [
    {
      id: 'F1',
      kind: 'UNMET_NEED',
      title: '@Garde d’enfants',
      statement: 'Les horaires ne suivent pas.',
      statementHtml: '<p>Les horaires ne suivent pas.</p>',
      priority: 'HIGH',
      status: 'RETAINED',
      position: 0,
      awaitingReview: false,
      evidenceCount: 3,
      participantCount: 2,
      organizationCount: 1,
      supportCount: 4,
      themes: [],
      neighbourhoods: [],
      cosigners: [],
      evidence: [],
      answeredBy: [],
    },
  ],
};

/** The API as the endpoint meets it: the visitor's cookie is relayed by the site's fetch. */
function api(found: boolean) {
  const sent: { variables: Record<string, unknown> }[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (_input, init) => {
    sent.push(JSON.parse(String(init?.body)) as { variables: Record<string, unknown> });
    return Response.json({ data: { territoryDiagnosis: found ? diagnosis : null } });
  });
  return { fetch, sent };
}

function get(format: string, fetch: typeof globalThis.fetch, lang: 'fr' | 'en' = 'fr'): RequestEvent {
  const url = new URL(`${SITE}/territories/rive-droite/diagnostic/2026/export/${format}`);
  return {
    url,
    params: { slug: 'rive-droite', period: '2026', format },
    locals: { lang },
    fetch,
  } as unknown as RequestEvent;
}

const status = async (answer: () => unknown) => {
  try {
    await answer();
    return 200;
  } catch (e) {
    return (e as { status: number }).status;
  }
};

describe('the restitution’s exports', () => {
  it('serve the findings as a CSV attachment, read through the API for this diagnosis', async () => {
    const { fetch, sent } = api(true);
    const response = await GET(get('csv', fetch) as never);
    expect(sent[0]?.variables).toEqual({ territorySlug: 'rive-droite', period: '2026' });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="diagnostic-rive-droite-2026.csv"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('1,"Besoin non couvert","\'@Garde d’enfants"');
  });

  it('serve Markdown in the visitor’s language, naming where it comes from', async () => {
    const { fetch } = api(true);
    const text = await (await GET(get('md', fetch, 'en') as never)).text();
    expect(text).toContain('## Findings retained');
    expect(text).toContain(`${SITE}/territories/rive-droite/diagnostic/2026`);
  });

  it('serve JSON', async () => {
    const { fetch } = api(true);
    const json = (await (await GET(get('json', fetch) as never)).json()) as { findings: { id: string }[] };
    expect(json.findings.map((f) => f.id)).toEqual(['F1']);
  });

  it('answer 404 for another format, without asking the API', async () => {
    const { fetch, sent } = api(true);
    expect(await status(() => GET(get('pdf', fetch) as never))).toBe(404);
    expect(sent).toHaveLength(0);
  });

  it('answer 404 for a diagnosis the visitor may not see', async () => {
    const { fetch } = api(false);
    expect(await status(() => GET(get('csv', fetch) as never))).toBe(404);
  });
});
