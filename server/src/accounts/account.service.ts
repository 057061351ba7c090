import { randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg, Problems } from '../shared/payload.js';
import { RateLimiter, rateLimits } from '../shared/rate-limit.js';
import { isAdmin, type Viewer } from '../shared/viewer.js';
import { sendInBackground, type MailMessage } from '../mail/mailer.js';
import { Person, PlatformRole } from '../people/person.entity.js';
import { Workshop } from '../workshops/workshop.entity.js';
import { Diagnosis } from '../diagnosis/diagnosis.entity.js';
import { columnsOf, type RowOf } from '../shared/rows.js';
import { hashPassword, passwordLimits, verifyPassword } from './password.js';
import { liveWorkshopIdOf, normalizeJoinCode } from '../workshops/workshop.lifecycle.js';
import { clearSessionCookie, hashToken, newToken, revokeToken, startSession } from './session.service.js';
import { Guest, PendingSignUp } from './session.entity.js';
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
    const message = await ctx.em.transactional(async (em): Promise<MailMessage> => {
      // Links nobody used in time go here, where links are added.
      await em.nativeDelete(PendingSignUp, { expiresAt: { $lt: new Date() } });
      if ((await em.count(Person, { email })) > 0) {
        return alreadyRegisteredMail(ctx.request.locale, email, linkTo(ctx, '/signin'));
      }
      const { token, tokenHash } = newToken();
      em.create(PendingSignUp, {
        tokenHash,
        email,
        displayName,
        passwordHash,
        expiresAt: new Date(Date.now() + signUpLinkHours * 3600_000),
      });
      const link = linkTo(ctx, `/signup/confirm?token=${token}`);
      return confirmSignUpMail(ctx.request.locale, email, link, signUpLinkHours);
    });
    if (await mayMail(email)) sendInBackground(ctx.mail, message);
    return { confirmationSent: true, email };
  },

  /** Uses the link of a sign-up mail, once: creates the resident account and signs in. */
  async confirmSignUp(ctx: Context, token: string): Promise<{ viewer: Viewer }> {
    const outcome = await ctx.em.transactional(async (em) => {
      const claimed = await claimSignUp(em, hashToken(token.trim()));
      if (!claimed) return 'unknown' as const;
      const { pending, sameAddress } = claimed;
      if (pending.expiresAt <= new Date()) {
        em.remove(pending);
        return 'expired' as const;
      }
      const person = await createResident(em, pending);
      if (!person) {
        em.remove(pending);
        return 'taken' as const;
      }
      // Other sign-ups waiting on the same address are void now.
      em.remove(sameAddress);
      return { personId: person.id };
    });
    if (outcome === 'unknown') throw invalid(msg('SIGN_UP_LINK_INVALID'), 'token');
    if (outcome === 'expired') throw invalid(msg('SIGN_UP_LINK_EXPIRED', { hours: signUpLinkHours }), 'token');
    if (outcome === 'taken') throw invalid(msg('SIGN_UP_ADDRESS_TAKEN'), 'token');
    return { viewer: await startSession(ctx.em, ctx.request, { personId: outcome.personId }) };
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
    const claimed = await claimSignIn(ctx.em, email, ctx.request.ip);
    const person = (await ctx
      .knex('person')
      .select(columnsOf(Person, 'person', { only: ['id', 'passwordHash'] }))
      .where('email', email)
      .first()) as Pick<RowOf<Person>, 'id' | 'passwordHash'> | undefined;
    const ok = await verifyPassword(person?.passwordHash, input.password);
    if (!ok || !person) throw invalid(msg('SIGN_IN_FAILED'));
    await signInSucceeded(ctx.em, claimed);
    return { viewer: await startSession(ctx.em, ctx.request, { personId: person.id }) };
  },

  async signOut(ctx: Context): Promise<boolean> {
    await ctx.em.transactional((em) => revokeToken(em, ctx.request.sessionToken));
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
    const guest = ctx.em.create(Guest, { workshop: workshopId, displayName: name });
    await ctx.em.flush();
    return { viewer: await startSession(ctx.em, ctx.request, { guestId: guest.id }), workshopId };
  },

  async grantRole(ctx: Context, personGlobalId: string, role: PlatformRole) {
    requireAdmin(ctx.viewer);
    const personId = idOf('Person', personGlobalId, 'personId');
    await ctx.em.transactional(async (em) => {
      // Locked first, as `setCoordinator` does: an assignment made meanwhile waits, then sees the new role.
      const person = await em.findOne(Person, personId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!person) throw notFound('Person');
      person.role = role;
      // Someone who is no longer a coordinator stops running the workshops and diagnoses they were assigned.
      if (!mayCoordinate(role)) {
        const assigned = await em.find(Workshop, { coordinators: person }, { populate: ['coordinators'] });
        for (const workshop of assigned) workshop.coordinators.remove(person);
        const diagnoses = await em.find(Diagnosis, { coordinators: person }, { populate: ['coordinators'] });
        for (const diagnosis of diagnoses) diagnosis.coordinators.remove(person);
      }
    });
    await ctx.live.announceAccessChange();
    return { person: await ctx.loaders.personById.load(personId) };
  },

  async setCoordinator(ctx: Context, workshopGlobalId: string, personGlobalId: string, assigned: boolean) {
    requireAdmin(ctx.viewer);
    const workshopId = idOf('Workshop', workshopGlobalId, 'workshopId');
    const personId = idOf('Person', personGlobalId, 'personId');
    await ctx.em.transactional(async (em) => {
      const workshop = await em.findOne(Workshop, workshopId);
      if (!workshop) throw notFound('Workshop');
      // Locked, as `grantRole` does: the role read here cannot change until this commits, and two
      // assignments of one person take turns.
      const person = await em.findOne(Person, personId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!person) throw notFound('Person');
      if (assigned && !mayCoordinate(person.role)) throw invalid(msg('COORDINATOR_ROLE_FIRST'), 'personId');
      await workshop.coordinators.init();
      if (assigned) workshop.coordinators.add(person);
      else workshop.coordinators.remove(person);
    });
    ctx.loaders.coordinatorsByWorkshop.clear(workshopId);
    await ctx.live.announceAccessChange();
    return { workshop: await ctx.loaders.workshopById.load(workshopId) };
  },
};

