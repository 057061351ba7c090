import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedTables, errorCode, gid, ok, rawId, snapshot, unique } from './support-live.js';
import {
  TEXT_ROLES,
  openTextWorld,
  PROPOSE,
  readFinding,
  UPDATE,
  writeFinding,
  type TextRole,
  type TextWorld,
} from './support-finding-text.js';

/**
 * Findings' text: who writes, proposes, edits, moves, decides and merges them; edits name the
 * version they started from, and a stale one loses nothing.
 */

let w: TextWorld;
let consultation: string;
beforeAll(async () => {
  w = await openTextWorld();
  consultation = await w.diagnosis('CONSULTATION');
});
afterAll(async () => {
  await w?.close();
});

const COORDINATORS: TextRole[] = ['coordinator', 'admin'];

const MOVE = `mutation($id: ID!, $position: Int!) { moveFinding(findingId: $id, position: $position) { finding { id position version } userErrors { code field } } }`;
const STATUS = `mutation($id: ID!, $status: FindingStatus!, $v: Int) { setFindingStatus(findingId: $id, status: $status, expectedVersion: $v) { finding { id status version awaitingReview } userErrors { code field } } }`;
const MERGE = `mutation($id: ID!, $into: ID!) { mergeFindings(findingId: $id, intoId: $into) { finding { id status evidenceCount } userErrors { code field } } }`;
const EDITING = `mutation($id: ID!, $editing: Boolean!) { markEditingFinding(findingId: $id, editing: $editing) { finding { id version } userErrors { code field } } }`;
const LIST = `query($slug: String!) { diagnosis(slug: $slug) { findings { id title awaitingReview } } }`;

async function slugOf(diagnosisId: string) {
  const row = (await w.db.orm.em.getKnex()('diagnosis').where('id', rawId(diagnosisId)).first()) as { slug: string };
  return row.slug;
}

/**
 * Runs an operation as each role on a target `prepare` makes for it: refused roles get one of the
 * codes expected and change nothing.
 */
