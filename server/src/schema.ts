import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { repoRoot } from './shared/paths.js';
import { DateTimeScalar } from './shared/scalars.js';
import { NodeResolver } from './node.resolver.js';
import { resolvers } from './features.js';

export const schemaFile = path.join(repoRoot, 'schema/schema.graphql');

/**
 * Every subscription brings its own `subscribe` (a resumable stream read from the event table),
 * but type-graphql insists on a pub/sub when any subscription exists: this one is never used.
 */
const subscribeOnly = {
  publish: () => {
    throw new Error('Publish through LiveHub, not type-graphql’s pub/sub.');
  },
  subscribe: () => {
    throw new Error('Subscriptions declare their own `subscribe`.');
  },
};

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [NodeResolver, ...resolvers],
    pubSub: subscribeOnly,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false },
  });
}

/** The committed contract: sorted so that reordering code does not change the file. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export async function emitSchema(schema: GraphQLSchema): Promise<void> {
  await writeFile(schemaFile, printSortedSchema(schema));
}
