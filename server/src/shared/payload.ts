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
  /**
   * What the payload says of the target as it now is, alongside the problems: for a problem the
   * user fixes from there (a stale version: their edit against the current text). Read by
   * `asPayload` once the write has rolled back, through the request's own visibility rules.
   */
  current?: () => Promise<object>;

  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => render('en', p.message)).join(' '));
  }

  /** Answers the problems with the payload's data as it now is (`current`). */
  withCurrent(current: () => Promise<object>): this {
    this.current = current;
    return this;
  }
}

export const invalid = (message: Msg, field?: string) => new InvalidInput([{ field, message }]);

/** Runs checks, collecting every problem, so that a form learns all it must fix at once. */
export class Problems {
  readonly list: Problem[] = [];
  #current: InvalidInput['current'];

  async check(run: () => unknown): Promise<void> {
    try {
      await run();
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      this.list.push(...error.problems);
      this.#current ??= error.current;
    }
  }

  add(message: Msg, field?: string) {
    this.list.push({ field, message });
  }

  throwIfAny() {
    if (this.list.length === 0) return;
    const error = new InvalidInput(this.list);
    if (this.#current) error.withCurrent(this.#current);
    throw error;
  }
}

/**
 * Runs a mutation; user-fixable problems come back as `userErrors` data, anything else throws.
 * With problems the payload's data is left out, unless the error carries the current state
 * (`withCurrent`): then it is that state, read after the rollback.
 */
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
    const current = (error.current ? await error.current() : {}) as Partial<T>;
    return { ...current, userErrors };
  }
}
