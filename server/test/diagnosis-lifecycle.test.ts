import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { changedTables, errorCode, gid, snapshot } from './support-live.js';
import {
  DIAGNOSIS_FIELDS,
  DIAGNOSIS_ROLES,
  MOVE,
  move,
  openDiagnosisWorld,
  type DiagnosisWorld,
} from './support-diagnosis.js';

/**
 * A diagnosis's life: who starts one (and with which period), who assigns its coordinators, who
 * moves it from draft to consultation, validation, archive and back, and the log of those moves.
 */
let world: DiagnosisWorld;
beforeAll(async () => {
  world = await openDiagnosisWorld();
});
afterAll(async () => {
  await world?.close();
});

const CREATE = `mutation($input: CreateDiagnosisInput!) { createDiagnosis(input: $input) { diagnosis { ${DIAGNOSIS_FIELDS} } userErrors { code field message } } }`;
const ASSIGN = (field: string) =>
  `mutation($d: ID!, $p: ID!) { ${field}(diagnosisId: $d, personId: $p) { diagnosis { id coordinators { id } consultation { coordinators { id } } } userErrors { code field } } }`;
const BY_SLUG = `query($slug: String!) { diagnosis(slug: $slug) { id status viewerCanCoordinate viewerDiagnosisMoves } }`;

const input = (period: string, title = 'Diagnostic partagé') => ({
  territoryId: gid('Territory', world.territory.id),
  period,
  title,
  summary: '  Ce que le territoire vit.  ',
});

describe('createDiagnosis', () => {
  it('is refused to anonymous viewers, guests, residents and stakeholders, and writes nothing', async () => {
    const viewers = await world.viewers();
    const expected = {
      anonymous: 'UNAUTHENTICATED',
      guest: 'FORBIDDEN',
      resident: 'FORBIDDEN',
      stakeholder: 'FORBIDDEN',
    };
    for (const [role, code] of Object.entries(expected) as [keyof typeof expected, string][]) {
      const before = await snapshot(world.orm);
      const result = await world.api.run(CREATE, { input: input('2030') }, viewers[role]);
      expect(errorCode(result), role).toBe(code);
      expect(changedTables(before, await snapshot(world.orm)), role).toEqual([]);
    }
  });

  it('lets a coordinator start a draft they then coordinate, the period giving its days and its slug', async () => {
    const viewers = await world.viewers();
    const result = await world.api.run(CREATE, { input: input('2026 – 2027') }, viewers.otherCoordinator);
    expect(result.errors).toBeUndefined();
    const { diagnosis, userErrors } = result.data!.createDiagnosis;
    expect(userErrors).toEqual([]);
    expect(diagnosis).toMatchObject({
      slug: `${world.territory.slug}-2026-2027`,
      period: '2026-2027',
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
      status: 'DRAFT',
      viewerCanCoordinate: true,
      viewerDiagnosisMoves: ['CONSULT'],
      coordinators: [{ id: gid('Person', world.people.otherCoordinator.id) }],
      consultation: null,
      transitions: [],
    });
    // A draft: its coordinators see it, the others do not know it exists.
    const fresh = await world.viewers();
    const seen = await world.api.run(BY_SLUG, { slug: diagnosis.slug }, fresh.otherCoordinator);
    expect(seen.data!.diagnosis.viewerCanCoordinate).toBe(true);
    for (const role of ['anonymous', 'resident', 'coordinator'] as const) {
      expect(errorCode(await world.api.run(BY_SLUG, { slug: diagnosis.slug }, fresh[role])), role).toBe('NOT_FOUND');
    }
  });

  it('is found by its territory and period, as its page’s address names them, by those who may see it', async () => {
    const QUERY = `query($t: String!, $p: String!) { territoryDiagnosis(territorySlug: $t, period: $p) { period status } }`;
    const viewers = await world.viewers();
    const ask = async (period: string, role: (typeof DIAGNOSIS_ROLES)[number]) => {
      const result = await world.api.run(QUERY, { t: world.territory.slug, p: period }, viewers[role]);
      expect(result.errors).toBeUndefined();
      return result.data!.territoryDiagnosis;
    };
    expect(await ask('2026-2027', 'otherCoordinator')).toEqual({ period: '2026-2027', status: 'DRAFT' });
    expect(await ask('2026-2027', 'resident')).toBeNull();
    expect(await ask('1999', 'admin')).toBeNull();
  });

  it('lets an admin start one without becoming its coordinator', async () => {
    const viewers = await world.viewers();
    const result = await world.api.run(CREATE, { input: input('2015') }, viewers.admin);
    expect(result.data!.createDiagnosis).toMatchObject({
      diagnosis: { period: '2015', periodStart: '2015-01-01', periodEnd: '2015-12-31', coordinators: [] },
      userErrors: [],
    });
  });

  it('refuses a period of another shape, a title too short, and a period the territory already has', async () => {
    const viewers = await world.viewers();
    for (const period of ['2027-2026', '26', '2026/2027', 'deux mille']) {
      const result = await world.api.run(CREATE, { input: input(period) }, viewers.admin);
      expect(result.data!.createDiagnosis.userErrors, period).toMatchObject([
        { code: 'DIAGNOSIS_PERIOD_SHAPE', field: 'period' },
      ]);
    }
    const short = await world.api.run(CREATE, { input: input('2040', 'x') }, viewers.admin);
    expect(short.data!.createDiagnosis.userErrors).toMatchObject([{ code: 'DIAGNOSIS_TITLE_LENGTH', field: 'title' }]);
    const before = await snapshot(world.orm);
    const taken = await world.api.run(CREATE, { input: input('2026-2027') }, viewers.coordinator, { locale: 'fr' });
    expect(taken.data!.createDiagnosis).toMatchObject({
      diagnosis: null,
      userErrors: [{ code: 'DIAGNOSIS_PERIOD_TAKEN', field: 'period' }],
    });
    expect(changedTables(before, await snapshot(world.orm))).toEqual([]);
  });
});

