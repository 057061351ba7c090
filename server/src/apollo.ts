import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { formatError } from './shared/errors.js';
import { depthLimit, limits } from './shared/limits.js';

export const validationRules = [depthLimit(limits.maxDepth)];

/** The GraphQL server of every entry point (HTTP, tests, benchmarks), configured once. */
export function createApollo(schema: GraphQLSchema): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    formatError,
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    // Cache hints cost a hook per field and we send no cache headers for GraphQL.
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
    introspection: true,
    // main.ts owns shutdown: Apollo's own handler would re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
    // Stack traces go to the log, never to clients.
    includeStacktraceInErrorResponses: false,
  });
}
