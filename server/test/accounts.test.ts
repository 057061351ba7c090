import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../src/database.js';
import type { RequestInfo } from '../src/shared/context.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { startTestServer, type TestServer } from '../src/test-support/server.js';
import { createTestApi } from '../src/test-support/api.js';
import { MemoryMailer } from '../src/test-support/mailer.js';
import { personViewer } from '../src/test-support/viewers.js';
import { factories } from '../src/test-support/factories/index.js';
import { PlatformRole } from '../src/people/person.entity.js';
import { throttleKeys, throttleLimits } from '../src/accounts/sign-in-throttle.js';
import { hashToken } from '../src/accounts/session.service.js';
import { toGlobalId } from '../src/shared/ids.js';

let db: Database;
let server: TestServer;
let api: Awaited<ReturnType<typeof createTestApi>>;
let liveSlug: string;

const PASSWORD = 'phrase de passe du test';
/** The staff's names: guests and new accounts may not take them, however spelt. */
const STAFF = { coordinator: 'Nadia Berthelot (essai)', otherCoordinator: 'Julien Ferrand (essai)' };

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db.orm);
  api = await createTestApi(db.orm, server.live);
  const make = factories(db.orm);
  const people: [string, PlatformRole, string?][] = [
    ['admin', PlatformRole.ADMIN],
    ['coordinatrice', PlatformRole.COORDINATOR, STAFF.coordinator],
    ['coordinateur', PlatformRole.COORDINATOR, STAFF.otherCoordinator],
    ['acteur', PlatformRole.STAKEHOLDER],
    ['bailleur', PlatformRole.STAKEHOLDER],
    ['habitante', PlatformRole.RESIDENT],
    ['habitant', PlatformRole.RESIDENT],
  ];
  const ids: Record<string, string> = {};
  for (const [name, role, displayName] of people) {
    ids[name] = (await make.person({ email: `${name}@essai.quartier.test`, role, displayName, password: PASSWORD })).id;
  }
  // A live workshop run by the coordinator, joined with the code QRTEST.
  const workshop = await make.workshop({ status: 'LIVE', coordinatorIds: [ids.coordinatrice!], joinCode: 'QRTEST' });
  liveSlug = workshop.slug;
});
afterAll(async () => {
  await api?.stop();
  await server?.stop();
  await db?.close();
});

