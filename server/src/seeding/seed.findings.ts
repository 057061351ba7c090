import { DiagnosisStatus } from '../diagnosis/diagnosis.entity.js';
import {
  FindingKind,
  FindingPriority,
  FindingStatus,
  RevisionChange,
  SuggestionState,
  type FindingText,
} from '../findings/finding.entity.js';
import type { PlanContext } from './seed.context.js';
import { seedId } from './seed.ids.js';
import type { FindingSeed, FindingTextSeed } from './seed.types.js';

/** What a finding's checks need to know of its diagnosis and of the people taking part. */
export interface FindingScope {
  diagnosisId: string;
  diagnosisSlug: string;
  where: string;
  status: string;
  territory: string;
  /** May make every change: the diagnosis's coordinators and the admins. */
  coordinates: (person: string) => boolean;
  /** The organizations a person belongs to. */
  memberships: (person: string) => Set<string>;
  coSigning: Set<string>;
  /** Every finding's diagnosis and status, by key, to check merges against. */
  findings: Map<string, { diagnosis: string; status: string }>;
}

const sorted = (ids: string[]) => [...ids].sort();

/** The snapshot a revision stores, from seed keys (the same shape the application writes). */
function snapshot(ctx: PlanContext, text: Required<FindingTextSeed>, where: string): FindingText {
  return {
    kind: ctx.oneOf(FindingKind, text.kind, `${where}.kind`),
    title: ctx.text(text.title, `${where}.title`),
    statement: ctx.text(text.statement, `${where}.statement`),
    priority: ctx.oneOf(FindingPriority, text.priority, `${where}.priority`),
    status: ctx.oneOf(FindingStatus, text.status, `${where}.status`),
    themeIds: sorted(text.themes.map((t) => ctx.ref('theme', t, `${where}.themes`))),
    neighbourhoodIds: sorted(text.neighbourhoods.map((n) => ctx.ref('neighbourhood', n, `${where}.neighbourhoods`))),
    mergedIntoId: text.mergedInto ? ctx.ref('finding', text.mergedInto, `${where}.mergedInto`) : null,
  };
}

const same = (a: FindingText, b: FindingText) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A finding with its history: each revision's text is the one before with what it sets, the
 * finding's text is the last one's, and its version counts them, as the application keeps them.
 */
function planRevisions(ctx: PlanContext, f: FindingSeed, findingId: string, scope: FindingScope, at: string) {
  const own: Required<FindingTextSeed> = {
    kind: f.kind,
    title: f.title,
    statement: f.statement,
    priority: f.priority,
    status: f.status,
    themes: f.themes ?? [],
    neighbourhoods: f.neighbourhoods ?? [],
    mergedInto: f.mergedInto ?? null,
  };
  const revisions = f.revisions ?? [];
  if (revisions.length === 0) ctx.problem(`${at}.revisions: a finding starts with its CREATED revision`);
  let text: Required<FindingTextSeed> | null = null;
  let before: FindingText | null = null;
  let previousAt = 0;
  for (const [i, r] of revisions.entries()) {
    const where = `${at}.revisions[${i}]`;
    const change = ctx.oneOf(RevisionChange, r.change, `${where}.change`);
    if ((i === 0) !== (change === RevisionChange.CREATED))
      ctx.problem(`${where}: the first revision, and it alone, is CREATED`);
    const when = ctx.dateTime(r.at, `${where}.at`);
    if (when.getTime() < previousAt) ctx.problem(`${where}.at: revisions come in the order they were made`);
    previousAt = when.getTime();
    text = { ...(text ?? own), ...r.after };
    const after = snapshot(ctx, text, `${where}.after`);
    if (before && same(before, after)) ctx.problem(`${where}: changes nothing`);
    if (change === RevisionChange.STATUS_CHANGED && before?.status === after.status)
      ctx.problem(`${where}: a STATUS_CHANGED revision changes the status`);
    if (change === RevisionChange.MERGED && after.status !== FindingStatus.MERGED)
      ctx.problem(`${where}: a MERGED revision leaves the finding merged`);
    if (i === 0 && f.proposedBy && r.by !== f.proposedBy)
      ctx.problem(`${where}.by: a proposal is created by the person who proposed it`);
    if (i > 0 && (!r.by || !scope.coordinates(r.by)))
      ctx.problem(`${where}.by: "${r.by}" does not coordinate ${scope.diagnosisSlug}`);
    const number = i + 1;
    ctx.add('finding_revision', {
      id: seedId('finding-revision', `${f.key}#${number}`),
      finding_id: findingId,
      number,
      author_id: ctx.optRef('person', r.by, `${where}.by`),
      change,
      before,
      after,
      note: r.note ?? '',
      created_at: when,
      updated_at: when,
    });
    before = after;
  }
  if (before && !same(before, snapshot(ctx, own, at))) ctx.problem(`${at}: its text differs from its last revision's`);
  const first = revisions[0]?.at;
  const last = revisions.at(-1)?.at;
  return {
    version: revisions.length,
    createdAt: first ? ctx.dateTime(first, `${at}.revisions[0].at`) : new Date(0),
    changedAt: last ? ctx.dateTime(last, `${at}.revisions.at`) : new Date(0),
  };
}