describe('assigning coordinators', () => {
  it('is for admins only, to people with the coordinator role; the consultation follows; sockets are told', async () => {
    const { id } = await world.diagnosis('DRAFT');
    // A consultation opened by its coordinator, so that it has a workshop to keep in step.
    const opened = await world.api.run(MOVE('openConsultation'), { d: id }, (await world.viewers()).coordinator);
    expect(errorCode(opened)).toBe(undefined);
    const viewers = await world.viewers();
    const target = gid('Person', world.people.otherCoordinator.id);
    for (const field of ['assignDiagnosisCoordinator', 'unassignDiagnosisCoordinator']) {
      for (const role of DIAGNOSIS_ROLES.filter((r) => r !== 'admin')) {
        const before = await snapshot(world.orm);
        const result = await world.api.run(ASSIGN(field), { d: id, p: target }, viewers[role]);
        expect(['UNAUTHENTICATED', 'FORBIDDEN'], `${field} as ${role}`).toContain(errorCode(result));
        expect(changedTables(before, await snapshot(world.orm))).toEqual([]);
      }
    }
    const announced = vi.spyOn(world.api.live, 'announceAccessChange');
    try {
      const assigned = await world.api.run(ASSIGN('assignDiagnosisCoordinator'), { d: id, p: target }, viewers.admin);
      const ids = (people: { id: string }[]) => people.map((p) => p.id).sort();
      const both = [gid('Person', world.people.coordinator.id), target].sort();
      expect(ids(assigned.data!.assignDiagnosisCoordinator.diagnosis.coordinators)).toEqual(both);
      expect(ids(assigned.data!.assignDiagnosisCoordinator.diagnosis.consultation.coordinators)).toEqual(both);
      expect(announced).toHaveBeenCalledTimes(1);
      // The assignment counts from the next session read: the other coordinator now runs it.
      const now = await world.viewers();
      const moves = await world.api.run(
        `query($id: ID!) { node(id: $id) { ... on Diagnosis { viewerCanCoordinate } } }`,
        {
          id,
        },
        now.otherCoordinator,
      );
      expect(moves.data!.node.viewerCanCoordinate).toBe(true);

      const taken = await world.api.run(ASSIGN('unassignDiagnosisCoordinator'), { d: id, p: target }, viewers.admin);
      const payload = taken.data!.unassignDiagnosisCoordinator.diagnosis;
      expect(ids(payload.coordinators)).toEqual([gid('Person', world.people.coordinator.id)]);
      expect(ids(payload.consultation.coordinators)).toEqual([gid('Person', world.people.coordinator.id)]);
      expect(announced).toHaveBeenCalledTimes(2);
    } finally {
      announced.mockRestore();
    }
  });

  it('refuses someone without the coordinator role', async () => {
    const { id } = await world.diagnosis();
    const result = await world.api.run(
      ASSIGN('assignDiagnosisCoordinator'),
      { d: id, p: gid('Person', world.people.stakeholder.id) },
      (await world.viewers()).admin,
    );
    expect(result.data!.assignDiagnosisCoordinator.userErrors).toMatchObject([
      { code: 'COORDINATOR_ROLE_FIRST', field: 'personId' },
    ]);
  });
});

