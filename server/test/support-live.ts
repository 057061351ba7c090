/* eslint-disable @typescript-eslint/no-explicit-any -- tests read loosely typed GraphQL results */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { createTestApi, type Result } from '../src/test-support/api.js';
import { factories, type Factories, type MadePerson } from '../src/test-support/factories/index.js';
import { PlatformRole } from '../src/people/person.entity.js';
import { startTestServer, type TestServer } from '../src/test-support/server.js';
import { anonymous, type Viewer } from '../src/shared/viewer.js';
import { fromGlobalId, toGlobalId } from '../src/shared/ids.js';

export const ROLES = [
  'anonymous',
  'guest',
  'guestOther',
  'resident',
  'stakeholder',
  'coordinator',
  'otherCoordinator',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may take part in the live workshop: signed-in people and its own guests. */
export const PARTICIPANTS: Role[] = ['guest', 'resident', 'stakeholder', 'coordinator', 'otherCoordinator', 'admin'];
/** Roles that run and moderate the live workshop. */
export const MODERATORS: Role[] = ['coordinator', 'admin'];

export type Api = Awaited<ReturnType<typeof createTestApi>>;

export interface Live {
  db: Database;
  orm: MikroORM;
  api: Api;
  /** Factories on this database, for whatever else a test needs. */
  make: Factories;
  viewers: Record<Role | 'helper', Viewer>;
  /** The signed-in people of `viewers`, by role: their emails sign in with `password`. */
  emails: Record<PersonRole, string>;
  password: string;
  /** The live workshop: global id, slug, join code. */
  workshopId: string;
  slug: string;
  joinCode: string;
  /** Global id and slug of the other (opened) workshop. */
  otherWorkshopId: string;
  otherSlug: string;
  /** The territory both workshops are on. */
  territoryId: string;
  /** Slugs of six themes, the first two those of the live workshop. */
  themes: string[];
  /** The HTTP + websocket server, when asked for; `api` then publishes through its live hub. */
  server: TestServer | undefined;
  close(): Promise<void>;
}

type PersonRole = 'admin' | 'coordinator' | 'otherCoordinator' | 'stakeholder' | 'resident' | 'helper';
const PERSON_ROLES: Record<PersonRole, PlatformRole> = {
  admin: PlatformRole.ADMIN,
  coordinator: PlatformRole.COORDINATOR,
  otherCoordinator: PlatformRole.COORDINATOR,
  stakeholder: PlatformRole.STAKEHOLDER,
  resident: PlatformRole.RESIDENT,
  // A signed-in person outside the roles under test, author of the targets.
  helper: PlatformRole.STAKEHOLDER,
};
/** The password of every person `openLive` makes. */
const TEST_PASSWORD = 'phrase de passe du test';

export const gid = toGlobalId;
export const rawId = (globalId: string) => fromGlobalId(globalId).id;

/**
 * A fresh database with what the live tests act on, made by the factories: a person of each role,
 * a LIVE workshop (two prompts, the first active) put in OPEN mode, and a second workshop, SCHEDULED,
 * opened by the tests so that it has a guest of its own. The coordinator runs both; the other
 * coordinator is assigned to the second one only. With `key`, the ids are the same in every
 * database opened with that key (deployments that share ids).
 */
export async function openLive(
  options: { mode?: 'OPEN' | 'STRICT'; server?: boolean; redisUrl?: string; key?: string } = {},
): Promise<Live> {
  const db = await openTestDatabase();
  const make = factories(db.orm, options.key);
  const server =
    options.server || options.redisUrl ? await startTestServer(db.orm, { redisUrl: options.redisUrl }) : undefined;
  const api = await createTestApi(db.orm, server?.live);
  const themes = await make.themes(6);
  const territory = await make.territory({ themeIds: themes.map((t) => t.id) });
  const people = {} as Record<PersonRole, MadePerson>;
  for (const [name, role] of Object.entries(PERSON_ROLES) as [PersonRole, PlatformRole][]) {
    people[name] = await make.person({ role, password: TEST_PASSWORD });
  }
  const workshop = await make.workshop({
    territoryId: territory.id,
    status: 'LIVE',
    coordinatorIds: [people.coordinator.id],
    themeIds: themes.slice(0, 2).map((t) => t.id),
    prompts: 2,
  });
  const other = await make.workshop({
    territoryId: territory.id,
    status: 'SCHEDULED',
    coordinatorIds: [people.coordinator.id],
    prompts: 1,
  });
  const workshopId = gid('Workshop', workshop.id);
  const otherWorkshopId = gid('Workshop', other.id);
  const admin = await people.admin.viewer();
  const coordinatorBefore = await people.coordinator.viewer();
  const assigned = await api.run(
    `mutation($w: ID!, $p: ID!) { assignCoordinator(workshopId: $w, personId: $p) { userErrors { field message } } }`,
    { w: otherWorkshopId, p: gid('Person', people.otherCoordinator.id) },
    admin,
  );
  expect(assigned.errors).toBeUndefined();
  await ok(
    api.run(OPEN_WORKSHOP, { workshopId: otherWorkshopId }, coordinatorBefore),
    'openWorkshop',
    'opening the other workshop',
  );
  await ok(api.run(SET_MODE, { workshopId, mode: options.mode ?? 'OPEN' }, coordinatorBefore), 'setModerationMode');
  const viewers: Record<Role | 'helper', Viewer> = {
    anonymous,
    guest: await make.guest(workshop.id, 'Invitée du test'),
    guestOther: await make.guest(other.id, 'Invité d’ailleurs'),
    resident: await people.resident.viewer(),
    stakeholder: await people.stakeholder.viewer(),
    // Read again: the coordinator's workshops are read with the session.
    coordinator: await people.coordinator.viewer(),
    otherCoordinator: await people.otherCoordinator.viewer(),
    admin,
    helper: await people.helper.viewer(),
  };
  return {
    db,
    orm: db.orm,
    api,
    make,
    viewers,
    emails: Object.fromEntries(Object.entries(people).map(([name, p]) => [name, p.email])) as Record<
      PersonRole,
      string
    >,
    password: TEST_PASSWORD,
    workshopId,
    slug: workshop.slug,
    joinCode: workshop.joinCode!,
    otherWorkshopId,
    otherSlug: other.slug,
    territoryId: territory.id,
    themes: themes.map((t) => t.slug),
    server,
    close: async () => {
      await api.stop();
      await server?.stop();
      await db.close();
    },
  };
}

/** Asserts a mutation succeeded (no errors, no userErrors) and returns its payload. */
export async function ok(pending: Promise<Result<any>> | Result<any>, field: string, what = field): Promise<any> {
  const result = await pending;
  expect(result.errors, `${what}: unexpected errors ${JSON.stringify(result.errors)}`).toBeUndefined();
  const payload = result.data?.[field];
  if (payload && typeof payload === 'object' && 'userErrors' in payload) {
    expect(payload.userErrors, `${what}: unexpected userErrors`).toEqual([]);
  }
  return payload;
}

/** The error code of a refused operation (first error), or undefined. */
export function errorCode(result: Result<any>): string | undefined {
  return result.errors?.[0]?.extensions?.code as string | undefined;
}

/** Asserts an operation was refused with FORBIDDEN or UNAUTHENTICATED. */
export function expectRefused(result: Result<any>, what: string) {
  expect(
    ['FORBIDDEN', 'UNAUTHENTICATED'],
    `${what}: expected FORBIDDEN or UNAUTHENTICATED, got ${JSON.stringify(result.errors ?? result.data)}`,
  ).toContain(errorCode(result));
}

/** Asserts a mutation answered with a userError about `field` and returns the messages. */
export function expectUserError(result: Result<any>, field: string, payloadField: string, what: string) {
  expect(result.errors, `${what}: expected a userError, got errors ${JSON.stringify(result.errors)}`).toBeUndefined();
  const errors = (result.data?.[payloadField]?.userErrors ?? []) as { field: string | null; message: string }[];
  expect(errors.length, `${what}: expected a userError`).toBeGreaterThan(0);
  expect(
    errors.map((e) => e.field),
    `${what}: the userError should name ${field}: ${JSON.stringify(errors)}`,
  ).toContain(field);
  for (const error of errors) expect(error.message.length).toBeGreaterThan(5);
  return errors;
}

// Tables whose rows may change without any business change (sessions, throttling).
const VOLATILE = /^(mikro_orm_migrations|session|sign_in_throttle)$/;

/** A digest of every table: equal snapshots mean nothing was written. */
export async function snapshot(orm: MikroORM): Promise<Record<string, string>> {
  const knex = orm.em.getKnex();
  const tables = (await knex('information_schema.tables')
    .select('table_name')
    .where({ table_schema: 'public', table_type: 'BASE TABLE' })) as { table_name: string }[];
  const names = tables.map((t) => t.table_name).filter((n) => !VOLATILE.test(n));
  const sql = names
    .map(
      (n) =>
        `select '${n}' as t, count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${n}" x`,
    )
    .join(' union all ');
  const result = (await knex.raw(sql)) as { rows: { t: string; n: number; h: string }[] };
  return Object.fromEntries(result.rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

/** Tables that differ between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

export const CONTRIBUTION_FIELDS = /* GraphQL */ `
  id body kind moderationState voteCount pinned addressed mergedIntoId editedAt hiddenReason reportCount
  viewerIsAuthor viewerCanEdit themes { slug } prompt { id } parent { id }
`;

export const OPEN_WORKSHOP = `mutation($workshopId: ID!) { openWorkshop(workshopId: $workshopId) { workshop { id status joinCode } userErrors { field message } } }`;
export const SET_MODE = `mutation($workshopId: ID!, $mode: ModerationMode!) { setModerationMode(workshopId: $workshopId, mode: $mode) { workshop { id moderationMode } userErrors { field message } } }`;
export const POST = `mutation($input: PostContributionInput!) { postContribution(input: $input) { contribution { ${CONTRIBUTION_FIELDS} } userErrors { field message } } }`;

/** Posts a contribution and returns it (asserting success). */
export async function post(
  live: Live,
  viewer: Viewer,
  body: string,
  extra: Record<string, unknown> = {},
  workshopId = live.workshopId,
): Promise<any> {
  const payload = await ok(
    live.api.run(POST, { input: { workshopId, kind: 'NEED', body, ...extra } }, viewer),
    'postContribution',
    `posting "${body}"`,
  );
  expect(payload.contribution?.id).toBeTruthy();
  return payload.contribution;
}

const MODERATE = (op: string, args = '') =>
  `mutation($id: ID!${args ? `, ${args}` : ''}) { ${op}(id: $id${args ? `, ${args.replace(/\$(\w+): [^,]+/g, '$1: $$$1')}` : ''}) { contribution { ${CONTRIBUTION_FIELDS} } userErrors { field message } } }`;

export const OPS = {
  approve: MODERATE('approveContribution'),
  hide: MODERATE('hideContribution', '$reason: String!'),
  restore: MODERATE('restoreContribution'),
  pin: MODERATE('pinContribution'),
  unpin: MODERATE('unpinContribution'),
  address: MODERATE('markContributionAddressed'),
  tag: MODERATE('tagContribution', '$themeSlugs: [String!]!'),
  vote: MODERATE('voteContribution'),
  unvote: MODERATE('unvoteContribution'),
  report: MODERATE('reportContribution', '$reason: String!'),
  edit: MODERATE('editContribution', '$body: String!'),
  withdraw: MODERATE('withdrawContribution'),
  merge: `mutation($keepId: ID!, $duplicateId: ID!) { mergeContributions(keepId: $keepId, duplicateId: $duplicateId) { contribution { ${CONTRIBUTION_FIELDS} } userErrors { field message } } }`,
};

/** Runs an operation that must succeed and returns its payload. */
export async function act(
  live: Live,
  viewer: Viewer,
  op: keyof typeof OPS,
  variables: Record<string, unknown>,
): Promise<any> {
  const field = /\{ (\w+)\(/.exec(OPS[op])![1]!;
  return ok(live.api.run(OPS[op], variables, viewer), field, `${op} ${JSON.stringify(variables)}`);
}

/** Posts a contribution that waits for approval (the live workshop switched to STRICT meanwhile). */
export async function postPending(live: Live, viewer: Viewer, body: string, extra: Record<string, unknown> = {}) {
  await ok(
    live.api.run(SET_MODE, { workshopId: live.workshopId, mode: 'STRICT' }, live.viewers.coordinator),
    'setModerationMode',
  );
  try {
    const contribution = await post(live, viewer, body, extra);
    expect(contribution.moderationState).toBe('PENDING');
    return contribution;
  } finally {
    await ok(
      live.api.run(SET_MODE, { workshopId: live.workshopId, mode: 'OPEN' }, live.viewers.coordinator),
      'setModerationMode',
    );
  }
}

/** The contribution row as stored. */
export async function contributionRow(orm: MikroORM, globalId: string): Promise<Record<string, any> | undefined> {
  return (await orm.em
    .getKnex()('contribution')
    .where({ id: rawId(globalId) })
    .first()) as Record<string, any> | undefined;
}

/** A person without an account, inserted for admin operations to act on. */
export async function insertPerson(orm: MikroORM, role = 'RESIDENT'): Promise<string> {
  const id = randomUUID();
  await orm.em
    .getKnex()('person')
    .insert({ id, slug: `test-person-${id.slice(0, 8)}`, display_name: 'Personne de test', role });
  return gid('Person', id);
}

export const unique = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
