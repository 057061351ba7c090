import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context, Loaders } from './context.js';
import { fromGlobalId, toGlobalId } from './shared/ids.js';
import { Node, type Row } from './shared/node.js';

/**
 * Loader of each fetchable type; each one applies the visibility rule. A Map, not an object: the
 * type comes from the client, and "__proto__" or "constructor" must find nothing.
 */
const loaderOf = new Map<string, (loaders: Loaders) => { load(id: string): Promise<Row | null> }>(
  Object.entries({
    Portrait: (l) => l.portraitById,
    Story: (l) => l.storyById,
    Workshop: (l) => l.workshopById,
    Prompt: (l) => l.promptById,
    Contribution: (l) => l.contributionById,
    Territory: (l) => l.territoryById,
    Neighbourhood: (l) => l.neighbourhoodById,
    Theme: (l) => l.themeById,
    Organization: (l) => l.organizationById,
    Person: (l) => l.personById,
    Diagnosis: (l) => l.diagnosisById,
    Finding: (l) => l.findingById,
  } satisfies Record<string, (loaders: Loaders) => { load(id: string): Promise<Row | null> }>),
);

@Resolver(() => Node)
export class NodeResolver {
  @FieldResolver(() => ID, { description: 'Global, opaque id.' })
  id(@Root() row: Row, @Info() info: GraphQLResolveInfo): string {
    return toGlobalId(info.parentType.name, row.id);
  }

  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id; null when missing or not visible to you.',
  })
  async node(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Row | null> {
    const { type, id: rowId } = fromGlobalId(id);
    const loader = loaderOf.get(type);
    if (!loader) return null;
    const row = await loader(ctx.loaders).load(rowId);
    return row ? { ...row, __typename: type } : null;
  }
}
