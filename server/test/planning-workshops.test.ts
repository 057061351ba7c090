import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/shared/viewer.js';
import { viewerOfPerson } from '../src/test-support/viewers.js';
import { gid, ok, openLive, rawId, unique, type Live } from './support-live.js';

let live: Live;
let coordinator: Viewer;
let coordinatorId: string;
const knex = () => live.orm.em.getKnex();
const day = 86_400_000;

const W = `workshop { id title status planVersion datePrecision startsAt endsAt participantCap registrationCount viewerIsRegistered prompts { id position question } }`;
const errors = 'userErrors { code field message }';
const CREATE = `mutation($input: WorkshopPlanFields!) { createWorkshop(input: $input) { ${W} ${errors} } }`;
const UPDATE = `mutation($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { ${W} ${errors} } }`;
const REGISTER = `mutation($w: ID!) { registerForWorkshop(workshopId: $w) { ${W} ${errors} } }`;

const plan = (over: Record<string, unknown> = {}) => ({
  title: unique('Atelier jardins'),
  kind: 'WORKSHOP',
  territoryId: gid('Territory', live.territoryId),
  neighbourhoodSlugs: [],
  themeSlugs: live.themes.slice(0, 1),
  diagnosisId: null,
  startsAt: new Date(Date.now() + 10 * day).toISOString(),
  endsAt: new Date(Date.now() + 10 * day + 7_200_000).toISOString(),
  datePrecision: 'DAY_TIME',
  place: 'Maison de quartier',
  description: 'Présentation',
  participantCap: null,
  ...over,
});

async function scheduled(cap: number | null) {
  const made = await live.make.workshop({
    territoryId: live.territoryId,
    status: 'SCHEDULED',
    coordinatorIds: [coordinatorId],
  });
  await knex()('workshop').where({ id: made.id }).update({ participant_cap: cap });
  return gid('Workshop', made.id);
}

beforeAll(async () => {
  live = await openLive({ mode: 'OPEN' });
  coordinatorId = (live.viewers.coordinator as Extract<Viewer, { kind: 'person' }>).personId;
  coordinator = live.viewers.coordinator;
});
afterAll(async () => {
  await live?.close();
});

