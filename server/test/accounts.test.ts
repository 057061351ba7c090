import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { startTestServer, type TestServer } from '../src/test-support/server.js';

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db.orm);
});
afterAll(async () => {
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
  signUp(input: { email: $email, password: $password, displayName: $name }) { viewer { kind role } userErrors { field message } }
}`;
const VIEWER = `{ viewer { kind displayName } }`;
const cookieOf = (header: string | null) => header!.split(';')[0]!;

describe('accounts and sessions', () => {
  it('signs in with an HttpOnly, SameSite session cookie, and out again for good', async () => {
    const signIn = await gql(SIGN_IN, { email: 'Habitante@demo.quartierlab.fr ', password: 'quartierlab-demo' });
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
    const first = cookieOf(
      (await gql(SIGN_IN, { email: 'acteur@demo.quartierlab.fr', password: 'quartierlab-demo' })).setCookie,
    );
    const second = await gql(SIGN_IN, { email: 'acteur@demo.quartierlab.fr', password: 'quartierlab-demo' }, first);
    const rotated = cookieOf(second.setCookie);
    expect(rotated).not.toBe(first);
    expect((await gql(VIEWER, {}, first)).body.data.viewer).toBeNull();
    expect((await gql(VIEWER, {}, rotated)).body.data.viewer.kind).toBe('PERSON');
  });

  it('answers the same for an unknown email and a wrong password, and throttles both alike', async () => {
    const unknown = await gql(SIGN_IN, { email: 'nobody@example.org', password: 'wrong password!' });
    const wrong = await gql(SIGN_IN, { email: 'bailleur@demo.quartierlab.fr', password: 'wrong password!' });
    expect(unknown.body.data.signIn.userErrors).toEqual(wrong.body.data.signIn.userErrors);
    expect(unknown.setCookie).toBeNull();
    for (let i = 0; i < 4; i += 1) {
      await gql(SIGN_IN, { email: 'nobody@example.org', password: 'wrong password!' });
      await gql(SIGN_IN, { email: 'bailleur@demo.quartierlab.fr', password: 'wrong password!' });
    }
    // Locked now, even with the right password; the message is the same whether the account exists.
    const locked = await gql(SIGN_IN, { email: 'bailleur@demo.quartierlab.fr', password: 'quartierlab-demo' });
    const lockedUnknown = await gql(SIGN_IN, { email: 'nobody@example.org', password: 'quartierlab-demo' });
    expect(locked.body.data.signIn.viewer).toBeNull();
    expect(locked.body.data.signIn.userErrors[0].message).toMatch(/Trop d’échecs/);
    expect(lockedUnknown.body.data.signIn.userErrors).toEqual(locked.body.data.signIn.userErrors);
  });

  it('signs up residents, and says what to fix', async () => {
    const ok = await gql(SIGN_UP, { email: 'nouvelle@example.org', password: 'une phrase de passe', name: 'Nora' });
    expect(ok.body.data.signUp).toMatchObject({ viewer: { kind: 'PERSON', role: 'RESIDENT' }, userErrors: [] });
    expect(ok.setCookie).toMatch(/^ql_session=/);
    const again = await gql(SIGN_UP, { email: 'NOUVELLE@example.org', password: 'une autre phrase', name: 'Nora' });
    expect(again.body.data.signUp.userErrors).toEqual([{ field: 'email', message: expect.stringMatching(/déjà/) }]);
    const english = await gql(
      SIGN_UP,
      { email: 'nouvelle@example.org', password: 'une autre phrase', name: 'Nora' },
      '',
      'en-GB,en;q=0.8',
    );
    expect(english.body.data.signUp.userErrors[0].message).toMatch(/already uses this email/);
    const bad = await gql(SIGN_UP, { email: 'not-an-email', password: 'short', name: '<b>' });
    expect(bad.body.data.signUp.userErrors.map((e: { field: string }) => e.field).sort()).toEqual([
      'displayName',
      'email',
      'password',
    ]);
  });

  it('refuses an oversized password before hashing it', async () => {
    const huge = await gql(SIGN_IN, { email: 'acteur@demo.quartierlab.fr', password: 'x'.repeat(100_000) });
    expect(huge.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const long = await gql(SIGN_UP, { email: 'long@example.org', password: 'x'.repeat(300), name: 'Long' });
    expect(long.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets a guest join a live workshop by code, scoped to it', async () => {
    const join = await gql(
      `mutation { joinWorkshop(code: " demo42 ", displayName: "Samia") { viewer { kind displayName guestWorkshop { slug } } userErrors { field message } } }`,
    );
    expect(join.body.data.joinWorkshop.viewer).toEqual({
      kind: 'GUEST',
      displayName: 'Samia',
      guestWorkshop: { slug: 'atelier-mobilite-emploi-en-direct-demo' },
    });
    expect(join.setCookie).toMatch(/^ql_session=/);
    const wrong = await gql(
      `mutation { joinWorkshop(code: "ZZZZZZ", displayName: "Samia") { viewer { kind } userErrors { field } } }`,
    );
    expect(wrong.body.data.joinWorkshop).toEqual({ viewer: null, userErrors: [{ field: 'code' }] });
  });
});

describe('roles', () => {
  it('takes a demoted coordinator off the workshops they ran', async () => {
    const knex = db.orm.em.getKnex();
    const admin = cookieOf(
      (await gql(SIGN_IN, { email: 'admin@demo.quartierlab.fr', password: 'quartierlab-demo' })).setCookie,
    );
    const coordinator = (await knex('person')
      .select('id')
      .where('email', 'coordinatrice@demo.quartierlab.fr')
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
});
