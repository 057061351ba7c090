import { Field, ObjectType } from 'type-graphql';

@ObjectType('UserError', { description: 'A problem the user can fix, with the input field it concerns.' })
export class UserError {
  @Field(() => String, { nullable: true, description: 'Input field at fault (e.g. "body", "email"), if any.' })
  field!: string | null;

  @Field(() => String, { description: 'What is wrong and how to fix it.' })
  message!: string;
}

/**
 * Thrown by services for what the user can fix (an empty body, a closed workshop, a wrong
 * password). Thrown inside a transaction, it also rolls back everything: nothing is stored.
 */
export class InvalidInput extends Error {
  readonly problems: UserError[];
  constructor(problems: { field?: string; message: string }[]) {
    super(problems.map((p) => p.message).join(' '));
    this.problems = problems.map((p) => ({ field: p.field ?? null, message: p.message }));
  }
}

export const invalid = (message: string, field?: string) => new InvalidInput([{ field, message }]);

/** Runs a mutation; user-fixable problems come back as `userErrors` data, anything else throws. */
export async function asPayload<T extends object>(
  run: () => Promise<T>,
): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (error instanceof InvalidInput)
      return { userErrors: error.problems } as Partial<T> & { userErrors: UserError[] };
    throw error;
  }
}