async function gql(query: string, variables: Record<string, unknown> = {}, cookie = '', language = 'fr-FR,fr') {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.get('set-cookie');
  return { body: (await response.json()) as { data?: any; errors?: any[] }, setCookie };
}

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { viewer { kind displayName role } userErrors { field message } }
}`;
const SIGN_UP = `mutation($email: String!, $password: String!, $name: String!) {
  signUp(input: { email: $email, password: $password, displayName: $name }) { confirmationSent email userErrors { field message } }
}`;
const CONFIRM = `mutation($token: String!) {
  confirmSignUp(token: $token) { viewer { kind displayName role } userErrors { field message } }
}`;
const VIEWER = `{ viewer { kind displayName } }`;
const cookieOf = (header: string | null) => header!.split(';')[0]!;

describe('accounts and sessions', () => {
  it('signs in with an HttpOnly, SameSite session cookie, and out again for good', async () => {
    const signIn = await gql(SIGN_IN, { email: 'Habitante@essai.quartier.test ', password: PASSWORD });
    expect(signIn.body.data.signIn).toMatchObject({ viewer: { kind: 'PERSON', role: 'RESIDENT' }, userErrors: [] });
    expect(signIn.setCookie).toMatch(/^ql_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    const cookie = cookieOf(signIn.setCookie);
    expect((await gql(VIEWER, {}, cookie)).body.data.viewer.kind).toBe('PERSON');

    const signOut = await gql('mutation { signOut }', {}, cookie);
    expect(signOut.setCookie).toMatch(/^ql_session=; .*Max-Age=0/);
    // The old cookie is worthless even if the browser kept it.
    expect((await gql(VIEWER, {}, cookie)).body.data.viewer).toBeNull();
  });

  it('rotates the session at sign-in: the token held before stops working', async () => {
    const first = cookieOf((await gql(SIGN_IN, { email: 'acteur@essai.quartier.test', password: PASSWORD })).setCookie);
    const second = await gql(SIGN_IN, { email: 'acteur@essai.quartier.test', password: PASSWORD }, first);
    const rotated = cookieOf(second.setCookie);
    expect(rotated).not.toBe(first);
    expect((await gql(VIEWER, {}, first)).body.data.viewer).toBeNull();
    expect((await gql(VIEWER, {}, rotated)).body.data.viewer.kind).toBe('PERSON');
  });

  it('answers the same for an unknown email and a wrong password, and throttles both alike', async () => {
    const unknown = await gql(SIGN_IN, { email: 'nobody@example.org', password: 'wrong password!' });
    const wrong = await gql(SIGN_IN, { email: 'bailleur@essai.quartier.test', password: 'wrong password!' });
    expect(unknown.body.data.signIn.userErrors).toEqual(wrong.body.data.signIn.userErrors);
    expect(unknown.setCookie).toBeNull();
    for (let i = 0; i < 4; i += 1) {
      await gql(SIGN_IN, { email: 'nobody@example.org', password: 'wrong password!' });
      await gql(SIGN_IN, { email: 'bailleur@essai.quartier.test', password: 'wrong password!' });
    }
    // Locked now, even with the right password; the message is the same whether the account exists.
    const locked = await gql(SIGN_IN, { email: 'bailleur@essai.quartier.test', password: PASSWORD });
    const lockedUnknown = await gql(SIGN_IN, { email: 'nobody@example.org', password: PASSWORD });
    expect(locked.body.data.signIn.viewer).toBeNull();
    expect(locked.body.data.signIn.userErrors[0].message).toMatch(/Trop d’échecs/);
    expect(lockedUnknown.body.data.signIn.userErrors).toEqual(locked.body.data.signIn.userErrors);
  });

  it('refuses an oversized password before hashing it', async () => {
    const huge = await gql(SIGN_IN, { email: 'acteur@essai.quartier.test', password: 'x'.repeat(100_000) });
    expect(huge.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const long = await gql(SIGN_UP, { email: 'long@example.org', password: 'x'.repeat(300), name: 'Long' });
    expect(long.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets a guest join a live workshop by code, scoped to it', async () => {
    const join = await gql(
      `mutation { joinWorkshop(code: " qrtest ", displayName: "Samia") { viewer { kind displayName guestWorkshop { slug } } userErrors { field message } } }`,
    );
    expect(join.body.data.joinWorkshop.viewer).toEqual({
      kind: 'GUEST',
      displayName: 'Samia',
      guestWorkshop: { slug: liveSlug },
    });
    expect(join.setCookie).toMatch(/^ql_session=/);
    const wrong = await gql(
      `mutation { joinWorkshop(code: "ZZZZZZ", displayName: "Samia") { viewer { kind } userErrors { field } } }`,
    );
    expect(wrong.body.data.joinWorkshop).toEqual({ viewer: null, userErrors: [{ field: 'code' }] });
  });
});

const knex = () => db.orm.em.getKnex();
let clients = 0;

/**
 * A client of its own, run in process: throttles and rate limits are per client address, so each
 * test starts from a clean slate. It keeps the cookies it is given.
 */
/** A /64 of its own: an IPv6 client is its whole /64. */
const subnet = () => `2001:db8:${(clients += 1).toString(16)}:0`;
function client(locale: 'fr' | 'en' = 'en', ip = `${subnet()}::1`) {
  const cookies: string[] = [];
  const request: Partial<RequestInfo> = { ip, locale, setCookie: (header) => cookies.push(header) };
  return {
    ip,
    cookies,
    run: (query: string, variables: Record<string, unknown> = {}) => api.run(query, variables, undefined, request),
    async signIn(email: string, password: string) {
      const result = await api.run(SIGN_IN, { email, password }, undefined, request);
      expect(result.errors).toBeUndefined();
      return result.data!.signIn as {
        viewer: { kind: string } | null;
        userErrors: { field: string | null; message: string }[];
      };
    },
  };
}

const WRONG = /Email or password is incorrect/;
const LOCKED = /Too many failed sign-ins: wait (\d+) minutes? and try again/;
const outcomeOf = (payload: { viewer: unknown; userErrors: { message: string }[] }) =>
  payload.viewer
    ? 'signed in'
    : WRONG.test(payload.userErrors[0]?.message ?? '')
      ? 'checked'
      : LOCKED.test(payload.userErrors[0]?.message ?? '')
        ? 'locked'
        : payload.userErrors[0]?.message;
const count = (outcomes: unknown[], what: string) => outcomes.filter((o) => o === what).length;

const pairRow = (email: string, ip: string) =>
  knex()('sign_in_throttle').where('key', throttleKeys(email, ip).pair).first() as Promise<any>;
/** Ends the current lock of a pair now, as if its delay had passed. */
const endLock = (email: string, ip: string) =>
  knex()('sign_in_throttle')
    .where('key', throttleKeys(email, ip).pair)
    .update({ locked_until: knex().raw(`now() - interval '1 second'`) });

describe('sign-in throttle', () => {
  const email = 'habitant@essai.quartier.test';
  const { threshold } = throttleLimits.pair;

  it('checks a parallel burst of 50 at most 5 times: the right password 40th is refused', async () => {
    const c = client();
    const burst = await Promise.all(
      Array.from({ length: 50 }, (_, i) => c.signIn(email, i === 39 ? PASSWORD : `wrong password ${i}`)),
    );
    const outcomes = burst.map(outcomeOf);
    // Only a granted claim reaches the password check ("incorrect"); the others are refused before it.
    expect(count(outcomes, 'checked')).toBe(threshold);
    expect(count(outcomes, 'locked')).toBe(50 - threshold);
    expect(outcomes[39]).toBe('locked');
    expect(c.cookies).toEqual([]);
    expect((await pairRow(email, c.ip)).attempts).toBe(threshold);
  });

  it('does not lock the owner out from another client', async () => {
    const attacker = client();
    await Promise.all(Array.from({ length: 20 }, (_, i) => attacker.signIn(email, `guess ${i}`)));
    expect(outcomeOf(await attacker.signIn(email, PASSWORD))).toBe('locked');
    const owner = client();
    expect(outcomeOf(await owner.signIn(email, PASSWORD))).toBe('signed in');
    expect(owner.cookies[0]).toMatch(/^ql_session=/);
    // And the attacker's client is still locked.
    expect(outcomeOf(await attacker.signIn(email, PASSWORD))).toBe('locked');
  });

  it('lets exactly one more check through when a lock ends, and doubles the delay each time', async () => {
    const c = client();
    for (let i = 0; i < threshold; i += 1) expect(outcomeOf(await c.signIn(email, `wrong ${i}`))).toBe('checked');
    const first = await c.signIn(email, PASSWORD);
    expect(first.userErrors[0]!.message).toMatch(LOCKED);
    expect(first.userErrors[0]!.message).toMatch(/wait 1 minute and/);
    for (const minutes of [2, 4, 8, 15, 15]) {
      await endLock(email, c.ip);
      const burst = (await Promise.all(Array.from({ length: 10 }, (_, i) => c.signIn(email, `again ${i}`)))).map(
        (p) => p.userErrors[0]!.message,
      );
      expect(
        burst.filter((m) => WRONG.test(m)),
        `after a lock, one check (then ${minutes} min)`,
      ).toHaveLength(1);
      const waits = burst.filter((m) => LOCKED.test(m)).map((m) => Number(LOCKED.exec(m)![1]));
      expect(new Set(waits)).toEqual(new Set([minutes]));
    }
    // Unlocked, the right password signs in and the series starts again.
    await endLock(email, c.ip);
    expect(outcomeOf(await c.signIn(email, PASSWORD))).toBe('signed in');
    expect(await pairRow(email, c.ip)).toBeUndefined();
  });

  it('starts again from zero after a success, and forgets failures after a quiet hour', async () => {
    const c = client();
    for (let i = 0; i < threshold - 1; i += 1) expect(outcomeOf(await c.signIn(email, `typo ${i}`))).toBe('checked');
    expect(outcomeOf(await c.signIn(email, PASSWORD))).toBe('signed in');
    for (let i = 0; i < threshold - 1; i += 1) expect(outcomeOf(await c.signIn(email, `typo ${i}`))).toBe('checked');
    await knex()('sign_in_throttle')
      .where('key', throttleKeys(email, c.ip).pair)
      .update({ updated_at: knex().raw(`now() - interval '61 minutes'`) });
    // A new series: `threshold` more checks, the last of which sets the lock.
    for (let i = 0; i < threshold; i += 1) expect(outcomeOf(await c.signIn(email, `later ${i}`))).toBe('checked');
    expect(outcomeOf(await c.signIn(email, PASSWORD))).toBe('locked');
  });

  it('counts every address of one IPv6 /64 as one client', async () => {
    const net = subnet();
    for (let i = 1; i <= threshold; i += 1) {
      expect(outcomeOf(await client('en', `${net}::${i}`).signIn(email, `wrong ${i}`))).toBe('checked');
    }
    expect(outcomeOf(await client('en', `${net}:ffff:ffff:ffff:ffff`).signIn(email, PASSWORD))).toBe('locked');
    expect(outcomeOf(await client().signIn(email, PASSWORD))).toBe('signed in');
  });

  it('treats every form of one address as that address, and checks none of the invisible ones', async () => {
    const c = client();
    const shapes = [
      'HABITANT@essai.quartier.test',
      'ｈａｂｉｔａｎｔ@essai.quartier.test',
      ' habitant@ESSAI.QUARTIER.TEST ',
      'habitant@ｅｓｓａｉ.quartier.test',
      'habitant@essai。quartier.test',
    ];
    for (const shape of shapes) expect(outcomeOf(await c.signIn(shape, 'wrong password')), shape).toBe('checked');
    expect(outcomeOf(await c.signIn(email, PASSWORD))).toBe('locked');
    for (const hidden of [
      'habitant\u200b@essai.quartier.test',
      'habitant@essai.quartier.test\u200d',
      'habi\u00adtant@essai.quartier.test',
      'habitant@essai.quartier.test.',
    ]) {
      const refused = await c.signIn(hidden, PASSWORD);
      expect(refused.viewer).toBeNull();
      expect(refused.userErrors).toEqual([{ field: 'email', message: expect.not.stringMatching(LOCKED) }]);
    }
    expect((await pairRow(email, c.ip)).attempts).toBe(threshold);
  });

  // About a hundred password checks: on a loaded two-core machine they take longer than the default 30 s.
  it('slows one client trying many accounts, but not people sharing one address', { timeout: 120_000 }, async () => {
    const sprayer = client();
    const clientLimit = throttleLimits.client.threshold;
    for (let i = 0; i < clientLimit; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: 10 }, (_, j) => sprayer.signIn(`someone-${i + j}@example.org`, 'password123456')),
      );
      expect(batch.map(outcomeOf)).toEqual(Array(10).fill('checked'));
    }
    // Another account, the right password: this client has to wait, whatever the account.
    expect(outcomeOf(await sprayer.signIn('acteur@essai.quartier.test', PASSWORD))).toBe('locked');
    expect(outcomeOf(await client().signIn('acteur@essai.quartier.test', PASSWORD))).toBe('signed in');

    // A workshop room on one wifi: many sign-ins, some typos; successes do not count.
    const room = client();
    const people = ['acteur', 'habitante', 'habitant', 'bailleur'].map((p) => `${p}@essai.quartier.test`);
    for (let i = 0; i < 60; i += 6) {
      const batch = Array.from({ length: 6 }, (_, j) => i + j);
      const outcomes = await Promise.all(
        batch.map(async (n) =>
          n % 3 === 0
            ? outcomeOf(await room.signIn(`visitor-${n}@example.org`, 'oops'))
            : outcomeOf(await room.signIn(people[n % people.length]!, PASSWORD)),
        ),
      );
      expect(outcomes).toEqual(batch.map((n) => (n % 3 === 0 ? 'checked' : 'signed in')));
    }
  });

  it('says how long to wait in French, the same whether or not the account exists', async () => {
    const c = client('fr');
    for (const who of [email, 'personne@example.org']) {
      for (let i = 0; i < threshold; i += 1) await c.signIn(who, 'mauvais mot de passe');
    }
    const known = await c.signIn(email, PASSWORD);
    const unknown = await c.signIn('personne@example.org', PASSWORD);
    expect(known.userErrors[0]!.message).toMatch(/^Trop d’échecs de connexion\s:\sattendez 1 minute puis réessayez\.$/);
    expect(unknown).toEqual(known);
  });
});

const SIGNUP_PASSWORD = 'une phrase de passe';
const fresh = (label = 'nouvelle') => `${label}-${randomUUID().slice(0, 8)}@example.org`;
const tokenOf = (address: string) => {
  const link = MemoryMailer.linkIn(api.mail.to(address).at(-1));
  expect(link.pathname).toBe('/signup/confirm');
  return link.searchParams.get('token')!;
};

describe('sign-up by email confirmation', () => {
  it('answers the same whether or not the address has an account, and signs nobody in', async () => {
    const c = client();
    const address = fresh();
    const registered = 'habitante@essai.quartier.test';
    const before = await knex()('person').where('email', registered).first();
    const sentBefore = api.mail.to(registered).length;
    const forNew = await c.run(SIGN_UP, { email: address, password: SIGNUP_PASSWORD, name: 'Nora' });
    const forTaken = await c.run(SIGN_UP, { email: registered, password: SIGNUP_PASSWORD, name: 'Nora' });
    expect(forNew).toEqual({ data: { signUp: { confirmationSent: true, email: address, userErrors: [] } } });
    expect(forTaken).toEqual({ data: { signUp: { confirmationSent: true, email: registered, userErrors: [] } } });
    expect(c.cookies).toEqual([]);

    // Nothing is created before the link is used, and the account that exists is left alone.
    expect(await knex()('person').where('email', address).first()).toBeUndefined();
    expect(await knex()('person').where('email', registered).first()).toEqual(before);

    const [invite] = api.mail.to(address);
    expect(invite!.subject).toMatch(/Confirm your address/);
    expect(tokenOf(address)).toMatch(/^[\w-]{40,}$/);
    const notices = api.mail.to(registered);
    expect(notices).toHaveLength(sentBefore + 1);
    expect(notices.at(-1)!.text).toMatch(
      /tried to create a QuartierLab account with this address, which already has one/,
    );
    expect(MemoryMailer.linkIn(notices.at(-1)).pathname).toBe('/signin');
    expect(notices.at(-1)!.text).not.toMatch(/token/);
  });

  it('creates the resident account from the link, once, and signs in', async () => {
    const address = fresh();
    await client().run(SIGN_UP, { email: address, password: SIGNUP_PASSWORD, name: 'Nora' });
    const token = tokenOf(address);
    const browser = client();
    const confirmed = await browser.run(CONFIRM, { token });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmSignUp).toEqual({
      viewer: { kind: 'PERSON', displayName: 'Nora', role: 'RESIDENT' },
      userErrors: [],
    });
    expect(browser.cookies[0]).toMatch(/^ql_session=/);
    expect(await knex()('pending_sign_up').where('email', address)).toEqual([]);

    const again = await client().run(CONFIRM, { token });
    expect(again.data!.confirmSignUp).toEqual({
      viewer: null,
      userErrors: [{ field: 'token', message: expect.stringMatching(/not valid, or it was used already/) }],
    });
    expect(outcomeOf(await client().signIn(address, SIGNUP_PASSWORD))).toBe('signed in');
    expect(await knex()('person').where('email', address)).toHaveLength(1);
  });

  it('refuses an expired link, and a link whose address got an account meanwhile', async () => {
    const late = fresh('tardive');
    await client().run(SIGN_UP, { email: late, password: SIGNUP_PASSWORD, name: 'Nora' });
    const lateToken = tokenOf(late);
    await knex()('pending_sign_up')
      .where('token_hash', hashToken(lateToken))
      .update({ expires_at: knex().raw(`now() - interval '1 second'`) });
    const expired = await client('fr').run(CONFIRM, { token: lateToken });
    expect(expired.data!.confirmSignUp).toEqual({
      viewer: null,
      userErrors: [{ field: 'token', message: expect.stringMatching(/^Ce lien a expiré/) }],
    });
    expect(await knex()('person').where('email', late).first()).toBeUndefined();

    const raced = fresh('doublon');
    await client().run(SIGN_UP, { email: raced, password: SIGNUP_PASSWORD, name: 'Nora' });
    const racedToken = tokenOf(raced);
    const id = randomUUID();
    await knex()('person').insert({ id, slug: `membre-${id}`, display_name: 'Première', email: raced });
    const taken = await client().run(CONFIRM, { token: racedToken });
    expect(taken.data!.confirmSignUp).toEqual({
      viewer: null,
      userErrors: [{ field: 'token', message: expect.stringMatching(/No account can be created with this address/) }],
    });
    expect((await knex()('person').where('email', raced)).map((p: any) => p.display_name)).toEqual(['Première']);
    // Garbage is just an unknown link.
    const garbage = await client().run(CONFIRM, { token: 'x'.repeat(500) });
    expect(garbage.data!.confirmSignUp.userErrors[0].field).toBe('token');
  });

  it('confirms two links to one address at once as one after the other: one account, the other link void', async () => {
    const address = fresh('double');
    const tokens: string[] = [];
    for (const name of ['Nora', 'Nadia']) {
      await client().run(SIGN_UP, { email: address, password: SIGNUP_PASSWORD, name });
      tokens.push(tokenOf(address));
    }
    const answers = await Promise.all(tokens.map((token) => client().run(CONFIRM, { token })));
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
    const outcomes = answers.map((a) => a.data!.confirmSignUp);
    expect(outcomes.filter((o) => o.viewer?.kind === 'PERSON')).toHaveLength(1);
    expect(outcomes.filter((o) => !o.viewer)).toEqual([
      {
        viewer: null,
        userErrors: [{ field: 'token', message: expect.stringMatching(/not valid, or it was used already/) }],
      },
    ]);
    expect(await knex()('person').where('email', address)).toHaveLength(1);
    expect(await knex()('pending_sign_up').where('email', address)).toEqual([]);
  });

  it('writes the mail in the language of the request, French first', async () => {
    const address = fresh();
    await client('fr').run(SIGN_UP, { email: address, password: SIGNUP_PASSWORD, name: 'Nora' });
    expect(api.mail.to(address).at(-1)!.subject).toMatch(/^Confirmez votre adresse/);
    await client('fr').run(SIGN_UP, { email: 'habitant@essai.quartier.test', password: SIGNUP_PASSWORD, name: 'Nora' });
    expect(api.mail.to('habitant@essai.quartier.test').at(-1)!.text).toMatch(/Quelqu’un \(peut-être vous\)/);
  });

  it('says everything to fix at once, and sends nothing', async () => {
    const sent = api.mail.sent.length;
    const bad = await client().run(SIGN_UP, { email: 'not-an-email', password: 'short', name: '<b>' });
    expect(bad.data!.signUp.confirmationSent).toBe(false);
    expect(bad.data!.signUp.userErrors.map((e: { field: string }) => e.field).sort()).toEqual([
      'displayName',
      'email',
      'password',
    ]);
    expect(api.mail.sent.length).toBe(sent);
  });

  it('stores one form of an address: look-alikes of a registered one are that one; invisible ones are refused', async () => {
    const registered = 'acteur@essai.quartier.test';
    const sent = api.mail.to(registered).length;
    for (const shape of [
      'ＡＣＴＥＵＲ@essai.quartier.test',
      ' Acteur@Essai.Quartier.Test ',
      'acteur@essai。quartier。test',
    ]) {
      const answer = await client().run(SIGN_UP, { email: shape, password: SIGNUP_PASSWORD, name: 'Nora' });
      expect(answer.data!.signUp, shape).toEqual({ confirmationSent: true, email: registered, userErrors: [] });
    }
    expect(api.mail.to(registered)).toHaveLength(sent + 3);
    // Mail to one address is capped: the answer stays the same, the mail is not sent.
    const capped = await client().run(SIGN_UP, { email: registered, password: SIGNUP_PASSWORD, name: 'Nora' });
    expect(capped.data!.signUp.confirmationSent).toBe(true);
    expect(api.mail.to(registered)).toHaveLength(sent + 3);

    for (const [shape, message] of [
      ['nora\u200b@example.org', /invisible characters/],
      ['nora@exa\u200cmple.org', /invisible characters/],
      ['nora@example.org\u202e', /invisible characters/],
      ['nora@example.org.', /may not begin or end with a dot/],
      ['nora@example..org', /two dots in a row/],
      ['nora@exаmple.org', /mixes Latin letters with Cyrillic or Greek/],
    ] as const) {
      const refused = await client().run(SIGN_UP, { email: shape, password: SIGNUP_PASSWORD, name: 'Nora' });
      expect(refused.data!.signUp, JSON.stringify(shape)).toEqual({
        confirmationSent: false,
        email: null,
        userErrors: [{ field: 'email', message: expect.stringMatching(message) }],
      });
    }
    expect(await knex()('pending_sign_up').where('email', 'like', 'nora%')).toEqual([]);
  });

  it('refuses the names of staff and role words', async () => {
    for (const name of [
      'Julien Ferrand (démo)',
      'JULIEN  FERRAND',
      'Ｊｕｌｉｅｎ Ｆｅｒｒａｎｄ',
      'Coordinateur',
      'Équipe QuartierLab',
    ]) {
      const refused = await client().run(SIGN_UP, { email: fresh(), password: SIGNUP_PASSWORD, name });
      expect(refused.data!.signUp.userErrors, name).toEqual([{ field: 'displayName', message: expect.any(String) }]);
    }
  });

  it('is rate-limited per client', async () => {
    const c = client();
    for (let i = 0; i < 10; i += 1) {
      expect(
        (await c.run(SIGN_UP, { email: fresh(), password: SIGNUP_PASSWORD, name: 'Nora' })).errors,
      ).toBeUndefined();
    }
    const limited = await c.run(SIGN_UP, { email: fresh(), password: SIGNUP_PASSWORD, name: 'Nora' });
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('over HTTP without SMTP, writes the mail to the log, and its link signs in', async () => {
    const address = fresh('journal');
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
    try {
      const asked = await gql(SIGN_UP, { email: address, password: SIGNUP_PASSWORD, name: 'Nora' });
      expect(asked.body.data.signUp).toEqual({ confirmationSent: true, email: address, userErrors: [] });
      expect(asked.setCookie).toBeNull();
    } finally {
      spy.mockRestore();
    }
    const mail = logged.find((text) => text.includes(`To: ${address}`));
    expect(mail).toMatch(/Subject: Confirmez votre adresse/);
    const token = MemoryMailer.linkIn({ to: address, subject: '', text: mail! }).searchParams.get('token')!;
    const confirmed = await gql(CONFIRM, { token });
    expect(confirmed.body.data.confirmSignUp.viewer).toEqual({ kind: 'PERSON', displayName: 'Nora', role: 'RESIDENT' });
    expect((await gql(VIEWER, {}, cookieOf(confirmed.setCookie))).body.data.viewer.kind).toBe('PERSON');
  });
});

describe('guests may not pass for staff', () => {
  const JOIN = `mutation($name: String!) { joinWorkshop(code: "QRTEST", displayName: $name) { viewer { kind displayName } userErrors { field message } } }`;

  it('refuses the name of a coordinator or admin however it is written, and role words', async () => {
    const c = client();
    for (const name of [
      'Nadia Berthelot (démo)',
      'nadia berthelot',
      'NÁDIA BÉRTHELOT (DÉMO)',
      'Ｎａｄｉａ Ｂｅｒｔｈｅｌｏｔ',
      'N a d i a   Berthelot.',
      'Nadia\u200bBerthelot',
      'Nаdia Berthelot', // Cyrillic а
      'Nadia Berthelot 2',
      'Équipe QuartierLab',
      'Coordinatrice',
      'La modération',
      'Administrateur',
      'A d m i n',
      'Ａｄｍｉｎ',
    ]) {
      const refused = await c.run(JOIN, { name });
      expect(refused.data!.joinWorkshop, name).toEqual({
        viewer: null,
        userErrors: [{ field: 'displayName', message: expect.stringMatching(/QuartierLab/) }],
      });
      expect(await knex()('guest').where('display_name', name.trim()), name).toEqual([]);
    }
    const french = await client('fr').run(JOIN, { name: 'coordinatrice' });
    expect(french.data!.joinWorkshop.userErrors[0].message).toMatch(/^Ce nom laisse croire à un rôle/);
    for (const name of ['Nadia', 'Club de badminton', 'Modou']) {
      expect((await c.run(JOIN, { name })).data!.joinWorkshop.viewer, name).toEqual({
        kind: 'GUEST',
        displayName: name,
      });
    }
  });

  it('lets a signed-in person join whatever the name typed: theirs is used', async () => {
    const coordinator = await personViewer(db.orm, 'coordinatrice@essai.quartier.test');
    const joined = await api.run(JOIN, { name: 'Coordinatrice' }, coordinator, { ip: '2001:db8:1::1' });
    expect(joined.data!.joinWorkshop).toEqual({
      viewer: { kind: 'PERSON', displayName: STAFF.coordinator },
      userErrors: [],
    });
  });
});

describe('roles', () => {
  it('takes a demoted coordinator off the workshops they ran', async () => {
    const knex = db.orm.em.getKnex();
    const admin = cookieOf((await gql(SIGN_IN, { email: 'admin@essai.quartier.test', password: PASSWORD })).setCookie);
    const coordinator = (await knex('person')
      .select('id')
      .where('email', 'coordinatrice@essai.quartier.test')
      .first()) as {
      id: string;
    };
    const before = await knex('workshop_coordinator').where('person_id', coordinator.id).count({ n: '*' }).first();
    expect(Number(before!.n)).toBeGreaterThan(0);
    const personId = Buffer.from(`Person:${coordinator.id}`).toString('base64url');
    const grant = await gql(
      `mutation($id: ID!) { grantRole(personId: $id, role: STAKEHOLDER) { person { role } userErrors { message } } }`,
      { id: personId },
      admin,
    );
    expect(grant.body.data.grantRole).toEqual({ person: { role: 'STAKEHOLDER' }, userErrors: [] });
    const after = await knex('workshop_coordinator').where('person_id', coordinator.id).count({ n: '*' }).first();
    expect(Number(after!.n)).toBe(0);
  });

  it('never leaves a demoted person running a workshop, whatever the order of a demotion and an assignment', async () => {
    const admin = await personViewer(db.orm, 'admin@essai.quartier.test');
    const make = factories(db.orm);
    const ASSIGN = `mutation($w: ID!, $p: ID!) { assignCoordinator(workshopId: $w, personId: $p) { userErrors { message } } }`;
    const GRANT = `mutation($p: ID!, $role: PlatformRole!) { grantRole(personId: $p, role: $role) { userErrors { message } } }`;
    for (let round = 0; round < 5; round += 1) {
      const person = await make.person({ role: PlatformRole.COORDINATOR });
      const workshop = await make.workshop({ status: 'SCHEDULED' });
      const [w, p] = [toGlobalId('Workshop', workshop.id), toGlobalId('Person', person.id)];
      const [assigned, demoted] = await Promise.all([
        api.run(ASSIGN, { w, p }, admin),
        api.run(GRANT, { p, role: 'RESIDENT' }, admin),
      ]);
      expect(demoted.data!.grantRole.userErrors).toEqual([]);
      // Assigned first, then taken off by the demotion; or refused, the person no longer a coordinator.
      const refusal = (assigned.data!.assignCoordinator.userErrors as { message: string }[]).map((e) => e.message);
      expect(refusal.join()).toMatch(/^(|Grant this person the coordinator role first\.)$/);
      expect(await knex()('workshop_coordinator').where('person_id', person.id)).toEqual([]);
    }
  });
});
