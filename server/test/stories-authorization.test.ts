import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/shared/viewer.js';
import { STORY_OPS, storyInput, storyStep } from '../src/test-support/factories/authoring.js';
import { changedTables, errorCode, openLive, snapshot, unique, type Live } from './support-live.js';
import { STORY_MUTATIONS } from './stories-matrix.js';

/**
 * The authorization matrix of stories: every mutation of issue 10 §2, run by every role against a
 * fresh story. `author` (a resident) wrote the story; `resident` and `stakeholder` did not;
 * coordinators and admins review. Each case names its target: a story not published, which
 * outsiders may not know of (NOT_FOUND), or a published one, which they read but may not touch
 * (FORBIDDEN). Each cell expects the effect or one exact code, and a refusal leaves the database
 * exactly as it was.
 */

const ROLES = ['anonymous', 'guest', 'resident', 'stakeholder', 'author', 'coordinator', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
const CODES: Record<string, Outcome> = { ok: 'ok', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

/** One row of the outcome table: a token per role, in the order of ROLES (ok, 401, 403 or 404). */
function row(tokens: string): Record<Role, Outcome> {
  const cells = tokens.trim().split(/\s+/);
  expect(cells, `a row names every role: ${tokens}`).toHaveLength(ROLES.length);
  return Object.fromEntries(ROLES.map((role, i) => [role, CODES[cells[i]!]!])) as Record<Role, Outcome>;
}

let live: Live;
let viewers: Record<Role, Viewer>;
const run: Live['api']['run'] = (...args) => live.api.run(...args);

beforeAll(async () => {
  live = await openLive();
  const author = await live.make.person({ role: 'RESIDENT' });
  viewers = {
    anonymous: live.viewers.anonymous,
    guest: live.viewers.guest,
    resident: live.viewers.resident,
    stakeholder: live.viewers.stakeholder,
    author: await author.viewer(),
    coordinator: live.viewers.coordinator,
    admin: live.viewers.admin,
  };
});
afterAll(async () => {
  await live?.close();
});

/** How far the fresh story has gone before the move under test. */
type Stage =
  | 'draft'
  | 'edited' // a draft saved once after its creation: two revisions
  | 'submitted'
  | 'published'
  | 'publishedEdited' // published, then its author's new text saved, not submitted
  | 'publishedResubmitted'; // the same, submitted

interface Target {
  id: string;
  slug: string;
  v: number;
  body: string;
}

const fields = (title: string, extra: Record<string, unknown> = {}) =>
  storyInput(live.territoryId, { title, ...extra });

/** A story of the author, brought to `stage` by its author and an admin. */
async function story(stage: Stage): Promise<Target> {
  const title = unique('Le jardin de la rue');
  const author = viewers.author;
  let s = (await storyStep(run, 'create', { input: fields(title) }, author)).story;
  const body = s.bodyMarkdown as string;
  const step = async (op: keyof typeof STORY_OPS, vars: Record<string, unknown>, viewer: Viewer) => {
    s = (await storyStep(run, op, vars, viewer)).story;
  };
  const edit = () =>
    step(
      'update',
      {
        input: {
          ...fields(title, { bodyMarkdown: `${body} Puis la mairie a prêté un terrain.` }),
          id: s.id,
          expectedVersion: s.authoring.editVersion,
        },
      },
      author,
    );
  if (stage === 'edited') await edit();
  if (stage !== 'draft' && stage !== 'edited') {
    await step('submit', { id: s.id, v: s.authoring.editVersion }, author);
  }
  if (stage.startsWith('published')) await step('publish', { id: s.id, v: s.authoring.editVersion }, viewers.admin);
  if (stage === 'publishedEdited' || stage === 'publishedResubmitted') await edit();
  if (stage === 'publishedResubmitted') await step('submit', { id: s.id, v: s.authoring.editVersion }, author);
  return { id: s.id, slug: s.slug, v: s.authoring.editVersion, body };
}

/** The id of the story's first revision (CREATED), as its author reads the history. */
async function firstRevision(slug: string): Promise<string> {
  const result = await run(
    `query($slug: String!) { story(slug: $slug) { authoring { revisions(first: 50) { nodes { id number } } } } }`,
    { slug },
    viewers.author,
  );
  const nodes = result.data?.story.authoring.revisions.nodes as { id: string; number: number }[];
  return nodes.find((r) => r.number === 1)!.id;
}

type Vars = Record<string, unknown>;
interface Case {
  field: (typeof STORY_MUTATIONS)[number];
  /** What the target is, in the test's name. */
  on: string;
  expect: Record<Role, Outcome>;
  query: string;
  prepare: () => Promise<Vars & { target?: Target }>;
  verify: (payload: any, vars: Vars & { target?: Target }) => void;
}

const moveCase = (
  field: 'submitStory' | 'publishStory' | 'withdrawStory',
  stage: Stage,
  expected: string,
  verify: Case['verify'],
): Case => ({
  field,
  on: stage,
  expect: row(expected),
  query: STORY_OPS[field.replace('Story', '') as 'submit' | 'publish' | 'withdraw'],
  prepare: async () => {
    const target = await story(stage);
    return { target, id: target.id, v: target.v };
  },
  verify,
});

const update = (stage: Stage, expected: string): Case => ({
  field: 'updateStory',
  on: stage,
  expect: row(expected),
  query: STORY_OPS.update,
  prepare: async () => {
    const target = await story(stage);
    const title = unique('Un titre revu');
    return { target, title, input: { ...fields(title), id: target.id, expectedVersion: target.v } };
  },
  verify: (p, vars) => expect(p.story.draft.title).toBe(vars.title),
});

const restore = (stage: 'edited' | 'publishedEdited', expected: string): Case => ({
  field: 'restoreStoryRevision',
  on: stage,
  expect: row(expected),
  query: STORY_OPS.restore,
  prepare: async () => {
    const target = await story(stage);
    return { target, r: await firstRevision(target.slug), v: target.v };
  },
  verify: (p, vars) => expect(p.story.draft.bodyMarkdown).toBe(vars.target!.body),
});

const requestChanges = (stage: 'submitted' | 'publishedResubmitted', expected: string): Case => ({
  field: 'requestChanges',
  on: stage,
  expect: row(expected),
  query: STORY_OPS.requestChanges,
  prepare: async () => {
    const target = await story(stage);
    return { target, input: { id: target.id, expectedVersion: target.v, note: 'Datez le début du jardin.' } };
  },
  verify: (p) =>
    expect(p.draft).toMatchObject({ reviewState: 'CHANGES_REQUESTED', reviewerNote: 'Datez le début du jardin.' }),
});

// prettier-ignore
const CASES: Case[] = [
  // Outcome tokens, in the order of ROLES:             anonymous guest resident stakeholder author coordinator admin
  {
    field: 'createStory', on: 'a new story', expect: row('401 403 ok ok ok ok ok'),
    query: STORY_OPS.create,
    prepare: async () => ({ input: fields(unique('Mon quartier')) }),
    verify: (p) => expect(p.story).toMatchObject({ publicationState: 'DRAFT', authoring: { reviewState: 'DRAFT' } }),
  },
  update('draft',                                        '401 404 404 404 ok ok ok'),
  update('published',                                    '401 403 403 403 ok ok ok'),
  moveCase('submitStory', 'draft',                       '401 404 404 404 ok 403 403',
    (p) => expect(p.story.authoring.reviewState).toBe('SUBMITTED')),
  moveCase('submitStory', 'publishedEdited',             '401 403 403 403 ok 403 403',
    (p) => expect(p.story.authoring.reviewState).toBe('SUBMITTED')),
  moveCase('publishStory', 'submitted',                  '401 404 404 404 403 ok ok',
    (p) => expect(p.story).toMatchObject({ publicationState: 'PUBLISHED', authoring: { reviewState: 'PUBLISHED' } })),
  moveCase('publishStory', 'publishedResubmitted',       '401 403 403 403 403 ok ok',
    (p) => expect(p.story.bodyMarkdown).toContain('Puis la mairie a prêté un terrain.')),
  moveCase('withdrawStory', 'submitted',                 '401 404 404 404 ok ok ok',
    (p) => expect(p.story.authoring.reviewState).toBe('WITHDRAWN')),
  moveCase('withdrawStory', 'published',                 '401 403 403 403 ok ok ok',
    (p) => expect(p.story).toMatchObject({ publicationState: 'ARCHIVED', authoring: { reviewState: 'WITHDRAWN' } })),
  restore('edited',                                      '401 404 404 404 ok ok ok'),
  restore('publishedEdited',                             '401 403 403 403 ok ok ok'),
  requestChanges('submitted',                            '401 404 404 404 403 ok ok'),
  requestChanges('publishedResubmitted',                 '401 403 403 403 403 ok ok'),
];

describe('the stories matrix', () => {
  it('has a case for every operation', () => {
    expect([...new Set(CASES.map((c) => c.field))].sort()).toEqual([...STORY_MUTATIONS].sort());
  });
});

describe.each(CASES)('$field on $on', (c) => {
  it.each(ROLES)('as %s', async (role) => {
    const vars = await c.prepare();
    const before = await snapshot(live.orm);
    const result = await run(c.query, vars, viewers[role]);
    const outcome = c.expect[role];
    if (outcome === 'ok') {
      expect(result.errors, `${role} should be allowed: ${JSON.stringify(result.errors)}`).toBeUndefined();
      const payload = result.data![c.field];
      expect(payload.userErrors, `${role} should be allowed`).toEqual([]);
      c.verify(payload, vars);
    } else {
      expect(errorCode(result), `${role} must be refused with ${outcome}: ${JSON.stringify(result)}`).toBe(outcome);
      expect(changedTables(before, await snapshot(live.orm)), `${role}: refused, yet tables changed`).toEqual([]);
    }
  });
});
