import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedTables, errorCode, ok, snapshot, unique } from './support-live.js';
import {
  TEXT_ROLES,
  openTextWorld,
  UPDATE,
  writeFinding,
  type TextRole,
  type TextWorld,
} from './support-finding-text.js';

/** Participants suggest edits during the consultation; a coordinator accepts or declines each, once. */

let w: TextWorld;
let consultation: string;
beforeAll(async () => {
  w = await openTextWorld();
  consultation = await w.diagnosis('CONSULTATION');
});
afterAll(async () => {
  await w?.close();
});

const SUGGEST = `mutation($input: SuggestFindingEditInput!) { suggestFindingEdit(input: $input) {
  suggestion { id title statement note state baseVersion author { displayName } statementDiff { value added removed } }
  userErrors { code field } } }`;
const REVIEW = `mutation($id: ID!, $decision: SuggestionDecision!, $note: String) {
  reviewFindingSuggestion(suggestionId: $id, decision: $decision, note: $note) {
    suggestion { id state reviewNote reviewedBy { displayName } reviewedAt }
    finding { id title statement version revisions { change note } }
    userErrors { code field } } }`;
const SUGGESTIONS = `query($id: ID!) { node(id: $id) { ... on Finding { viewerCanSuggest suggestions { id state } } } }`;

const SIGNED_IN: TextRole[] = ['resident', 'stakeholder', 'otherCoordinator', 'coordinator', 'admin'];

async function suggest(finding: any, role: TextRole, extra: Record<string, unknown> = {}) {
  return w.api.run(
    SUGGEST,
    {
      input: {
        findingId: finding.id,
        baseVersion: finding.version,
        title: unique('Titre suggéré'),
        statement: 'Les jeunes et les familles manquent de lieux.',
        note: 'Les familles aussi.',
        ...extra,
      },
    },
    w.viewers[role],
  );
}

describe('suggesting an edit', () => {
  it('is open to everyone signed in during the consultation; the viewerCanSuggest field agrees', async () => {
    const finding = await writeFinding(w, consultation);
    for (const role of TEXT_ROLES) {
      const before = await snapshot(w.db.orm);
      const result = await suggest(finding, role);
      const { data } = await w.api.run(SUGGESTIONS, { id: finding.id }, w.viewers[role]);
      if (SIGNED_IN.includes(role)) {
        expect(result.data!.suggestFindingEdit.userErrors, role).toEqual([]);
        expect(result.data!.suggestFindingEdit.suggestion, role).toMatchObject({ state: 'PENDING', baseVersion: 1 });
        expect(data!.node.viewerCanSuggest, role).toBe(true);
      } else {
        expect(errorCode(result), role).toBe('UNAUTHENTICATED');
        expect(changedTables(before, await snapshot(w.db.orm)), role).toEqual([]);
        expect(data!.node.viewerCanSuggest, role).toBe(false);
      }
    }
  });

  it('is refused outside the consultation, and the draft’s findings are not found by others', async () => {
    const draft = await w.diagnosis('DRAFT');
    const finding = await writeFinding(w, draft);
    const own = await suggest(finding, 'coordinator');
    expect(own.data!.suggestFindingEdit.userErrors).toEqual([
      { code: 'DIAGNOSIS_NOT_IN_CONSULTATION', field: 'diagnosisId' },
    ]);
    expect(errorCode(await suggest(finding, 'resident'))).toBe('NOT_FOUND');
  });

  it('is seen by the coordinators and its author only; the diff goes from the statement now to the one suggested', async () => {
    const finding = await writeFinding(w, consultation, { statement: 'Les jeunes manquent de lieux.' });
    const made = await ok(suggest(finding, 'resident'), 'suggestFindingEdit');
    const parts = made.suggestion.statementDiff;
    expect(
      parts
        .filter((p: any) => !p.added)
        .map((p: any) => p.value)
        .join(''),
    ).toBe('Les jeunes manquent de lieux.');
    expect(
      parts
        .filter((p: any) => !p.removed)
        .map((p: any) => p.value)
        .join(''),
    ).toBe('Les jeunes et les familles manquent de lieux.');
    const seen = async (role: TextRole) => {
      const { data } = await w.api.run(SUGGESTIONS, { id: finding.id }, w.viewers[role]);
      return (data!.node.suggestions as any[]).map((s) => s.id);
    };
    for (const role of ['resident', 'coordinator', 'admin'] as const)
      expect(await seen(role), role).toEqual([made.suggestion.id]);
    for (const role of ['anonymous', 'guest', 'stakeholder', 'otherCoordinator'] as const)
      expect(await seen(role), role).toEqual([]);
    const { data } = await w.api.run(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: made.suggestion.id },
      w.viewers.stakeholder,
    );
    expect(data!.node).toBeNull();
  });

  it('checks its text and note', async () => {
    const finding = await writeFinding(w, consultation);
    const result = await suggest(finding, 'stakeholder', { title: 'x', note: 'n'.repeat(501) });
    expect(result.data!.suggestFindingEdit.userErrors).toEqual([
      { code: 'FINDING_TITLE_LENGTH', field: 'title' },
      { code: 'REVIEW_NOTE_LENGTH', field: 'note' },
    ]);
  });
});

