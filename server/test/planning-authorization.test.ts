import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/shared/viewer.js';
import { viewerOfPerson } from '../src/test-support/viewers.js';
import {
  ROLES,
  changedTables,
  errorCode,
  gid,
  insertPerson,
  openLive,
  rawId,
  snapshot,
  unique,
  type Live,
  type Role,
} from './support-live.js';
import { PLANNING_MUTATIONS } from './planning-matrix.js';

/**
 * The authorization matrix of workshop planning: every mutation, every role, a fresh target.
 * `coordinator` runs the target workshops, `otherCoordinator` is a coordinator of another one;
 * admins run every workshop. Signed-in people register; guests and visitors only read. Refusals
 * are FORBIDDEN or UNAUTHENTICATED (NOT_FOUND for a draft outsiders may not know of) and leave
 * the database exactly as it was.
 */

let live: Live;
let viewers: Record<Role, Viewer>;
let coordinatorId: string;
const knex = () => live.orm.em.getKnex();

const RUNS: Role[] = ['coordinator', 'admin'];
const PLANNERS: Role[] = ['coordinator', 'otherCoordinator', 'admin'];
const PEOPLE: Role[] = ['resident', 'stakeholder', 'coordinator', 'otherCoordinator', 'admin'];
const errors = 'userErrors { code field message }';

/** A workshop run by the coordinator, announced for next week, with two unused prompts. */
async function fresh(status: 'SCHEDULED' | 'DRAFT' = 'SCHEDULED') {
  const made = await live.make.workshop({
    territoryId: live.territoryId,
    status,
    coordinatorIds: [coordinatorId],
    prompts: 2,
  });
  viewers.coordinator = await viewerOfPerson(knex(), coordinatorId);
  return made;
}

const plan = () => ({
  title: unique('Atelier de quartier'),
  kind: 'WORKSHOP',
  territoryId: gid('Territory', live.territoryId),
  neighbourhoodSlugs: [],
  themeSlugs: live.themes.slice(0, 2),
  diagnosisId: null,
  startsAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
  endsAt: new Date(Date.now() + 10 * 86_400_000 + 7_200_000).toISOString(),
  datePrecision: 'DAY_TIME',
  place: 'Maison de quartier',
  description: 'On parle des **jardins**.',
  participantCap: 20,
});

beforeAll(async () => {
  live = await openLive({ mode: 'OPEN' });
  coordinatorId = (live.viewers.coordinator as Extract<Viewer, { kind: 'person' }>).personId;
  viewers = { ...live.viewers };
});
afterAll(async () => {
  await live?.close();
});

type Vars = Record<string, unknown>;
interface Case {
  field: string;
  allowed: readonly Role[];
  query: string;
  prepare: (role: Role) => Promise<Vars>;
  verify?: (payload: any, vars: Vars, role: Role) => Promise<void> | void;
}

