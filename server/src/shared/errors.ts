import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

/** Error codes a client may act on; anything else is reported as INTERNAL_SERVER_ERROR. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const badInput = (message: string, field?: string) =>
  new AppError('BAD_USER_INPUT', message, field ? { field } : {});
export const forbidden = (message = 'You are not allowed to do this.') => new AppError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in, or join the workshop with its code, first.') =>
  new AppError('UNAUTHENTICATED', message);

/** Throws the refusal a rule gave, if it gave one (rules say why not, or null). */
export function refuse(refusal: Error | null): void {
  if (refusal) throw refusal;
}

/** Codes of errors about the request itself (graphql's, Apollo's and our document limits). */
const requestCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'RESPONSE_TOO_LARGE',
  'TOO_MANY_SUBSCRIPTIONS',
]);

const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH']);

/** The database (or the network to it) is down: not the request's fault, and nothing to show of it. */
export function isUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined; e;) {
    const code = typeof e.code === 'string' ? e.code : '';
    // 08: connection exceptions; 57P0x: the server is shutting down or starting; 53300: too many connections.
    if (unavailableCodes.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code) || code === '53300') {
      return true;
    }
    const message = typeof e.message === 'string' ? e.message : '';
    if (/Connection terminated|timeout exceeded when trying to connect|Timeout acquiring a connection/.test(message)) {
      return true;
    }
    e = e.cause as typeof e;
  }
  return false;
}

/** PostgreSQL "data exception" (class 22): a value the request carried cannot be stored or compared. */
const isDataException = (error: unknown) => /^22[0-9A-Z]{3}$/.test(String((error as { code?: unknown }).code ?? ''));

export const unavailable = () =>
  new GraphQLError('The service is unavailable for a moment: try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });

/** The error a GraphQLError stands for, when it wraps one thrown by our code or a library. */
function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * The one place errors become responses. Known errors keep their message and code; validation
 * errors list the fields to fix; errors about the request itself (syntax, unknown field, limits)
 * pass through; an unreachable database says so without saying where; everything else is masked
 * so internals never reach a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  if (original instanceof AppError) {
    return { ...formatted, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = original.extensions.validationErrors.map((v) => ({
      field: v.property,
      problems: Object.values(v.constraints ?? {}),
    }));
    return {
      ...formatted,
      message: `Invalid input: ${fields.map((f) => `${f.field} (${f.problems.join('; ')})`).join(', ')}`,
      extensions: { code: 'BAD_USER_INPUT', fields },
    };
  }
  if (original instanceof GraphQLError) {
    const code = formatted.extensions?.code ?? original.extensions.code;
    if (typeof code === 'string' && (requestCodes.has(code) || code === 'SERVICE_UNAVAILABLE')) return formatted;
  }
  if (isUnavailable(original)) {
    console.error(`Database unavailable: ${(original as Error).message}`);
    return { message: unavailable().message, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  if (isDataException(original)) {
    // A path that lets such a value reach SQL deserves its own check: the log says which.
    console.warn('A value reached the database in a form it refuses:', (original as Error).message);
    return {
      message: 'A value in the request has a form that cannot be stored or compared (too long, or not valid).',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  console.error(original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
