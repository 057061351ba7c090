import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { PeopleArgs } from './person-search.inputs.js';
import { PersonAccountConnection } from './person-account.type.js';
import { personSearchService } from './person-search.service.js';

@Resolver()
export class PersonSearchResolver {
  @Query(() => PersonAccountConnection, {
    description:
      'People and their accounts, by name (admins only: e-mails are personal data). Search by name or e-mail, filter by role; `first`/`after` forwards, `last`/`before` backwards.',
  })
  people(@Ctx() ctx: Context, @Args(() => PeopleArgs) args: PeopleArgs) {
    return personSearchService.people(ctx, args);
  }
}
