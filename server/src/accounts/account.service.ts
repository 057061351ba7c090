import { randomUUID } from 'node:crypto';
import type { Context } from '../shared/context.js';
import { forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg, Problems } from '../shared/payload.js';
import { RateLimiter, rateLimits } from '../shared/rate-limit.js';
import { isAdmin, type Viewer } from '../shared/viewer.js';
import { sendInBackground, type MailMessage } from '../mail/mailer.js';
import { Person, PlatformRole } from '../people/person.entity.js';
import { columnsOf, type RowOf } from '../shared/rows.js';
import { hashPassword, passwordLimits, verifyPassword } from './password.js';
import { liveWorkshopIdOf, normalizeJoinCode } from '../workshops/workshop.lifecycle.js';
import { clearSessionCookie, hashToken, newToken, revokeToken, startSession } from './session.service.js';
import { normalizeEmail } from './email.js';
import { refuseStaffName } from './staff-names.js';
import { claimSignIn, signInSucceeded } from './sign-in-throttle.js';
import { alreadyRegisteredMail, confirmSignUpMail } from './account.mails.js';
import { displayNameLimits, type SignInInput, type SignUpInput } from './account.inputs.js';

/** How long the link of a sign-up mail works. */
export const signUpLinkHours = 24;

/** Display names are shown to everyone: printable, trimmed, short. */
export function checkDisplayName(name: string, field = 'displayName'): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed.length < displayNameLimits.min || trimmed.length > displayNameLimits.max)
    throw invalid(msg('DISPLAY_NAME_LENGTH', displayNameLimits), field);
  // Bidirectional controls can show a name reversed or reordered, passing for another one.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f<>\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(trimmed))
    throw invalid(msg('DISPLAY_NAME_CHARACTERS'), field);
  return trimmed;
}

/** The email in its one stored form, and the password's length, checked together. */
async function checkCredentials(problems: Problems, input: { email: string; password: string }): Promise<string> {
  let email = '';
  await problems.check(() => (email = normalizeEmail(input.email)));
  if (input.password.length > passwordLimits.max) problems.add(msg('PASSWORD_TOO_LONG', passwordLimits), 'password');
  return email;
}

const linkTo = (ctx: Context, path: string) => new URL(path, ctx.mail.origin).href;

/**
 * Mail to one address is capped whoever asks, so that sign-ups from many clients cannot flood
 * someone's inbox. Past the cap the answer is the same; only the mail is not sent.
 */
const mailsPerAddress = new RateLimiter(3, 60 * 60_000, 'mails to this address');
async function mayMail(email: string): Promise<boolean> {
  try {
    await mailsPerAddress.take(email);
    return true;
  } catch {
    return false;
  }
}

