import type { Context } from '../shared/context.js';
import { badInput, forbidden, refuse } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg, Problems } from '../shared/payload.js';
import { coordinatesDiagnosis } from '../diagnosis/diagnosis.policy.js';
import { writeInDiagnosis } from '../diagnosis/diagnosis.writer.js';
import { DiagnosisEventType } from '../diagnosis/diagnosis-event.type.js';
import { Finding, FindingPriority, FindingStatus, RevisionChange } from './finding.entity.js';
import { findingEventData } from './finding.events.js';
import { citeOnCreation } from './evidence.service.js';
import { coordinatorRefusal, editRefusal, proposeRefusal, reviews, textProblems } from './finding.policy.js';
import type { ProposeFindingInput, UpdateFindingInput } from './finding.inputs.js';
import {
  expectVersion,
  factsOf,
  managedFinding,
  placesOf,
  recordRevision,
  reload,
  sameText,
  saveVersioned,
  textOf,
  visibleFinding,
} from './finding-target.service.js';

const authorOf = (ctx: Context) => (ctx.viewer.kind === 'person' ? ctx.viewer.personId : null);

export const findingService = {
  /**
   * A coordinator's finding is part of the diagnosis at once; a participant's proposal waits
   * for review, seen by the coordinators and its author only.
   */
  async propose(ctx: Context, input: ProposeFindingInput) {
    const diagnosisId = idOf('Diagnosis', input.diagnosisId, 'diagnosisId');
    const viewer = ctx.viewer;
    const id = await writeInDiagnosis(ctx, diagnosisId, async (write) => {
      const { em, diagnosis, emit } = write;
      refuse(proposeRefusal(viewer, diagnosis));
      const coordinator = coordinatesDiagnosis(viewer, diagnosisId);
      if (!coordinator && (input.contributionIds ?? []).length > 0) {
        throw forbidden('Only the coordinators of this diagnosis attach evidence.');
      }
      const problems = new Problems();
      const text = textProblems(input.title, input.statement);
      for (const problem of text.problems) await problems.check(() => refuse(problem));
      let places: Awaited<ReturnType<typeof placesOf>> = { themes: [], neighbourhoods: [] };
      await problems.check(
        async () => (places = await placesOf(em, diagnosis, input.themeSlugs ?? [], input.neighbourhoodSlugs ?? [])),
      );
      problems.throwIfAny();
      const [last] = await em.execute<{ n: number }[]>(
        'select coalesce(max(position) + 1, 0)::int as n from finding where diagnosis_id = ?',
        [diagnosisId],
      );
      const finding = em.create(Finding, {
        diagnosis,
        position: last?.n ?? 0,
        kind: input.kind,
        title: text.title,
        statement: text.statement,
        priority: input.priority ?? FindingPriority.MEDIUM,
        status: FindingStatus.PROPOSED,
        proposedBy: coordinator ? undefined : (authorOf(ctx) ?? undefined),
        awaitingReview: !coordinator,
        themes: places.themes,
        neighbourhoods: places.neighbourhoods,
      });
      await recordRevision(em, finding, { change: RevisionChange.CREATED, authorId: authorOf(ctx), before: null });
      emit(DiagnosisEventType.FINDING_ADDED, (knex) => findingEventData(knex, finding.id));
      if (coordinator && input.contributionIds?.length) {
        await citeOnCreation(write, viewer, finding, input.contributionIds);
      }
      return finding.id;
    });
    return reload(ctx, id);
  },

  /** A coordinator's edit, from the version it started from; any part not given is left as it is. */
  async update(ctx: Context, input: UpdateFindingInput) {
    const target = await visibleFinding(ctx, input.findingId);
    refuse(coordinatorRefusal(ctx.viewer, target.diagnosisId));
    await writeInDiagnosis(ctx, target.diagnosisId, async ({ em, diagnosis, emit }) => {
      const finding = await managedFinding(em, target.id);
      refuse(editRefusal(ctx.viewer, diagnosis, factsOf(finding)));
      await expectVersion(ctx, em, finding, input.expectedVersion);
      const before = textOf(finding);
      const problems = new Problems();
      const text = textProblems(input.title ?? finding.title, input.statement ?? finding.statement);
      for (const problem of text.problems) await problems.check(() => refuse(problem));
      let places: Awaited<ReturnType<typeof placesOf>> | null = null;
      await problems.check(async () => {
        if (input.themeSlugs == null && input.neighbourhoodSlugs == null) return;
        places = await placesOf(
          em,
          diagnosis,
          input.themeSlugs ?? finding.themes.getItems().map((t) => t.slug),
          input.neighbourhoodSlugs ?? finding.neighbourhoods.getItems().map((n) => n.slug),
        );
      });
      problems.throwIfAny();
      finding.title = text.title;
      finding.statement = text.statement;
      if (input.kind) finding.kind = input.kind;
      if (input.priority) finding.priority = input.priority;
      const chosen = places as Awaited<ReturnType<typeof placesOf>> | null;
      if (chosen) {
        finding.themes.set(chosen.themes);
        finding.neighbourhoods.set(chosen.neighbourhoods);
      }
      const reviewed = reviews(ctx.viewer, factsOf(finding));
      if (sameText(before, textOf(finding)) && !reviewed) return;
      finding.awaitingReview = false;
      await recordRevision(em, finding, { change: RevisionChange.EDITED, authorId: authorOf(ctx), before });
      await saveVersioned(ctx, em, finding);
      emit(DiagnosisEventType.FINDING_EDITED, (knex) => findingEventData(knex, target.id));
    });
    return reload(ctx, target.id);
  },

  /**
   * Puts the finding at `position` (0 first) among its diagnosis's; the others shift. Moving is
   * no change to what a finding says: no revision, and no version moves.
   */
  async move(ctx: Context, globalId: string, position: number) {
    const target = await visibleFinding(ctx, globalId);
    refuse(coordinatorRefusal(ctx.viewer, target.diagnosisId));
    await writeInDiagnosis(ctx, target.diagnosisId, async ({ em, diagnosis, emit }) => {
      const finding = await managedFinding(em, target.id);
      refuse(editRefusal(ctx.viewer, diagnosis, factsOf(finding)));
      const rows = await em.execute<{ id: string; position: number }[]>(
        'select id, position from finding where diagnosis_id = ? order by position, title, id',
        [diagnosis.id],
      );
      const order = rows.map((r) => r.id).filter((id) => id !== target.id);
      order.splice(Math.max(0, Math.min(position, order.length)), 0, target.id);
      const moved = order
        .map((id, index) => ({ id, index }))
        .filter(({ id, index }) => rows.find((r) => r.id === id)!.position !== index);
      if (moved.length === 0) return;
      // In SQL, not through the entities: the unit of work would move each shifted finding's
      // version, and a reorder would make every edit under way on them stale.
      await em.execute(
        `update finding set position = v.position from (values ${moved.map(() => '(?::uuid, ?::int)').join(', ')})
         as v(id, position) where finding.id = v.id`,
        moved.flatMap(({ id, index }) => [id, index]),
      );
      emit(DiagnosisEventType.FINDING_MOVED, (knex) => findingEventData(knex, target.id));
    });
    return reload(ctx, target.id);
  },

  /** Retains, sets aside or proposes again; PROPOSED on a participant's proposal accepts it for discussion. */
  async setStatus(ctx: Context, globalId: string, status: FindingStatus, expectedVersion?: number | null) {
    if (status === FindingStatus.MERGED) throw badInput('A finding is merged with mergeFindings.', 'status');
    const target = await visibleFinding(ctx, globalId);
    refuse(coordinatorRefusal(ctx.viewer, target.diagnosisId));
    await writeInDiagnosis(ctx, target.diagnosisId, async ({ em, diagnosis, emit }) => {
      const finding = await managedFinding(em, target.id);
      refuse(editRefusal(ctx.viewer, diagnosis, factsOf(finding)));
      if (expectedVersion != null) await expectVersion(ctx, em, finding, expectedVersion);
      if (finding.status === status && !finding.awaitingReview) {
        throw invalid(msg('FINDING_STATUS_UNCHANGED'), 'status');
      }
      const before = textOf(finding);
      finding.status = status;
      finding.awaitingReview = false;
      await recordRevision(em, finding, { change: RevisionChange.STATUS_CHANGED, authorId: authorOf(ctx), before });
      await saveVersioned(ctx, em, finding);
      emit(DiagnosisEventType.FINDING_STATUS_CHANGED, (knex) => findingEventData(knex, target.id));
    });
    return reload(ctx, target.id);
  },

  /** Tells the others on the page that this coordinator is (or no longer is) editing the finding. */
  async markEditing(ctx: Context, globalId: string, editing: boolean) {
    const target = await visibleFinding(ctx, globalId);
    refuse(coordinatorRefusal(ctx.viewer, target.diagnosisId));
    await writeInDiagnosis(ctx, target.diagnosisId, async ({ em, diagnosis, emit }) => {
      const finding = await managedFinding(em, target.id);
      refuse(editRefusal(ctx.viewer, diagnosis, factsOf(finding)));
      const editorName = ctx.viewer.kind === 'person' ? ctx.viewer.displayName : '';
      emit(DiagnosisEventType.FINDING_EDITING, (knex) => findingEventData(knex, target.id, { editorName, editing }));
    });
    return reload(ctx, target.id);
  },
};
