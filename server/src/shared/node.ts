import { Field, ID, InterfaceType } from 'type-graphql';

/** A row handed to GraphQL; `__typename` is set where the concrete type is not known statically. */
export interface Row {
  id: string;
  __typename?: string;
}

@InterfaceType('Node', {
  description: 'An object with a global id, fetchable with `node(id:)`.',
  resolveType: (value: Row) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global, opaque id.' })
  id!: string;
}
