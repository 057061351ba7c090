import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound, refuse } from '../shared/errors.js';
import { idOf, toGlobalId } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { Person } from '../people/person.entity.js';
import { Membership } from '../organizations/organization.entity.js';
import { ModerationMode, Workshop, WorkshopKind, WorkshopStatus } from '../workshops/workshop.entity.js';
import { WorkshopEventType } from '../workshops/workshop-event.type.js';
import { snapshotWorkshop, workshopStream } from '../workshops/workshop.events.js';
import { contributionWrites } from '../contributions/contribution.writes.js';
import { logAction } from '../moderation/moderation.log.js';
import { ModerationActionKind } from '../moderation/moderation-action.entity.js';
import type { Diagnosis } from './diagnosis.entity.js';
import type { DiagnosisWrite } from './diagnosis.writer.js';
import { consultationParticipantRefusal, consultationRefusal } from './diagnosis.policy.js';
import type { PostDiagnosisContributionInput } from './diagnosis.inputs.js';

/** The consultation's workshop, its row locked under the diagnosis's lock (always in that order). */
async function lockedConsultation(em: EntityManager, diagnosis: Diagnosis): Promise<Workshop | null> {
  if (!diagnosis.consultation) return null;
  return em.findOne(Workshop, diagnosis.consultation.id, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
    populate: ['coordinators'],
  });
}

/** The workshop's own stream hears of it, as it would of any session opened or closed. */
function tellTheRoom(write: DiagnosisWrite, workshopId: string): void {
  write.emit(
    WorkshopEventType.WORKSHOP_STATUS_CHANGED,
    async (knex) => ({ workshop: await snapshotWorkshop(knex, workshopId) }),
    workshopStream(workshopId),
  );
}

/** The end of the period, or now if it is over: a consultation held late is still held. */
function endOf(diagnosis: Diagnosis, now: Date): Date {
  const end = new Date(`${diagnosis.periodEnd}T23:59:59Z`);
  return end.getTime() > now.getTime() ? end : now;
}

export const consultationWorkshop = {
  /**
   * Opens the consultation: the first time, its workshop is made (strict moderation, no join
   * code: guests belong to live workshops, and taking part here needs an account), run by the
   * diagnosis's coordinators; after a validation, the same workshop goes live again.
   */
  async open(write: DiagnosisWrite, actorId: string): Promise<void> {
    const { em, diagnosis } = write;
    let workshop = await lockedConsultation(em, diagnosis);
    if (!workshop) {
      await diagnosis.coordinators.init();
      const now = new Date();
      workshop = em.create(Workshop, {
        slug: `consultation-${diagnosis.slug}`,
        title: `Consultation — ${diagnosis.title}`,
        kind: WorkshopKind.CONSULTATION,
        territory: diagnosis.territory,
        diagnosis,
        startsAt: now,
        endsAt: endOf(diagnosis, now),
        place: '',
        description: diagnosis.summary,
        isDemo: diagnosis.isDemo,
        status: WorkshopStatus.LIVE,
        moderationMode: ModerationMode.STRICT,
        coordinators: diagnosis.coordinators.getItems(),
      });
      diagnosis.consultation = workshop;
      logAction(em, { workshopId: workshop.id, actorId, action: ModerationActionKind.OPEN });
    } else {
      const was = workshop.status;
      workshop.status = WorkshopStatus.LIVE;
      logAction(em, { workshopId: workshop.id, actorId, action: ModerationActionKind.OPEN, reason: was });
    }
    tellTheRoom(write, workshop.id);
  },

  /** Validating or archiving ends the consultation: its workshop closes, what was said stays. */
  async close(write: DiagnosisWrite, actorId: string): Promise<void> {
    const workshop = await lockedConsultation(write.em, write.diagnosis);
    if (!workshop || workshop.status === WorkshopStatus.CLOSED) return;
    workshop.status = WorkshopStatus.CLOSED;
    logAction(write.em, { workshopId: workshop.id, actorId, action: ModerationActionKind.CLOSE });
    tellTheRoom(write, workshop.id);
  },

  /** The consultation is run by the diagnosis's coordinators: an assignment follows them there. */
  async follow(em: EntityManager, diagnosis: Diagnosis, person: Person, assigned: boolean): Promise<void> {
    const workshop = await lockedConsultation(em, diagnosis);
    if (!workshop) return;
    if (assigned) workshop.coordinators.add(person);
    else workshop.coordinators.remove(person);
  },
};

export const diagnosisConsultation = {
  /**
   * A contribution to the consultation, posted to its workshop by the contribution service: the
   * same checks, moderation modes, queue, log and events as in a live workshop.
   */
  async post(ctx: Context, input: PostDiagnosisContributionInput) {
    const diagnosisId = idOf('Diagnosis', input.diagnosisId, 'diagnosisId');
    const viewer = ctx.viewer;
    // Guests and anonymous viewers: the refusal is the error.
    if (viewer.kind !== 'person') throw consultationParticipantRefusal(viewer);
    const diagnosis = await ctx.loaders.diagnosisById.load(diagnosisId);
    if (!diagnosis) throw notFound('Diagnosis');
    refuse(consultationRefusal(diagnosis));
    // Validation closes the workshop under the diagnosis's lock: the post, under the workshop's,
    // is refused as closed if it comes second.
    if (!diagnosis.consultationId) throw invalid(msg('DIAGNOSIS_NOT_IN_CONSULTATION'), 'diagnosisId');
    const neighbourhoodId = input.neighbourhoodSlug ? await neighbourhoodOf(ctx, input.neighbourhoodSlug) : null;
    const organizationId = input.organizationId ? idOf('Organization', input.organizationId, 'organizationId') : null;
    if (
      organizationId &&
      !(await ctx.em.count(Membership, { organization: organizationId, person: viewer.personId }))
    ) {
      throw invalid(msg('CONTRIBUTION_NOT_MEMBER'), 'organizationId');
    }
    return contributionWrites.post(
      ctx,
      {
        workshopId: toGlobalId('Workshop', diagnosis.consultationId),
        kind: input.kind,
        body: input.body,
        themeSlugs: input.themeSlugs,
        neighbourhoodId: neighbourhoodId ? toGlobalId('Neighbourhood', neighbourhoodId) : null,
      },
      organizationId ?? undefined,
    );
  },
};

async function neighbourhoodOf(ctx: Context, slug: string): Promise<string> {
  const row = (await ctx.knex('neighbourhood').select('id').where('slug', slug.trim()).first()) as
    { id: string } | undefined;
  if (!row) throw invalid(msg('UNKNOWN_NEIGHBOURHOOD'), 'neighbourhoodSlug');
  return row.id;
}
