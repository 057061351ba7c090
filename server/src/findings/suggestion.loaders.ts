import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { byId, grouped } from '../shared/loader.js';
import { SuggestionState } from './finding.entity.js';
import { suggestionColumns, type FindingSuggestionType } from './suggestion.type.js';

type Keyed<T> = T & { _key: string };

/** Suggestions, through their finding's visibility rule and their own (coordinators, and each author). */
export function createSuggestionLoaders(knex: Knex, viewer: Viewer) {
  const suggestions = () =>
    visible.suggestion(
      visible.finding(
        knex('finding_suggestion as s').join('finding as f', 'f.id', 's.finding_id').select(suggestionColumns('s')),
        'f',
        viewer,
      ),
      's',
      'f',
      viewer,
    );
  return {
    suggestionById: byId<FindingSuggestionType>((ids) => suggestions().whereIn('s.id', ids)),
    suggestionsByFinding: grouped<Keyed<FindingSuggestionType>>((keys) =>
      suggestions()
        .select('s.finding_id as _key')
        .whereIn('s.finding_id', keys)
        .orderBy([{ column: 's.created_at', order: 'desc' }]),
    ),
    /** What waits for the coordinators of each diagnosis, oldest first. */
    pendingSuggestionsByDiagnosis: grouped<Keyed<FindingSuggestionType>>((keys) =>
      suggestions()
        .select('f.diagnosis_id as _key')
        .whereIn('f.diagnosis_id', keys)
        .where('s.state', SuggestionState.PENDING)
        .orderBy('s.created_at'),
    ),
  };
}
