import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestViewer, viewerOfPerson } from '../src/test-support/viewers.js';
import type { Viewer } from '../src/shared/viewer.js';
import {
  ROLES,
  changedTables,
  errorCode,
  gid,
  insertPerson,
  ok,
  openLive,
  post,
  rawId,
  snapshot,
  unique,
  type Live,
  type Role,
} from './support-live.js';
import { codeOf, collect, connect } from './support-ws.js';
import { DIAGNOSIS_MUTATIONS } from './diagnosis-matrix.js';

/**
 * The authorization matrix of the shared diagnosis: every mutation of issue 9, run by every role
 * against a fresh target. The diagnosis's coordinator (`coordinator`, assigned to it) and admins
 * run it; signed-in people take part in its consultation; guests of a live workshop and anonymous
 * visitors only read. Allowed roles succeed; the others are refused with FORBIDDEN or
 * UNAUTHENTICATED (NOT_FOUND for a draft, which outsiders may not know of) and the database is
 * left exactly as it was.
 */

let live: Live;
/** Viewers as their sessions read them now: the coordinator's diagnoses are read with the session. */
let viewers: Record<Role, Viewer>;
let coordinatorId: string;
let helper: Viewer;
/** The diagnosis in consultation the finding cases act on (global id). */
let diagnosisId: string;

const knex = () => live.orm.em.getKnex();
const COORDINATORS: Role[] = ['coordinator', 'admin'];
const ADMIN: Role[] = ['admin'];
const PEOPLE: Role[] = ['resident', 'stakeholder', 'coordinator', 'otherCoordinator', 'admin'];
const PLATFORM_COORDINATORS: Role[] = ['coordinator', 'otherCoordinator', 'admin'];

/** A diagnosis of the live workshop's territory in this state, run by the coordinator. */
async function freshDiagnosis(status: 'DRAFT' | 'CONSULTATION' | 'VALIDATED' | 'ARCHIVED'): Promise<string> {
  const made = await live.make.diagnosis(live.territoryId, { status, findings: 0 });
  await knex()('diagnosis_coordinator').insert({ diagnosis_id: made.id, person_id: coordinatorId });
  viewers.coordinator = await viewerOfPerson(knex(), coordinatorId);
  return gid('Diagnosis', made.id);
}

const FINDING_FIELDS = 'id version status title statement';
async function finding(title = unique('Constat')): Promise<{ id: string; version: number }> {
  const payload = await ok(
    live.api.run(
      `mutation($input: ProposeFindingInput!) { proposeFinding(input: $input) { finding { ${FINDING_FIELDS} } userErrors { field message } } }`,
      { input: { diagnosisId, kind: 'UNMET_NEED', title, statement: 'Un besoin que personne ne couvre encore.' } },
      viewers.admin,
    ),
    'proposeFinding',
  );
  return payload.finding;
}

/** A published contribution of the live workshop (open mode), by a fresh guest. */
async function published(): Promise<string> {
  const author = await guestViewer(live.orm, live.slug, unique('Auteur'));
  return (await post(live, author, unique('dit en atelier'))).id as string;
}

async function retained(): Promise<{ id: string; version: number }> {
  const f = await finding();
  const payload = await ok(
    live.api.run(
      `mutation($id: ID!, $v: Int) { setFindingStatus(findingId: $id, status: RETAINED, expectedVersion: $v) { finding { ${FINDING_FIELDS} } userErrors { field message } } }`,
      { id: f.id, v: f.version },
      viewers.admin,
    ),
    'setFindingStatus',
  );
  return payload.finding;
}

beforeAll(async () => {
  live = await openLive({ mode: 'OPEN', server: true });
  coordinatorId = (live.viewers.coordinator as Extract<Viewer, { kind: 'person' }>).personId;
  viewers = { ...live.viewers };
  helper = live.viewers.helper;
  const made = await live.make.diagnosis(live.territoryId, { status: 'DRAFT', findings: 0 });
  await knex()('diagnosis_coordinator').insert({ diagnosis_id: made.id, person_id: coordinatorId });
  viewers.coordinator = await viewerOfPerson(knex(), coordinatorId);
  diagnosisId = gid('Diagnosis', made.id);
  await ok(
    live.api.run(
      `mutation($d: ID!) { openConsultation(diagnosisId: $d, reason: "") { diagnosis { id status } userErrors { field message } } }`,
      { d: diagnosisId },
      viewers.coordinator,
    ),
    'openConsultation',
  );
  await knex()('workshop')
    .where({ id: rawId(live.workshopId) })
    .update({ diagnosis_id: made.id });
});
afterAll(async () => {
  await live?.close();
});

