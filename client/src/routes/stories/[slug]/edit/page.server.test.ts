import { isRedirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { actions } from './+page.server';

const PAGE = 'http://127.0.0.1:3000/stories/le-jardin/edit';

interface Sent {
  query: string;
  variables: Record<string, unknown>;
}

/** The API answering each mutation by its name. */
function api(answers: Record<string, object>) {
  const sent: Sent[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (_input, init) => {
    const request = JSON.parse(String(init?.body)) as Sent;
    sent.push(request);
    const name = Object.keys(answers).find((n) => request.query.includes(`${n}(`));
    return Response.json(name ? { data: { [name]: answers[name] } } : { errors: [{ message: 'unexpected' }] });
  });
  return { fetch, sent };
}

function post(fields: [string, string][], fetch: typeof globalThis.fetch): RequestEvent {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return {
    url: new URL(`${PAGE}?/save`),
    params: { slug: 'le-jardin' },
    request: new Request(`${PAGE}?/save`, { method: 'POST', body }),
    locals: { lang: 'fr' },
    fetch,
  } as unknown as RequestEvent;
}

const save = async (event: RequestEvent) => actions.save!(event as never);

const typed: [string, string][] = [
  ['id', 'S1'],
  ['version', '3'],
  ['kind', 'TESTIMONY'],
  ['title', 'Le jardin  '],
  ['bodyMarkdown', 'Ce que j’ai écrit, mot pour mot.'],
  ['tellerName', 'Samira'],
  ['consent', 'on'],
  ['territoryId', 'T1'],
  ['portraitIds', 'P1'],
  ['portraitIds', 'P2'],
];

const draft = {
  kind: 'TESTIMONY',
  title: 'Le jardin',
  summary: '',
  bodyMarkdown: 'Ce que quelqu’un d’autre a enregistré.',
  anonymous: false,
  tellerName: 'Samira',
  tellerRole: '',
  consent: true,
  territory: { id: 'T1' },
  portraits: [],
  findings: [],
  workshops: [],
};
const story = (version: number) => ({
  id: 'S1',
  slug: 'le-jardin',
  authoring: { editVersion: version, viewerCanSubmit: true },
  draft,
});

describe('the story editor’s save', () => {
  it('sends the whole story with the version it started from, then submits it at the version the save made', async () => {
    const { fetch, sent } = api({ updateStory: { story: story(4), userErrors: [] }, submitStory: { userErrors: [] } });
    const answer = await save(post([...typed, ['intent', 'submit']], fetch)).catch((e: unknown) => e);
    expect(isRedirect(answer) && answer.location).toBe('/stories/le-jardin/edit?done=submitted');
    expect(sent[0]?.variables['input']).toMatchObject({
      id: 'S1',
      expectedVersion: 3,
      title: 'Le jardin  ',
      consent: true,
      anonymous: false,
      portraitIds: ['P1', 'P2'],
    });
    expect(sent[1]?.variables).toEqual({ id: 'S1', expectedVersion: 4 });
  });

  it('keeps what was typed when the draft changed meanwhile, with the saved text and its version', async () => {
    const { fetch, sent } = api({
      updateStory: {
        story: story(5),
        userErrors: [{ code: 'DRAFT_CHANGED', field: 'expectedVersion', message: 'Changed meanwhile.' }],
      },
    });
    const answer = (await save(post(typed, fetch))) as ActionFailure<Record<string, unknown>>;
    expect(answer.status).toBe(400);
    expect(answer.data['values']).toMatchObject({ bodyMarkdown: 'Ce que j’ai écrit, mot pour mot.' });
    expect(answer.data['theirs']).toMatchObject({ bodyMarkdown: draft.bodyMarkdown, territoryId: 'T1' });
    expect(answer.data['version']).toBe(5);
    expect(sent.filter((s) => s.query.includes('submitStory('))).toHaveLength(0);
  });

  it('previews without saving', async () => {
    const { fetch, sent } = api({ renderMarkdown: '<p>Ce que j’ai écrit</p>' } as never);
    const answer = (await save(post([...typed, ['intent', 'preview']], fetch))) as Record<string, unknown>;
    expect(answer['preview']).toBe('<p>Ce que j’ai écrit</p>');
    expect(sent.every((s) => !s.query.includes('updateStory'))).toBe(true);
  });
});