async function byRole<T>(
  allowed: TextRole[],
  prepare: (role: TextRole) => Promise<T>,
  op: (role: TextRole, target: T) => Promise<{ result: any; field: string }>,
  refusedWith: string[] = ['FORBIDDEN', 'UNAUTHENTICATED'],
) {
  for (const role of TEXT_ROLES) {
    const target = await prepare(role);
    const before = await snapshot(w.db.orm);
    const { result, field } = await op(role, target);
    if (allowed.includes(role)) {
      expect(result.errors, `${role}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      expect(result.data[field].userErrors, role).toEqual([]);
    } else {
      expect(refusedWith, `${role}: ${JSON.stringify(result.errors ?? result.data)}`).toContain(errorCode(result));
      expect(changedTables(before, await snapshot(w.db.orm)), role).toEqual([]);
    }
  }
}

const nothing = async () => null;

describe('who writes findings', () => {
  it('coordinators write findings at once; signed-in participants propose during the consultation', async () => {
    await byRole(['resident', 'stakeholder', 'otherCoordinator', 'coordinator', 'admin'], nothing, async (role) => ({
      field: 'proposeFinding',
      result: await w.api.run(
        PROPOSE,
        {
          input: {
            diagnosisId: consultation,
            kind: 'ASSET',
            title: unique('Atout'),
            statement: 'Un tissu associatif dense.',
          },
        },
        w.viewers[role],
      ),
    }));
  });

  it('a draft is its coordinators’ only: others do not even learn it exists', async () => {
    const draft = await w.diagnosis('DRAFT');
    const input = { diagnosisId: draft, kind: 'ASSET', title: unique('Atout'), statement: 'Un marché animé.' };
    await byRole(
      COORDINATORS,
      nothing,
      async (role) => ({ field: 'proposeFinding', result: await w.api.run(PROPOSE, { input }, w.viewers[role]) }),
      ['NOT_FOUND', 'UNAUTHENTICATED'],
    );
  });

  it('a participant’s proposal waits for review: seen by coordinators and its author only, in lists and by node', async () => {
    const title = unique('Proposition');
    const proposed = await ok(
      w.api.run(
        PROPOSE,
        { input: { diagnosisId: consultation, kind: 'OPPORTUNITY', title, statement: 'Une friche à ouvrir.' } },
        w.viewers.resident,
      ),
      'proposeFinding',
    );
    expect(proposed.finding).toMatchObject({ awaitingReview: true, status: 'PROPOSED' });
    expect(proposed.finding.proposedBy.id).toBe(gid('Person', (w.viewers.resident as any).personId));
    const slug = await slugOf(consultation);
    const listed = async (role: TextRole) => {
      const { data } = await w.api.run(LIST, { slug }, w.viewers[role]);
      return (data!.diagnosis.findings as any[]).some((f) => f.title === title);
    };
    for (const role of ['anonymous', 'guest', 'stakeholder', 'otherCoordinator'] as const) {
      expect(await listed(role), role).toBe(false);
      expect(await readFinding(w, proposed.finding.id, w.viewers[role]), role).toBeNull();
    }
    for (const role of ['resident', 'coordinator', 'admin'] as const) {
      expect(await listed(role), role).toBe(true);
      expect(await readFinding(w, proposed.finding.id, w.viewers[role]), role).not.toBeNull();
    }
    // Accepted for discussion: now everyone's.
    await ok(
      w.api.run(STATUS, { id: proposed.finding.id, status: 'PROPOSED' }, w.viewers.coordinator),
      'setFindingStatus',
    );
    expect(await listed('anonymous')).toBe(true);
    expect((await readFinding(w, proposed.finding.id, w.viewers.anonymous)).awaitingReview).toBe(false);
  });

  it('checks every field at once: title and statement lengths, unknown places', async () => {
    const result = await w.api.run(
      PROPOSE,
      {
        input: {
          diagnosisId: consultation,
          kind: 'ASSET',
          title: 'ab',
          statement: ' ',
          neighbourhoodSlugs: ['nulle-part'],
        },
      },
      w.viewers.coordinator,
    );
    expect(result.data!.proposeFinding.finding).toBeNull();
    expect(result.data!.proposeFinding.userErrors.map((e: any) => e.code)).toEqual([
      'FINDING_TITLE_LENGTH',
      'FINDING_STATEMENT_LENGTH',
      'UNKNOWN_NEIGHBOURHOOD',
    ]);
  });

  it('cites published contributions of the territory as evidence (coordinators), with themes and neighbourhoods', async () => {
    const finding = await writeFinding(w, consultation, {
      themeSlugs: [w.themes[0]],
      neighbourhoodSlugs: [w.neighbourhoods[1]],
      contributionIds: [gid('Contribution', w.contributionId)],
    });
    expect(finding.themes).toEqual([{ slug: w.themes[0] }]);
    expect(finding.neighbourhoods).toEqual([{ slug: w.neighbourhoods[1] }]);
    const { data } = await w.api.run(
      `query($id: ID!) { node(id: $id) { ... on Finding { evidence { id } } } }`,
      { id: finding.id },
      w.viewers.anonymous,
    );
    expect(data!.node.evidence).toEqual([{ id: gid('Contribution', w.contributionId) }]);
    const refused = await w.api.run(
      PROPOSE,
      {
        input: {
          diagnosisId: consultation,
          kind: 'ASSET',
          title: unique('Avec preuves'),
          statement: 'Texte du constat.',
          contributionIds: [gid('Contribution', w.contributionId)],
        },
      },
      w.viewers.resident,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('renders the statement through the sanitizer', async () => {
    const finding = await writeFinding(w, consultation, { statement: 'Un **besoin** <script>alert(1)</script>' });
    expect(finding.statementHtml).toContain('<strong>besoin</strong>');
    expect(finding.statementHtml).not.toContain('<script>');
  });
});

describe('editing from a version', () => {
  it('only the diagnosis’s coordinators edit; the version moves, and who changed it last is told', async () => {
    await byRole(
      COORDINATORS,
      () => writeFinding(w, consultation),
      async (role, finding) => ({
        field: 'updateFinding',
        result: await w.api.run(
          UPDATE,
          { input: { findingId: finding.id, expectedVersion: finding.version, title: unique('Corrigé') } },
          w.viewers[role],
        ),
      }),
    );
    const finding = await writeFinding(w, consultation);
    const edited = await ok(
      w.api.run(UPDATE, { input: { findingId: finding.id, expectedVersion: 1, priority: 'HIGH' } }, w.viewers.admin),
      'updateFinding',
    );
    expect(edited.finding).toMatchObject({ version: 2, priority: 'HIGH', title: finding.title });
    expect(edited.finding.lastChangedBy.displayName).toBe((w.viewers.admin as any).displayName);
  });

  it('a stale edit saves nothing and answers with the text now, its version and who changed it: nothing is lost', async () => {
    const finding = await writeFinding(w, consultation);
    const first = { title: unique('Version de la première'), statement: 'Le texte de la première personne.' };
    const second = { title: unique('Version de la seconde'), statement: 'Le texte de la seconde personne.' };
    // Both opened version 1; the coordinator saves first.
    await ok(
      w.api.run(UPDATE, { input: { findingId: finding.id, expectedVersion: 1, ...first } }, w.viewers.coordinator),
      'updateFinding',
    );
    const before = await snapshot(w.db.orm);
    const stale = await w.api.run(
      UPDATE,
      { input: { findingId: finding.id, expectedVersion: 1, ...second } },
      w.viewers.admin,
      { locale: 'fr' },
    );
    expect(stale.errors).toBeUndefined();
    const payload = stale.data!.updateFinding;
    expect(payload.userErrors).toEqual([
      {
        code: 'FINDING_CHANGED',
        field: 'expectedVersion',
        message: expect.stringContaining('Awa Coordinatrice a modifié ce constat'),
      },
    ]);
    // What the second writer merges into: the first one's text, with the version to send it with.
    expect(payload.finding).toMatchObject({ ...first, version: 2 });
    expect(payload.finding.lastChangedBy.displayName).toBe('Awa Coordinatrice');
    expect(changedTables(before, await snapshot(w.db.orm))).toEqual([]);
    // Sent again from version 2, the second writer's text is saved.
    const merged = await ok(
      w.api.run(UPDATE, { input: { findingId: finding.id, expectedVersion: 2, ...second } }, w.viewers.admin),
      'updateFinding',
    );
    expect(merged.finding).toMatchObject({ ...second, version: 3 });
  });

  it('of two edits racing from one version, exactly one is saved', async () => {
    const finding = await writeFinding(w, consultation);
    const titles = [unique('Course A'), unique('Course B')];
    const results = await Promise.all(
      titles.map((title, i) =>
        w.api.run(
          UPDATE,
          { input: { findingId: finding.id, expectedVersion: 1, title } },
          i === 0 ? w.viewers.coordinator : w.viewers.admin,
        ),
      ),
    );
    const codes = results.map((r) => r.data!.updateFinding.userErrors.map((e: any) => e.code));
    expect(codes.filter((c) => c.length === 0)).toHaveLength(1);
    expect(codes.flat()).toEqual(['FINDING_CHANGED']);
    const now = await readFinding(w, finding.id);
    expect(now.version).toBe(2);
    const winner = results.find((r) => r.data!.updateFinding.userErrors.length === 0)!;
    expect(now.title).toBe(winner.data!.updateFinding.finding.title);
  });

  it('a frozen diagnosis refuses every edit, saying why', async () => {
    const frozen = await w.diagnosis('CONSULTATION');
    const finding = await writeFinding(w, frozen);
    await w.db.orm.em.getKnex()('diagnosis').where('id', rawId(frozen)).update({ status: 'VALIDATED' });
    const before = await snapshot(w.db.orm);
    const results = [
      await w.api.run(
        UPDATE,
        { input: { findingId: finding.id, expectedVersion: 1, title: unique('Gel') } },
        w.viewers.coordinator,
      ),
      await w.api.run(MOVE, { id: finding.id, position: 3 }, w.viewers.coordinator),
      await w.api.run(STATUS, { id: finding.id, status: 'RETAINED' }, w.viewers.admin),
      await w.api.run(
        PROPOSE,
        { input: { diagnosisId: frozen, kind: 'ASSET', title: unique('Trop tard'), statement: 'Un texte de plus.' } },
        w.viewers.coordinator,
      ),
    ];
    for (const result of results) {
      const payload = Object.values(result.data!)[0] as any;
      expect(payload.userErrors.map((e: any) => e.code)).toEqual(['DIAGNOSIS_FROZEN']);
    }
    expect(changedTables(before, await snapshot(w.db.orm))).toEqual([]);
  });
});

describe('moving, deciding, merging, saying who edits', () => {
  it('moves a finding; the others shift; no version moves', async () => {
    const d = await w.diagnosis('DRAFT');
    const [a, b, c] = [await writeFinding(w, d), await writeFinding(w, d), await writeFinding(w, d)];
    await byRole(
      COORDINATORS,
      nothing,
      async (role) => ({
        field: 'moveFinding',
        result: await w.api.run(MOVE, { id: c.id, position: role === 'admin' ? 0 : 1 }, w.viewers[role]),
      }),
      // A draft's findings are not there for anyone else.
      ['NOT_FOUND', 'UNAUTHENTICATED'],
    );
    const order = await Promise.all([a, b, c].map((f) => readFinding(w, f.id)));
    expect(order.map((f) => f.position)).toEqual([1, 2, 0]);
    expect(order.map((f) => f.version)).toEqual([1, 1, 1]);
  });

  it('retains and sets aside (coordinators), refusing MERGED and the status it has', async () => {
    await byRole(
      COORDINATORS,
      () => writeFinding(w, consultation),
      async (role, finding) => ({
        field: 'setFindingStatus',
        result: await w.api.run(STATUS, { id: finding.id, status: 'RETAINED', v: 1 }, w.viewers[role]),
      }),
    );
    const finding = await writeFinding(w, consultation);
    const same = await w.api.run(STATUS, { id: finding.id, status: 'PROPOSED' }, w.viewers.coordinator);
    expect(same.data!.setFindingStatus.userErrors.map((e: any) => e.code)).toEqual(['FINDING_STATUS_UNCHANGED']);
    expect(errorCode(await w.api.run(STATUS, { id: finding.id, status: 'MERGED' }, w.viewers.coordinator))).toBe(
      'BAD_USER_INPUT',
    );
    const stale = await w.api.run(STATUS, { id: finding.id, status: 'SET_ASIDE', v: 7 }, w.viewers.coordinator);
    expect(stale.data!.setFindingStatus.userErrors.map((e: any) => e.code)).toEqual(['FINDING_CHANGED']);
  });

  it('merges within a diagnosis: evidence, supports and comments move, the merged one says where', async () => {
    await byRole(
      COORDINATORS,
      async () => [await writeFinding(w, consultation), await writeFinding(w, consultation)] as const,
      async (role, [kept, merged]) => ({
        field: 'mergeFindings',
        result: await w.api.run(MERGE, { id: merged.id, into: kept.id }, w.viewers[role]),
      }),
    );
    const kept = await writeFinding(w, consultation);
    const merged = await writeFinding(w, consultation, { contributionIds: [gid('Contribution', w.contributionId)] });
    const knex = w.db.orm.em.getKnex();
    const residentId = (w.viewers.resident as any).personId as string;
    await knex('finding_support').insert([
      { finding_id: rawId(merged.id), person_id: residentId },
      { finding_id: rawId(kept.id), person_id: residentId },
    ]);
    await knex('finding_comment').insert({
      id: crypto.randomUUID(),
      finding_id: rawId(merged.id),
      author_id: residentId,
      body: 'Un commentaire qui suit.',
    });
    const result = await ok(w.api.run(MERGE, { id: merged.id, into: kept.id }, w.viewers.coordinator), 'mergeFindings');
    expect(result.finding).toMatchObject({ id: kept.id, evidenceCount: 1 });
    const after = await readFinding(w, merged.id, w.viewers.anonymous);
    expect(after).toMatchObject({ status: 'MERGED', mergedInto: { id: kept.id } });
    // The person supporting both supports the one kept, once.
    const rows = async (table: string, finding: { id: string }) =>
      Number(((await knex(table).where('finding_id', rawId(finding.id)).count({ n: '*' })) as { n: string }[])[0]!.n);
    expect(await rows('finding_support', kept)).toBe(1);
    expect(await rows('finding_support', merged)).toBe(0);
    expect(await rows('finding_comment', kept)).toBe(1);
    expect(await rows('finding_evidence', merged)).toBe(0);
    const again = await w.api.run(
      UPDATE,
      { input: { findingId: merged.id, expectedVersion: after.version, title: unique('Encore') } },
      w.viewers.coordinator,
    );
    expect(again.data!.updateFinding.userErrors.map((e: any) => e.code)).toEqual(['FINDING_MERGED']);
    const self = await w.api.run(MERGE, { id: kept.id, into: kept.id }, w.viewers.coordinator);
    expect(self.data!.mergeFindings.userErrors.map((e: any) => e.code)).toEqual(['FINDING_MERGE_SAME']);
    const elsewhere = await writeFinding(w, await w.diagnosis('CONSULTATION'));
    const across = await w.api.run(MERGE, { id: elsewhere.id, into: kept.id }, w.viewers.coordinator);
    expect(across.data!.mergeFindings.userErrors.map((e: any) => e.code)).toEqual(['FINDING_MERGE_ACROSS']);
  });

  it('says who is editing, storing an event and nothing else', async () => {
    const finding = await writeFinding(w, consultation);
    await byRole(COORDINATORS, nothing, async (role) => ({
      field: 'markEditingFinding',
      result: await w.api.run(EDITING, { id: finding.id, editing: true }, w.viewers[role]),
    }));
    const events = (await w.db.orm.em
      .getKnex()('stream_event')
      .where({ stream_key: rawId(consultation), type: 'FINDING_EDITING' })
      .orderBy('seq')) as { data: any }[];
    expect(events.map((e) => [e.data.editorName, e.data.editing])).toEqual([
      ['Awa Coordinatrice', true],
      [expect.any(String), true],
    ]);
    expect((await readFinding(w, finding.id)).version).toBe(1);
  });
});