type Vars = Record<string, unknown>;
interface Case {
  field: (typeof DIAGNOSIS_MUTATIONS)[number];
  allowed: readonly Role[];
  query: string;
  /** A fresh target for this role: the operation's variables. */
  prepare: (role: Role) => Promise<Vars>;
  verify?: (payload: any, vars: Vars, role: Role) => Promise<void> | void;
  /** Codes accepted as a refusal besides FORBIDDEN and UNAUTHENTICATED. */
  alsoRefusedAs?: string[];
}

const errors = 'userErrors { field message }';
const lifecycle = (field: Case['field'], from: 'DRAFT' | 'CONSULTATION' | 'VALIDATED', to: string): Case => ({
  field,
  allowed: COORDINATORS,
  query: `mutation($d: ID!, $r: String!) { ${field}(diagnosisId: $d, reason: $r) { diagnosis { id status } ${errors} } }`,
  prepare: async () => ({ d: await freshDiagnosis(from), r: 'Parce que le comité l’a décidé.' }),
  verify: (payload) => expect(payload.diagnosis.status).toBe(to),
  alsoRefusedAs: from === 'DRAFT' ? ['NOT_FOUND'] : [],
});
const CASES: Case[] = [
  {
    field: 'createDiagnosis',
    allowed: PLATFORM_COORDINATORS,
    query: `mutation($input: CreateDiagnosisInput!) { createDiagnosis(input: $input) { diagnosis { id period status } ${errors} } }`,
    prepare: async () => ({
      input: {
        territoryId: gid('Territory', live.territoryId),
        period: String(2100 + Math.floor(Math.random() * 800)),
        title: unique('Diagnostic partagé'),
        summary: '',
      },
    }),
    verify: (payload) => expect(payload.diagnosis.status).toBe('DRAFT'),
  },
  {
    field: 'assignDiagnosisCoordinator',
    allowed: ADMIN,
    query: `mutation($d: ID!, $p: ID!) { assignDiagnosisCoordinator(diagnosisId: $d, personId: $p) { diagnosis { id } ${errors} } }`,
    prepare: async () => ({ d: diagnosisId, p: await insertPerson(live.orm, 'COORDINATOR') }),
    verify: async (_payload, vars) => {
      const rows = await knex()('diagnosis_coordinator').where({ person_id: rawId(vars.p as string) });
      expect(rows).toHaveLength(1);
    },
  },
  {
    field: 'unassignDiagnosisCoordinator',
    allowed: ADMIN,
    query: `mutation($d: ID!, $p: ID!) { unassignDiagnosisCoordinator(diagnosisId: $d, personId: $p) { diagnosis { id } ${errors} } }`,
    prepare: async () => {
      const p = await insertPerson(live.orm, 'COORDINATOR');
      await ok(
        live.api.run(
          `mutation($d: ID!, $p: ID!) { assignDiagnosisCoordinator(diagnosisId: $d, personId: $p) { ${errors} } }`,
          { d: diagnosisId, p },
          viewers.admin,
        ),
        'assignDiagnosisCoordinator',
      );
      return { d: diagnosisId, p };
    },
    verify: async (_payload, vars) => {
      const rows = await knex()('diagnosis_coordinator').where({ person_id: rawId(vars.p as string) });
      expect(rows).toHaveLength(0);
    },
  },
  lifecycle('openConsultation', 'DRAFT', 'CONSULTATION'),
  lifecycle('validateDiagnosis', 'CONSULTATION', 'VALIDATED'),
  lifecycle('archiveDiagnosis', 'VALIDATED', 'ARCHIVED'),
  lifecycle('reopenDiagnosis', 'VALIDATED', 'CONSULTATION'),
  {
    field: 'linkWorkshopToDiagnosis',
    allowed: COORDINATORS,
    query: `mutation($w: ID!, $d: ID) { linkWorkshopToDiagnosis(workshopId: $w, diagnosisId: $d) { workshop { id diagnosis { id } } ${errors} } }`,
    prepare: async () => {
      await knex()('workshop')
        .where({ id: rawId(live.otherWorkshopId) })
        .update({ diagnosis_id: null });
      return { w: live.otherWorkshopId, d: diagnosisId };
    },
    verify: (payload) => expect(payload.workshop.diagnosis.id).toBe(diagnosisId),
  },
  {
    field: 'postDiagnosisContribution',
    allowed: PEOPLE,
    query: `mutation($input: PostDiagnosisContributionInput!) { postDiagnosisContribution(input: $input) { contribution { id body } ${errors} } }`,
    prepare: async () => ({ input: { diagnosisId, kind: 'NEED', body: unique('Il manque une crèche') } }),
    verify: (payload, vars) => expect(payload.contribution.body).toBe((vars.input as any).body),
  },
  {
    field: 'proposeFinding',
    allowed: PEOPLE,
    query: `mutation($input: ProposeFindingInput!) { proposeFinding(input: $input) { finding { ${FINDING_FIELDS} awaitingReview } ${errors} } }`,
    prepare: async () => ({
      input: { diagnosisId, kind: 'ASSET', title: unique('Un atout'), statement: 'Un lieu que tout le monde connaît.' },
    }),
    verify: (payload, _vars, role) => expect(payload.finding.awaitingReview).toBe(!COORDINATORS.includes(role)),
  },
  {
    field: 'updateFinding',
    allowed: COORDINATORS,
    query: `mutation($input: UpdateFindingInput!) { updateFinding(input: $input) { finding { ${FINDING_FIELDS} } ${errors} } }`,
    prepare: async () => {
      const f = await finding();
      return { input: { findingId: f.id, expectedVersion: f.version, statement: 'Le texte revu en séance.' } };
    },
    verify: (payload) => expect(payload.finding.statement).toBe('Le texte revu en séance.'),
  },
  {
    field: 'moveFinding',
    allowed: COORDINATORS,
    query: `mutation($f: ID!) { moveFinding(findingId: $f, position: 0) { finding { id position } ${errors} } }`,
    prepare: async () => {
      await finding();
      return { f: (await finding()).id };
    },
    verify: (payload) => expect(payload.finding.position).toBe(0),
  },
  {
    field: 'setFindingStatus',
    allowed: COORDINATORS,
    query: `mutation($f: ID!, $v: Int) { setFindingStatus(findingId: $f, status: SET_ASIDE, expectedVersion: $v) { finding { ${FINDING_FIELDS} } ${errors} } }`,
    prepare: async () => {
      const f = await finding();
      return { f: f.id, v: f.version };
    },
    verify: (payload) => expect(payload.finding.status).toBe('SET_ASIDE'),
  },
  {
    field: 'mergeFindings',
    allowed: COORDINATORS,
    query: `mutation($f: ID!, $into: ID!) { mergeFindings(findingId: $f, intoId: $into) { finding { id } ${errors} } }`,
    prepare: async () => ({ f: (await finding()).id, into: (await finding()).id }),
    verify: (payload, vars) => expect(payload.finding.id).toBe(vars.into),
  },
  {
    field: 'restoreFindingRevision',
    allowed: COORDINATORS,
    query: `mutation($r: ID!, $v: Int!) { restoreFindingRevision(revisionId: $r, expectedVersion: $v) { finding { ${FINDING_FIELDS} } ${errors} } }`,
    prepare: async () => {
      const f = await finding();
      const edited = await ok(
        live.api.run(
          `mutation($input: UpdateFindingInput!) { updateFinding(input: $input) { finding { id version revisions { id number } } ${errors} } }`,
          { input: { findingId: f.id, expectedVersion: f.version, statement: 'Une version à oublier.' } },
          viewers.admin,
        ),
        'updateFinding',
      );
      const first = edited.finding.revisions.find((r: any) => r.number === 1);
      return { r: first.id, v: edited.finding.version };
    },
    verify: (payload) => expect(payload.finding.statement).toBe('Un besoin que personne ne couvre encore.'),
  },
  {
    field: 'suggestFindingEdit',
    allowed: PEOPLE,
    query: `mutation($input: SuggestFindingEditInput!) { suggestFindingEdit(input: $input) { suggestion { id state } ${errors} } }`,
    prepare: async () => {
      const f = await finding();
      return {
        input: {
          findingId: f.id,
          baseVersion: f.version,
          title: unique('Mieux dit'),
          statement: 'Dit autrement.',
          note: '',
        },
      };
    },
    verify: (payload) => expect(payload.suggestion.state).toBe('PENDING'),
  },
  {
    field: 'reviewFindingSuggestion',
    allowed: COORDINATORS,
    query: `mutation($s: ID!) { reviewFindingSuggestion(suggestionId: $s, decision: DECLINE, note: "Déjà dit ailleurs.") { suggestion { id state } ${errors} } }`,
    prepare: async () => {
      const f = await finding();
      const made = await ok(
        live.api.run(
          `mutation($input: SuggestFindingEditInput!) { suggestFindingEdit(input: $input) { suggestion { id } ${errors} } }`,
          {
            input: {
              findingId: f.id,
              baseVersion: f.version,
              title: unique('Autre titre'),
              statement: 'Autre texte.',
              note: '',
            },
          },
          helper,
        ),
        'suggestFindingEdit',
      );
      return { s: made.suggestion.id };
    },
    verify: (payload) => expect(payload.suggestion.state).toBe('DECLINED'),
    // A suggestion is seen by the diagnosis's coordinators and its author only.
    alsoRefusedAs: ['NOT_FOUND'],
  },
  {
    field: 'markEditingFinding',
    allowed: COORDINATORS,
    query: `mutation($f: ID!) { markEditingFinding(findingId: $f, editing: true) { finding { id } ${errors} } }`,
    prepare: async () => ({ f: (await finding()).id }),
  },
  {
    field: 'attachEvidence',
    allowed: COORDINATORS,
    query: `mutation($f: ID!, $c: [ID!]!) { attachEvidence(findingId: $f, contributionIds: $c) { finding { id evidenceCount } ${errors} } }`,
    prepare: async () => ({ f: (await finding()).id, c: [await published(), await published()] }),
    verify: (payload) => expect(payload.finding.evidenceCount).toBe(2),
  },
  {
    field: 'detachEvidence',
    allowed: COORDINATORS,
    query: `mutation($f: ID!, $c: [ID!]!) { detachEvidence(findingId: $f, contributionIds: $c) { finding { id evidenceCount } ${errors} } }`,
    prepare: async () => {
      const f = (await finding()).id;
      const c = [await published()];
      await ok(
        live.api.run(
          `mutation($f: ID!, $c: [ID!]!) { attachEvidence(findingId: $f, contributionIds: $c) { ${errors} } }`,
          { f, c },
          viewers.admin,
        ),
        'attachEvidence',
      );
      return { f, c };
    },
    verify: (payload) => expect(payload.finding.evidenceCount).toBe(0),
  },
  {
    field: 'promoteContributions',
    allowed: COORDINATORS,
    query: `mutation($input: PromoteContributionsInput!) { promoteContributions(input: $input) { finding { id evidenceCount title } ${errors} } }`,
    prepare: async () => ({
      input: {
        contributionIds: [await published(), await published()],
        newFinding: { diagnosisId, kind: 'UNMET_NEED', title: '', statement: '' },
      },
    }),
    verify: (payload) => {
      expect(payload.finding.evidenceCount).toBe(2);
      expect(payload.finding.title.length).toBeGreaterThan(0);
    },
  },
  {
    field: 'supportFinding',
    allowed: PEOPLE,
    query: `mutation($f: ID!) { supportFinding(findingId: $f) { finding { id supportCount viewerSupports } ${errors} } }`,
    prepare: async () => ({ f: (await finding()).id }),
    verify: (payload) => expect(payload.finding).toMatchObject({ supportCount: 1, viewerSupports: true }),
  },
  {
    field: 'withdrawSupport',
    allowed: PEOPLE,
    query: `mutation($f: ID!) { withdrawSupport(findingId: $f) { finding { id supportCount viewerSupports } ${errors} } }`,
    prepare: async (role) => {
      const f = (await finding()).id;
      if (PEOPLE.includes(role)) {
        await ok(
          live.api.run(`mutation($f: ID!) { supportFinding(findingId: $f) { ${errors} } }`, { f }, viewers[role]),
          'supportFinding',
        );
      }
      return { f };
    },
    verify: (payload) => expect(payload.finding).toMatchObject({ supportCount: 0, viewerSupports: false }),
  },
  {
    field: 'commentOnFinding',
    allowed: PEOPLE,
    query: `mutation($f: ID!, $b: String!) { commentOnFinding(findingId: $f, body: $b) { comment { id body } ${errors} } }`,
    prepare: async () => ({ f: (await finding()).id, b: unique('Je le vois aussi dans ma rue') }),
    verify: (payload, vars) => expect(payload.comment.body).toBe(vars.b),
  },
  {
    field: 'hideFindingComment',
    allowed: COORDINATORS,
    query: `mutation($c: ID!) { hideFindingComment(commentId: $c) { comment { id hidden } ${errors} } }`,
    prepare: async () => {
      const f = (await finding()).id;
      const made = await ok(
        live.api.run(
          `mutation($f: ID!, $b: String!) { commentOnFinding(findingId: $f, body: $b) { comment { id } ${errors} } }`,
          { f, b: unique('Un commentaire') },
          helper,
        ),
        'commentOnFinding',
      );
      return { c: made.comment.id };
    },
    verify: (payload) => expect(payload.comment.hidden).toBe(true),
  },
  {
    field: 'spawnProjectIdea',
    allowed: COORDINATORS,
    query: `mutation($f: ID!, $t: String) { spawnProjectIdea(findingId: $f, title: $t) { portrait { id stage answers { id } } ${errors} } }`,
    prepare: async () => ({ f: (await retained()).id, t: unique('Une idée de projet') }),
    verify: (payload, vars) => {
      expect(payload.portrait.stage).toBe('UNCLAIMED_IDEA');
      expect(payload.portrait.answers.map((a: any) => a.id)).toContain(vars.f);
    },
  },
];