describe('reviewing a suggestion', () => {
  it('is the diagnosis’s coordinators’ only; its author and the others are refused and nothing changes', async () => {
    for (const role of TEXT_ROLES) {
      const finding = await writeFinding(w, consultation);
      const made = await ok(suggest(finding, 'resident'), 'suggestFindingEdit');
      const before = await snapshot(w.db.orm);
      const result = await w.api.run(
        REVIEW,
        { id: made.suggestion.id, decision: 'DECLINE', note: 'Non.' },
        w.viewers[role],
      );
      if (role === 'coordinator' || role === 'admin') {
        expect(result.data!.reviewFindingSuggestion.userErrors, role).toEqual([]);
      } else {
        // Its author sees it (FORBIDDEN); others cannot (NOT_FOUND), or are not signed in.
        const expected = role === 'resident' ? ['FORBIDDEN'] : ['NOT_FOUND', 'UNAUTHENTICATED'];
        expect(expected, `${role}: ${JSON.stringify(result.errors)}`).toContain(errorCode(result));
        expect(changedTables(before, await snapshot(w.db.orm)), role).toEqual([]);
      }
    }
  });

  it('accepting applies the suggested text as a revision; a second review is refused', async () => {
    const finding = await writeFinding(w, consultation);
    const made = await ok(suggest(finding, 'stakeholder'), 'suggestFindingEdit');
    const accepted = await ok(
      w.api.run(REVIEW, { id: made.suggestion.id, decision: 'ACCEPT', note: 'Merci.' }, w.viewers.coordinator),
      'reviewFindingSuggestion',
    );
    expect(accepted.suggestion).toMatchObject({
      state: 'ACCEPTED',
      reviewNote: 'Merci.',
      reviewedBy: { displayName: 'Awa Coordinatrice' },
    });
    expect(accepted.finding).toMatchObject({
      title: made.suggestion.title,
      statement: made.suggestion.statement,
      version: 2,
    });
    expect(accepted.finding.revisions[0]).toEqual({ change: 'SUGGESTION_ACCEPTED', note: 'Merci.' });
    const before = await snapshot(w.db.orm);
    const again = await w.api.run(REVIEW, { id: made.suggestion.id, decision: 'DECLINE' }, w.viewers.admin);
    expect(again.data!.reviewFindingSuggestion.userErrors).toEqual([
      { code: 'SUGGESTION_REVIEWED', field: 'suggestionId' },
    ]);
    expect(changedTables(before, await snapshot(w.db.orm))).toEqual([]);
  });

  it('accepting over later changes still applies it, and the revision records the versions', async () => {
    const finding = await writeFinding(w, consultation);
    const made = await ok(suggest(finding, 'resident'), 'suggestFindingEdit');
    await ok(
      w.api.run(
        UPDATE,
        { input: { findingId: finding.id, expectedVersion: 1, priority: 'HIGH' } },
        w.viewers.coordinator,
      ),
      'updateFinding',
    );
    const accepted = await ok(
      w.api.run(REVIEW, { id: made.suggestion.id, decision: 'ACCEPT' }, w.viewers.coordinator),
      'reviewFindingSuggestion',
    );
    expect(accepted.finding).toMatchObject({ title: made.suggestion.title, version: 3 });
    expect(accepted.finding.revisions[0]).toEqual({ change: 'SUGGESTION_ACCEPTED', note: '[v1 → v2]' });
  });

  it('declining keeps the finding as it is and the note for its author', async () => {
    const finding = await writeFinding(w, consultation);
    const made = await ok(suggest(finding, 'resident'), 'suggestFindingEdit');
    const declined = await ok(
      w.api.run(REVIEW, { id: made.suggestion.id, decision: 'DECLINE', note: 'Hors du périmètre.' }, w.viewers.admin),
      'reviewFindingSuggestion',
    );
    expect(declined.finding).toMatchObject({ title: finding.title, version: 1 });
    const { data } = await w.api.run(
      `query($id: ID!) { node(id: $id) { ... on Finding { suggestions { state reviewNote } } } }`,
      { id: finding.id },
      w.viewers.resident,
    );
    expect(data!.node.suggestions).toEqual([{ state: 'DECLINED', reviewNote: 'Hors du périmètre.' }]);
  });
});
