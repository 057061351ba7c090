import { Arg, Ctx, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { WorkshopEventObject } from './live.type.js';
import { liveService } from './live.service.js';

interface StreamArgs {
  workshopId: string;
  afterSeq?: number | null;
}

@Resolver()
export class LiveResolver {
  @Subscription(() => WorkshopEventObject, {
    description:
      'A workshop’s live stream, filtered to what you may see. With `afterSeq`, the stored events after it are ' +
      'replayed first, then live ones follow; each event comes once, in order.',
    subscribe: ({ args, context }) => {
      const { workshopId, afterSeq } = args as StreamArgs;
      return liveService.workshopEvents(context as Context, workshopId, afterSeq);
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

  @Subscription(() => WorkshopEventObject, {
    description:
      'The moderation queue’s changes (posted, approved, removed, restored, merged, reported, edited); coordinators only.',
    subscribe: ({ args, context }) => {
      const { workshopId, afterSeq } = args as StreamArgs;
      return liveService.moderationQueueEvents(context as Context, workshopId, afterSeq);
    },
  })
  moderationQueueEvents(
    @Root() event: WorkshopEventObject,
    @Ctx() ctx: Context,
    @Arg('workshopId', () => ID) _workshopId: string,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'Last `seq` you received.' }) _afterSeq?: number,
  ): WorkshopEventObject {
    ctx.loaders = ctx.freshLoaders();
    return event;
  }
}