const W = `workshop { id title status planVersion registrationCount viewerIsRegistered prompts { id position question } coordinators { id } }`;
const CASES: Case[] = [
  {
    field: 'createWorkshop',
    allowed: PLANNERS,
    query: `mutation($input: WorkshopPlanFields!) { createWorkshop(input: $input) { ${W} ${errors} } }`,
    prepare: async () => ({ input: plan() }),
    verify: (payload, vars) => {
      expect(payload.workshop).toMatchObject({ title: (vars.input as any).title, status: 'DRAFT' });
    },
  },
  {
    field: 'updateWorkshop',
    allowed: RUNS,
    query: `mutation($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { ${W} ${errors} } }`,
    prepare: async () => {
      const w = await fresh();
      return { input: { ...plan(), title: 'Titre revu', workshopId: gid('Workshop', w.id), expectedVersion: 1 } };
    },
    verify: (payload) => expect(payload.workshop).toMatchObject({ title: 'Titre revu', planVersion: 2 }),
  },
  {
    field: 'duplicateWorkshop',
    allowed: RUNS,
    query: `mutation($w: ID!) { duplicateWorkshop(workshopId: $w) { ${W} ${errors} } }`,
    prepare: async () => ({ w: gid('Workshop', (await fresh()).id) }),
    verify: (payload) => {
      expect(payload.workshop.status).toBe('DRAFT');
      expect(payload.workshop.title).toMatch(/\(copie\)$/);
      expect(payload.workshop.prompts).toHaveLength(2);
    },
  },
  {
    field: 'updatePrompt',
    allowed: RUNS,
    query: `mutation($p: ID!, $q: String!) { updatePrompt(promptId: $p, question: $q) { ${W} ${errors} } }`,
    prepare: async () => ({ p: gid('Prompt', (await fresh()).promptIds[1]!), q: 'Que voulez-vous changer ?' }),
    verify: (payload) => expect(payload.workshop.prompts[1].question).toBe('Que voulez-vous changer ?'),
  },
  {
    field: 'movePrompt',
    allowed: RUNS,
    query: `mutation($p: ID!) { movePrompt(promptId: $p, position: 1) { ${W} ${errors} } }`,
    prepare: async () => ({ p: gid('Prompt', (await fresh()).promptIds[1]!) }),
    verify: (payload, vars) => expect(payload.workshop.prompts[0].id).toBe(vars.p),
  },
  {
    field: 'removePrompt',
    allowed: RUNS,
    query: `mutation($p: ID!) { removePrompt(promptId: $p) { ${W} ${errors} } }`,
    prepare: async () => ({ p: gid('Prompt', (await fresh()).promptIds[0]!) }),
    verify: (payload) => expect(payload.workshop.prompts.map((p: any) => p.position)).toEqual([1]),
  },
  {
    field: 'addWorkshopCoordinator',
    allowed: RUNS,
    query: `mutation($w: ID!, $p: ID!) { addWorkshopCoordinator(workshopId: $w, personId: $p) { ${W} ${errors} } }`,
    prepare: async () => ({ w: gid('Workshop', (await fresh()).id), p: await insertPerson(live.orm, 'COORDINATOR') }),
    verify: (payload, vars) => expect(payload.workshop.coordinators.map((c: any) => c.id)).toContain(vars.p),
  },
  {
    field: 'removeWorkshopCoordinator',
    allowed: RUNS,
    query: `mutation($w: ID!, $p: ID!) { removeWorkshopCoordinator(workshopId: $w, personId: $p) { ${W} ${errors} } }`,
    prepare: async () => {
      const w = await fresh();
      const p = await insertPerson(live.orm, 'COORDINATOR');
      await knex()('workshop_coordinator').insert({ workshop_id: w.id, person_id: rawId(p) });
      return { w: gid('Workshop', w.id), p };
    },
    verify: (payload, vars) => expect(payload.workshop.coordinators.map((c: any) => c.id)).not.toContain(vars.p),
  },
  {
    field: 'registerForWorkshop',
    allowed: PEOPLE,
    query: `mutation($w: ID!) { registerForWorkshop(workshopId: $w) { ${W} ${errors} } }`,
    prepare: async () => ({ w: gid('Workshop', (await fresh()).id) }),
    verify: (payload) => expect(payload.workshop).toMatchObject({ registrationCount: 1, viewerIsRegistered: true }),
  },
  {
    field: 'cancelRegistration',
    allowed: PEOPLE,
    query: `mutation($w: ID!) { cancelRegistration(workshopId: $w) { ${W} ${errors} } }`,
    prepare: async (role) => {
      const w = await fresh();
      // Someone else's registration stays; the role's own is what a cancel removes.
      await knex()('workshop_registration').insert({
        workshop_id: w.id,
        person_id: rawId(await insertPerson(live.orm)),
      });
      const viewer = viewers[role];
      if (viewer.kind === 'person') {
        await knex()('workshop_registration').insert({ workshop_id: w.id, person_id: viewer.personId });
      }
      return { w: gid('Workshop', w.id) };
    },
    verify: (payload) => expect(payload.workshop).toMatchObject({ registrationCount: 1, viewerIsRegistered: false }),
  },
];

describe('the planning matrix covers every operation of planning', () => {
  it('has one case per operation', () => {
    expect(CASES.map((c) => c.field).sort()).toEqual([...PLANNING_MUTATIONS].sort());
  });
});

describe.each(CASES)('$field', (c) => {
  it.each(ROLES)('as %s', async (role) => {
    const vars = await c.prepare(role);
    const viewer = viewers[role];
    const before = await snapshot(live.orm);
    const result = await live.api.run(c.query, vars, viewer);
    if (c.allowed.includes(role)) {
      expect(result.errors, `${role} should be allowed: ${JSON.stringify(result.errors)}`).toBeUndefined();
      const payload = (result.data as any)[c.field];
      expect(payload.userErrors, `${role} should be allowed`).toEqual([]);
      await c.verify?.(payload, vars, role);
    } else {
      const code = errorCode(result);
      expect(['FORBIDDEN', 'UNAUTHENTICATED'], `${role} must be refused, got ${JSON.stringify(result)}`).toContain(
        code,
      );
      if (role === 'anonymous') expect(code).toBe('UNAUTHENTICATED');
      expect(changedTables(before, await snapshot(live.orm)), `${role}: refused, yet tables changed`).toEqual([]);
    }
  });
});
