import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { badInput, refuse } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg, Problems } from '../shared/payload.js';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { isAdmin, type Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { writeInDiagnosis, type DiagnosisWrite } from '../diagnosis/diagnosis.writer.js';
import { DiagnosisEventType } from '../diagnosis/diagnosis-event.type.js';
import { frozenRefusal } from '../diagnosis/diagnosis.policy.js';
import type { Diagnosis } from '../diagnosis/diagnosis.entity.js';
import { Contribution } from '../contributions/contribution.entity.js';
import { snapshotContribution } from '../contributions/contribution.events.js';
import { workshopStream } from '../workshops/workshop.events.js';
import { WorkshopEventType } from '../workshops/workshop-event.type.js';
import { Finding, FindingEvidence, FindingPriority, FindingStatus, RevisionChange } from './finding.entity.js';
import { findingEventData } from './finding.events.js';
import { coordinatorRefusal, textProblems } from './finding.policy.js';
import { factsOf, managedFinding, recordRevision, reload, visibleFinding } from './finding-target.service.js';
import { candidateRefusal, evidenceCountRefusal, promoteRefusal } from './evidence.policy.js';
import { findingKindOf, statementFrom, titleFrom } from './evidence.prefill.js';
import type { NewFindingInput, PromoteContributionsInput } from './evidence.inputs.js';

const candidateColumns = columnsFor(Contribution, {
  only: ['id', 'workshopId', 'moderationState', 'kind', 'body', 'neighbourhoodId'],
});
type Candidate = RowFrom<typeof candidateColumns> & { ofDiagnosis: boolean };

const actorOf = (viewer: Viewer) => (viewer.kind === 'person' ? viewer.personId : undefined);

/** The ids named, decoded, once each, within the limits. */
function contributionIdsOf(globalIds: string[]): string[] {
  const ids = [...new Set(globalIds.map((id) => idOf('Contribution', id, 'contributionIds')))];
  refuse(evidenceCountRefusal(ids.length));
  return ids;
}

const transactionOf = (em: EntityManager) => em.getTransactionContext<Knex.Transaction>()!;

/**
 * The contributions put forward, as this coordinator may see them, checked: published, and said
 * on the diagnosis's ground (a workshop of its territory, linked to it, or its consultation).
 * Their rows stay share-locked until the commit, so none is hidden halfway through.
 */
async function candidates(em: EntityManager, viewer: Viewer, diagnosis: Diagnosis, ids: string[]) {
  const knex = transactionOf(em);
  const rows = (await visible
    .contribution(knex('contribution as c').join('workshop as w', 'w.id', 'c.workshop_id'), 'c', viewer)
    .select(
      ...candidateColumns('c'),
      knex.raw(`coalesce(w.territory_id = ? or w.diagnosis_id = ? or w.id = ?, false) as "ofDiagnosis"`, [
        diagnosis.territory.id,
        diagnosis.id,
        diagnosis.consultation?.id ?? null,
      ]),
    )
    .whereIn('c.id', ids)
    .forShare('c')) as Candidate[];
  const found = new Map(rows.map((row) => [row.id, row]));
  const problems = new Problems();
  const seen = new Set<string>();
  for (const id of ids) {
    const refusal = candidateRefusal(found.get(id) ?? null);
    const code = refusal?.problems[0]?.message.code;
    if (refusal && code && !seen.has(code)) {
      seen.add(code);
      await problems.check(() => refuse(refusal));
    }
  }
  problems.throwIfAny();
  return ids.map((id) => found.get(id)!);
}

/** Tells each contribution's workshop that its `retainedIn` changed: boards and walls show it live. */
function emitRetained(write: DiagnosisWrite, contributions: { id: string; workshopId: string }[]) {
  for (const { id, workshopId } of contributions) {
    write.emit(
      WorkshopEventType.CONTRIBUTION_RETAINED,
      async (knex) => ({ contribution: await snapshotContribution(knex, id), wasPublic: true }),
      workshopStream(workshopId),
    );
  }
}

/** Cites the contributions not cited yet; under the diagnosis's lock nobody else cites them meanwhile. */
async function cite(write: DiagnosisWrite, viewer: Viewer, finding: Finding, cited: Candidate[]) {
  const { em } = write;
  const already = new Set(
    (await em.find(FindingEvidence, { finding, contribution: { $in: cited.map((c) => c.id) } })).map(
      (e) => e.contribution.id,
    ),
  );
  const added = cited.filter((c) => !already.has(c.id));
  for (const c of added)
    em.create(FindingEvidence, { finding, contribution: c.id, attachedBy: actorOf(viewer), linkedAt: new Date() });
  if (added.length === 0) return;
  const contributionIds = added.map((c) => c.id);
  write.emit(DiagnosisEventType.EVIDENCE_ATTACHED, (knex) => findingEventData(knex, finding.id, { contributionIds }));
  emitRetained(write, added);
}

/** A new finding's evidence, named with it (`proposeFinding`): the same checks and events as attaching. */
export async function citeOnCreation(write: DiagnosisWrite, viewer: Viewer, finding: Finding, globalIds: string[]) {
  const ids = contributionIdsOf(globalIds);
  await cite(write, viewer, finding, await candidates(write.em, viewer, write.diagnosis, ids));
}

async function attachTo(ctx: Context, globalFindingId: string, globalIds: string[]) {
  const target = await visibleFinding(ctx, globalFindingId);
  const ids = contributionIdsOf(globalIds);
  await writeInDiagnosis(ctx, target.diagnosisId, async (write) => {
    const finding = await managedFinding(write.em, target.id);
    refuse(promoteRefusal(ctx.viewer, write.diagnosis, factsOf(finding)));
    await cite(write, ctx.viewer, finding, await candidates(write.em, ctx.viewer, write.diagnosis, ids));
  });
  return reload(ctx, target.id);
}

/**
 * The diagnosis a new finding goes to: the one named, or the one the contributions' workshop
 * feeds (linked to it, or its consultation), looked up among the diagnoses the viewer coordinates.
 */
async function diagnosisOf(ctx: Context, input: NewFindingInput, ids: string[]): Promise<string> {
  if (input.diagnosisId) return idOf('Diagnosis', input.diagnosisId, 'diagnosisId');
  const { viewer } = ctx;
  const query = ctx
    .knex('contribution as c')
    .join('workshop as w', 'w.id', 'c.workshop_id')
    .leftJoin('diagnosis as cd', 'cd.consultation_id', 'w.id')
    .whereIn('c.id', ids)
    .distinct(ctx.knex.raw('coalesce(w.diagnosis_id, cd.id) as id'));
  const rows = (await query) as { id: string | null }[];
  const found = rows.map((r) => r.id).filter((id): id is string => id !== null);
  const mine = isAdmin(viewer) ? found : found.filter((id) => viewer.kind === 'person' && viewer.diagnoses.has(id));
  if (mine.length !== 1) {
    if (found.length === 1) refuse(coordinatorRefusal(viewer, found[0]!));
    throw badInput(
      'Name the diagnosis (newFinding.diagnosisId): these contributions feed none, or several.',
      'diagnosisId',
    );
  }
  return mine[0]!;
}

/** Themes of the contributions, all of them once, in the write's transaction. */
async function themeIdsOf(em: EntityManager, ids: string[]): Promise<string[]> {
  const rows = await em.execute<{ theme_id: string }[]>(
    `select distinct theme_id from contribution_theme where contribution_id in (${ids.map(() => '?').join(', ')})`,
    ids,
  );
  return rows.map((r) => r.theme_id).sort();
}

async function createFrom(ctx: Context, input: NewFindingInput, globalIds: string[]) {
  // Whoever coordinates no diagnosis at all is refused before anything is read.
  const { viewer } = ctx;
  if (!isAdmin(viewer) && (viewer.kind !== 'person' || viewer.diagnoses.size === 0)) {
    refuse(coordinatorRefusal(viewer, ''));
  }
  const ids = contributionIdsOf(globalIds);
  const diagnosisId = await diagnosisOf(ctx, input, ids);
  return writeInDiagnosis(ctx, diagnosisId, async (write) => {
    const { em, diagnosis } = write;
    refuse(coordinatorRefusal(viewer, diagnosis.id) ?? frozenRefusal(diagnosis));
    const cited = await candidates(em, viewer, diagnosis, ids);
    const first = cited[0]!;
    const text = textProblems(
      input.title?.trim() ? input.title : titleFrom(first.body),
      input.statement?.trim() ? input.statement : statementFrom(cited.map((c) => c.body)),
    );
    const problems = new Problems();
    for (const problem of text.problems) await problems.check(() => refuse(problem));
    problems.throwIfAny();
    const [last] = await em.execute<{ n: number }[]>(
      'select coalesce(max(position) + 1, 0)::int as n from finding where diagnosis_id = ?',
      [diagnosis.id],
    );
    const finding = em.create(Finding, {
      diagnosis,
      position: last?.n ?? 0,
      kind: input.kind ?? findingKindOf(first.kind),
      title: text.title,
      statement: text.statement,
      priority: input.priority ?? FindingPriority.MEDIUM,
      status: FindingStatus.PROPOSED,
      themes: await themeIdsOf(em, ids),
      neighbourhoods: [...new Set(cited.map((c) => c.neighbourhoodId).filter((n): n is string => n !== null))],
    });
    await recordRevision(em, finding, {
      change: RevisionChange.CREATED,
      authorId: actorOf(viewer) ?? null,
      before: null,
    });
    write.emit(DiagnosisEventType.FINDING_ADDED, (knex) =>
      findingEventData(knex, finding.id, { contributionIds: ids }),
    );
    await cite(write, viewer, finding, cited);
    return finding.id;
  });
}

async function detachFrom(ctx: Context, globalFindingId: string, globalIds: string[]) {
  const target = await visibleFinding(ctx, globalFindingId);
  const ids = contributionIdsOf(globalIds);
  await writeInDiagnosis(ctx, target.diagnosisId, async (write) => {
    const { em } = write;
    const finding = await managedFinding(em, target.id);
    refuse(promoteRefusal(ctx.viewer, write.diagnosis, factsOf(finding)));
    const links = await em.find(
      FindingEvidence,
      { finding, contribution: { $in: ids } },
      { populate: ['contribution'] },
    );
    if (links.length !== ids.length) throw invalid(msg('EVIDENCE_NOT_ATTACHED'), 'contributionIds');
    for (const link of links) em.remove(link);
    write.emit(DiagnosisEventType.EVIDENCE_DETACHED, (knex) =>
      findingEventData(knex, finding.id, { contributionIds: ids }),
    );
    emitRetained(
      write,
      links.map((l) => ({ id: l.contribution.id, workshopId: l.contribution.workshop.id })),
    );
  });
  return reload(ctx, target.id);
}

export const evidenceService = {
  attach: attachTo,
  detach: detachFrom,
  /** One step from contributions to a finding: into the one named, or a new one pre-filled from them. */
  async promote(ctx: Context, input: PromoteContributionsInput) {
    if ((input.findingId == null) === (input.newFinding == null)) {
      throw badInput('Give exactly one of findingId and newFinding.', input.findingId ? 'newFinding' : 'findingId');
    }
    if (input.findingId) return attachTo(ctx, input.findingId, input.contributionIds);
    const id = await createFrom(ctx, input.newFinding!, input.contributionIds);
    return reload(ctx, id);
  },
};