describe('a coordinator who loses the role', () => {
  it('stops coordinating the diagnoses and their consultations', async () => {
    const demoted = await world.make.person({ role: 'COORDINATOR' });
    const { id, rawId } = await world.diagnosis('DRAFT');
    const admin = (await world.viewers()).admin;
    const assigned = await world.api.run(
      ASSIGN('assignDiagnosisCoordinator'),
      { d: id, p: gid('Person', demoted.id) },
      admin,
    );
    expect(assigned.data!.assignDiagnosisCoordinator.userErrors).toEqual([]);
    await world.api.run(MOVE('openConsultation'), { d: id }, admin);
    const granted = await world.api.run(
      `mutation($p: ID!) { grantRole(personId: $p, role: RESIDENT) { userErrors { code } } }`,
      { p: gid('Person', demoted.id) },
      admin,
    );
    expect(granted.errors).toBeUndefined();
    const knex = world.orm.em.getKnex();
    expect(await knex('diagnosis_coordinator').where('diagnosis_id', rawId).pluck('person_id')).toEqual([
      world.people.coordinator.id,
    ]);
    expect(await knex('workshop_coordinator').where('person_id', demoted.id).pluck('workshop_id')).toEqual([]);
  });
});

describe('moves of a diagnosis', () => {
  it('are refused to all but its coordinators and admins, and change nothing then', async () => {
    const { id } = await world.diagnosis('CONSULTATION');
    const viewers = await world.viewers();
    const expected = {
      anonymous: 'UNAUTHENTICATED',
      guest: 'FORBIDDEN',
      resident: 'FORBIDDEN',
      stakeholder: 'FORBIDDEN',
      otherCoordinator: 'FORBIDDEN',
    };
    for (const field of ['openConsultation', 'validateDiagnosis', 'archiveDiagnosis', 'reopenDiagnosis']) {
      for (const [role, code] of Object.entries(expected) as [keyof typeof expected, string][]) {
        const before = await snapshot(world.orm);
        const result = await world.api.run(MOVE(field), { d: id, reason: 'Parce que.' }, viewers[role]);
        expect(errorCode(result), `${field} as ${role}`).toBe(code);
        expect(changedTables(before, await snapshot(world.orm))).toEqual([]);
      }
    }
    const moves = await world.api.run(
      BY_SLUG,
      { slug: (await world.diagnosis('CONSULTATION')).slug },
      viewers.stakeholder,
    );
    expect(moves.data!.diagnosis).toMatchObject({ viewerCanCoordinate: false, viewerDiagnosisMoves: [] });
  });

  it('go draft → consultation → validated → archived → reopened, each logged with who and why', async () => {
    const { id } = await world.diagnosis('DRAFT');
    const viewers = await world.viewers();
    const run = (field: string, reason?: string, viewer = viewers.coordinator) =>
      world.api.run(MOVE(field), { d: id, reason }, viewer);

    const early = await run('validateDiagnosis');
    expect(early.data!.validateDiagnosis.userErrors).toMatchObject([
      { code: 'DIAGNOSIS_TRANSITION_REFUSED', field: 'diagnosisId' },
    ]);
    const consulted = (await run('openConsultation')).data!.openConsultation;
    expect(consulted.diagnosis).toMatchObject({ status: 'CONSULTATION', viewerDiagnosisMoves: ['VALIDATE'] });
    const validated = (await run('validateDiagnosis', 'Signé par tous.', viewers.admin)).data!.validateDiagnosis;
    expect(validated.diagnosis.status).toBe('VALIDATED');
    expect(validated.diagnosis.validatedAt).toBeTruthy();
    expect(validated.diagnosis.viewerDiagnosisMoves).toEqual(['ARCHIVE', 'REOPEN']);
    const stored = await world.orm.em.getKnex()('diagnosis').where('slug', validated.diagnosis.slug).first();
    expect(stored.validated_by_id).toBe(world.people.admin.id);

    const archived = (await run('archiveDiagnosis')).data!.archiveDiagnosis;
    expect(archived.diagnosis).toMatchObject({ status: 'ARCHIVED', viewerDiagnosisMoves: ['REOPEN'] });

    // Reopening says why: without a reason, or with too short a one, nothing moves.
    for (const reason of ['', ' ', 'ab']) {
      const refused = await run('reopenDiagnosis', reason);
      expect(refused.data!.reopenDiagnosis.userErrors, JSON.stringify(reason)).toMatchObject([
        { code: 'DIAGNOSIS_REASON_LENGTH', field: 'reason' },
      ]);
    }
    const reopened = (await run('reopenDiagnosis', '  Un quartier oublié.  ')).data!.reopenDiagnosis;
    expect(reopened.userErrors).toEqual([]);
    expect(reopened.diagnosis.status).toBe('CONSULTATION');
    const coordinator = { id: gid('Person', world.people.coordinator.id) };
    expect(reopened.diagnosis.transitions).toEqual([
      { fromStatus: 'ARCHIVED', toStatus: 'CONSULTATION', reason: 'Un quartier oublié.', actor: coordinator },
      { fromStatus: 'VALIDATED', toStatus: 'ARCHIVED', reason: '', actor: coordinator },
      {
        fromStatus: 'CONSULTATION',
        toStatus: 'VALIDATED',
        reason: 'Signé par tous.',
        actor: { id: gid('Person', world.people.admin.id) },
      },
      { fromStatus: 'DRAFT', toStatus: 'CONSULTATION', reason: '', actor: coordinator },
    ]);
    // Public from the consultation on.
    const seen = await world.api.run(BY_SLUG, { slug: reopened.diagnosis.slug }, viewers.anonymous);
    expect(seen.data!.diagnosis.status).toBe('CONSULTATION');
  });
});

