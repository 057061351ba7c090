import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from './revision.type.js';

/**
 * Word by word, from one statement to the next: what a reader of the history sees changed.
 * Spaces are tokens of their own, so the parts kept and removed spell the old text exactly and
 * those kept and added the new one (`diffWords` lends spaces to the words it keeps).
 */
export function statementDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    value: part.value,
    added: part.added,
    removed: part.removed,
  }));
}