const mayCoordinate = (role: PlatformRole) => role === PlatformRole.COORDINATOR || role === PlatformRole.ADMIN;

/**
 * The pending sign-up of this token, locked with every other one of its address, in one order:
 * two links to one address confirmed at once take turns rather than deadlock, and the second
 * finds its link void, as if it had come after. Undefined when the link is unknown or used.
 */
async function claimSignUp(em: EntityManager, tokenHash: string) {
  const found = await em.findOne(PendingSignUp, { tokenHash });
  if (!found) return undefined;
  const sameAddress = await em.find(
    PendingSignUp,
    { email: found.email },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { tokenHash: 'asc' }, refresh: true },
  );
  const pending = sameAddress.find((p) => p.tokenHash === tokenHash);
  return pending && { pending, sameAddress };
}

/**
 * The resident account of a confirmed sign-up, or null when its address has one. The unique email
 * decides, in a savepoint: the refused insert leaves the transaction usable, and the link used up.
 */
async function createResident(em: EntityManager, pending: PendingSignUp): Promise<Person | null> {
  const id = randomUUID();
  try {
    return await em.transactional((savepoint) =>
      savepoint.create(Person, {
        id,
        slug: `membre-${id}`, // unique like the id: a short prefix would collide one day
        displayName: pending.displayName,
        email: pending.email,
        role: PlatformRole.RESIDENT,
        passwordHash: pending.passwordHash,
      }),
    );
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) return null;
    throw error;
  }
}

function requireAdmin(viewer: Viewer) {
  if (viewer.kind === 'anonymous') throw unauthenticated('Sign in first.');
  if (!isAdmin(viewer)) throw forbidden('Only administrators can do this.');
}
