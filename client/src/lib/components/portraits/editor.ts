import type { SubmitFunction } from '@sveltejs/kit';
import { applyAction } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import { errorsFor, otherErrors } from '$lib/forms';
import type { FormValues, Outcome } from '$lib/diagnosis/actions.server';
import type { I18n } from '$lib/i18n';

/** The answer of the page's last form, if it was this one (an action, and the item it acts on). */
export function outcomeOf(outcome: Outcome | null, action: string, id: string | null = null): Outcome | null {
  return outcome && outcome.action === action && (outcome.id ?? null) === id ? outcome : null;
}

/** What a refused form had typed, to draw it again; null when the form shows the draft as it is. */
export function typed(outcome: Outcome | null): FormValues | null {
  return outcome && !outcome.done ? outcome.values : null;
}

export const text = (values: FormValues | null, name: string, fallback: string | number | null | undefined) => {
  const value = values?.[name];
  return typeof value === 'string' ? value : fallback === null || fallback === undefined ? '' : String(fallback);
};

/** A decimal as the API stores it ("140.00"), written as people type it ("140"). */
export const decimal = (value: string | null | undefined) =>
  value ? value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '') : value;

/**
 * The messages of a refused form that no field shows: a stale version first (someone saved the
 * draft meanwhile; nothing was saved and what was typed is kept), then the API's code, then the
 * user errors about no field of the form.
 */
export function alertsOf(outcome: Outcome | null, fields: readonly string[], i18n: I18n): string[] {
  if (!outcome || outcome.done) return [];
  const stale = outcome.userErrors.some((e) => e.code === 'DRAFT_CHANGED');
  return [
    ...(stale ? [i18n.t('portraitEditor.conflict')] : []),
    ...(outcome.error ? [i18n.label('apiError', outcome.error)] : []),
    ...otherErrors(
      outcome.userErrors.filter((e) => e.code !== 'DRAFT_CHANGED'),
      fields,
    ),
  ];
}

export const fieldErrors = (outcome: Outcome | null, field: string) =>
  outcome && !outcome.done ? errorsFor(outcome.userErrors, field) : [];

/**
 * The editor's forms, enhanced. Every move changes the draft's version, so the page is read
 * again after a refusal as well (what was typed stays, from the action's answer), and the next
 * send names the version now saved. `reset` empties an "add" form once it is accepted.
 */
export const enhanceEditor =
  (reset = false): SubmitFunction =>
  () =>
  async ({ result, update }) => {
    if (result.type === 'failure') {
      await invalidateAll();
      await applyAction(result);
    } else {
      await update({ reset });
    }
  };
