import type { Knex } from '@mikro-orm/postgresql';
import type { Feature } from '../shared/feature.js';
import type { Viewer } from '../shared/viewer.js';
import {
  Finding,
  FindingComment,
  FindingEvidence,
  FindingRevision,
  FindingSuggestion,
  FindingSupport,
} from './finding.entity.js';
import { findingEvents } from './finding.events.js';
import { FindingResolver } from './finding.resolver.js';
import { createFindingLoaders } from './finding.loaders.js';
import { createEvidenceLoaders } from './evidence.loaders.js';
import { FindingTextResolver } from './finding-text.resolver.js';
import { FindingMutationsResolver } from './finding-mutations.resolver.js';
import { FindingHistoryResolver, FindingRevisionResolver } from './revision.resolver.js';
import { FindingSuggestionResolver, FindingSuggestionsResolver } from './suggestion.resolver.js';
import { createRevisionLoaders } from './revision.loaders.js';
import { createSuggestionLoaders } from './suggestion.loaders.js';
import { EvidenceResolver } from './evidence.resolver.js';
import { SupportResolver } from './support.resolver.js';
import { FindingCommentResolver, FindingCommentsResolver } from './comment.resolver.js';
import { ProjectIdeaResolver } from './project-idea.resolver.js';
import { createSupportLoaders } from './support.loaders.js';
import { createCommentLoaders } from './comment.loaders.js';
import { createProjectIdeaLoaders } from './project-idea.loaders.js';

function createLoaders(knex: Knex, viewer: Viewer) {
  return {
    ...createFindingLoaders(knex, viewer),
    ...createEvidenceLoaders(knex, viewer),
    ...createRevisionLoaders(knex, viewer),
    ...createSuggestionLoaders(knex, viewer),
    ...createSupportLoaders(knex, viewer),
    ...createCommentLoaders(knex, viewer),
    ...createProjectIdeaLoaders(knex, viewer),
  };
}

/** The findings of a diagnosis: their text and its history, evidence, supports and comments. */
export const findings = {
  entities: [Finding, FindingRevision, FindingSuggestion, FindingEvidence, FindingSupport, FindingComment],
  resolvers: [
    FindingResolver,
    FindingTextResolver,
    FindingMutationsResolver,
    FindingHistoryResolver,
    FindingRevisionResolver,
    FindingSuggestionResolver,
    FindingSuggestionsResolver,
    EvidenceResolver,
    SupportResolver,
    FindingCommentResolver,
    FindingCommentsResolver,
    ProjectIdeaResolver,
  ],
  loaders: createLoaders,
  streams: [findingEvents],
  nodes: {
    Finding: (l) => l.findingById,
    FindingSuggestion: (l) => l.suggestionById,
    FindingComment: (l) => l.commentById,
  },
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createLoaders> {}
}
