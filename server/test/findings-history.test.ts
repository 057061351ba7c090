import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedTables, errorCode, ok, snapshot, unique } from './support-live.js';
import { TEXT_ROLES, openTextWorld, UPDATE, writeFinding, type TextWorld } from './support-finding-text.js';

/** Every change of a finding is a revision: who, what, the text before and after, and a word diff. */

let w: TextWorld;
let consultation: string;
beforeAll(async () => {
  w = await openTextWorld();
  consultation = await w.diagnosis('CONSULTATION');
});
afterAll(async () => {
  await w?.close();
});

const HISTORY = `query($id: ID!) { node(id: $id) { ... on Finding { version lastChangedAt lastChangedBy { displayName }
  revisions { id number change note author { displayName } createdAt
    before { kind title statement priority status } after { kind title statement priority status }
    statementDiff { value added removed } } } } }`;
const RESTORE = `mutation($id: ID!, $v: Int!) { restoreFindingRevision(revisionId: $id, expectedVersion: $v) {
  finding { id title statement status version } userErrors { code field } } }`;
const STATUS = `mutation($id: ID!, $status: FindingStatus!) { setFindingStatus(findingId: $id, status: $status) { finding { version } userErrors { code } } }`;

async function history(id: string, viewer = w.viewers.coordinator) {
  const { data, errors } = await w.api.run(HISTORY, { id }, viewer);
  expect(errors).toBeUndefined();
  return data!.node;
}

describe('revisions', () => {
  it('records each change with its number, author, kind of change and texts, newest first', async () => {
    const finding = await writeFinding(w, consultation, { statement: 'Les jeunes manquent de lieux.' });
    await ok(
      w.api.run(
        UPDATE,
        {
          input: {
            findingId: finding.id,
            expectedVersion: 1,
            statement: 'Les jeunes manquent de lieux ouverts le soir.',
          },
        },
        w.viewers.admin,
      ),
      'updateFinding',
    );
    await ok(w.api.run(STATUS, { id: finding.id, status: 'RETAINED' }, w.viewers.coordinator), 'setFindingStatus');
    const h = await history(finding.id);
    expect(h.revisions.map((r: any) => [r.number, r.change])).toEqual([
      [3, 'STATUS_CHANGED'],
      [2, 'EDITED'],
      [1, 'CREATED'],
    ]);
    const [status, edit, created] = h.revisions;
    expect(created.before).toBeNull();
    expect(created.after).toMatchObject({ title: finding.title, statement: 'Les jeunes manquent de lieux.' });
    expect(created.author.displayName).toBe('Awa Coordinatrice');
    expect(edit.author.displayName).toBe((w.viewers.admin as any).displayName);
    expect(edit.before.statement).toBe('Les jeunes manquent de lieux.');
    expect(edit.after.statement).toBe('Les jeunes manquent de lieux ouverts le soir.');
    // Word by word: the words kept and added give the new text, those kept and removed the old one.
    const join = (skip: 'added' | 'removed') =>
      edit.statementDiff
        .filter((p: any) => !p[skip])
        .map((p: any) => p.value)
        .join('');
    expect(join('removed')).toBe(edit.after.statement);
    expect(join('added')).toBe(edit.before.statement);
    expect(
      edit.statementDiff
        .filter((p: any) => p.added)
        .map((p: any) => p.value)
        .join(''),
    ).toContain('ouverts le soir');
    expect(edit.statementDiff.find((p: any) => p.value.includes('jeunes'))).toMatchObject({
      added: false,
      removed: false,
    });
    expect(status.before.status).toBe('PROPOSED');
    expect(status.after.status).toBe('RETAINED');
    expect(h.lastChangedBy.displayName).toBe('Awa Coordinatrice');
    expect(h.lastChangedAt).toBe(status.createdAt);
    // The same history for the public once the finding is public.
    expect((await history(finding.id, w.viewers.anonymous)).revisions).toHaveLength(3);
  });

  it('a proposal’s history is seen with the proposal: by coordinators and its author only', async () => {
    const proposed = await ok(
      w.api.run(
        `mutation($input: ProposeFindingInput!) { proposeFinding(input: $input) { finding { id } userErrors { code } } }`,
        {
          input: {
            diagnosisId: consultation,
            kind: 'ASSET',
            title: unique('Proposé'),
            statement: 'Une marque cachée.',
          },
        },
        w.viewers.stakeholder,
      ),
      'proposeFinding',
    );
    const { data } = await w.api.run(HISTORY, { id: proposed.finding.id }, w.viewers.resident);
    expect(data!.node).toBeNull();
    expect((await history(proposed.finding.id, w.viewers.stakeholder)).revisions).toHaveLength(1);
  });
});

