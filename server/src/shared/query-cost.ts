import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What a field costs: each object it returns counts 1 plus what is selected in it; scalars are
 * read from rows already fetched and count nothing. A list returns `first` items when it takes
 * that argument (connections, the moderation log; `last` when a connection pages backwards) and
 * `defaultListSize` otherwise; aliases count as the fields they repeat.
 */
export function listAwareEstimator(defaultListSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (isLeafType(getNamedType(field.type))) return 0;
    const item = 1 + childComplexity;
    const { first, last } = args as { first?: unknown; last?: unknown };
    const size = typeof last === 'number' ? last : first;
    if (typeof size === 'number') return Math.max(1, size) * item;
    if (isListType(getNullableType(field.type))) return defaultListSize * item;
    return item;
  };
}

/**
 * Connections carry `first` on the field that returns them; their `nodes` and `edges` lists hold
 * those items, so they must not multiply a second time.
 */
export const itemsOfConnection = { complexity: ({ childComplexity }: { childComplexity: number }) => childComplexity };

/** For a list whose length is bounded by a rule (a contribution's themes): a closer estimate. */
export const listOfAtMost = (size: number) => ({
  complexity: ({ childComplexity }: { childComplexity: number }) => size * (1 + childComplexity),
});

/**
 * For a list that is usually short though unbounded (a contribution's replies: most have none,
 * posting is rate-limited): the size to count on, stated where the field is declared.
 */
export const listOfAbout = listOfAtMost;

export interface CostOptions {
  maxCost: number;
  defaultListSize: number;
  /** The shape limit already passed: measuring never walks more than this. */
  maxSelections: number;
}

export const tooCostly = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 } } });

/** Refuses, before execution, an operation whose estimated cost exceeds the budget. */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  options: CostOptions,
): number {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName,
      maxQueryNodes: options.maxSelections + 1,
      estimators: [fieldExtensionsEstimator(), listAwareEstimator(options.defaultListSize)],
    });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (/maximum allowed number of nodes/.test(error.message)) {
      throw tooCostly('The query is too large to run: ask for fewer fields.');
    }
    // Variables that do not fit the operation: execution refuses them with its own message.
    return 0;
  }
  if (cost > options.maxCost) {
    throw tooCostly(
      `The query would cost ${Math.round(cost)} units; the budget is ${options.maxCost}. ` +
        'Ask for fewer items (a smaller `first`), fewer nested lists or fewer aliases.',
    );
  }
  return cost;
}