/** Supports, comments and suggestions: what people do once the diagnosis is public. */
function planParticipation(ctx: PlanContext, f: FindingSeed, findingId: string, scope: FindingScope, at: string) {
  const taken = (f.supports?.length ?? 0) + (f.comments?.length ?? 0) + (f.suggestions?.length ?? 0) > 0;
  if (taken && (scope.status === DiagnosisStatus.DRAFT || f.awaitingReview))
    ctx.problem(`${at}: only a public finding has supports, comments or suggestions`);
  const supporters = new Set<string>();
  f.supports?.forEach((s, i) => {
    const where = `${at}.supports[${i}]`;
    if (supporters.has(s.person)) ctx.problem(`${where}: "${s.person}" supports it twice`);
    supporters.add(s.person);
    if (s.organization && !scope.memberships(s.person).has(s.organization))
      ctx.problem(`${where}: "${s.person}" is not a member of "${s.organization}"`);
    if (s.organization && !scope.coSigning.has(s.organization))
      ctx.problem(`${where}: "${s.organization}" does not let its members co-sign (membersMayCoSign)`);
    ctx.add('finding_support', {
      finding_id: findingId,
      person_id: ctx.ref('person', s.person, `${where}.person`),
      organization_id: ctx.optRef('organization', s.organization, `${where}.organization`),
      created_at: ctx.dateTime(s.at, `${where}.at`),
    });
  });
  f.comments?.forEach((c, i) => {
    const where = `${at}.comments[${i}]`;
    const when = ctx.dateTime(c.at, `${where}.at`);
    ctx.add('finding_comment', {
      id: seedId('finding-comment', `${f.key}#${i}`),
      finding_id: findingId,
      author_id: ctx.ref('person', c.by, `${where}.by`),
      body: ctx.text(c.body, `${where}.body`),
      hidden: Boolean(c.hidden),
      created_at: when,
      updated_at: when,
    });
  });
  const version = f.revisions?.length ?? 0;
  f.suggestions?.forEach((s, i) => {
    const where = `${at}.suggestions[${i}]`;
    const state = ctx.oneOf(SuggestionState, s.state ?? SuggestionState.PENDING, `${where}.state`);
    if (!Number.isInteger(s.baseVersion) || s.baseVersion < 1 || s.baseVersion > version)
      ctx.problem(`${where}.baseVersion: ${s.baseVersion} is not a version of the finding (1 to ${version})`);
    const reviewed = state !== SuggestionState.PENDING;
    if (reviewed !== Boolean(s.reviewedBy && s.reviewedAt))
      ctx.problem(`${where}: a reviewed suggestion, and it alone, has reviewedBy and reviewedAt`);
    if (s.reviewedBy && !scope.coordinates(s.reviewedBy))
      ctx.problem(`${where}.reviewedBy: "${s.reviewedBy}" does not coordinate ${scope.diagnosisSlug}`);
    const when = ctx.dateTime(s.at, `${where}.at`);
    ctx.add('finding_suggestion', {
      id: seedId('finding-suggestion', `${f.key}#${i}`),
      finding_id: findingId,
      author_id: ctx.ref('person', s.by, `${where}.by`),
      base_version: s.baseVersion,
      title: ctx.text(s.title, `${where}.title`),
      statement: ctx.text(s.statement, `${where}.statement`),
      note: s.note ?? '',
      state,
      reviewed_by_id: ctx.optRef('person', s.reviewedBy, `${where}.reviewedBy`),
      reviewed_at: s.reviewedAt ? ctx.dateTime(s.reviewedAt, `${where}.reviewedAt`) : null,
      review_note: s.reviewNote ?? '',
      created_at: when,
      updated_at: when,
    });
  });
}

