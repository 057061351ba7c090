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

function createLoaders(knex: Knex, viewer: Viewer) {
  return { ...createFindingLoaders(knex, viewer), ...createEvidenceLoaders(knex, viewer) };
}

/** The findings of a diagnosis: their text and its history, evidence, supports and comments. */
export const findings = {
  entities: [Finding, FindingRevision, FindingSuggestion, FindingEvidence, FindingSupport, FindingComment],
  resolvers: [FindingResolver],
  loaders: createLoaders,
  streams: [findingEvents],
  nodes: { Finding: (l) => l.findingById },
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createLoaders> {}
}
