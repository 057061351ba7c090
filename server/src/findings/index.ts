import type { Feature } from '../shared/feature.js';
import {
  Finding,
  FindingComment,
  FindingEvidence,
  FindingRevision,
  FindingSuggestion,
  FindingSupport,
} from './finding.entity.js';
import { findingEvents } from './finding.events.js';

/** The findings of a diagnosis: their text and its history, evidence, supports and comments. */
export const findings = {
  entities: [Finding, FindingRevision, FindingSuggestion, FindingEvidence, FindingSupport, FindingComment],
  resolvers: [],
  streams: [findingEvents],
} satisfies Feature;
