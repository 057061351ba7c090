import { fail, type RequestEvent } from '@sveltejs/kit';
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import type { FindingKind, FindingPriority, FindingStatus } from '$lib/graphql/generated/graphql';
import { formText, type ApiErrorCode, type FieldError } from '$lib/forms';
import { FINDING_KINDS } from '$lib/live/diagnosis-reducer';
import { graphql } from '$lib/graphql/generated';
import { mutate } from '$lib/server/graphql';

/** What a form sent, kept for it when the action is refused (also without JavaScript). */
export type FormValues = Record<string, string | string[] | number | null>;

/**
 * The answer to one of the page's forms, under one key for all of them: `action` names the form
 * and `id` the finding, suggestion or comment it acts on, so only that form shows it.
 */
export interface Outcome {
  action: string;
  id: string | null;
  values: FormValues;
  error: ApiErrorCode | null;
  userErrors: (FieldError & { code?: string | null })[];
  done: boolean;
}

export const FINDING_PRIORITIES: readonly FindingPriority[] = ['HIGH', 'MEDIUM', 'LOW'];
export const FINDING_STATUSES: readonly FindingStatus[] = ['PROPOSED', 'RETAINED', 'SET_ASIDE'];

function oneOf<T extends string>(values: readonly T[], raw: string): T | null {
  return (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

export const findingKindOf = (raw: string): FindingKind | null => oneOf(FINDING_KINDS, raw);
export const priorityOf = (raw: string): FindingPriority | null => oneOf(FINDING_PRIORITIES, raw);
export const statusOf = (raw: string): FindingStatus | null => oneOf(FINDING_STATUSES, raw);

/** Every string value of a repeated field (checkboxes). */
export function formList(data: FormData, name: string): string[] {
  return data.getAll(name).filter((v): v is string => typeof v === 'string' && v !== '');
}

/** The version a form says it started from: a GraphQL `Int`, or null. */
export function versionOf(data: FormData, name = 'version'): number | null {
  const raw = formText(data, name);
  const version = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  return version <= 2 ** 31 - 1 ? version : null;
}

/** A refused form: it shows why, with what was typed. */
export function refused(
  status: number,
  action: string,
  id: string | null,
  values: FormValues,
  problem: { error?: ApiErrorCode | null; userErrors?: Outcome['userErrors'] },
  extra: Record<string, unknown> = {},
) {
  const outcome: Outcome = {
    action,
    id,
    values,
    error: problem.error ?? null,
    userErrors: problem.userErrors ?? [],
    done: false,
  };
  return fail(status, { outcome, ...extra });
}

/** An accepted form. */
export function accepted(action: string, id: string | null, extra: Record<string, unknown> = {}) {
  const outcome: Outcome = { action, id, values: {}, error: null, userErrors: [], done: true };
  return { outcome, ...extra };
}

/**
 * Runs the mutation of a form; its payload's user errors are the form's outcome. `extra` reads
 * what the page needs of an accepted (or refused) answer.
 */
export async function run<Data, Variables extends AnyVariables, P extends { userErrors: Outcome['userErrors'] }>(
  event: RequestEvent,
  form: { action: string; id: string | null; values: FormValues },
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  payload: (data: Data) => P,
  extra: (payload: P) => Record<string, unknown> = () => ({}),
) {
  const result = await mutate(event, document, variables);
  if (result.failure)
    return refused(result.failure.status, form.action, form.id, form.values, { error: result.failure.code });
  const answer = payload(result.data);
  if (answer.userErrors.length > 0) {
    return refused(400, form.action, form.id, form.values, { userErrors: answer.userErrors }, extra(answer));
  }
  return accepted(form.action, form.id, extra(answer));
}

const ReviewFindingSuggestion = graphql(`
  mutation ReviewFindingSuggestion($suggestionId: ID!, $decision: SuggestionDecision!, $note: String) {
    reviewFindingSuggestion(suggestionId: $suggestionId, decision: $decision, note: $note) {
      suggestion {
        id
        state
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const SetFindingStatus = graphql(`
  mutation SetFindingStatus($findingId: ID!, $status: FindingStatus!, $expectedVersion: Int) {
    setFindingStatus(findingId: $findingId, status: $status, expectedVersion: $expectedVersion) {
      finding {
        id
        status
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** A coordinator accepts or declines a suggested edit, with a note (`?/review`). */
export async function reviewSuggestion(event: RequestEvent) {
  const data = await event.request.formData();
  const id = formText(data, 'suggestionId');
  const decision = formText(data, 'decision') === 'ACCEPT' ? 'ACCEPT' : 'DECLINE';
  const note = formText(data, 'note');
  return run(
    event,
    { action: 'review', id, values: { note, decision } },
    ReviewFindingSuggestion,
    { suggestionId: id, decision, note: note || null },
    (d) => d.reviewFindingSuggestion,
  );
}

/** A coordinator retains, sets aside or puts a finding back under discussion (`?/status`). */
export async function setStatus(event: RequestEvent) {
  const data = await event.request.formData();
  const id = formText(data, 'findingId');
  const status = statusOf(formText(data, 'status'));
  const expectedVersion = versionOf(data);
  const values = { status: formText(data, 'status') };
  if (!status) return refused(400, 'status', id, values, { error: 'BAD_USER_INPUT' });
  return run(
    event,
    { action: 'status', id, values },
    SetFindingStatus,
    { findingId: id, status, expectedVersion },
    (d) => d.setFindingStatus,
  );
}
