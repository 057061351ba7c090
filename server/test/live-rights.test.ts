import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlatformRole } from '../src/people/person.entity.js';
import { anonymous, type Viewer } from '../src/shared/viewer.js';
import { ROLES, gid, openLive, rawId, unique, type Live, type Role } from './support-live.js';

/**
 * The rules are said once (contribution.policy.ts, workshop.policy.ts): for every role, target and
 * session state, each `viewerCan…` field is true exactly when its mutation is accepted. The site
 * shows an action from these fields, so it never offers what the API refuses, nor hides what it
 * would accept.
 */

let live: Live;
beforeAll(async () => {
  live = await openLive({ mode: 'OPEN' });
});
afterAll(async () => {
  await live?.close();
});

const knex = () => live.orm.em.getKnex();
const setStatus = (status: string) =>
  knex()('workshop')
    .where({ id: rawId(live.workshopId) })
    .update({ status });

/**
 * Viewers of every role made for one run: each run posts replies, and posting is rate-limited per
 * participant, so a run does not share its participants with another.
 */
async function viewersOfEveryRole(): Promise<Record<Role, Viewer>> {
  const person = async (role: PlatformRole, coordinates: string[] = []) => {
    const made = await live.make.person({ role });
    for (const workshop of coordinates) {
      await knex()('workshop_coordinator').insert({ workshop_id: rawId(workshop), person_id: made.id });
    }
    return made.viewer();
  };
  return {
    anonymous,
    guest: await live.make.guest(rawId(live.workshopId)),
    guestOther: await live.make.guest(rawId(live.otherWorkshopId)),
    resident: await person(PlatformRole.RESIDENT),
    stakeholder: await person(PlatformRole.STAKEHOLDER),
    coordinator: await person(PlatformRole.COORDINATOR, [live.workshopId]),
    otherCoordinator: await person(PlatformRole.COORDINATOR, [live.otherWorkshopId]),
    admin: await person(PlatformRole.ADMIN),
  };
}

/** What a rule can turn on: whose it is, its state, its age, whether it is a reply. */
const KINDS = {
  othersPublished: { own: false, state: 'PUBLISHED' },
  ownPublished: { own: true, state: 'PUBLISHED' },
  ownPending: { own: true, state: 'PENDING' },
  ownHidden: { own: true, state: 'HIDDEN' },
  ownWithdrawn: { own: true, state: 'WITHDRAWN' },
  ownOld: { own: true, state: 'PUBLISHED', minutesAgo: 20 },
  othersPending: { own: false, state: 'PENDING' },
  othersHidden: { own: false, state: 'HIDDEN' },
  othersReply: { own: false, state: 'PUBLISHED', reply: true },
} as const;
type Kind = keyof typeof KINDS;

async function target(kind: Kind, viewer: Viewer): Promise<string> {
  const spec: { own: boolean; state: string; minutesAgo?: number; reply?: boolean } = KINDS[kind];
  const workshopId = rawId(live.workshopId);
  const author = spec.own && viewer.kind !== 'anonymous' ? viewer : live.viewers.helper;
  const parentId = spec.reply ? await live.make.contribution(workshopId, { author: live.viewers.helper }) : undefined;
  const id = await live.make.contribution(workshopId, { author, state: spec.state as 'PUBLISHED', parentId });
  if (spec.minutesAgo) {
    await knex()('contribution')
      .where({ id })
      .update({ created_at: new Date(Date.now() - spec.minutesAgo * 60_000) });
  }
  return gid('Contribution', id);
}

/** Each `viewerCan…` field of a contribution, and the mutation it answers for. */
const ACTIONS: Record<string, { field: string; run: (id: string) => [string, Record<string, unknown>] }> = {
  edit: {
    field: 'viewerCanEdit',
    run: (id) => [
      `mutation($id: ID!) { r: editContribution(id: $id, body: "Texte corrigé") { userErrors { code } } }`,
      { id },
    ],
  },
  withdraw: {
    field: 'viewerCanWithdraw',
    run: (id) => [`mutation($id: ID!) { r: withdrawContribution(id: $id) { userErrors { code } } }`, { id }],
  },
  vote: {
    field: 'viewerCanVote',
    run: (id) => [`mutation($id: ID!) { r: voteContribution(id: $id) { userErrors { code } } }`, { id }],
  },
  report: {
    field: 'viewerCanReport',
    run: (id) => [
      `mutation($id: ID!) { r: reportContribution(id: $id, reason: "Propos hors charte") { userErrors { code } } }`,
      { id },
    ],
  },
  reply: {
    field: 'viewerCanReply',
    run: (id) => [
      `mutation($input: PostContributionInput!) { r: postContribution(input: $input) { userErrors { code } } }`,
      { input: { workshopId: live.workshopId, kind: 'IDEA', body: unique('Réponse'), parentId: id } },
    ],
  },
};

const RIGHTS = `query($id: ID!) { node(id: $id) { ... on Contribution { ${Object.values(ACTIONS)
  .map((a) => a.field)
  .join(' ')} } } }`;

