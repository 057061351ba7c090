import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { PlatformRole } from '../people/person.entity.js';
import { slugOf } from '../findings/project-idea.service.js';
import { ModerationMode, Prompt, Workshop, WorkshopStatus } from './workshop.entity.js';
import { checkPlan, type CheckedPlan } from './workshop-plan.checks.js';
import { plannerOfRefusal, plannerRefusal, requirePerson } from './workshop-planning.policy.js';
import type { UpdateWorkshopInput, WorkshopPlanFields } from './workshop-planning.inputs.js';

/** A slug from the title and the start's year, with part of the id when another workshop has it. */
async function freeSlug(em: EntityManager, title: string, startsAt: Date, id: string): Promise<string> {
  const base = `${slugOf(title)}-${startsAt.getUTCFullYear()}`;
  return (await em.count(Workshop, { slug: base })) === 0 ? base : `${base}-${id.slice(0, 8)}`;
}

function applyPlan(workshop: Workshop, plan: CheckedPlan) {
  workshop.title = plan.title;
  workshop.kind = plan.kind;
  workshop.territory = plan.territory;
  workshop.diagnosis = plan.diagnosis ?? undefined;
  workshop.startsAt = plan.startsAt;
  workshop.endsAt = plan.endsAt;
  workshop.datePrecision = plan.datePrecision;
  workshop.place = plan.place;
  workshop.description = plan.description;
  workshop.participantCap = plan.participantCap ?? undefined;
  workshop.neighbourhoods.set(plan.neighbourhoods);
  workshop.themes.set(plan.themes);
}

/**
 * The rest of the operation answers for a workshop the viewer just became a coordinator of (this
 * request's viewer was read before it); open sockets re-read their rights.
 */
async function answerAsCoordinator(ctx: Context, id: string, assigned: boolean) {
  const viewer = ctx.viewer;
  if (assigned && viewer.kind === 'person') {
    ctx.viewer = { ...viewer, coordinates: new Set([...viewer.coordinates, id]) };
    // Loaders for the viewer of now, made from the feature list itself: `freshLoaders` reads the
    // viewer of the context it was made with, which Apollo's in-process execution copies.
    const { createLoaders } = await import('../features.js');
    ctx.loaders = createLoaders(ctx.knex, ctx.viewer);
    await ctx.live.announceAccessChange();
  }
  return { workshop: await planOf(ctx, id) };
}

/** The workshop as it now is, read through the visibility rule. */
export async function planOf(ctx: Context, id: string) {
  ctx.loaders.workshopById.clear(id);
  ctx.loaders.neighbourhoodsByWorkshop.clear(id);
  ctx.loaders.themesByWorkshop.clear(id);
  ctx.loaders.promptsByWorkshop.clear(id);
  ctx.loaders.coordinatorsByWorkshop.clear(id);
  return (await ctx.loaders.workshopById.load(id)) ?? null;
}

export const workshopPlanning = {
  /** A new draft; a coordinator who plans it is its first coordinator (admins run every workshop). */
  async create(ctx: Context, input: WorkshopPlanFields) {
    const viewer = ctx.viewer;
    requirePerson(viewer, plannerRefusal(viewer));
    const assigned = viewer.role === PlatformRole.COORDINATOR;
    const id = await ctx.em.fork().transactional(async (em) => {
      const plan = await checkPlan(em, viewer, input);
      const made = em.create(Workshop, {
        id: randomUUID(),
        slug: '',
        title: plan.title,
        kind: plan.kind,
        territory: plan.territory,
        startsAt: plan.startsAt,
        endsAt: plan.endsAt,
        place: plan.place,
        description: plan.description,
        isDemo: false,
        moderationMode: ModerationMode.STRICT,
        status: WorkshopStatus.DRAFT,
        coordinators: assigned ? [viewer.personId] : [],
      });
      made.slug = await freeSlug(em, plan.title, plan.startsAt, made.id);
      applyPlan(made, plan);
      return made.id;
    });
    return answerAsCoordinator(ctx, id, assigned);
  },

  /** A change of the plan from the version the form was filled from; a stale one saves nothing. */
  async update(ctx: Context, input: UpdateWorkshopInput) {
    const workshopId = idOf('Workshop', input.workshopId, 'workshopId');
    const viewer = ctx.viewer;
    requirePerson(viewer, plannerOfRefusal(viewer, workshopId));
    await ctx.em.fork().transactional(async (em) => {
      // Locked as the live writes lock it: a planning edit and a session move take turns.
      const workshop = await em.findOne(Workshop, workshopId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        populate: ['neighbourhoods', 'themes'],
      });
      if (!workshop) throw notFound('Workshop');
      if (workshop.planVersion !== input.expectedVersion) {
        throw invalid(msg('WORKSHOP_CHANGED'), 'expectedVersion').withCurrent(async () => ({
          workshop: await planOf(ctx, workshopId),
        }));
      }
      const plan = await checkPlan(em, viewer, input);
      // A consultation stays its diagnosis's: its kind and diagnosis are not the planner's to change.
      if (workshop.kind === 'CONSULTATION') throw invalid(msg('WORKSHOP_KIND_RESERVED'), 'kind');
      applyPlan(workshop, plan);
      workshop.planVersion += 1;
    });
    return { workshop: await planOf(ctx, workshopId) };
  },

  /**
   * A new draft with the same plan, prompts and coordinators, titled « (copie) »; its dates move
   * to the same weekday and hour a week after the original (or after now, for a past one).
   */
  async duplicate(ctx: Context, workshopGlobalId: string) {
    const workshopId = idOf('Workshop', workshopGlobalId, 'workshopId');
    const viewer = ctx.viewer;
    requirePerson(viewer, plannerOfRefusal(viewer, workshopId));
    const assigned = viewer.role === PlatformRole.COORDINATOR;
    const id = await ctx.em.fork().transactional(async (em) => {
      const source = await em.findOne(Workshop, workshopId, {
        populate: ['neighbourhoods', 'themes', 'coordinators', 'prompts'],
      });
      if (!source) throw notFound('Workshop');
      if (source.kind === 'CONSULTATION') throw invalid(msg('WORKSHOP_KIND_RESERVED'), 'workshopId');
      const week = 7 * 86_400_000;
      const length = source.endsAt.getTime() - source.startsAt.getTime();
      let start = source.startsAt.getTime() + week;
      while (start < Date.now()) start += week;
      const title = `${source.title} (copie)`.slice(0, 200);
      const coordinators = new Set(source.coordinators.getIdentifiers<string>());
      if (assigned) coordinators.add(viewer.personId);
      const copy = em.create(Workshop, {
        id: randomUUID(),
        slug: '',
        title,
        kind: source.kind,
        territory: source.territory,
        diagnosis: source.diagnosis,
        startsAt: new Date(start),
        endsAt: new Date(start + length),
        datePrecision: source.datePrecision,
        place: source.place,
        description: source.description,
        participantCap: source.participantCap,
        isDemo: false,
        moderationMode: source.moderationMode,
        status: WorkshopStatus.DRAFT,
        neighbourhoods: source.neighbourhoods.getItems(),
        themes: source.themes.getItems(),
        coordinators: [...coordinators],
      });
      copy.slug = await freeSlug(em, title, copy.startsAt, copy.id);
      for (const prompt of source.prompts.getItems().sort((a, b) => a.position - b.position)) {
        em.create(Prompt, { workshop: copy, position: prompt.position, question: prompt.question });
      }
      return copy.id;
    });
    return answerAsCoordinator(ctx, id, assigned);
  },
};
