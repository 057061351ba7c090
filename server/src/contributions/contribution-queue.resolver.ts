import { Arg, Ctx, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { WorkshopEventObject } from '../workshops/workshop-event.type.js';
import type { StreamArgs } from '../workshops/workshop-stream.resolver.js';
import { contributionQueue } from './contribution-queue.service.js';

@Resolver()
export class ContributionQueueResolver {
  @Subscription(() => WorkshopEventObject, {
    description:
      'The moderation queue’s changes (posted, approved, removed, restored, merged, reported, edited); coordinators only.',
    subscribe: ({ args, context }) => {
      const { workshopId, afterSeq } = args as StreamArgs;
      return contributionQueue.events(context as Context, workshopId, afterSeq);
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
