import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestViewer } from '../src/test-support/viewers.js';
import { MemoryMailer } from '../src/test-support/mailer.js';
import type { MadeWorkshop } from '../src/test-support/factories/index.js';
import type { Viewer } from '../src/shared/viewer.js';
import {
  MODERATORS,
  PARTICIPANTS,
  ROLES,
  act,
  changedTables,
  contributionRow,
  errorCode,
  gid,
  insertPerson,
  openLive,
  post,
  postPending,
  rawId,
  sleep,
  snapshot,
  unique,
  type Live,
  type Role,
} from './support-live.js';
import { codeOf, collect, connect } from './support-ws.js';
import { DIAGNOSIS_MUTATIONS, DIAGNOSIS_SUBSCRIPTIONS } from './diagnosis-matrix.js';
import { PLANNING_MUTATIONS } from './planning-matrix.js';
import { STORY_MUTATIONS } from './stories-matrix.js';
import { PORTRAIT_MUTATIONS } from './portraits-matrix.js';
import { MEDIA_MUTATIONS } from './media-matrix.js';
import { ORGANIZATION_MUTATIONS } from './organizations-matrix.js';

/**
 * The authorization matrix of issue 3: every mutation of the live-workshop API, run by every
 * role, against a fresh target. Allowed roles succeed; every other role is refused with
 * FORBIDDEN or UNAUTHENTICATED and the database is left exactly as it was.
 */

let live: Live;
beforeAll(async () => {
  live = await openLive({ mode: 'OPEN', server: true });
});
afterAll(async () => {
  await live?.close();
});

const ADMIN: Role[] = ['admin'];

type Vars = Record<string, unknown>;
interface Case {
  name: string;
  /** Roles that must succeed. */
  allowed: readonly Role[];
  query: string;
  /** The mutation field (its payload holds `userErrors`). */
  field: string;
  /** Prepares a fresh target for this role and returns the operation's variables. */
  prepare: (role: Role, viewer: Viewer) => Promise<Vars>;
  /** Checks the effect after an allowed run. */
  verify?: (payload: any, vars: Vars, role: Role) => Promise<void> | void;
  /** Puts shared state back after any run. */
  cleanup?: () => Promise<void>;
}

/** A fresh guest of the live workshop: each target has its own author (posting is rate-limited per author). */
const author = () => guestViewer(live.orm, live.slug, unique('Auteur'));
/** A fresh published contribution by someone who is none of the roles under test. */
const target = async (label = 'cible') => (await post(live, await author(), unique(label))).id as string;

const knex = () => live.orm.em.getKnex();
const workshopRow = async () =>
  (await knex()('workshop')
    .where({ id: rawId(live.workshopId) })
    .first()) as any;

/** Lifecycle cases run on the live workshop itself; its state is put back after each run. */
let saved: any;
const setStatus = async (status: string) => {
  saved = await workshopRow();
  await knex()('workshop').where({ id: saved.id }).update({ status });
};
const restoreWorkshop = async () => {
  if (!saved) return;
  await knex()('workshop').where({ id: saved.id }).update({
    status: saved.status,
    moderation_mode: saved.moderation_mode,
    active_prompt_id: saved.active_prompt_id,
    join_code: saved.join_code,
  });
  saved = undefined;
};

const workshopMutation = (name: string, args = '', params = '') =>
  `mutation($workshopId: ID!${params}) { ${name}(workshopId: $workshopId${args}) { workshop { id status moderationMode joinCode activePrompt { id } prompts { question } } userErrors { field message } } }`;

const contributionMutation = (name: string, args = '', params = '') =>
  `mutation($id: ID!${params}) { ${name}(id: $id${args}) { contribution { id body moderationState voteCount pinned addressed mergedIntoId themes { slug } } userErrors { field message } } }`;

const canPost = (role: Role) => PARTICIPANTS.includes(role);

