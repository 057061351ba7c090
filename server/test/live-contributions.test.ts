import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestViewer } from '../src/test-support/viewers.js';
import { PlatformRole } from '../src/people/person.entity.js';
import type { Viewer } from '../src/shared/viewer.js';
import {
  CONTRIBUTION_FIELDS,
  POST,
  SET_MODE,
  act,
  changedTables,
  contributionRow,
  errorCode,
  expectUserError,
  gid,
  ok,
  openLive,
  post,
  rawId,
  snapshot,
  unique,
  type Live,
} from './support-live.js';

/**
 * Contributions and moderation: the vote race, bad inputs (each a userError naming the problem,
 * nothing stored), the edit window, merging, the moderation log, strict and open modes.
 */

let live: Live;
beforeAll(async () => {
  live = await openLive({ mode: 'OPEN' });
});
afterAll(async () => {
  await live?.close();
});

const knex = () => live.orm.em.getKnex();
const guest = (name = unique('Participant')) => guestViewer(live.orm, live.slug, name);

/** A resident account of its own (posting is rate-limited per participant). */
async function resident(): Promise<Viewer> {
  const id = randomUUID();
  const displayName = unique('Habitant');
  await knex()('person').insert({ id, slug: `test-${id}`, display_name: displayName, role: 'RESIDENT' });
  return {
    kind: 'person',
    personId: id,
    role: PlatformRole.RESIDENT,
    displayName,
    coordinates: new Set(),
    diagnoses: new Set(),
  };
}

const votesOf = async (id: string) =>
  (await knex()('contribution_vote')
    .where({ contribution_id: rawId(id) })
    .select('voter_key')) as { voter_key: string }[];

const publicList = async () => {
  const { data } = await live.api.run(
    `query($slug: String!) { workshop(slug: $slug) { contributions(first: 500) { id body } } }`,
    {
      slug: live.slug,
    },
  );
  return data!.workshop.contributions as { id: string; body: string }[];
};

describe('the vote race', () => {
  it('50 parallel votes by one person count once', async () => {
    const target = await post(live, await guest(), unique('Course'));
    const voter = await resident();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        live.api.run(
          `mutation($id: ID!) { voteContribution(id: $id) { contribution { voteCount } userErrors { message } } }`,
          { id: target.id },
          voter,
        ),
      ),
    );
    expect(await votesOf(target.id)).toHaveLength(1);
    expect((await contributionRow(live.orm, target.id))!.vote_count).toBe(1);
    // Every request is answered (the repeats are no-ops), none with an internal error.
    for (const result of results) expect.soft(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    // The event stream says the same: one CONTRIBUTION_VOTED for this contribution.
    const events = await knex()('stream_event')
      .where({ stream_kind: 'workshop', stream_key: rawId(live.workshopId), type: 'CONTRIBUTION_VOTED' })
      .whereRaw(`data->'contribution'->>'id' = ?`, [rawId(target.id)]);
    expect(events).toHaveLength(1);
  });

  it('50 parallel votes by 50 guests count 50', async () => {
    const target = await post(live, await guest(), unique('Course'));
    const voters = await Promise.all(Array.from({ length: 50 }, (_, i) => guest(`Votant ${i}`)));
    const results = await Promise.all(
      voters.map((v) =>
        live.api.run(
          `mutation($id: ID!) { voteContribution(id: $id) { contribution { voteCount } userErrors { message } } }`,
          { id: target.id },
          v,
        ),
      ),
    );
    expect(await votesOf(target.id)).toHaveLength(50);
    expect((await contributionRow(live.orm, target.id))!.vote_count).toBe(50);
    for (const result of results) {
      expect.soft(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect.soft(result.data?.voteContribution?.userErrors).toEqual([]);
    }
  });

  it('unvote takes back one vote, once', async () => {
    const target = await post(live, await guest(), unique('Retrait'));
    const voter = await guest();
    await act(live, voter, 'vote', { id: target.id });
    await Promise.all(
      Array.from({ length: 10 }, () =>
        live.api.run(
          `mutation($id: ID!) { unvoteContribution(id: $id) { userErrors { message } } }`,
          { id: target.id },
          voter,
        ),
      ),
    );
    expect(await votesOf(target.id)).toHaveLength(0);
    expect((await contributionRow(live.orm, target.id))!.vote_count).toBe(0);
  });
});

