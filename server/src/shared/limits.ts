import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  getOperationAST,
  getVariableValues,
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
import { createHash } from 'node:crypto';
import { measureShape, tooLarge } from './document-shape.js';
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
  maxCost: 30_000,
  defaultListSize: 5,
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

const verdicts = new Map<string, GraphQLError | null>();
const maxVerdicts = 1000;

/**
 * A document too large once its fragments are expanded, measured in one linear pass before any
 * validation rule walks it (graphql's own rules, run in the same pass as ours, would otherwise
 * do their work first). Verdicts are kept by hash: clients send the same few documents. Syntax
 * errors are left for the parser of the transport to report.
 */
export function documentProblem(query: string): GraphQLError | null {
  const key = createHash('sha256').update(query).digest('base64url');
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  let problem: GraphQLError | null = null;
  try {
    problem = measureShape(parse(query, parseOptions), limits);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
  }
  if (verdicts.size >= maxVerdicts) verdicts.delete(verdicts.keys().next().value!);
  verdicts.set(key, problem);
  return problem;
}

/** The validation rules we add to graphql's own, in the order they must run. */
export function documentRules(options: { introspection: boolean }): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule(armorOptions(limits.maxDepth, 'QUERY_TOO_DEEP', 'Ask for fewer nested fields.')),
    maxAliasesRule(armorOptions(limits.maxAliases, 'QUERY_TOO_LARGE', 'Use fewer aliases.')),
    maxDirectivesRule(armorOptions(limits.maxDirectives, 'QUERY_TOO_LARGE', 'Use fewer directives.')),
    nulLiteralRule,
  ];
  if (!options.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}

const tooLargeAnswer = () =>
  new GraphQLError(
    `The answer would exceed ${limits.maxResponseBytes / 1024 / 1024} MB: ask for fewer items or fields.`,
    { extensions: { code: 'RESPONSE_TOO_LARGE' } },
  );

/** An HTTP answer over the cap is replaced by an error saying how to ask for less. */
export function capResponse(body: string): { status?: number; body: string } {
  if (Buffer.byteLength(body) <= limits.maxResponseBytes) return { body };
  return { status: 400, body: JSON.stringify({ errors: [tooLargeAnswer().toJSON()] }) };
}

// Shared subscription results reach every subscriber as one object: measured once.
const measured = new WeakMap<object, boolean>();

/** The same cap for what a socket is sent. */
export function capResult<T extends { errors?: readonly GraphQLError[] }>(result: T): T | { errors: GraphQLError[] } {
  let fits = measured.get(result);
  if (fits === undefined) {
    fits = Buffer.byteLength(JSON.stringify(result)) <= limits.maxResponseBytes;
    measured.set(result, fits);
  }
  return fits ? result : { errors: [tooLargeAnswer()] };
}

export type Checked = { document: DocumentNode } | { errors: readonly GraphQLError[] };

const validDocuments = new WeakMap<GraphQLSchema, WeakMap<readonly ValidationRule[], Map<string, DocumentNode>>>();
const maxValidDocuments = 200;

/**
 * The document parsed and validated, or what is wrong with it. Valid ones are kept by their text:
 * the sockets of one page send the same subscription by the thousand, and each would otherwise
 * hold a parsed copy of its own for as long as it stays open.
 */
function validDocument(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  query: string,
  hideSuggestions: boolean,
): Checked {
  const bySchema = validDocuments.get(schema) ?? new WeakMap<readonly ValidationRule[], Map<string, DocumentNode>>();
  validDocuments.set(schema, bySchema);
  const known = bySchema.get(rules) ?? new Map<string, DocumentNode>();
  bySchema.set(rules, known);
  const kept = known.get(query);
  if (kept) return { document: kept };
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { errors: [new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
  }
  const shape = measureShape(document, limits);
  if (shape) return { errors: [shape] };
  const errors = validate(schema, document, [...specifiedRules, ...rules], { hideSuggestions });
  if (errors.length > 0) return { errors: errors.map(asValidationError) };
  if (known.size >= maxValidDocuments) known.delete(known.keys().next().value!);
  known.set(query, document);
  return { document };
}

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
    const valid = validDocument(schema, rules, payload.query, hideSuggestions);
    if ('errors' in valid) return valid;
    const { document } = valid;
    refuseNulVariables(variables as Record<string, unknown>);
    // Apollo coerces variables before executing and calls what fails bad input: so does this.
    const operation = getOperationAST(document, operationName);
    if (!operation) return { errors: [badRequest('Name the operation to run (`operationName`).')] };
    const coerced = getVariableValues(
      schema,
      operation.variableDefinitions ?? [],
      variables as Record<string, unknown>,
    );
    if (coerced.errors) {
      return {
        errors: coerced.errors.map((e) => new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT' } })),
      };
    }
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
