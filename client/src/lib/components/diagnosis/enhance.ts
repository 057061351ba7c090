import type { SubmitFunction } from '@sveltejs/kit';

/**
 * A small form of the diagnosis pages, enhanced: what it typed is never reset, and once it is
 * accepted the page's data is read again (the counts, lists and rights it changed).
 */
export const keepTyped: SubmitFunction =
  () =>
  async ({ result, update }) =>
    update({ reset: false, invalidateAll: result.type === 'success' });

/** The messages of a refused form: the API's code worded, then its user errors. */
export function problemsOf(
  outcome: { done: boolean; error: string | null; userErrors: readonly { message: string }[] } | null,
  word: (code: string) => string,
): string[] {
  if (!outcome || outcome.done) return [];
  return [...(outcome.error ? [word(outcome.error)] : []), ...outcome.userErrors.map((e) => e.message)];
}
