import { Arg, Ctx, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { DiagnosisEventObject } from './diagnosis-event.type.js';
import { diagnosisStreamService } from './diagnosis-stream.service.js';

interface DiagnosisStreamArgs {
  diagnosisId: string;
  afterSeq?: number | null;
}

/** Following a diagnosis's live stream. */
@Resolver(() => DiagnosisEventObject)
export class DiagnosisStreamResolver {
  @Subscription(() => DiagnosisEventObject, {
    description:
      'A diagnosis’s live stream, filtered to what you may see (a draft’s reaches its coordinators only). With ' +
      '`afterSeq`, the stored events after it are replayed first, then live ones follow; each event comes once, in order.',
    subscribe: ({ args, context }) => {
      const { diagnosisId, afterSeq } = args as DiagnosisStreamArgs;
      return diagnosisStreamService.events(context as Context, diagnosisId, afterSeq);
    },
  })
  diagnosisEvents(
    @Root() event: DiagnosisEventObject,
    @Ctx() ctx: Context,
    @Arg('diagnosisId', () => ID, { description: 'The diagnosis.' }) _diagnosisId: string,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'Last `seq` you received.' }) _afterSeq?: number,
  ): DiagnosisEventObject {
    ctx.loaders = ctx.freshLoaders();
    return event;
  }
}
