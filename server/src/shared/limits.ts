import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { documentShapeRule, tooLarge } from './document-shape.js';
import { checkCost } from './query-cost.js';
import { nulLiteralRule, refuseNulVariables } from './hostile-input.js';

/** Limits applied to every operation, over HTTP and websocket alike. */
export const limits = {
  maxTokens: 3000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxOperations: 5,
  maxFragments: 60,
  maxSelections: 2000,
  maxSameName: 8,
  /** Estimated cost units (see query-cost.ts); the site's heaviest page is far below. */
  maxCost: 25_000,
  defaultListSize: 10,
  maxResponseBytes: 4 * 1024 * 1024,
  maxHttpBodyBytes: 1_000_000,
  /** Frames above this close the socket; documents are limited per operation below it. */
  maxSocketMessageBytes: 256 * 1024,
  maxDocumentBytes: 64 * 1024,
  maxSubscriptionsPerSocket: 10,
};

export const parseOptions = { maxTokens: limits.maxTokens };

/**
 * graphql-armor reports through a GraphQLError whose message starts "Syntax Error:"; ours say what
 * was measured and carry a code clients can act on.
 */
const onReject =
  (code: string, advice: string) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(
      new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} ${advice}`, { extensions: { code } }),
    );
  };

const armorOptions = (n: number, code: string, advice: string) => ({
  n,
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [onReject(code, advice)],
});

/** The validation rules we add to graphql's own, in the order they must run. */
export function documentRules(options: { introspection: boolean }): ValidationRule[] {
  const rules: ValidationRule[] = [
    documentShapeRule(limits),
    maxDepthRule(armorOptions(limits.maxDepth, 'QUERY_TOO_DEEP', 'Ask for fewer nested fields.')),
    maxAliasesRule(armorOptions(limits.maxAliases, 'QUERY_TOO_LARGE', 'Use fewer aliases.')),
    maxDirectivesRule(armorOptions(limits.maxDirectives, 'QUERY_TOO_LARGE', 'Use fewer directives.')),
    nulLiteralRule,
  ];
  if (!options.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}

export type Checked = { document: DocumentNode } | { errors: readonly GraphQLError[] };

/**
 * Parses, validates and prices one operation the way Apollo does over HTTP, for transports that
 * run operations themselves (the websocket). Problems are returned, never thrown: a bad document
 * fails its operation, not the connection.
 */
export function checkOperation(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  payload: { query: unknown; variables?: unknown; operationName?: unknown },
  hideSuggestions: boolean,
): Checked {
  if (typeof payload.query !== 'string') return { errors: [badRequest('The operation has no `query` text.')] };
  if (Buffer.byteLength(payload.query) > limits.maxDocumentBytes) {
    return { errors: [tooLarge(`The query exceeds ${limits.maxDocumentBytes} bytes.`)] };
  }
  const variables = payload.variables ?? {};
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
    return { errors: [badRequest('`variables` must be an object.')] };
  }
  const operationName = payload.operationName ?? undefined;
  if (operationName !== undefined && typeof operationName !== 'string') {
    return { errors: [badRequest('`operationName` must be a string.')] };
  }
  try {
    let document: DocumentNode;
    try {
      document = parse(payload.query, parseOptions);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return { errors: [new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
    }
    const errors = validate(schema, document, [...specifiedRules, ...rules], { hideSuggestions });
    if (errors.length > 0) return { errors: errors.map(asValidationError) };
    refuseNulVariables(variables as Record<string, unknown>);
    checkCost(schema, document, variables as Record<string, unknown>, operationName, limits);
    return { document };
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [error] };
    throw error;
  }
}

/** Apollo gives graphql's own validation errors this code over HTTP; the websocket says the same. */
const asValidationError = (error: GraphQLError) =>
  error.extensions.code === undefined
    ? new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })
    : error;

export const badRequest = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
