import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './shared/context.js';
import { nodeLoaders } from './features.js';
import { fromGlobalId, toGlobalId } from './shared/ids.js';
import { Node, type Row } from './shared/node.js';

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
    const loader = nodeLoaders.get(type);
    if (!loader) return null;
    const row = await loader(ctx.loaders).load(rowId);
    return row ? { ...row, __typename: type } : null;
  }
}