/** One finding of a diagnosis, with everything that hangs on it. */
export function planFinding(ctx: PlanContext, f: FindingSeed, position: number, scope: FindingScope) {
  const at = `${scope.where}.findings ${f.key}`;
  const id = ctx.define('finding', f.key, at);
  const status = ctx.oneOf(FindingStatus, f.status, `${at}.status`);
  scope.findings.set(f.key, { diagnosis: scope.diagnosisSlug, status });
  if ((status === FindingStatus.MERGED) !== Boolean(f.mergedInto))
    ctx.problem(`${at}: a merged finding, and it alone, names what it is merged into`);
  if (f.mergedInto) {
    const into = f.mergedInto;
    ctx.checks.push(() => {
      const target = scope.findings.get(into);
      if (!target) return; // the reference check reports it
      if (into === f.key || target.diagnosis !== scope.diagnosisSlug || target.status === FindingStatus.MERGED)
        ctx.problem(`${at}.mergedInto: "${into}" is not another unmerged finding of ${scope.diagnosisSlug}`);
    });
  }
  if (f.awaitingReview && (!f.proposedBy || status !== FindingStatus.PROPOSED))
    ctx.problem(`${at}: only a participant's proposal (proposedBy, status PROPOSED) awaits review`);
  if (f.awaitingReview && scope.status !== DiagnosisStatus.CONSULTATION)
    ctx.problem(`${at}: participants propose findings during the consultation only`);
  const { version, createdAt, changedAt } = planRevisions(ctx, f, id, scope, at);
  ctx.add('finding', {
    id,
    diagnosis_id: scope.diagnosisId,
    position,
    kind: ctx.oneOf(FindingKind, f.kind, `${at}.kind`),
    title: ctx.text(f.title, `${at}.title`),
    statement: ctx.text(f.statement, `${at}.statement`),
    priority: ctx.oneOf(FindingPriority, f.priority, `${at}.priority`),
    status,
    // Set once every finding is stored (links), since a finding may be merged into a later one.
    merged_into_id: null,
    proposed_by_id: ctx.optRef('person', f.proposedBy, `${at}.proposedBy`),
    awaiting_review: Boolean(f.awaitingReview),
    version,
    created_at: createdAt,
    updated_at: changedAt,
  });
  // The version is named so that the ORM does not count the link as one more edit.
  if (f.mergedInto)
    ctx.links.push({ table: 'finding', id, values: { merged_into_id: ctx.ref('finding', f.mergedInto, at), version } });
  for (const theme of f.themes ?? [])
    ctx.add('finding_theme', { finding_id: id, theme_id: ctx.ref('theme', theme, `${at}.themes`) });
  for (const n of f.neighbourhoods ?? [])
    ctx.add('finding_neighbourhood', {
      finding_id: id,
      neighbourhood_id: ctx.ref('neighbourhood', n, `${at}.neighbourhoods`),
    });
  for (const e of f.evidence ?? []) {
    const key = `${e.workshop}--${e.contribution}`;
    ctx.add('finding_evidence', {
      finding_id: id,
      contribution_id: ctx.ref('contribution', key, `${at}.evidence`),
      linked_at: createdAt,
    });
    ctx.checks.push(() => {
      const c = ctx.known.contributions.get(key);
      if (c && c.state !== 'PUBLISHED') ctx.problem(`${at}.evidence: "${key}" is not published`);
      if (c && ctx.known.workshops.get(c.workshop)?.territory !== scope.territory)
        ctx.problem(`${at}.evidence: "${key}" was not said on the diagnosis's territory`);
    });
  }
  planParticipation(ctx, f, id, scope, at);
}
