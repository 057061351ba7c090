import { wordDiff } from '../shared/word-diff.js';
import type { DiffPart } from './revision.type.js';

/** Word by word, from one statement to the next (the same diff as every history's). */
export function statementDiff(before: string, after: string): DiffPart[] {
  return wordDiff(before, after);
}