export const accountService = {
  /**
   * Answers the same whether or not the address has an account (no way to learn who is
   * registered): the password is hashed either way, and the next step goes by mail, a link that
   * creates the account to a new address, a notice to one that has an account already.
   */
  async signUp(ctx: Context, input: SignUpInput): Promise<{ confirmationSent: true; email: string }> {
    await rateLimits.signUp.take(ctx.request.ip);
    const problems = new Problems();
    const email = await checkCredentials(problems, input);
    if (input.password.length < passwordLimits.min) problems.add(msg('PASSWORD_TOO_SHORT', passwordLimits), 'password');
    let displayName = '';
    await problems.check(async () => {
      displayName = checkDisplayName(input.displayName);
      await refuseStaffName(ctx.knex, displayName, 'displayName');
    });
    problems.throwIfAny();
    const passwordHash = await hashPassword(input.password);
    const registered = await ctx.knex('person').select('id').where('email', email).first();
    await ctx.knex('pending_sign_up').where('expires_at', '<', ctx.knex.fn.now()).delete();
    let message: MailMessage;
    if (registered) {
      message = alreadyRegisteredMail(ctx.request.locale, email, linkTo(ctx, '/signin'));
    } else {
      const { token, tokenHash } = newToken();
      await ctx.knex('pending_sign_up').insert({
        token_hash: tokenHash,
        email,
        display_name: displayName,
        password_hash: passwordHash,
        expires_at: new Date(Date.now() + signUpLinkHours * 3600_000),
      });
      const link = linkTo(ctx, `/signup/confirm?token=${token}`);
      message = confirmSignUpMail(ctx.request.locale, email, link, signUpLinkHours);
    }
    if (await mayMail(email)) sendInBackground(ctx.mail, message);
    return { confirmationSent: true, email };
  },

  /** Uses the link of a sign-up mail, once: creates the resident account and signs in. */
  async confirmSignUp(ctx: Context, token: string): Promise<{ viewer: Viewer }> {
    const outcome = await ctx.knex.transaction(async (trx) => {
      const [pending] = (await trx('pending_sign_up')
        .where('token_hash', hashToken(token.trim()))
        .delete()
        .returning(['email', 'display_name', 'password_hash', trx.raw('expires_at <= now() as expired')])) as {
        email: string;
        display_name: string;
        password_hash: string;
        expired: boolean;
      }[];
      if (!pending) return 'unknown' as const;
      if (pending.expired) return 'expired' as const;
      const personId = randomUUID();
      const inserted = (await trx('person')
        .insert({
          id: personId,
          slug: `membre-${personId}`, // unique like the id: a short prefix would collide one day
          display_name: pending.display_name,
          email: pending.email,
          role: PlatformRole.RESIDENT,
          password_hash: pending.password_hash,
        })
        .onConflict('email')
        .ignore()
        .returning('id')) as { id: string }[];
      if (inserted.length === 0) return 'taken' as const;
      // Other sign-ups waiting on the same address are void now.
      await trx('pending_sign_up').where('email', pending.email).delete();
      return { personId };
    });
    if (outcome === 'unknown') throw invalid(msg('SIGN_UP_LINK_INVALID'), 'token');
    if (outcome === 'expired') throw invalid(msg('SIGN_UP_LINK_EXPIRED', { hours: signUpLinkHours }), 'token');
    if (outcome === 'taken') throw invalid(msg('SIGN_UP_ADDRESS_TAKEN'), 'token');
    return { viewer: await startSession(ctx.knex, ctx.request, { personId: outcome.personId }) };
  },

  /**
   * The attempt is claimed before the password is checked (see `sign-in-throttle.ts`). An unknown
   * email costs the same check and counts the same, so neither timing nor lockouts tell whether
   * an account exists.
   */
  async signIn(ctx: Context, input: SignInInput): Promise<{ viewer: Viewer }> {
    const problems = new Problems();
    const email = await checkCredentials(problems, input);
    problems.throwIfAny();
    const claimed = await claimSignIn(ctx.knex, email, ctx.request.ip);
    const person = (await ctx
      .knex('person')
      .select(columnsOf(Person, 'person', { only: ['id', 'passwordHash'] }))
      .where('email', email)
      .first()) as Pick<RowOf<Person>, 'id' | 'passwordHash'> | undefined;
    const ok = await verifyPassword(person?.passwordHash, input.password);
    if (!ok || !person) throw invalid(msg('SIGN_IN_FAILED'));
    await signInSucceeded(ctx.knex, claimed);
    return { viewer: await startSession(ctx.knex, ctx.request, { personId: person.id }) };
  },

  async signOut(ctx: Context): Promise<boolean> {
    await revokeToken(ctx.knex, ctx.request.sessionToken);
    clearSessionCookie(ctx.request);
    // Open sockets of this session close now, on every node, rather than at the next sweep.
    await ctx.live.announceAccessChange();
    return true;
  },

  async joinWorkshop(ctx: Context, code: string, displayName: string) {
    await rateLimits.join.take(ctx.request.ip);
    const problems = new Problems();
    const normalized = normalizeJoinCode(code);
    if (!/^[A-Z0-9]{4,12}$/.test(normalized)) problems.add(msg('JOIN_CODE_SHAPE'), 'code');
    let name = '';
    await problems.check(async () => {
      name = checkDisplayName(displayName);
      // A signed-in person takes part under their own name: the one typed here is not used.
      if (ctx.viewer.kind !== 'person') await refuseStaffName(ctx.knex, name, 'displayName');
    });
    problems.throwIfAny();
    const workshopId = await liveWorkshopIdOf(ctx.knex, normalized);
    if (!workshopId) throw invalid(msg('JOIN_CODE_UNKNOWN'), 'code');
    if (ctx.viewer.kind === 'person') return { viewer: ctx.viewer, workshopId };
    const guestId = randomUUID();
    await ctx.knex('guest').insert({ id: guestId, workshop_id: workshopId, display_name: name });
    return { viewer: await startSession(ctx.knex, ctx.request, { guestId }), workshopId };
  },

  async grantRole(ctx: Context, personGlobalId: string, role: PlatformRole) {
    requireAdmin(ctx.viewer);
    const personId = idOf('Person', personGlobalId, 'personId');
    await ctx.knex.transaction(async (trx) => {
      const updated = await trx('person').where('id', personId).update({ role, updated_at: trx.fn.now() });
      if (updated === 0) throw notFound('Person');
      // Someone who is no longer a coordinator stops running the workshops they were assigned.
      if (role !== PlatformRole.COORDINATOR && role !== PlatformRole.ADMIN) {
        await trx('workshop_coordinator').where('person_id', personId).delete();
      }
    });
    await ctx.live.announceAccessChange();
    return { person: await ctx.loaders.personById.load(personId) };
  },

  async setCoordinator(ctx: Context, workshopGlobalId: string, personGlobalId: string, assigned: boolean) {
    requireAdmin(ctx.viewer);
    const workshopId = idOf('Workshop', workshopGlobalId, 'workshopId');
    const personId = idOf('Person', personGlobalId, 'personId');
    const [workshop, person] = await Promise.all([
      ctx.knex('workshop').select('id').where('id', workshopId).first(),
      ctx.knex('person').select('id', 'role').where('id', personId).first() as Promise<
        { role: PlatformRole } | undefined
      >,
    ]);
    if (!workshop) throw notFound('Workshop');
    if (!person) throw notFound('Person');
    if (assigned) {
      if (person.role !== PlatformRole.COORDINATOR && person.role !== PlatformRole.ADMIN) {
        throw invalid(msg('COORDINATOR_ROLE_FIRST'), 'personId');
      }
      await ctx
        .knex('workshop_coordinator')
        .insert({ workshop_id: workshopId, person_id: personId })
        .onConflict()
        .ignore();
    } else {
      await ctx.knex('workshop_coordinator').where({ workshop_id: workshopId, person_id: personId }).delete();
    }
    ctx.loaders.coordinatorsByWorkshop.clear(workshopId);
    await ctx.live.announceAccessChange();
    return { workshop: await ctx.loaders.workshopById.load(workshopId) };
  },
};

function requireAdmin(viewer: Viewer) {
  if (viewer.kind === 'anonymous') throw unauthenticated('Sign in first.');
  if (!isAdmin(viewer)) throw forbidden('Only administrators can do this.');
}