describe('planning a workshop', () => {
  it('creates a draft its coordinator runs, then updates it from its version and refuses a stale one', async () => {
    const created = (await ok(live.api.run(CREATE, { input: plan() }, coordinator), 'createWorkshop')).workshop;
    expect(created).toMatchObject({ status: 'DRAFT', planVersion: 1 });
    const viewer = await viewerOfPerson(knex(), coordinatorId);
    const input = { ...plan({ title: 'Atelier revu' }), workshopId: created.id, expectedVersion: 1 };
    const updated = (await ok(live.api.run(UPDATE, { input }, viewer), 'updateWorkshop')).workshop;
    expect(updated).toMatchObject({ title: 'Atelier revu', planVersion: 2 });
    const stale = await live.api.run(UPDATE, { input: { ...input, title: 'Trop tard' } }, viewer);
    const payload = (stale.data as any).updateWorkshop;
    expect(payload.userErrors.map((e: any) => e.code)).toEqual(['WORKSHOP_CHANGED']);
    expect(payload.workshop).toMatchObject({ title: 'Atelier revu', planVersion: 2 });
  });

  it('says every problem of the form at once, and stores nothing', async () => {
    const before = await knex()('workshop').count('* as n').first();
    const result = await live.api.run(
      CREATE,
      {
        input: plan({
          title: 'x',
          kind: 'CONSULTATION',
          territoryId: 'forged',
          endsAt: new Date(Date.now() + day).toISOString(),
          participantCap: 0,
          themeSlugs: ['nulle-part'],
        }),
      },
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    const codes = (result.data as any).createWorkshop.userErrors.map((e: any) => e.code).sort();
    expect(codes).toEqual(
      [
        'UNKNOWN_THEMES',
        'WORKSHOP_CAP_RANGE',
        'WORKSHOP_ENDS_BEFORE_START',
        'WORKSHOP_KIND_RESERVED',
        'WORKSHOP_TITLE_LENGTH',
        'WORKSHOP_UNKNOWN_TERRITORY',
      ].sort(),
    );
    expect(await knex()('workshop').count('* as n').first()).toEqual(before);
  });

  it('stores a date known by month as its first day, with its precision', async () => {
    const input = plan({
      datePrecision: 'MONTH',
      startsAt: '2013-01-17T09:00:00Z',
      endsAt: '2013-01-17T12:00:00Z',
    });
    const made = (await ok(live.api.run(CREATE, { input }, live.viewers.admin), 'createWorkshop')).workshop;
    expect(made).toMatchObject({ datePrecision: 'MONTH' });
    expect(new Date(made.startsAt).toISOString()).toBe('2013-01-01T00:00:00.000Z');
    expect(new Date(made.endsAt).toISOString()).toBe('2013-01-31T23:59:59.000Z');
  });

  it('duplicates a workshop as a dated-forward draft with its prompts', async () => {
    const w = await live.make.workshop({
      territoryId: live.territoryId,
      status: 'CLOSED',
      coordinatorIds: [coordinatorId],
      prompts: 3,
    });
    const viewer = await viewerOfPerson(knex(), coordinatorId);
    const copy = (
      await ok(
        live.api.run(
          `mutation($w: ID!) { duplicateWorkshop(workshopId: $w) { ${W} ${errors} } }`,
          { w: gid('Workshop', w.id) },
          viewer,
        ),
        'duplicateWorkshop',
      )
    ).workshop;
    expect(copy.status).toBe('DRAFT');
    expect(copy.title).toBe(`${w.title} (copie)`);
    expect(copy.prompts.map((p: any) => p.question)).toEqual(['Question 1 ?', 'Question 2 ?', 'Question 3 ?']);
    expect(new Date(copy.startsAt).getTime()).toBeGreaterThan(Date.now());
  });
});

describe('prompts', () => {
  it('keeps questions added while planning off the room, so they stay editable', async () => {
    const draft = await live.make.workshop({
      territoryId: live.territoryId,
      status: 'DRAFT',
      coordinatorIds: [coordinatorId],
    });
    const w = gid('Workshop', draft.id);
    const viewer = await viewerOfPerson(knex(), coordinatorId);
    const ADD = `mutation($w: ID!, $q: String!) { addPrompt(workshopId: $w, question: $q) { workshop { activePrompt { id } prompts { id } } ${errors} } }`;
    await ok(live.api.run(ADD, { w, q: 'Première question ?' }, viewer), 'addPrompt');
    const added = (await ok(live.api.run(ADD, { w, q: 'Deuxième question ?' }, viewer), 'addPrompt')).workshop;
    expect(added.activePrompt).toBeNull();
    const [first, second] = added.prompts.map((p: any) => p.id);
    await ok(
      live.api.run(
        `mutation($p: ID!) { updatePrompt(promptId: $p, question: "Question revue ?") { ${errors} } }`,
        { p: first },
        viewer,
      ),
      'updatePrompt',
    );
    await ok(
      live.api.run(`mutation($p: ID!) { removePrompt(promptId: $p) { ${errors} } }`, { p: second }, viewer),
      'removePrompt',
    );
    const rows = await knex()('prompt').where({ workshop_id: draft.id });
    expect(rows.map((r: any) => r.question)).toEqual(['Question revue ?']);
  });

  it('refuses to reword or remove a prompt the room has seen (active, or answered)', async () => {
    const { workshopId } = live;
    const rows = await knex()('prompt')
      .where({ workshop_id: rawId(workshopId) })
      .orderBy('position');
    const active = gid('Prompt', rows[0].id);
    for (const query of [
      `mutation($p: ID!) { removePrompt(promptId: $p) { ${errors} } }`,
      `mutation($p: ID!) { updatePrompt(promptId: $p, question: "Autre question ?") { ${errors} } }`,
    ]) {
      const result = await live.api.run(query, { p: active }, coordinator);
      const payload = Object.values(result.data as any)[0] as any;
      expect(payload.userErrors.map((e: any) => e.code)).toEqual(['PROMPT_USED']);
    }
    expect(await knex()('prompt').where({ id: rows[0].id }).first()).toMatchObject({ question: rows[0].question });
  });
});

describe('registrations', () => {
  it('holds the cap, and says the workshop is full', async () => {
    const w = await scheduled(1);
    await ok(live.api.run(REGISTER, { w }, live.viewers.resident), 'registerForWorkshop');
    const refused = await live.api.run(REGISTER, { w }, live.viewers.stakeholder);
    expect((refused.data as any).registerForWorkshop.userErrors.map((e: any) => e.code)).toEqual(['WORKSHOP_FULL']);
  });

  it('counts 50 parallel registrations of one person once', async () => {
    const w = await scheduled(null);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => live.api.run(REGISTER, { w }, live.viewers.resident)),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const rows = await knex()('workshop_registration').where({ workshop_id: rawId(w) });
    expect(rows).toHaveLength(1);
  });

  it('holds a cap of 5 under 20 parallel registrations of different people', async () => {
    const w = await scheduled(5);
    const people = await Promise.all(Array.from({ length: 20 }, () => live.make.person({ role: 'RESIDENT' })));
    const viewers = await Promise.all(people.map((p) => p.viewer()));
    const results = await Promise.all(viewers.map((v) => live.api.run(REGISTER, { w }, v)));
    const accepted = results.filter((r) => (r.data as any)?.registerForWorkshop.userErrors.length === 0);
    expect(accepted).toHaveLength(5);
    expect(await knex()('workshop_registration').where({ workshop_id: rawId(w) })).toHaveLength(5);
  });

  it('refuses drafts (unknown to outsiders) and past workshops', async () => {
    const draft = await live.make.workshop({
      territoryId: live.territoryId,
      status: 'DRAFT',
      coordinatorIds: [coordinatorId],
    });
    const hidden = await live.api.run(REGISTER, { w: gid('Workshop', draft.id) }, live.viewers.resident);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const past = await live.make.workshop({ territoryId: live.territoryId, status: 'CLOSED' });
    const closed = await live.api.run(REGISTER, { w: gid('Workshop', past.id) }, live.viewers.resident);
    expect((closed.data as any).registerForWorkshop.userErrors.map((e: any) => e.code)).toEqual([
      'REGISTRATION_CLOSED',
    ]);
  });

  it('shows the list to the workshop’s coordinators only, the count to all', async () => {
    const w = await scheduled(null);
    await ok(live.api.run(REGISTER, { w }, live.viewers.resident), 'registerForWorkshop');
    const slug = (
      await knex()('workshop')
        .where({ id: rawId(w) })
        .first()
    ).slug;
    const read = `query($s: String!) { workshop(slug: $s) { registrationCount registrations { displayName email registeredAt } } }`;
    const residentName = (live.viewers.resident as any).displayName;
    // The coordinator's workshops are read with the session: read again now that it runs this one.
    const staff = { coordinator: await viewerOfPerson(knex(), coordinatorId), admin: live.viewers.admin };
    for (const role of ['coordinator', 'admin'] as const) {
      const r = (await live.api.run(read, { s: slug }, staff[role])).data as any;
      expect(r.workshop.registrations.map((x: any) => x.displayName)).toEqual([residentName]);
      expect(r.workshop.registrations[0].email).toContain('@');
    }
    for (const role of ['anonymous', 'guest', 'resident', 'stakeholder', 'otherCoordinator'] as const) {
      const r = (await live.api.run(read, { s: slug }, live.viewers[role])).data as any;
      expect(r.workshop.registrationCount).toBe(1);
      expect(r.workshop.registrations, role).toEqual([]);
    }
  });
});
