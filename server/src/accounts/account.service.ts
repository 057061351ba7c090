import { createHash, randomUUID } from 'node:crypto';
import type { Context } from '../context.js';
import { forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg, Problems } from '../shared/payload.js';
import { rateLimits } from '../shared/rate-limit.js';
import { isAdmin, type Viewer } from '../shared/viewer.js';
import { PlatformRole } from '../people/person.entity.js';
import { hashPassword, passwordLimits, verifyPassword } from './password.js';
import { liveWorkshopIdOf, normalizeJoinCode } from '../workshops/workshop.lifecycle.js';
import { clearSessionCookie, revokeToken, startSession } from './session.service.js';
import type { SignInInput, SignUpInput } from './account.inputs.js';

const maxFailures = 5;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const normalizeEmail = (email: string) => email.trim().toLowerCase();
const emailHash = (email: string) => createHash('sha256').update(normalizeEmail(email)).digest('base64url');

/** Display names are shown to everyone: printable, trimmed, short. */
export function checkDisplayName(name: string, field = 'displayName'): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed.length < 2 || trimmed.length > 60)
    throw invalid(msg('Give a name of 2 to 60 characters.', 'Indiquez un nom de 2 à 60 caractères.'), field);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f<>]/.test(trimmed))
    throw invalid(
      msg(
        'The name may not contain < > or control characters.',
        'Le nom ne peut contenir ni < > ni caractères de contrôle.',
      ),
      field,
    );
  return trimmed;
}

function checkCredentials(email: string, password: string): Problems {
  const problems = new Problems();
  if (email.length > 254 || !emailPattern.test(email.trim()))
    problems.add(msg('Enter a valid email address.', 'Saisissez une adresse e-mail valide.'), 'email');
  if (password.length > passwordLimits.max)
    problems.add(
      msg(
        `The password may not exceed ${passwordLimits.max} characters.`,
        `Le mot de passe ne peut pas dépasser ${passwordLimits.max} caractères.`,
      ),
      'password',
    );
  return problems;
}

/** Locked for 1, 2, 4… up to 15 minutes after the fifth failure in a row. */
const lockMinutes = (failures: number) => Math.min(15, 2 ** Math.max(0, failures - maxFailures));

export const accountService = {
  async signUp(ctx: Context, input: SignUpInput): Promise<{ viewer: Viewer }> {
    rateLimits.signUp.take(ctx.request.ip);
    const problems = checkCredentials(input.email, input.password);
    if (input.password.length < passwordLimits.min)
      problems.add(
        msg(
          `Choose a password of at least ${passwordLimits.min} characters.`,
          `Choisissez un mot de passe d’au moins ${passwordLimits.min} caractères.`,
        ),
        'password',
      );
    let displayName = '';
    await problems.check(() => (displayName = checkDisplayName(input.displayName)));
    problems.throwIfAny();
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    const personId = randomUUID();
    const inserted = (await ctx
      .knex('person')
      .insert({
        id: personId,
        slug: `membre-${personId}`, // unique like the id: a short prefix would collide one day
        display_name: displayName,
        email,
        role: PlatformRole.RESIDENT,
        password_hash: passwordHash,
      })
      .onConflict('email')
      .ignore()
      .returning('id')) as { id: string }[];
    if (inserted.length === 0) {
      throw invalid(
        msg(
          'An account already uses this email: sign in instead, or use another address.',
          'Un compte utilise déjà cette adresse : connectez-vous, ou choisissez-en une autre.',
        ),
        'email',
      );
    }
    return { viewer: await startSession(ctx.knex, ctx.request, { personId }) };
  },

  async signIn(ctx: Context, input: SignInInput): Promise<{ viewer: Viewer }> {
    checkCredentials(input.email, input.password).throwIfAny();
    const key = emailHash(input.email);
    const throttle = (await ctx
      .knex('sign_in_throttle')
      .select('failures', 'locked_until as lockedUntil')
      .where('email_hash', key)
      .where('locked_until', '>', ctx.knex.fn.now())
      .first()) as { failures: number } | undefined;
    if (throttle) {
      throw invalid(
        msg(
          `Too many failed attempts for this email: wait ${lockMinutes(throttle.failures)} minute(s) and try again.`,
          `Trop d’échecs pour cette adresse : attendez ${lockMinutes(throttle.failures)} minute(s) puis réessayez.`,
        ),
      );
    }
    const person = (await ctx
      .knex('person')
      .select('id', 'password_hash as passwordHash')
      .where('email', normalizeEmail(input.email))
      .first()) as { id: string; passwordHash: string | null } | undefined;
    const ok = await verifyPassword(person?.passwordHash, input.password);
    if (!ok || !person) {
      // Counted per email whether or not an account exists, so lockouts reveal nothing.
      await ctx.knex.raw(
        `insert into sign_in_throttle (email_hash, failures, locked_until, updated_at) values (?, 1, null, now())
         on conflict (email_hash) do update set
           failures = sign_in_throttle.failures + 1,
           locked_until = case when sign_in_throttle.failures + 1 >= ${maxFailures}
             then now() + make_interval(mins => least(15, power(2, greatest(0, sign_in_throttle.failures + 1 - ${maxFailures}))::int))
             else null end,
           updated_at = now()`,
        [key],
      );
      throw invalid(msg('Email or password is incorrect.', 'Adresse e-mail ou mot de passe incorrect.'));
    }
    await ctx.knex('sign_in_throttle').where('email_hash', key).delete();
    return { viewer: await startSession(ctx.knex, ctx.request, { personId: person.id }) };
  },

  async signOut(ctx: Context): Promise<boolean> {
    await revokeToken(ctx.knex, ctx.request.sessionToken);
    clearSessionCookie(ctx.request);
    return true;
  },

  async joinWorkshop(ctx: Context, code: string, displayName: string) {
    rateLimits.join.take(ctx.request.ip);
    const problems = new Problems();
    const normalized = normalizeJoinCode(code);
    if (!/^[A-Z0-9]{4,12}$/.test(normalized))
      problems.add(
        msg('A join code has 6 letters or digits.', 'Un code d’atelier compte 6 lettres ou chiffres.'),
        'code',
      );
    let name = '';
    await problems.check(() => (name = checkDisplayName(displayName)));
    problems.throwIfAny();
    const workshopId = await liveWorkshopIdOf(ctx.knex, normalized);
    if (!workshopId)
      throw invalid(
        msg(
          'No live workshop has this code: check it with the organisers.',
          'Aucun atelier en direct n’a ce code : vérifiez-le auprès des organisateurs.',
        ),
        'code',
      );
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
        throw invalid(
          msg(
            'Grant this person the coordinator role first.',
            'Donnez d’abord le rôle de coordination à cette personne.',
          ),
          'personId',
        );
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
    return { workshop: await ctx.loaders.workshopById.load(workshopId) };
  },
};

function requireAdmin(viewer: Viewer) {
  if (viewer.kind === 'anonymous') throw unauthenticated('Sign in first.');
  if (!isAdmin(viewer)) throw forbidden('Only administrators can do this.');
}