const accepted = (result: any) => !result.errors && result.data?.r?.userErrors?.length === 0;

describe.each(['LIVE', 'PAUSED'])('in a %s session', (status) => {
  let viewers: Record<Role, Viewer>;
  beforeAll(async () => {
    viewers = await viewersOfEveryRole();
  });

  it.each(ROLES)('viewerCan… says what %s may do with each contribution', async (role) => {
    await setStatus(status);
    try {
      const viewer = viewers[role];
      const granted: string[] = [];
      for (const kind of Object.keys(KINDS) as Kind[]) {
        for (const [action, { field, run }] of Object.entries(ACTIONS)) {
          const id = await target(kind, viewer);
          const seen = await live.api.run(RIGHTS, { id }, viewer);
          expect(seen.errors).toBeUndefined();
          const can = Boolean(seen.data!.node?.[field]);
          if (can) granted.push(`${action} ${kind}`);
          const [query, variables] = run(id);
          const result = await live.api.run(query, variables, viewer);
          expect(
            accepted(result),
            `${action} on ${kind}: ${field} is ${can}, the API answered ${JSON.stringify(result)}`,
          ).toBe(can);
        }
      }
      // Not vacuous: whoever takes part in a live session may do these.
      if (status === 'LIVE' && !['anonymous', 'guestOther'].includes(role)) {
        expect(granted).toEqual(
          expect.arrayContaining([
            'edit ownPending',
            'withdraw ownPublished',
            'vote othersPublished',
            'report othersPublished',
            'reply othersPublished',
          ]),
        );
      }
    } finally {
      await setStatus('LIVE');
    }
  });

  it.each(ROLES)('viewerCanPost and viewerTakesPart say what %s may do in the workshop', async (role) => {
    await setStatus(status);
    try {
      const viewer = viewers[role];
      const seen = await live.api.run(
        `query($id: ID!) { node(id: $id) { ... on Workshop { viewerCanPost viewerTakesPart } } }`,
        { id: live.workshopId },
        viewer,
      );
      const { viewerCanPost, viewerTakesPart } = seen.data!.node;
      expect(viewerTakesPart).toBe(!['anonymous', 'guestOther'].includes(role));
      const result = await live.api.run(
        `mutation($input: PostContributionInput!) { r: postContribution(input: $input) { userErrors { code } } }`,
        { input: { workshopId: live.workshopId, kind: 'NEED', body: unique('Contribution') } },
        viewer,
      );
      expect(accepted(result), JSON.stringify(result)).toBe(viewerCanPost);
      expect(viewerCanPost).toBe(viewerTakesPart && status === 'LIVE');
    } finally {
      await setStatus('LIVE');
    }
  });
});

describe('no “me too” on one’s own contribution', () => {
  it.each(['guest', 'resident', 'coordinator', 'admin'] as const)(
    'is refused to %s, and counts nothing',
    async (role) => {
      const viewer = live.viewers[role];
      const id = await target('ownPublished', viewer);
      const result = await live.api.run(
        `mutation($id: ID!) { voteContribution(id: $id) { contribution { voteCount viewerCanVote } userErrors { code field message } } }`,
        { id },
        viewer,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.voteContribution.userErrors).toEqual([
        { code: 'CANNOT_SUPPORT_OWN', field: null, message: expect.stringMatching(/own contribution/) },
      ]);
      const row = await knex()('contribution')
        .where({ id: rawId(id) })
        .first();
      expect(row.vote_count).toBe(0);
      expect(await knex()('contribution_vote').where({ contribution_id: rawId(id) })).toEqual([]);
    },
  );
});

describe('joinWorkshop answers with the rights of whoever has joined', () => {
  const JOIN = `mutation($code: String!, $name: String!) { joinWorkshop(code: $code, displayName: $name) {
    workshop { viewerTakesPart viewerCanPost contributions(first: 500) { id viewerCanVote viewerCanReply } }
    userErrors { code message }
  } }`;

  it.each(['anonymous', 'guestOther'] as const)('as %s: the workshop joined says they take part now', async (role) => {
    const published = await target('othersPublished', live.viewers.helper);
    const before = await live.api.run(
      `query($id: ID!) { node(id: $id) { ... on Workshop { viewerTakesPart viewerCanPost } } }`,
      { id: live.workshopId },
      live.viewers[role],
    );
    expect(before.data!.node).toEqual({ viewerTakesPart: false, viewerCanPost: false });
    const result = await live.api.run(JOIN, { code: live.joinCode, name: unique('Arrivée') }, live.viewers[role]);
    expect(result.errors).toBeUndefined();
    const { workshop, userErrors } = result.data!.joinWorkshop;
    expect(userErrors).toEqual([]);
    expect(workshop).toMatchObject({ viewerTakesPart: true, viewerCanPost: true });
    expect(workshop.contributions.find((c: any) => c.id === published)).toEqual({
      id: published,
      viewerCanVote: true,
      viewerCanReply: true,
    });
  });
});
