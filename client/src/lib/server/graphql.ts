import { error, type RequestEvent } from '@sveltejs/kit';
import type { AnyVariables, CombinedError, TypedDocumentNode } from '@urql/core';
import { createServerClient } from '$lib/graphql/client';
import { API_ERROR_CODES, type ApiErrorCode } from '$lib/forms';

const statusByCode = new Map<string, number>([
  ['NOT_FOUND', 404],
  // Input the page passed on from its address (a cursor, a search) that the API refused.
  ['BAD_USER_INPUT', 400],
  ['GRAPHQL_VALIDATION_FAILED', 400],
  ['UNAUTHENTICATED', 401],
  ['FORBIDDEN', 403],
  ['CONFLICT', 409],
  ['RATE_LIMITED', 429],
]);

/** The HTTP status a page should answer with for a GraphQL failure. */
export function statusOf(err: CombinedError): number {
  if (err.networkError) return 503;
  for (const e of err.graphQLErrors) {
    const code = e.extensions?.['code'];
    const status = typeof code === 'string' ? statusByCode.get(code) : undefined;
    if (status) return status;
  }
  return 500;
}

/**
 * Runs a query for a page load with a client made for this request. A failure becomes a
 * SvelteKit error with a proper status, so a page never renders half a result.
 */
export async function query<Data, Variables extends AnyVariables>(
  event: Pick<RequestEvent, 'fetch' | 'url'>,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const client = createServerClient(event);
  const result = await client.query(document, variables).toPromise();
  if (result.error) {
    const status = statusOf(result.error);
    console.error(`GraphQL ${status} on ${event.url.pathname}: ${result.error.message}`);
    error(
      status,
      status === 404 ? 'Not found' : status < 500 ? 'The API refused the request' : 'The API could not answer',
    );
  }
  if (!result.data) error(503, 'The API returned no data');
  return result.data;
}

/** A `null` item (an unknown or hidden slug) is a 404. */
export function found<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) error(404, 'Not found');
  return value;
}

/** What a form action makes of a GraphQL failure: a status, and a code the page can word. */
export interface ApiFailure {
  status: number;
  code: ApiErrorCode;
}

function failureOf(err: CombinedError): ApiFailure {
  const status = statusOf(err);
  if (err.networkError) return { status, code: 'UNAVAILABLE' };
  for (const e of err.graphQLErrors) {
    const code = e.extensions?.['code'];
    if (typeof code === 'string' && (API_ERROR_CODES as readonly string[]).includes(code)) {
      return { status, code: code as ApiErrorCode };
    }
  }
  return { status: status === 500 ? 503 : status, code: 'UNAVAILABLE' };
}

/**
 * Runs a mutation for a form action. Unlike a page's query, a refusal (not signed in, not
 * allowed, gone) is not an error page: the action answers with the form again and a message,
 * so what the person typed stays in front of them.
 */
export async function mutate<Data, Variables extends AnyVariables>(
  event: Pick<RequestEvent, 'fetch' | 'url'>,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<{ data: Data; failure?: undefined } | { data?: undefined; failure: ApiFailure }> {
  const client = createServerClient(event);
  const result = await client.mutation(document, variables).toPromise();
  if (result.error) {
    const failure = failureOf(result.error);
    console.error(`GraphQL ${failure.status} on ${event.url.pathname}: ${result.error.message}`);
    return { failure };
  }
  if (!result.data) return { failure: { status: 503, code: 'UNAVAILABLE' } };
  return { data: result.data };
}
