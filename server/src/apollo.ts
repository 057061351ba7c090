import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './shared/context.js';
import { formatError } from './shared/errors.js';
import { badRequest, documentRules, limits, parseOptions } from './shared/limits.js';
import { checkCost } from './shared/query-cost.js';
import { refuseNulVariables } from './shared/hostile-input.js';

export interface ApolloOptions {
  /** Schema introspection (and field suggestions in errors); off in production by default. */
  introspection: boolean;
  /**
   * The cost budget, for operations that come over the network. In-process callers (tests that
   * read everything at once to look for leaks, tools) are our own code.
   */
  enforceCost: boolean;
}

/** Checks that need the operation and its variables: they run once validation has passed. */
const operationChecks = (enforceCost: boolean): ApolloServerPlugin<Context> => ({
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ request, document, operation, schema }) => {
        if (operation?.operation === 'subscription') {
          throw badRequest('Subscriptions are served over the websocket (graphql-ws) on /graphql, not over HTTP.');
        }
        refuseNulVariables(request.variables);
        if (enforceCost) checkCost(schema, document, request.variables, request.operationName, limits);
        return Promise.resolve();
      },
    }),
});

/** The GraphQL server of every entry point (HTTP, tests, benchmarks), configured once. */
export function createApollo(schema: GraphQLSchema, options: ApolloOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    formatError,
    validationRules: documentRules(options),
    parseOptions,
    plugins: [
      // Cache hints cost a hook per field and we send no cache headers for GraphQL.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      operationChecks(options.enforceCost),
    ],
    introspection: options.introspection,
    // Nothing sends persisted-query hashes: an unknown feature is refused with its own code.
    persistedQueries: false,
    hideSchemaDetailsFromClientErrors: !options.introspection,
    // main.ts owns shutdown: Apollo's own handler would re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
    // Stack traces go to the log, never to clients.
    includeStacktraceInErrorResponses: false,
  });
}