describe('restoring a revision', () => {
  it('makes its text current as a new RESTORED revision, keeping the whole history', async () => {
    const finding = await writeFinding(w, consultation, { statement: 'Première rédaction du constat.' });
    await ok(
      w.api.run(
        UPDATE,
        { input: { findingId: finding.id, expectedVersion: 1, statement: 'Rédaction ratée.' } },
        w.viewers.coordinator,
      ),
      'updateFinding',
    );
    const created = (await history(finding.id)).revisions.find((r: any) => r.change === 'CREATED');
    const restored = await ok(
      w.api.run(RESTORE, { id: created.id, v: 2 }, w.viewers.coordinator),
      'restoreFindingRevision',
    );
    expect(restored.finding).toMatchObject({ statement: 'Première rédaction du constat.', version: 3 });
    const h = await history(finding.id);
    expect(h.revisions.map((r: any) => r.change)).toEqual(['RESTORED', 'EDITED', 'CREATED']);
    expect(h.revisions[0]).toMatchObject({ note: '1', before: { statement: 'Rédaction ratée.' } });
    // Already the current text; and from a stale version, nothing is saved.
    const current = await w.api.run(RESTORE, { id: created.id, v: 3 }, w.viewers.coordinator);
    expect(current.data!.restoreFindingRevision.userErrors).toEqual([
      { code: 'REVISION_IS_CURRENT', field: 'revisionId' },
    ]);
    const edited = h.revisions[1];
    const before = await snapshot(w.db.orm);
    const stale = await w.api.run(RESTORE, { id: edited.id, v: 2 }, w.viewers.coordinator);
    expect(stale.data!.restoreFindingRevision.userErrors).toEqual([
      { code: 'FINDING_CHANGED', field: 'expectedVersion' },
    ]);
    expect(stale.data!.restoreFindingRevision.finding).toMatchObject({
      version: 3,
      statement: 'Première rédaction du constat.',
    });
    expect(changedTables(before, await snapshot(w.db.orm))).toEqual([]);
  });

  it('is the coordinators’ only: everyone else is refused and nothing changes', async () => {
    for (const role of TEXT_ROLES) {
      const finding = await writeFinding(w, consultation, { statement: 'Le texte du début.' });
      await ok(
        w.api.run(
          UPDATE,
          { input: { findingId: finding.id, expectedVersion: 1, statement: 'Le texte changé.' } },
          w.viewers.coordinator,
        ),
        'updateFinding',
      );
      const created = (await history(finding.id)).revisions.find((r: any) => r.change === 'CREATED');
      const before = await snapshot(w.db.orm);
      const result = await w.api.run(RESTORE, { id: created.id, v: 2 }, w.viewers[role]);
      if (role === 'coordinator' || role === 'admin') {
        expect(result.data!.restoreFindingRevision.userErrors, role).toEqual([]);
      } else {
        expect(['FORBIDDEN', 'UNAUTHENTICATED'], role).toContain(errorCode(result));
        expect(changedTables(before, await snapshot(w.db.orm)), role).toEqual([]);
      }
    }
  });
});
