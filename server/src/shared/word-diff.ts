import { diffWordsWithSpace } from 'diff';

/** A run of words of a diff, in reading order. */
export interface WordRun {
  value: string;
  added: boolean;
  removed: boolean;
}

/**
 * Word by word, from one text to the next: what a reader of a history sees changed. Spaces are
 * tokens of their own, so the runs kept and removed spell the old text exactly and those kept and
 * added the new one (`diffWords` lends spaces to the words it keeps).
 */
export function wordDiff(before: string, after: string): WordRun[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    value: part.value,
    added: part.added,
    removed: part.removed,
  }));
}