describe('bad input is refused with a message naming it, and nothing is stored', () => {
  let closedWorkshopId: string;
  let otherPromptId: string;
  let otherContributionId: string;
  beforeAll(async () => {
    const made = await live.make.workshop({ status: 'CLOSED', territoryId: live.territoryId });
    await live.make.contribution(made.id);
    const closed = await knex()('workshop').where({ slug: made.slug }).first();
    expect(closed.status).toBe('CLOSED');
    closedWorkshopId = gid('Workshop', closed.id);
    const prompt = await knex()('prompt')
      .where({ workshop_id: rawId(live.otherWorkshopId) })
      .first();
    otherPromptId = gid('Prompt', prompt.id);
    const published = await knex()('contribution')
      .where({ workshop_id: closed.id, moderation_state: 'PUBLISHED' })
      .first();
    otherContributionId = gid('Contribution', published.id);
  });

  const cases: [string, string, () => Record<string, unknown>][] = [
    ['an empty body', 'body', () => ({ body: '' })],
    ['a body of blanks', 'body', () => ({ body: '  \n\t  \r\n ' })],
    ['a body of 2,001 characters', 'body', () => ({ body: 'x'.repeat(2001) })],
    ['a closed workshop', 'workshopId', () => ({ workshopId: closedWorkshopId })],
    ['an unknown theme', 'themeSlugs', () => ({ themeSlugs: [live.themes[0], 'no-such-theme'] })],
    ['more than five themes', 'themeSlugs', () => ({ themeSlugs: live.themes })],
    ['a prompt of another workshop', 'promptId', () => ({ promptId: otherPromptId })],
    ['a reply to a contribution of another workshop', 'parentId', () => ({ parentId: otherContributionId })],
    ['an unknown neighbourhood', 'neighbourhoodId', () => ({ neighbourhoodId: gid('Neighbourhood', randomUUID()) })],
  ];

  it.each(cases)('%s', async (what, field, input) => {
    const viewer = await resident();
    const body = unique('Mauvaise entrée');
    const before = await snapshot(live.orm);
    const result = await live.api.run(
      POST,
      { input: { workshopId: live.workshopId, kind: 'NEED', body, ...input() } },
      viewer,
    );
    expectUserError(result, field, 'postContribution', what);
    expect(result.data!.postContribution.contribution).toBeNull();
    expect(changedTables(before, await snapshot(live.orm)), `${what}: something was stored`).toEqual([]);
  });

  it('a paused workshop', async () => {
    const coordinator = live.viewers.coordinator;
    await ok(
      live.api.run(
        `mutation($w: ID!) { pauseWorkshop(workshopId: $w) { userErrors { message } } }`,
        { w: live.otherWorkshopId },
        coordinator,
      ),
      'pauseWorkshop',
    );
    try {
      const viewer = await resident();
      const before = await snapshot(live.orm);
      const result = await live.api.run(
        POST,
        { input: { workshopId: live.otherWorkshopId, kind: 'NEED', body: 'En pause ?' } },
        viewer,
      );
      const [error] = expectUserError(result, 'workshopId', 'postContribution', 'a paused workshop');
      expect(error!.message).toMatch(/paused/i);
      expect(changedTables(before, await snapshot(live.orm))).toEqual([]);
    } finally {
      await ok(
        live.api.run(
          `mutation($w: ID!) { openWorkshop(workshopId: $w) { userErrors { message } } }`,
          { w: live.otherWorkshopId },
          coordinator,
        ),
        'openWorkshop',
      );
    }
  });

  it('an unknown workshop', async () => {
    const viewer = await resident();
    const before = await snapshot(live.orm);
    const result = await live.api.run(
      POST,
      { input: { workshopId: gid('Workshop', randomUUID()), kind: 'NEED', body: 'Où suis-je ?' } },
      viewer,
    );
    // The contract lists it among user-fixable problems; a NOT_FOUND naming the workshop is also clear.
    if (result.errors) {
      expect(errorCode(result)).toBe('NOT_FOUND');
      expect(result.errors[0]!.message).toMatch(/workshop/i);
    } else expectUserError(result, 'workshopId', 'postContribution', 'an unknown workshop');
    expect(changedTables(before, await snapshot(live.orm))).toEqual([]);
  });

  it('several problems at once are all named', async () => {
    const viewer = await resident();
    const result = await live.api.run(
      POST,
      { input: { workshopId: live.workshopId, kind: 'NEED', body: ' ', themeSlugs: ['nope'] } },
      viewer,
    );
    const errors = expectUserError(result, 'body', 'postContribution', 'blank body and unknown theme');
    expect(errors.map((e) => e.field)).toContain('themeSlugs');
  });

  it('2,000 characters (trimmed) are accepted', async () => {
    const viewer = await resident();
    const body = 'y'.repeat(2000);
    const contribution = await post(live, viewer, `  ${body}  `);
    expect(contribution.body).toBe(body);
  });

  it('a guest posting more than its budget is slowed down, and the extra posts are not stored', async () => {
    const viewer = await guest();
    const results = [];
    for (let i = 0; i < 12; i++)
      results.push(
        await live.api.run(POST, { input: { workshopId: live.workshopId, kind: 'IDEA', body: `Rafale ${i}` } }, viewer),
      );
    const limited = results.filter((r) => errorCode(r) === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThan(0);
    const stored = await knex()('contribution').where({ guest_id: viewer.kind === 'guest' ? viewer.guestId : '' });
    expect(stored).toHaveLength(results.length - limited.length);
  });
});

describe('editing and withdrawing', () => {
  const EDIT = `mutation($id: ID!, $body: String!) { editContribution(id: $id, body: $body) { contribution { ${CONTRIBUTION_FIELDS} } userErrors { field message } } }`;
  const WITHDRAW = `mutation($id: ID!) { withdrawContribution(id: $id) { contribution { id } userErrors { field message } } }`;

  it('the author edits and withdraws within the window', async () => {
    const author = await guest();
    const c = await post(live, author, unique('Premier jet'));
    expect(c.viewerIsAuthor).toBe(true);
    expect(c.viewerCanEdit).toBe(true);
    const body = unique('Version corrigée');
    const edited = await ok(live.api.run(EDIT, { id: c.id, body }, author), 'editContribution');
    expect(edited.contribution.body).toBe(body);
    expect(edited.contribution.editedAt).not.toBeNull();
    expect((await publicList()).find((x) => x.id === c.id)?.body).toBe(body);
    await ok(live.api.run(WITHDRAW, { id: c.id }, author), 'withdrawContribution');
    expect((await contributionRow(live.orm, c.id))!.moderation_state).toBe('WITHDRAWN');
    expect((await publicList()).map((x) => x.id)).not.toContain(c.id);
  });

  it('someone else — even a coordinator — may not edit or withdraw it', async () => {
    const c = await post(live, await guest(), unique('À moi'));
    for (const viewer of [await guest(), live.viewers.resident, live.viewers.coordinator, live.viewers.admin]) {
      const seen = await live.api.run(
        `query($id: ID!) { node(id: $id) { ... on Contribution { viewerIsAuthor viewerCanEdit } } }`,
        { id: c.id },
        viewer,
      );
      expect(seen.data!.node).toEqual({ viewerIsAuthor: false, viewerCanEdit: false });
      const before = await snapshot(live.orm);
      expect(errorCode(await live.api.run(EDIT, { id: c.id, body: 'Réécrit' }, viewer))).toBe('FORBIDDEN');
      expect(errorCode(await live.api.run(WITHDRAW, { id: c.id }, viewer))).toBe('FORBIDDEN');
      expect(changedTables(before, await snapshot(live.orm))).toEqual([]);
    }
  });

  it('after 15 minutes the author can no longer change it', async () => {
    const author = await guest();
    const c = await post(live, author, unique('Ancien'));
    await knex()('contribution')
      .where({ id: rawId(c.id) })
      .update({ created_at: new Date(Date.now() - 16 * 60_000) });
    const seen = await live.api.run(
      `query($id: ID!) { node(id: $id) { ... on Contribution { viewerCanEdit } } }`,
      { id: c.id },
      author,
    );
    expect(seen.data!.node.viewerCanEdit).toBe(false);
    const before = await snapshot(live.orm);
    for (const result of [
      await live.api.run(EDIT, { id: c.id, body: 'Trop tard' }, author),
      await live.api.run(WITHDRAW, { id: c.id }, author),
    ]) {
      const payload = result.data?.editContribution ?? result.data?.withdrawContribution;
      const refused = errorCode(result) !== undefined || payload?.userErrors.length > 0;
      expect(refused, JSON.stringify(result)).toBe(true);
      expect(JSON.stringify(result)).toMatch(/15 minutes/);
    }
    expect(changedTables(before, await snapshot(live.orm))).toEqual([]);
  });

  it('bad edits are userErrors and change nothing', async () => {
    const author = await guest();
    const c = await post(live, author, unique('Stable'));
    for (const body of ['', '   ', 'z'.repeat(2001)]) {
      const before = await snapshot(live.orm);
      expectUserError(
        await live.api.run(EDIT, { id: c.id, body }, author),
        'body',
        'editContribution',
        `edit to ${body.length} chars`,
      );
      expect(changedTables(before, await snapshot(live.orm))).toEqual([]);
    }
  });
});

describe('merging duplicates', () => {
  it('moves the votes to the one kept, each voter counted once', async () => {
    const keep = await post(live, await guest(), unique('Gardée'));
    const duplicateAuthor = await guest();
    const duplicate = await post(live, duplicateAuthor, unique('Doublon'));
    const [u1, u2, u3] = [await guest(), await guest(), await guest()];
    await act(live, u1!, 'vote', { id: keep.id });
    await act(live, u2!, 'vote', { id: keep.id });
    await act(live, u2!, 'vote', { id: duplicate.id });
    await act(live, u3!, 'vote', { id: duplicate.id });
    const payload = await act(live, live.viewers.coordinator, 'merge', { keepId: keep.id, duplicateId: duplicate.id });
    expect(payload.contribution.id).toBe(keep.id);
    const key = (v: Viewer) => (v.kind === 'guest' ? `g:${v.guestId}` : '');
    const voters = (await votesOf(keep.id)).map((v) => v.voter_key);
    expect(new Set(voters).size).toBe(voters.length);
    // The duplicate's author said the same thing: counting them as a supporter is allowed too.
    expect(voters.filter((k) => k !== key(duplicateAuthor)).sort()).toEqual([key(u1!), key(u2!), key(u3!)].sort());
    expect(payload.contribution.voteCount).toBe(voters.length);
    expect((await contributionRow(live.orm, keep.id))!.vote_count).toBe(voters.length);
    const merged = await contributionRow(live.orm, duplicate.id);
    expect(merged!.moderation_state).toBe('MERGED');
    expect(merged!.merged_into_id).toBe(rawId(keep.id));
    // A vote for the merged duplicate is no longer possible.
    const late = await live.api.run(
      `mutation($id: ID!) { voteContribution(id: $id) { userErrors { message } } }`,
      { id: duplicate.id },
      await guest(),
    );
    expect(errorCode(late) !== undefined || late.data!.voteContribution.userErrors.length > 0).toBe(true);
  });

  it('refuses a contribution of another workshop and itself, storing nothing', async () => {
    const keep = await post(live, await guest(), unique('Ici'));
    const elsewhere = await post(live, live.viewers.coordinator, unique('Ailleurs'), {}, live.otherWorkshopId);
    for (const [keepId, duplicateId] of [
      [keep.id, elsewhere.id],
      [keep.id, keep.id],
    ]) {
      const before = await snapshot(live.orm);
      const result = await live.api.run(
        `mutation($k: ID!, $d: ID!) { mergeContributions(keepId: $k, duplicateId: $d) { contribution { id } userErrors { field message } } }`,
        { k: keepId, d: duplicateId },
        live.viewers.admin,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.mergeContributions.userErrors.length).toBeGreaterThan(0);
      expect(changedTables(before, await snapshot(live.orm))).toEqual([]);
    }
  });
});

describe('the moderation log', () => {
  it('records who did what, when and why, newest first', async () => {
    const c = await post(live, await guest(), unique('À modérer'));
    const coordinator = live.viewers.coordinator;
    const started = Date.now();
    const reason = unique('Propos hors sujet');
    await act(live, coordinator, 'hide', { id: c.id, reason });
    await act(live, live.viewers.admin, 'restore', { id: c.id });
    await act(live, coordinator, 'pin', { id: c.id });
    await act(live, coordinator, 'address', { id: c.id });
    await act(live, coordinator, 'tag', { id: c.id, themeSlugs: [live.themes[0]] });
    const { data, errors } = await live.api.run(
      `query($slug: String!) { workshop(slug: $slug) { moderationLog(first: 5) { id action actorName reason at contribution { id } } } }`,
      { slug: live.slug },
      coordinator,
    );
    expect(errors).toBeUndefined();
    const log = data!.workshop.moderationLog as any[];
    expect(log.map((l) => l.action)).toEqual(['TAG', 'ADDRESS', 'PIN', 'RESTORE', 'HIDE']);
    for (const line of log) {
      expect(line.contribution).toEqual({ id: c.id });
      expect(Date.parse(line.at)).toBeGreaterThanOrEqual(started - 1000);
      expect(Date.parse(line.at)).toBeLessThanOrEqual(Date.now() + 1000);
    }
    const hide = log.find((l) => l.action === 'HIDE');
    expect(hide.reason).toBe(reason);
    expect(hide.actorName).toBe(coordinator.kind === 'person' ? coordinator.displayName : '');
    expect(log.find((l) => l.action === 'RESTORE').actorName).toBe(
      live.viewers.admin.kind === 'person' ? live.viewers.admin.displayName : '',
    );
  });

  it('a hide without a reason is a userError, and logs nothing', async () => {
    const c = await post(live, await guest(), unique('Sans raison'));
    const before = await snapshot(live.orm);
    expectUserError(
      await live.api.run(
        `mutation($id: ID!) { hideContribution(id: $id, reason: " ") { userErrors { field message } } }`,
        { id: c.id },
        live.viewers.coordinator,
      ),
      'reason',
      'hideContribution',
      'hide without reason',
    );
    expect(changedTables(before, await snapshot(live.orm))).toEqual([]);
  });
});

describe('strict and open moderation', () => {
  const setMode = (mode: string) =>
    ok(live.api.run(SET_MODE, { workshopId: live.workshopId, mode }, live.viewers.coordinator), 'setModerationMode');
  afterAll(async () => {
    await setMode('OPEN');
  });

  it('open: a contribution is public at once', async () => {
    await setMode('OPEN');
    const c = await post(live, await guest(), unique('Ouvert'));
    expect(c.moderationState).toBe('PUBLISHED');
    expect((await publicList()).map((x) => x.id)).toContain(c.id);
  });

  it('strict: it waits in the queue until approved, then is public', async () => {
    await setMode('STRICT');
    const author = await guest();
    const c = await post(live, author, unique('Strict'));
    expect(c.moderationState).toBe('PENDING');
    expect((await publicList()).map((x) => x.id)).not.toContain(c.id);
    const queue = await live.api.run(
      `query($slug: String!) { workshop(slug: $slug) { moderationQueue { id } } }`,
      { slug: live.slug },
      live.viewers.coordinator,
    );
    expect(queue.data!.workshop.moderationQueue.map((x: any) => x.id)).toContain(c.id);
    await act(live, live.viewers.coordinator, 'approve', { id: c.id });
    expect((await publicList()).map((x) => x.id)).toContain(c.id);
    // Editing an approved text sends it back to the queue: an edit must not bypass moderation.
    const body = unique('Modifié après approbation');
    await act(live, author, 'edit', { id: c.id, body });
    expect((await publicList()).map((x) => x.body)).not.toContain(body);
  });

  it('strict: what a coordinator posts is published at once', async () => {
    await setMode('STRICT');
    const c = await post(live, live.viewers.coordinator, unique('Mot de l’animatrice'));
    expect(c.moderationState).toBe('PUBLISHED');
  });

  it('approve only applies to pending contributions', async () => {
    await setMode('OPEN');
    const c = await post(live, await guest(), unique('Déjà publié'));
    const before = await snapshot(live.orm);
    const result = await live.api.run(
      `mutation($id: ID!) { approveContribution(id: $id) { userErrors { field message } } }`,
      { id: c.id },
      live.viewers.coordinator,
    );
    expect(result.data!.approveContribution.userErrors.length).toBeGreaterThan(0);
    expect(changedTables(before, await snapshot(live.orm))).toEqual([]);
  });

  it('the mode is per workshop', async () => {
    await setMode('STRICT');
    const { data } = await live.api.run(
      `query { a: workshop(slug: "${live.slug}") { moderationMode } b: workshop(slug: "${live.otherSlug}") { moderationMode } }`,
    );
    expect(data!.a.moderationMode).toBe('STRICT');
    await setMode('OPEN');
    const again = await live.api.run(
      `query { a: workshop(slug: "${live.slug}") { moderationMode } b: workshop(slug: "${live.otherSlug}") { moderationMode } }`,
    );
    expect(again.data!.a.moderationMode).toBe('OPEN');
    expect(again.data!.b.moderationMode).toBe(data!.b.moderationMode);
  });
});