describe('the diagnosis matrix covers every operation of the diagnosis', () => {
  it('has one case per operation', () => {
    expect(CASES.map((c) => c.field).sort()).toEqual([...DIAGNOSIS_MUTATIONS].sort());
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
      const payload = result.data![c.field];
      expect(payload.userErrors, `${role} should be allowed`).toEqual([]);
      await c.verify?.(payload, vars, role);
    } else {
      const code = errorCode(result);
      expect(
        ['FORBIDDEN', 'UNAUTHENTICATED', ...(c.alsoRefusedAs ?? [])],
        `${role} must be refused, got ${JSON.stringify(result)}`,
      ).toContain(code);
      if (role === 'anonymous' && !c.alsoRefusedAs?.length) expect(code).toBe('UNAUTHENTICATED');
      expect(changedTables(before, await snapshot(live.orm)), `${role}: refused, yet tables changed`).toEqual([]);
    }
  });
});

describe('diagnosisEvents', () => {
  const subscribe = async (role: Role, diagnosis: string) => {
    const server = live.server!;
    const client = connect(server.wsUrl, await server.cookieFor(viewers[role]));
    const sub = collect(
      client,
      `subscription($d: ID!, $after: Int) { diagnosisEvents(diagnosisId: $d, afterSeq: $after) { seq type diagnosisStatus } }`,
      { d: diagnosis, after: 0 },
    );
    return { client, sub };
  };

  it.each(ROLES)('on a diagnosis in consultation, as %s: its stream, replayed from 0', async (role) => {
    const { client, sub } = await subscribe(role, diagnosisId);
    try {
      // The consultation's opening is stored: everyone may follow a public diagnosis.
      await sub.until((s) => s.events.some((e: any) => e.type === 'DIAGNOSIS_STATUS_CHANGED'), `${role} to replay`);
      expect(sub.errors).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it.each(ROLES)('on a draft, as %s: its coordinators only', async (role) => {
    const draft = await freshDiagnosis('DRAFT');
    const { client, sub } = await subscribe(role, draft);
    try {
      if (COORDINATORS.includes(role)) {
        await sub.until((s) => s.events.length > 0, `${role} to be answered`);
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
