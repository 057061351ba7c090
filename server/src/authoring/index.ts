import type { Feature } from '../shared/feature.js';
import { Draft } from './draft.entity.js';
import { ContentRevision } from './content-revision.entity.js';
import { AuthoringResolver } from './authoring.resolver.js';
import { ContentRevisionResolver, DraftInfoResolver } from './draft-info.resolver.js';
import { createDraftLoaders } from './draft.loaders.js';

/** Drafts, review and revisions of the content people write (stories, portraits): the kinds register adapters. */
export const authoring = {
  entities: [Draft, ContentRevision],
  resolvers: [AuthoringResolver, DraftInfoResolver, ContentRevisionResolver],
  loaders: createDraftLoaders,
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createDraftLoaders> {}
}