const CASES: Case[] = [
  // ---------- admin ----------
  {
    name: 'grantRole',
    allowed: ADMIN,
    field: 'grantRole',
    query: `mutation($personId: ID!) { grantRole(personId: $personId, role: STAKEHOLDER) { person { id } userErrors { field message } } }`,
    prepare: async () => ({ personId: await insertPerson(live.orm, 'RESIDENT') }),
    verify: async (_payload, vars) => {
      const row = await knex()('person')
        .where({ id: rawId(vars.personId as string) })
        .first();
      expect(row.role).toBe('STAKEHOLDER');
    },
  },
  {
    name: 'assignCoordinator',
    allowed: ADMIN,
    field: 'assignCoordinator',
    query: `mutation($workshopId: ID!, $personId: ID!) { assignCoordinator(workshopId: $workshopId, personId: $personId) { workshop { id } userErrors { field message } } }`,
    prepare: async () => ({ workshopId: live.workshopId, personId: await insertPerson(live.orm, 'COORDINATOR') }),
    verify: async (_payload, vars) => {
      const rows = await knex()('workshop_coordinator').where({
        workshop_id: rawId(live.workshopId),
        person_id: rawId(vars.personId as string),
      });
      expect(rows).toHaveLength(1);
    },
  },
  {
    name: 'unassignCoordinator',
    allowed: ADMIN,
    field: 'unassignCoordinator',
    query: `mutation($workshopId: ID!, $personId: ID!) { unassignCoordinator(workshopId: $workshopId, personId: $personId) { workshop { id } userErrors { field message } } }`,
    prepare: async () => {
      const personId = await insertPerson(live.orm, 'COORDINATOR');
      await knex()('workshop_coordinator').insert({ workshop_id: rawId(live.workshopId), person_id: rawId(personId) });
      return { workshopId: live.workshopId, personId };
    },
    verify: async (_payload, vars) => {
      const rows = await knex()('workshop_coordinator').where({
        workshop_id: rawId(live.workshopId),
        person_id: rawId(vars.personId as string),
      });
      expect(rows).toHaveLength(0);
    },
  },
  // ---------- lifecycle ----------
  {
    name: 'scheduleWorkshop',
    allowed: MODERATORS,
    field: 'scheduleWorkshop',
    query: workshopMutation('scheduleWorkshop'),
    prepare: async () => {
      await setStatus('DRAFT');
      return { workshopId: live.workshopId };
    },
    verify: (payload) => expect(payload.workshop.status).toBe('SCHEDULED'),
    cleanup: restoreWorkshop,
  },
  {
    name: 'openWorkshop',
    allowed: MODERATORS,
    field: 'openWorkshop',
    query: workshopMutation('openWorkshop'),
    prepare: async () => {
      await setStatus('PAUSED');
      return { workshopId: live.workshopId };
    },
    verify: (payload) => {
      expect(payload.workshop.status).toBe('LIVE');
      expect(payload.workshop.joinCode).toBeTruthy();
    },
    cleanup: restoreWorkshop,
  },
  {
    name: 'pauseWorkshop',
    allowed: MODERATORS,
    field: 'pauseWorkshop',
    query: workshopMutation('pauseWorkshop'),
    prepare: async () => {
      await setStatus('LIVE');
      return { workshopId: live.workshopId };
    },
    verify: (payload) => expect(payload.workshop.status).toBe('PAUSED'),
    cleanup: restoreWorkshop,
  },
  {
    name: 'closeWorkshop',
    allowed: MODERATORS,
    field: 'closeWorkshop',
    query: workshopMutation('closeWorkshop'),
    prepare: async () => {
      await setStatus('LIVE');
      return { workshopId: live.workshopId };
    },
    verify: (payload) => expect(payload.workshop.status).toBe('CLOSED'),
    cleanup: restoreWorkshop,
  },
  {
    name: 'reopenWorkshop',
    allowed: MODERATORS,
    field: 'reopenWorkshop',
    query: workshopMutation('reopenWorkshop'),
    prepare: async () => {
      await setStatus('CLOSED');
      await knex()('workshop').where({ id: saved.id }).update({ join_code: null });
      // Closed a moment ago (the log says when), so within the window.
      await knex()('moderation_action').insert({
        id: randomUUID(),
        workshop_id: saved.id,
        actor_id: (live.viewers.coordinator as Extract<Viewer, { kind: 'person' }>).personId,
        action: 'CLOSE',
      });
      return { workshopId: live.workshopId };
    },
    verify: (payload) => {
      expect(payload.workshop.status).toBe('LIVE');
      expect(payload.workshop.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    },
    cleanup: restoreWorkshop,
  },
  {
    name: 'setModerationMode',
    allowed: MODERATORS,
    field: 'setModerationMode',
    query: workshopMutation('setModerationMode', ', mode: STRICT'),
    prepare: async () => {
      await setStatus('LIVE');
      return { workshopId: live.workshopId };
    },
    verify: (payload) => expect(payload.workshop.moderationMode).toBe('STRICT'),
    cleanup: restoreWorkshop,
  },
  {
    name: 'setActivePrompt',
    allowed: MODERATORS,
    field: 'setActivePrompt',
    query: workshopMutation('setActivePrompt', ', promptId: $promptId', ', $promptId: ID'),
    prepare: async () => {
      await setStatus('LIVE');
      await knex()('workshop')
        .where({ id: rawId(live.workshopId) })
        .update({ active_prompt_id: null });
      const prompt = await knex()('prompt')
        .where({ workshop_id: rawId(live.workshopId) })
        .orderBy('position')
        .first();
      return { workshopId: live.workshopId, promptId: gid('Prompt', prompt.id) };
    },
    verify: (payload, vars) => expect(payload.workshop.activePrompt?.id).toBe(vars.promptId),
    cleanup: restoreWorkshop,
  },
  {
    name: 'addPrompt',
    allowed: MODERATORS,
    field: 'addPrompt',
    query: workshopMutation('addPrompt', ', question: $question', ', $question: String!'),
    prepare: () => Promise.resolve({ workshopId: live.workshopId, question: unique('Question du test ?') }),
    verify: (payload, vars) =>
      expect(payload.workshop.prompts.map((p: any) => p.question)).toContain(vars.question as string),
  },
  // ---------- contributions ----------
  {
    name: 'postContribution',
    allowed: PARTICIPANTS,
    field: 'postContribution',
    query: `mutation($input: PostContributionInput!) { postContribution(input: $input) { contribution { id body moderationState } userErrors { field message } } }`,
    prepare: () =>
      Promise.resolve({
        input: { workshopId: live.workshopId, kind: 'IDEA', body: unique('Proposition'), themeSlugs: [live.themes[0]] },
      }),
    verify: async (payload, vars) => {
      expect(payload.contribution.body).toBe((vars.input as any).body);
      expect(await contributionRow(live.orm, payload.contribution.id)).toBeDefined();
    },
  },
  {
    name: 'editContribution (own)',
    allowed: PARTICIPANTS,
    field: 'editContribution',
    query: contributionMutation('editContribution', ', body: $body', ', $body: String!'),
    prepare: async (role, viewer) => ({
      id: canPost(role) ? (await post(live, viewer, unique('À corriger'))).id : await target(),
      body: unique('Corrigé'),
    }),
    verify: async (payload, vars) => {
      expect(payload.contribution.body).toBe(vars.body);
      expect((await contributionRow(live.orm, vars.id as string))!.edited_at).not.toBeNull();
    },
  },
  {
    name: 'editContribution (someone else’s)',
    allowed: [],
    field: 'editContribution',
    query: contributionMutation('editContribution', ', body: $body', ', $body: String!'),
    prepare: async () => ({ id: await target(), body: unique('Réécrit par un autre') }),
  },
  {
    name: 'withdrawContribution (own)',
    allowed: PARTICIPANTS,
    field: 'withdrawContribution',
    query: contributionMutation('withdrawContribution'),
    prepare: async (role, viewer) => ({
      id: canPost(role) ? (await post(live, viewer, unique('À retirer'))).id : await target(),
    }),
    verify: async (_payload, vars) =>
      expect((await contributionRow(live.orm, vars.id as string))!.moderation_state).toBe('WITHDRAWN'),
  },
  {
    name: 'withdrawContribution (someone else’s)',
    allowed: [],
    field: 'withdrawContribution',
    query: contributionMutation('withdrawContribution'),
    prepare: async () => ({ id: await target() }),
  },
  {
    name: 'voteContribution',
    allowed: PARTICIPANTS,
    field: 'voteContribution',
    query: contributionMutation('voteContribution'),
    prepare: async () => ({ id: await target() }),
    verify: async (payload, vars) => {
      expect(payload.contribution.voteCount).toBe(1);
      expect(await knex()('contribution_vote').where({ contribution_id: rawId(vars.id as string) })).toHaveLength(1);
    },
  },
  {
    name: 'unvoteContribution',
    allowed: PARTICIPANTS,
    field: 'unvoteContribution',
    query: contributionMutation('unvoteContribution'),
    prepare: async (role, viewer) => {
      const id = await target();
      // Someone else's vote stays; the role's own vote (when it may vote) is the one taken back.
      await act(live, await author(), 'vote', { id });
      if (canPost(role)) await act(live, viewer, 'vote', { id });
      return { id };
    },
    verify: (payload) => expect(payload.contribution.voteCount).toBe(1),
  },
  {
    name: 'reportContribution',
    allowed: PARTICIPANTS,
    field: 'reportContribution',
    query: contributionMutation('reportContribution', ', reason: $reason', ', $reason: String!'),
    prepare: async () => ({ id: await target(), reason: 'Propos injurieux' }),
    verify: async (_payload, vars) =>
      expect(await knex()('contribution_report').where({ contribution_id: rawId(vars.id as string) })).toHaveLength(1),
  },
  // ---------- moderation ----------
  {
    name: 'approveContribution',
    allowed: MODERATORS,
    field: 'approveContribution',
    query: contributionMutation('approveContribution'),
    prepare: async () => ({ id: (await postPending(live, await author(), unique('En attente'))).id }),
    verify: (payload) => expect(payload.contribution.moderationState).toBe('PUBLISHED'),
  },
  {
    name: 'hideContribution',
    allowed: MODERATORS,
    field: 'hideContribution',
    query: contributionMutation('hideContribution', ', reason: $reason', ', $reason: String!'),
    prepare: async () => ({ id: await target(), reason: 'Hors sujet' }),
    verify: async (_payload, vars) => {
      const row = await contributionRow(live.orm, vars.id as string);
      expect(row!.moderation_state).toBe('HIDDEN');
      expect(row!.hidden_reason).toBe('Hors sujet');
    },
  },
  {
    name: 'restoreContribution',
    allowed: MODERATORS,
    field: 'restoreContribution',
    query: contributionMutation('restoreContribution'),
    prepare: async () => {
      const id = await target();
      await act(live, live.viewers.coordinator, 'hide', { id, reason: 'Par erreur' });
      return { id };
    },
    verify: (payload) => expect(payload.contribution.moderationState).toBe('PUBLISHED'),
  },
  {
    name: 'pinContribution',
    allowed: MODERATORS,
    field: 'pinContribution',
    query: contributionMutation('pinContribution'),
    prepare: async () => ({ id: await target() }),
    verify: (payload) => expect(payload.contribution.pinned).toBe(true),
  },
  {
    name: 'unpinContribution',
    allowed: MODERATORS,
    field: 'unpinContribution',
    query: contributionMutation('unpinContribution'),
    prepare: async () => {
      const id = await target();
      await act(live, live.viewers.coordinator, 'pin', { id });
      return { id };
    },
    verify: (payload) => expect(payload.contribution.pinned).toBe(false),
  },
  {
    name: 'keepReportedContribution',
    allowed: MODERATORS,
    field: 'keepReportedContribution',
    query: contributionMutation('keepReportedContribution'),
    prepare: async () => {
      const id = await target('signalée');
      await knex()('contribution_report').insert({
        id: randomUUID(),
        contribution_id: rawId(id),
        reporter_key: `p:${randomUUID()}`,
        reason: 'Propos déplacés',
      });
      return { id };
    },
    verify: async (_payload, vars) =>
      expect(
        await knex()('contribution_report')
          .where({ contribution_id: rawId(vars.id as string) })
          .whereNull('reviewed_at'),
      ).toHaveLength(0),
  },
  {
    name: 'markContributionAddressed',
    allowed: MODERATORS,
    field: 'markContributionAddressed',
    query: contributionMutation('markContributionAddressed'),
    prepare: async () => ({ id: await target() }),
    verify: (payload) => expect(payload.contribution.addressed).toBe(true),
  },
  {
    name: 'mergeContributions',
    allowed: MODERATORS,
    field: 'mergeContributions',
    query: `mutation($keepId: ID!, $duplicateId: ID!) { mergeContributions(keepId: $keepId, duplicateId: $duplicateId) { contribution { id } userErrors { field message } } }`,
    prepare: async () => ({ keepId: await target('gardée'), duplicateId: await target('doublon') }),
    verify: async (payload, vars) => {
      expect(payload.contribution.id).toBe(vars.keepId);
      const duplicate = await contributionRow(live.orm, vars.duplicateId as string);
      expect(duplicate!.moderation_state).toBe('MERGED');
      expect(duplicate!.merged_into_id).toBe(rawId(vars.keepId as string));
    },
  },
  {
    name: 'tagContribution',
    allowed: MODERATORS,
    field: 'tagContribution',
    query: contributionMutation('tagContribution', ', themeSlugs: $themeSlugs', ', $themeSlugs: [String!]!'),
    prepare: async () => ({ id: await target(), themeSlugs: live.themes.slice(0, 2) }),
    verify: (payload) =>
      expect(payload.contribution.themes.map((t: any) => t.slug).sort()).toEqual(live.themes.slice(0, 2).sort()),
  },
];

describe.each(CASES)('$name', (c) => {
  it.each(ROLES)('as %s', async (role) => {
    const viewer = live.viewers[role];
    try {
      const vars = await c.prepare(role, viewer);
      const before = await snapshot(live.orm);
      const result = await live.api.run(c.query, vars, viewer);
      if (c.allowed.includes(role)) {
        expect(result.errors, `${role} should be allowed: ${JSON.stringify(result.errors)}`).toBeUndefined();
        const payload = result.data![c.field];
        expect(payload.userErrors, `${role} should be allowed`).toEqual([]);
        await c.verify?.(payload, vars, role);
      } else {
        const code = errorCode(result);
        expect(
          ['FORBIDDEN', 'UNAUTHENTICATED'],
          `${role} must be refused with FORBIDDEN/UNAUTHENTICATED, got ${JSON.stringify(result)}`,
        ).toContain(code);
        if (role === 'anonymous') expect(code).toBe('UNAUTHENTICATED');
        expect(changedTables(before, await snapshot(live.orm)), `${role}: refused, yet tables changed`).toEqual([]);
      }
    } finally {
      await c.cleanup?.();
    }
  });
});

describe('every mutation of the schema is in the matrix', () => {
  it('covers each mutation, and each one exists', async () => {
    const { data } = await live.api.run(
      `{ __schema { mutationType { fields { name } } subscriptionType { fields { name } } } }`,
    );
    const inSchema = new Set<string>(data!.__schema.mutationType.fields.map((f: any) => f.name));
    // Each later feature's operations have a matrix of their own (<feature>-authorization.test.ts).
    const covered = new Set([
      ...CASES.map((c) => c.field),
      ...ACCOUNT_OPERATIONS,
      ...DIAGNOSIS_MUTATIONS,
      ...PLANNING_MUTATIONS,
      ...STORY_MUTATIONS,
      ...PORTRAIT_MUTATIONS,
      ...MEDIA_MUTATIONS,
      ...ORGANIZATION_MUTATIONS,
    ]);
    for (const name of covered) expect(inSchema, `the schema lacks ${name}`).toContain(name);
    for (const name of inSchema) expect(covered, `${name} is not in the authorization matrix`).toContain(name);
    const subscriptions = data!.__schema.subscriptionType.fields.map((f: any) => f.name).sort();
    expect(subscriptions).toEqual([...SUBSCRIPTIONS.map((s) => s.field), ...DIAGNOSIS_SUBSCRIPTIONS].sort());
  });
});

const ACCOUNT_OPERATIONS = ['signUp', 'confirmSignUp', 'signIn', 'signOut', 'joinWorkshop'];

interface SubscriptionCase {
  field: string;
  allowed: readonly Role[];
  workshop: () => string;
  /** Codes accepted as a refusal besides FORBIDDEN and UNAUTHENTICATED. */
  alsoRefusedAs?: string[];
}
const SUBSCRIPTIONS: SubscriptionCase[] = [
  // The public stream is open to whoever may read the workshop; it is filtered per viewer.
  { field: 'workshopEvents', allowed: ROLES, workshop: () => live.workshopId },
  { field: 'moderationQueueEvents', allowed: MODERATORS, workshop: () => live.workshopId },
];
/** A draft workshop run by the coordinator (made once, by the first case that needs it). */
let draftMade: Promise<MadeWorkshop> | undefined;
const draftWorkshop = () =>
  (draftMade ??= live.make.workshop({
    status: 'DRAFT',
    territoryId: live.territoryId,
    coordinatorIds: [(live.viewers.coordinator as Extract<Viewer, { kind: 'person' }>).personId],
  }));

describe.each(SUBSCRIPTIONS)('subscription $field', (c) => {
  it.each(ROLES)('as %s', async (role) => {
    const server = live.server!;
    const client = connect(server.wsUrl, await server.cookieFor(live.viewers[role]));
    try {
      const sub = collect(
        client,
        `subscription($w: ID!, $after: Int) { ${c.field}(workshopId: $w, afterSeq: $after) { seq type contributionId contribution { id body } } }`,
        { w: c.workshop(), after: 0 },
      );
      if (c.allowed.includes(role)) {
        // The replay of what is stored comes first: coordinators' and the public stream alike.
        await sub.until((s) => s.events.length > 0, `${role} to receive events`);
        expect(sub.errors).toEqual([]);
      } else {
        await sub.until((s) => s.errors.length > 0 || s.completed, `${role} to be refused`);
        expect(sub.events).toEqual([]);
        expect(['FORBIDDEN', 'UNAUTHENTICATED', ...(c.alsoRefusedAs ?? [])], JSON.stringify(sub.errors)).toContain(
          codeOf(sub.errors[0]),
        );
      }
    } finally {
      await client.dispose();
    }
  });

  it.each(ROLES)('on a draft workshop, as %s', async (role) => {
    const server = live.server!;
    const draft = await draftWorkshop();
    const client = connect(server.wsUrl, await server.cookieFor(live.viewers[role]));
    try {
      const sub = collect(client, `subscription($w: ID!) { ${c.field}(workshopId: $w) { seq type } }`, {
        w: gid('Workshop', draft.id),
      });
      if (MODERATORS.includes(role)) {
        // Coordinators of the draft may listen to it: the public stream starts with a PRESENCE
        // event; the queue has nothing to say yet, and must not refuse.
        if (c.field === 'workshopEvents') await sub.until((s) => s.events.length > 0, `${role} to be answered`);
        else await sleep(300);
        expect(sub.errors).toEqual([]);
      } else {
        await sub.until((s) => s.errors.length > 0 || s.completed, `${role} to be refused`);
        expect(sub.events).toEqual([]);
        // A draft is not even known to outsiders.
        expect(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'], JSON.stringify(sub.errors)).toContain(
          codeOf(sub.errors[0]),
        );
      }
    } finally {
      await client.dispose();
    }
  });
});

describe('account operations are open to every role', () => {
  it.each(ROLES)('joinWorkshop as %s', async (role) => {
    const name = unique('Arrivant');
    const viewer = live.viewers[role];
    const guestsBefore = await knex()('guest').where({ display_name: name });
    expect(guestsBefore).toHaveLength(0);
    const result = await live.api.run(
      `mutation($code: String!, $name: String!) { joinWorkshop(code: $code, displayName: $name) { viewer { kind displayName guestWorkshop { id } } workshop { id } userErrors { field message } } }`,
      { code: live.joinCode, name },
      viewer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.joinWorkshop.userErrors).toEqual([]);
    expect(result.data!.joinWorkshop.workshop.id).toBe(live.workshopId);
    const guests = await knex()('guest').where({ display_name: name });
    if (viewer.kind === 'person') {
      // A signed-in person takes part under their own name: no guest session is made.
      expect(result.data!.joinWorkshop.viewer).toMatchObject({ kind: 'PERSON', guestWorkshop: null });
      expect(guests).toHaveLength(0);
    } else {
      // Anyone else gets a guest session of this workshop only (a guest of another one switches).
      expect(result.data!.joinWorkshop.viewer).toMatchObject({
        kind: 'GUEST',
        displayName: name,
        guestWorkshop: { id: live.workshopId },
      });
      expect(guests).toHaveLength(1);
      expect(guests[0].workshop_id).toBe(rawId(live.workshopId));
    }
  });

  it('signIn with the right password works for every account; a wrong one is a userError', async () => {
    for (const email of [live.emails.admin, live.emails.resident]) {
      const ok = await live.api.run(
        `mutation($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { viewer { kind role } userErrors { field message } } }`,
        { email, password: live.password },
      );
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.signIn.userErrors).toEqual([]);
      expect(ok.data!.signIn.viewer.kind).toBe('PERSON');
    }
    const wrong = await live.api.run(
      `mutation($email: String!) { signIn(input: { email: $email, password: "not-the-password" }) { viewer { kind } userErrors { field message } } }`,
      { email: live.emails.resident },
    );
    expect(wrong.errors).toBeUndefined();
    expect(wrong.data!.signIn.viewer).toBeNull();
    expect(wrong.data!.signIn.userErrors.length).toBeGreaterThan(0);
  });

  it.each(ROLES)('signUp then confirmSignUp make a RESIDENT, as %s', async (role) => {
    const email = `${randomUUID().slice(0, 8)}@example.org`;
    const viewer = live.viewers[role];
    const asked = await live.api.run(
      `mutation($email: String!) { signUp(input: { email: $email, password: "a long enough password", displayName: "Nouvelle" }) { confirmationSent userErrors { field message } } }`,
      { email },
      viewer,
    );
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.signUp).toEqual({ confirmationSent: true, userErrors: [] });
    // Nothing exists before the mailed link is used.
    expect(await knex()('person').where({ email }).first()).toBeUndefined();
    const token = MemoryMailer.linkIn(live.api.mail.to(email).at(-1)).searchParams.get('token');
    const result = await live.api.run(
      `mutation($token: String!) { confirmSignUp(token: $token) { viewer { kind role } userErrors { field message } } }`,
      { token },
      viewer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.confirmSignUp.userErrors).toEqual([]);
    expect(result.data!.confirmSignUp.viewer.role).toBe('RESIDENT');
    const row = await knex()('person').where({ email }).first();
    expect(row.role).toBe('RESIDENT');
  });

  it.each(ROLES)('signOut as %s answers true', async (role) => {
    const result = await live.api.run(`mutation { signOut }`, {}, live.viewers[role]);
    expect(result.errors).toBeUndefined();
    expect(result.data!.signOut).toBe(true);
  });
});
