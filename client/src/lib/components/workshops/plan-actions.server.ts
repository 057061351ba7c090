import type { RequestEvent } from '@sveltejs/kit';
import type { ApiErrorCode, FieldError } from '$lib/forms';
import { translate, toLocale } from '$lib/i18n';
import type { PlanProblem, PlanValues } from './plan-form';

/** What a refused planning form gets back: what was typed, and why it was refused. */
export interface PlanRefusal {
  values: PlanValues;
  error: ApiErrorCode | null;
  userErrors: (FieldError & { code?: string | null })[];
}

/** Problems found before asking the API, worded in the visitor's language like the API's own. */
export function planProblems(event: RequestEvent, values: PlanValues, problems: readonly PlanProblem[]): PlanRefusal {
  const locale = toLocale(event.locals.lang);
  return {
    values,
    error: null,
    userErrors: problems.map((p) => ({ field: p.field, message: translate(locale, p.message) })),
  };
}
