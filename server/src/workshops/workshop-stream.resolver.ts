import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { WorkshopEventObject } from './workshop-event.type.js';
import { WorkshopType } from './workshop.type.js';
import { workshopStreamService } from './workshop-stream.service.js';

/** Arguments of the subscriptions of a workshop's stream. */
export interface StreamArgs {
  workshopId: string;
  afterSeq?: number | null;
}

/** A workshop's live stream: where it stands, and following it. */
@Resolver(() => WorkshopType)
export class WorkshopStreamResolver {
  @FieldResolver(() => Int, { description: 'Number of the latest event of its live stream (subscribe after it).' })
  lastSeq(@Root() w: WorkshopType, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.lastSeqByWorkshop.load(w.id);
  }

  @Subscription(() => WorkshopEventObject, {
    description:
      'A workshop’s live stream, filtered to what you may see. With `afterSeq`, the stored events after it are ' +
      'replayed first, then live ones follow; each event comes once, in order.',
    subscribe: ({ args, context }) => {
      const { workshopId, afterSeq } = args as StreamArgs;
      return workshopStreamService.events(context as Context, workshopId, afterSeq);
    },
  })
  workshopEvents(
    @Root() event: WorkshopEventObject,
    @Ctx() ctx: Context,
    @Arg('workshopId', () => ID) _workshopId: string,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'Last `seq` you received.' }) _afterSeq?: number,
  ): WorkshopEventObject {
    ctx.loaders = ctx.freshLoaders();
    return event;
  }
}
