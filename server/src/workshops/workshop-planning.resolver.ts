import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { renderMarkdown } from '../shared/markdown.js';
import { PersonType } from '../people/person.type.js';
import { DatePrecision } from './workshop.entity.js';
import { WorkshopPayload, WorkshopType } from './workshop.type.js';
import { RegistrationType } from './registration.type.js';
import { UpdateWorkshopInput, WorkshopPlanFields } from './workshop-planning.inputs.js';
import { hasCalendarDate, planningPolicy } from './workshop-planning.policy.js';
import { workshopPlanning } from './workshop-planning.service.js';
import { workshopPrompts } from './workshop-prompts.service.js';
import { workshopCoordinators } from './workshop-coordinators.service.js';
import { registrations } from './registration.service.js';
import { coordinatorCandidates } from './workshop-people.service.js';

/** A workshop's plan, its prompts and co-coordinators, and registrations for it. */
@Resolver(() => WorkshopType)
export class WorkshopPlanningResolver {
  @Query(() => Boolean, { description: 'You may plan a new workshop (`createWorkshop` would accept you).' })
  viewerCanPlanWorkshops(@Ctx() ctx: Context): boolean {
    return planningPolicy.canPlan(ctx.viewer);
  }

  @FieldResolver(() => DatePrecision, { description: 'How much of `startsAt` and `endsAt` is known.' })
  datePrecision(@Root() w: WorkshopType): DatePrecision {
    return w.datePrecision;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Most people who may register; null: no limit.' })
  participantCap(@Root() w: WorkshopType): number | null {
    return w.participantCap;
  }

  @FieldResolver(() => Int, { description: 'Version of the plan, which `updateWorkshop` takes back.' })
  planVersion(@Root() w: WorkshopType): number {
    return w.planVersion;
  }

  @FieldResolver(() => String, { description: 'The presentation rendered from Markdown, sanitized.' })
  descriptionHtml(@Root() w: WorkshopType): string {
    return renderMarkdown(w.description);
  }

  @FieldResolver(() => Boolean, {
    description: 'Its dates are known to the day at least, so it has a calendar (.ics) entry.',
  })
  hasCalendarDate(@Root() w: WorkshopType): boolean {
    return hasCalendarDate(w.datePrecision);
  }

  @FieldResolver(() => Int, { description: 'How many people registered.' })
  registrationCount(@Root() w: WorkshopType, @Ctx() ctx: Context) {
    return ctx.loaders.registrationCountByWorkshop.load(w.id);
  }

  @FieldResolver(() => Boolean, { description: 'You registered for it.' })
  async viewerIsRegistered(@Root() w: WorkshopType, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.viewerRegisteredByWorkshop.load(w.id)) > 0;
  }

  @FieldResolver(() => Boolean, {
    description: 'You may register now (`registerForWorkshop` would accept it): signed in, upcoming, places left.',
  })
  async viewerCanRegister(@Root() w: WorkshopType, @Ctx() ctx: Context): Promise<boolean> {
    if (ctx.viewer.kind !== 'person') return false;
    const facts = { ...w, startsAt: new Date(w.startsAt) };
    return planningPolicy.canRegister(ctx.viewer, facts, await ctx.loaders.registrationCountByWorkshop.load(w.id));
  }

  @FieldResolver(() => Boolean, {
    description: 'You may change its plan, prompts and co-coordinators (its coordinators and admins).',
  })
  viewerCanEdit(@Root() w: WorkshopType, @Ctx() ctx: Context): boolean {
    return planningPolicy.canEdit(ctx.viewer, w.id);
  }

  @FieldResolver(() => [RegistrationType], {
    description: 'Who registered, earliest first: for its coordinators and admins only (empty for everyone else).',
  })
  registrations(@Root() w: WorkshopType, @Ctx() ctx: Context) {
    return ctx.loaders.registrationsByWorkshop.load(w.id);
  }

  @FieldResolver(() => [PersonType], {
    description:
      'People with the coordinator role whose name contains `search` (at least 2 characters), who do not coordinate it yet: ' +
      'for its coordinators choosing co-coordinators (empty for everyone else). At most 20.',
  })
  coordinatorCandidates(
    @Root() w: WorkshopType,
    @Ctx() ctx: Context,
    @Arg('search', () => String, { description: 'Part of a name.' }) search: string,
  ) {
    return coordinatorCandidates(ctx, w.id, search);
  }

