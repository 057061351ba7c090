import { randomUUID } from 'node:crypto';
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
import { normalizeEmail } from './email.js';
import { refuseStaffName } from './staff-names.js';
import { claimSignIn, signInSucceeded } from './sign-in-throttle.js';
import type { SignInInput, SignUpInput } from './account.inputs.js';

/** Display names are shown to everyone: printable, trimmed, short. */
export function checkDisplayName(name: string, field = 'displayName'): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed.length < 2 || trimmed.length > 60)
    throw invalid(msg('Give a name of 2 to 60 characters.', 'Indiquez un nom de 2 à 60 caractères.'), field);
  // Bidirectional controls can show a name reversed or reordered, passing for another one.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f<>\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(trimmed))
    throw invalid(
      msg(
        'The name may not contain < > or control characters.',
        'Le nom ne peut contenir ni < > ni caractères de contrôle.',
      ),
      field,
    );
  return trimmed;
}

/** The email in its one stored form, and the password's length, checked together. */
async function checkCredentials(problems: Problems, input: { email: string; password: string }): Promise<string> {
  let email = '';
  await problems.check(() => (email = normalizeEmail(input.email)));
  if (input.password.length > passwordLimits.max)
    problems.add(
      msg(
        `The password may not exceed ${passwordLimits.max} characters.`,
        `Le mot de passe ne peut pas dépasser ${passwordLimits.max} caractères.`,
      ),
      'password',
    );
  return email;
}

export const accountService = {
  async signUp(ctx: Context, input: SignUpInput): Promise<{ viewer: Viewer }> {
    rateLimits.signUp.take(ctx.request.ip);
    const problems = new Problems();
    const email = await checkCredentials(problems, input);
    if (input.password.length < passwordLimits.min)
      problems.add(
        msg(
          `Choose a password of at least ${passwordLimits.min} characters.`,
          `Choisissez un mot de passe d’au moins ${passwordLimits.min} caractères.`,
        ),
        'password',
      );
    let displayName = '';
    await problems.check(async () => {
      displayName = checkDisplayName(input.displayName);
      await refuseStaffName(ctx.knex, displayName, 'displayName');
    });
    problems.throwIfAny();
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
      .select('id', 'password_hash as passwordHash')
      .where('email', email)
      .first()) as { id: string; passwordHash: string | null } | undefined;
    const ok = await verifyPassword(person?.passwordHash, input.password);
    if (!ok || !person)
      throw invalid(msg('Email or password is incorrect.', 'Adresse e-mail ou mot de passe incorrect.'));
    await signInSucceeded(ctx.knex, claimed);
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
    await problems.check(async () => {
      name = checkDisplayName(displayName);
      // A signed-in person takes part under their own name: the one typed here is not used.
      if (ctx.viewer.kind !== 'person') await refuseStaffName(ctx.knex, name, 'displayName');
    });
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
