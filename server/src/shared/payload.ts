import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { en } from './messages/en.js';
import { render, type Locale, type MessageCode, type Msg } from './messages/index.js';

export type { Locale, Msg } from './messages/index.js';
export { msg } from './messages/index.js';

/** The catalogue's codes as a GraphQL enum: a client that reacts to one problem names it, typed. */
const UserErrorCode = Object.fromEntries(Object.keys(en).map((code) => [code, code])) as Record<
  MessageCode,
  MessageCode
>;
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Which problem a user error is, stable across languages and rewordings (its `message` is for people).',
});

@ObjectType('UserError', { description: 'A problem the user can fix, with the input field it concerns.' })
export class UserError {
  @Field(() => UserErrorCode, {
    description: 'Which problem it is: for a client that must react to this one (the message is what people read).',
  })
  code!: MessageCode;

  @Field(() => String, { nullable: true, description: 'Input field at fault (e.g. "body", "email"), if any.' })
  field!: string | null;

  @Field(() => String, { description: 'What is wrong and how to fix it, in the language asked (Accept-Language).' })
  message!: string;
}

export interface Problem {
  field?: string | null;
  message: Msg;
}

/**
 * Thrown by services for what the user can fix (an empty body, a closed workshop, a wrong
 * password). Thrown inside a transaction, it also rolls back everything: nothing is stored.
 */
export class InvalidInput extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => render('en', p.message)).join(' '));
  }
}

export const invalid = (message: Msg, field?: string) => new InvalidInput([{ field, message }]);

/** Runs checks, collecting every problem, so that a form learns all it must fix at once. */
export class Problems {
  readonly list: Problem[] = [];

  async check(run: () => unknown): Promise<void> {
    try {
      await run();
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      this.list.push(...error.problems);
    }
  }

  add(message: Msg, field?: string) {
    this.list.push({ field, message });
  }

  throwIfAny() {
    if (this.list.length > 0) throw new InvalidInput(this.list);
  }
}

/** Runs a mutation; user-fixable problems come back as `userErrors` data, anything else throws. */
export async function asPayload<T extends object>(
  locale: Locale,
  run: () => Promise<T>,
): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    const userErrors = error.problems.map((p) => ({
      code: p.message.code,
      field: p.field ?? null,
      message: render(locale, p.message),
    }));
    return { userErrors } as Partial<T> & { userErrors: UserError[] };
  }
}
