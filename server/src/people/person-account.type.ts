import { Field, Int, ObjectType } from 'type-graphql';
import { itemsOfConnection } from '../shared/query-cost.js';
import { PersonType } from './person.type.js';

/** A person with their account's e-mail: for admins only, through `people`. */
export interface PersonAccountType extends PersonType {
  email: string | null;
  _sortKey: string;
}
@ObjectType('PersonAccount', { description: 'A person and their account, as admins see them (e-mail included).' })
export class PersonAccountType {
  @Field(() => PersonType, { description: 'The person.' })
  person!: PersonType;

  @Field(() => String, { nullable: true, description: 'Their sign-in address; null for people without an account.' })
  email!: string | null;
}

@ObjectType('PersonAccountPageInfo', { description: 'Where a page of people sits in the whole list, both ways.' })
export class PersonAccountPageInfo {
  @Field(() => Boolean, { description: 'True when more people follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when people come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first person; pass it as `before`.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last person; pass it as `after`.' })
  endCursor!: string | null;
}

@ObjectType('PersonAccountConnection', { description: 'A page of people, by name.' })
export class PersonAccountConnection {
  @Field(() => [PersonAccountType], { description: 'The people of this page, by name.', ...itemsOfConnection })
  nodes!: PersonAccountType[];

  @Field(() => PersonAccountPageInfo, { description: 'Pagination state.' })
  pageInfo!: PersonAccountPageInfo;

  @Field(() => Int, { description: 'Number of people matching the search and filter.' })
  totalCount!: number;
}
