import { Field, ObjectType } from 'type-graphql';

@ObjectType('UserError', { description: 'A problem the user can fix, with the input field it concerns.' })
export class UserError {
  @Field(() => String, { nullable: true, description: 'Input field at fault (e.g. "body", "email"), if any.' })
  field!: string | null;

  @Field(() => String, { description: 'What is wrong and how to fix it, in the language asked (Accept-Language).' })
  message!: string;
}

export type Locale = 'fr' | 'en';
/** A message people read, in both languages of the site. */
export interface Msg {
  en: string;
  fr: string;
}
export const msg = (en: string, fr: string): Msg => ({ en, fr });

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
    super(problems.map((p) => p.message.en).join(' '));
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
    const userErrors = error.problems.map((p) => ({ field: p.field ?? null, message: p.message[locale] }));
    return { userErrors } as Partial<T> & { userErrors: UserError[] };
  }
}
