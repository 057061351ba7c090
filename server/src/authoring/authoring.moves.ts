import type { Context } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { fromGlobalId } from '../shared/ids.js';
import { authoredByTypeName } from './authored.js';
import { authoringService } from './authoring.service.js';
import { draftReads } from './draft.reads.js';
import { draftKey } from './draft.loaders.js';
import type { RequestChangesInput } from './draft.type.js';

/** The generic moves the API names by the subject's global id, whatever its kind. */
export const authoringMoves = {
  async requestChanges(ctx: Context, input: RequestChangesInput) {
    const { type, id } = fromGlobalId(input.id);
    const adapter = authoredByTypeName(type);
    if (!adapter) throw notFound('Story or portrait');
    const reload = async () => {
      ctx.loaders.draftBySubject.clear(draftKey(adapter.kind, id));
      return { draft: await draftReads.info(ctx, adapter.kind, id) };
    };
    await authoringService.requestChanges(ctx, adapter, id, input.expectedVersion, input.note, reload);
    return reload();
  },
};
