import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound, refuse, unauthenticated } from '../shared/errors.js';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { diagnosisColumns, type DiagnosisType } from './diagnosis.type.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg, Problems } from '../shared/payload.js';
import { PlatformRole, Person } from '../people/person.entity.js';
import { Territory } from '../territories/territory.entity.js';
import type { DiagnosisTransitionName } from '../shared/messages/en.js';
import { Diagnosis, DiagnosisStatus, DiagnosisTransition } from './diagnosis.entity.js';
import { DiagnosisEventType } from './diagnosis-event.type.js';
import type { DiagnosisStatusData } from './diagnosis.events.js';
import { writeInDiagnosis } from './diagnosis.writer.js';
import {
  assignerRefusal,
  coordinatorRefusal,
  diagnosisTransitions,
  starterRefusal,
  transitionRefusal,
} from './diagnosis.policy.js';
import { consultationWorkshop } from './diagnosis-consultation.service.js';
import { summaryLimit, titleLimits, type CreateDiagnosisInput } from './diagnosis.inputs.js';

/** A period and its first and last days: "2026" is one year, "2026-2027" two; nothing else. */
export function parsePeriod(text: string): { period: string; periodStart: string; periodEnd: string } | null {
  const match = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(text.trim());
  if (!match) return null;
  const first = Number(match[1]);
  const last = match[2] ? Number(match[2]) : first;
  if (first < 1900 || last < first || last > first + 20) return null;
  return {
    period: first === last && !match[2] ? `${first}` : `${first}-${last}`,
    periodStart: `${first}-01-01`,
    periodEnd: `${last}-12-31`,
  };
}

/** Checked before anything is read; admins and coordinators are people. */
function requirePerson(viewer: Viewer, refusal: Error | null): asserts viewer is Extract<Viewer, { kind: 'person' }> {
  if (refusal) throw refusal;
  if (viewer.kind !== 'person') throw unauthenticated();
}

const mayCoordinate = (role: PlatformRole) => role === PlatformRole.COORDINATOR || role === PlatformRole.ADMIN;

async function reload(ctx: Context, diagnosisId: string) {
  ctx.loaders.diagnosisById.clear(diagnosisId);
  return { diagnosis: await ctx.loaders.diagnosisById.load(diagnosisId) };
}

export const diagnosisLifecycle = {
  async create(ctx: Context, input: CreateDiagnosisInput) {
    const viewer = ctx.viewer;
    requirePerson(viewer, starterRefusal(viewer));
    const territoryId = idOf('Territory', input.territoryId, 'territoryId');
    const problems = new Problems();
    const period = parsePeriod(input.period);
    if (!period) problems.add(msg('DIAGNOSIS_PERIOD_SHAPE'), 'period');
    const title = input.title.replace(/\s+/g, ' ').trim();
    if (title.length < titleLimits.min || title.length > titleLimits.max) {
      problems.add(msg('DIAGNOSIS_TITLE_LENGTH', titleLimits), 'title');
    }
    problems.throwIfAny();
    const summary = (input.summary ?? '').replace(/\r\n/g, '\n').trim().slice(0, summaryLimit);
    // Admins run every diagnosis already; a coordinator who starts one is its first coordinator.
    const assigned = viewer.role === PlatformRole.COORDINATOR;
    let id: string;
    try {
      id = await ctx.em.fork().transactional(async (em) => {
        const territory = await em.findOne(Territory, territoryId);
        if (!territory) throw notFound('Territory');
        if (assigned) {
          const person = await em.findOne(Person, viewer.personId, { lockMode: LockMode.PESSIMISTIC_WRITE });
          if (!person || !mayCoordinate(person.role)) throw invalid(msg('COORDINATOR_ROLE_FIRST'), 'territoryId');
        }
        const made = em.create(Diagnosis, {
          slug: `${territory.slug}-${period!.period}`,
          territory,
          title,
          summary,
          ...period!,
          coordinators: assigned ? [viewer.personId] : [],
        });
        return made.id;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw invalid(msg('DIAGNOSIS_PERIOD_TAKEN'), 'period');
      throw error;
    }
    if (!assigned) return reload(ctx, id);
    // The rest of this operation answers for the new assignment (this request's loaders were
    // made for the viewer before it); open sockets re-read theirs.
    ctx.viewer = { ...viewer, diagnoses: new Set([...viewer.diagnoses, id]) };
    await ctx.live.announceAccessChange();
    const row = (await visible
      .diagnosis(ctx.knex('diagnosis as d').select(diagnosisColumns('d')), 'd', ctx.viewer)
      .where('d.id', id)
      .first()) as DiagnosisType | undefined;
    return { diagnosis: row ?? null };
  },

  /** As workshop coordinators are assigned: admins only, to people with the coordinator role. */
  async setCoordinator(ctx: Context, diagnosisGlobalId: string, personGlobalId: string, assigned: boolean) {
    refuse(assignerRefusal(ctx.viewer));
    const diagnosisId = idOf('Diagnosis', diagnosisGlobalId, 'diagnosisId');
    const personId = idOf('Person', personGlobalId, 'personId');
    await writeInDiagnosis(ctx, diagnosisId, async ({ em, diagnosis }) => {
      // Locked, as `grantRole` does: the role read here cannot change until this commits.
      const person = await em.findOne(Person, personId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!person) throw notFound('Person');
      if (assigned && !mayCoordinate(person.role)) throw invalid(msg('COORDINATOR_ROLE_FIRST'), 'personId');
      await diagnosis.coordinators.init();
      if (assigned) diagnosis.coordinators.add(person);
      else diagnosis.coordinators.remove(person);
      await consultationWorkshop.follow(em, diagnosis, person, assigned);
    });
    ctx.loaders.coordinatorsByDiagnosis.clear(diagnosisId);
    // Their open sockets close and come back with the rights they have now, on every node.
    await ctx.live.announceAccessChange();
    return reload(ctx, diagnosisId);
  },

  /**
   * A move of the diagnosis's life, logged with its reason: its consultation opens with it,
   * closes at validation, goes live again when it is reopened.
   */
  async transition(ctx: Context, diagnosisGlobalId: string, transition: DiagnosisTransitionName, reason: string) {
    const diagnosisId = idOf('Diagnosis', diagnosisGlobalId, 'diagnosisId');
    const viewer = ctx.viewer;
    requirePerson(viewer, coordinatorRefusal(viewer, diagnosisId));
    const said = reason.trim();
    await writeInDiagnosis(ctx, diagnosisId, async (write) => {
      const { em, diagnosis, emit } = write;
      refuse(transitionRefusal(diagnosis, transition, said));
      const fromStatus = diagnosis.status;
      const toStatus = diagnosisTransitions[transition].to;
      diagnosis.status = toStatus;
      if (toStatus === DiagnosisStatus.VALIDATED) {
        diagnosis.validatedAt = new Date();
        em.assign(diagnosis, { validatedBy: viewer.personId });
      }
      em.create(DiagnosisTransition, { diagnosis, actor: viewer.personId, fromStatus, toStatus, reason: said });
      if (toStatus === DiagnosisStatus.CONSULTATION) await consultationWorkshop.open(write, viewer.personId);
      else await consultationWorkshop.close(write, viewer.personId);
      emit(DiagnosisEventType.DIAGNOSIS_STATUS_CHANGED, () =>
        Promise.resolve<DiagnosisStatusData>({ diagnosisStatus: toStatus, reason: said }),
      );
    });
    return reload(ctx, diagnosisId);
  },
};