  @Mutation(() => WorkshopPayload, {
    description: 'Plans a new workshop, as a draft; a coordinator who plans it becomes its coordinator.',
  })
  createWorkshop(@Ctx() ctx: Context, @Arg('input', () => WorkshopPlanFields) input: WorkshopPlanFields) {
    return asPayload(ctx.request.locale, () => workshopPlanning.create(ctx, input));
  }

  @Mutation(() => WorkshopPayload, {
    description:
      'Changes a workshop’s plan, from the `planVersion` it started from; a stale one answers WORKSHOP_CHANGED with the workshop as it now is.',
  })
  updateWorkshop(@Ctx() ctx: Context, @Arg('input', () => UpdateWorkshopInput) input: UpdateWorkshopInput) {
    return asPayload(ctx.request.locale, () => workshopPlanning.update(ctx, input));
  }

  @Mutation(() => WorkshopPayload, {
    description:
      'A new draft with the same plan, prompts and coordinators, titled « (copie) », a week later (or the next such week from now).',
  })
  duplicateWorkshop(@Ctx() ctx: Context, @Arg('workshopId', () => ID) workshopId: string) {
    return asPayload(ctx.request.locale, () => workshopPlanning.duplicate(ctx, workshopId));
  }

  @Mutation(() => WorkshopPayload, { description: 'Rewords a prompt the room has not seen (PROMPT_USED otherwise).' })
  updatePrompt(
    @Ctx() ctx: Context,
    @Arg('promptId', () => ID) promptId: string,
    @Arg('question', () => String) question: string,
  ) {
    return asPayload(ctx.request.locale, () => workshopPrompts.update(ctx, promptId, question.slice(0, 2000)));
  }

  @Mutation(() => WorkshopPayload, { description: 'Moves a prompt to a position (from 1), the others following.' })
  movePrompt(
    @Ctx() ctx: Context,
    @Arg('promptId', () => ID) promptId: string,
    @Arg('position', () => Int) position: number,
  ) {
    return asPayload(ctx.request.locale, () => workshopPrompts.move(ctx, promptId, position));
  }

  @Mutation(() => WorkshopPayload, { description: 'Removes a prompt the room has not seen (PROMPT_USED otherwise).' })
  removePrompt(@Ctx() ctx: Context, @Arg('promptId', () => ID) promptId: string) {
    return asPayload(ctx.request.locale, () => workshopPrompts.remove(ctx, promptId));
  }

  @Mutation(() => WorkshopPayload, {
    description: 'Adds a co-coordinator (a person with the coordinator role), by one of the workshop’s coordinators.',
  })
  addWorkshopCoordinator(
    @Ctx() ctx: Context,
    @Arg('workshopId', () => ID) workshopId: string,
    @Arg('personId', () => ID) personId: string,
  ) {
    return asPayload(ctx.request.locale, () => workshopCoordinators.set(ctx, workshopId, personId, true));
  }

  @Mutation(() => WorkshopPayload, {
    description: 'Removes a co-coordinator, by one of the workshop’s coordinators; the last one stays.',
  })
  removeWorkshopCoordinator(
    @Ctx() ctx: Context,
    @Arg('workshopId', () => ID) workshopId: string,
    @Arg('personId', () => ID) personId: string,
  ) {
    return asPayload(ctx.request.locale, () => workshopCoordinators.set(ctx, workshopId, personId, false));
  }

  @Mutation(() => WorkshopPayload, {
    description: 'Registers you for an upcoming workshop (once; WORKSHOP_FULL past its cap).',
  })
  registerForWorkshop(@Ctx() ctx: Context, @Arg('workshopId', () => ID) workshopId: string) {
    return asPayload(ctx.request.locale, () => registrations.register(ctx, workshopId));
  }

  @Mutation(() => WorkshopPayload, { description: 'Cancels your registration for an upcoming workshop.' })
  cancelRegistration(@Ctx() ctx: Context, @Arg('workshopId', () => ID) workshopId: string) {
    return asPayload(ctx.request.locale, () => registrations.cancel(ctx, workshopId));
  }
}