describe('what a viewer may do with a diagnosis', () => {
  const RIGHTS = `query($slug: String!) { diagnosis(slug: $slug) { viewerCanContribute viewerCanPropose pendingSuggestions { id } proposalsAwaitingReview { id } } }`;

  it('says who may contribute and propose, and shows what waits for review to its coordinators only', async () => {
    const made = await world.make.diagnosis(world.territory.id, {
      status: 'DRAFT',
      findings: 1,
      coordinatorIds: [world.people.coordinator.id],
    });
    await move(world, 'openConsultation', gid('Diagnosis', made.id));
    const knex = world.orm.em.getKnex();
    const proposalId = `${made.id.slice(0, 24)}000000000001`;
    await knex('finding').insert({
      id: proposalId,
      diagnosis_id: made.id,
      position: 2,
      title: 'Proposé',
      statement: 'Par une habitante.',
      awaiting_review: true,
      proposed_by_id: world.people.resident.id,
    });
    const suggestionId = `${made.id.slice(0, 24)}000000000002`;
    await knex('finding_suggestion').insert({
      id: suggestionId,
      finding_id: made.findingIds[0],
      author_id: world.people.stakeholder.id,
      base_version: 1,
      title: 'Mieux dit',
      statement: 'Un besoin mieux dit.',
    });
    const viewers = await world.viewers();
    const seen = async (role: (typeof DIAGNOSIS_ROLES)[number], slug = made.slug) => {
      const result = await world.api.run(RIGHTS, { slug }, viewers[role]);
      expect(result.errors, role).toBeUndefined();
      return result.data!.diagnosis;
    };
    for (const role of ['coordinator', 'admin'] as const) {
      expect(await seen(role), role).toEqual({
        viewerCanContribute: true,
        viewerCanPropose: true,
        pendingSuggestions: [{ id: gid('FindingSuggestion', suggestionId) }],
        proposalsAwaitingReview: [{ id: gid('Finding', proposalId) }],
      });
    }
    for (const role of ['resident', 'stakeholder', 'otherCoordinator'] as const) {
      expect(await seen(role), role).toEqual({
        viewerCanContribute: true,
        viewerCanPropose: true,
        pendingSuggestions: [],
        proposalsAwaitingReview: [],
      });
    }
    for (const role of ['anonymous', 'guest'] as const) {
      expect(await seen(role), role).toMatchObject({ viewerCanContribute: false, viewerCanPropose: false });
    }
    const validated = await world.make.diagnosis(world.territory.id, { status: 'VALIDATED' });
    expect(await seen('resident', validated.slug)).toMatchObject({
      viewerCanContribute: false,
      viewerCanPropose: false,
    });
  });
});
