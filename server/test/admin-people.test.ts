import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../src/test-support/database.js';
import { createTestApi } from '../src/test-support/api.js';
import { factories } from '../src/test-support/factories/index.js';
import { anonymous, type Viewer } from '../src/shared/viewer.js';
import type { Database } from '../src/database.js';
import { errorCode, unique } from './support-live.js';

/** `people`: admins find people by name or e-mail, folded; nobody else reads an e-mail anywhere. */
let db: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;
let admin: Viewer;
let others: Record<string, Viewer>;
const tag = unique('zx').slice(-8);
const marker = `secret-${tag}@example.org`;

const PEOPLE = `query($s: String, $r: PlatformRole, $f: Int, $a: String, $l: Int, $b: String) {
  people(search: $s, role: $r, first: $f, after: $a, last: $l, before: $b) {
    totalCount nodes { email person { id displayName role } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await createTestApi(db.orm);
  const make = factories(db.orm);
  admin = await (await make.person({ role: 'ADMIN' })).viewer();
  await make.person({ displayName: `Hélène Léger ${tag}`, email: marker, role: 'STAKEHOLDER' });
  await make.person({ displayName: `HELENE Martin ${tag}`, role: 'RESIDENT' });
  await make.person({ displayName: `Œdipe Ærø ${tag}`, role: 'COORDINATOR' });
  for (let i = 0; i < 5; i += 1) await make.person({ displayName: `Page ${tag} ${i}`, role: 'RESIDENT' });
  others = {
    anonymous,
    resident: await (await make.person({ role: 'RESIDENT' })).viewer(),
    stakeholder: await (await make.person({ role: 'STAKEHOLDER' })).viewer(),
    coordinator: await (await make.person({ role: 'COORDINATOR' })).viewer(),
  };
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

const names = (r: any) => r.data.people.nodes.map((n: any) => n.person.displayName);

describe('people', () => {
  it('finds by name whatever the case and accents', async () => {
    const r = await api.run(PEOPLE, { s: `helene ${tag}`.replace(tag, '') + '' }, admin);
    expect(r.errors).toBeUndefined();
    for (const s of ['hélène', 'HELENE', 'Helene']) {
      const found = names(await api.run(PEOPLE, { s: `${s}` }, admin)).filter((n: string) => n.endsWith(tag));
      expect(found.sort(), s).toEqual([`HELENE Martin ${tag}`, `Hélène Léger ${tag}`].sort());
    }
    expect(names(await api.run(PEOPLE, { s: `leger ${tag}` }, admin))).toEqual([`Hélène Léger ${tag}`]);
    expect(names(await api.run(PEOPLE, { s: `oedipe aero ${tag}` }, admin))).toEqual([`Œdipe Ærø ${tag}`]);
  });

  it('finds by e-mail, and shows it to admins', async () => {
    const r = await api.run(PEOPLE, { s: marker.toUpperCase() }, admin);
    expect(r.data!.people.nodes).toEqual([
      expect.objectContaining({ email: marker, person: expect.objectContaining({ role: 'STAKEHOLDER' }) }),
    ]);
  });

  it('filters by role', async () => {
    const r = await api.run(PEOPLE, { s: tag, r: 'COORDINATOR' }, admin);
    expect(names(r)).toEqual([`Œdipe Ærø ${tag}`]);
  });

  it('pages forwards then backwards over the same people', async () => {
    const all = names(await api.run(PEOPLE, { s: `page ${tag}`, f: 100 }, admin));
    expect(all).toHaveLength(5);
    const first = (await api.run(PEOPLE, { s: `page ${tag}`, f: 2 }, admin)).data!.people;
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await api.run(PEOPLE, { s: `page ${tag}`, f: 2, a: first.pageInfo.endCursor }, admin)).data!.people;
    const third = (await api.run(PEOPLE, { s: `page ${tag}`, f: 2, a: second.pageInfo.endCursor }, admin)).data!.people;
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...second.nodes, ...third.nodes].map((n: any) => n.person.displayName)).toEqual(all);
    const back = (await api.run(PEOPLE, { s: `page ${tag}`, l: 2, b: third.pageInfo.startCursor }, admin)).data!.people;
    expect(back.nodes).toEqual(second.nodes);
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const start = (await api.run(PEOPLE, { s: `page ${tag}`, l: 2, b: back.pageInfo.startCursor }, admin)).data!.people;
    expect(start.nodes).toEqual(first.nodes);
    expect(start.pageInfo.hasPreviousPage).toBe(false);
    expect(first.totalCount).toBe(5);
  });

  it('refuses a forged cursor as bad input', async () => {
    const r = await api.run(PEOPLE, { a: 'not-a-cursor' }, admin);
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
  });

  it.each(['anonymous', 'resident', 'stakeholder', 'coordinator'])('is refused to %s', async (role) => {
    const r = await api.run(PEOPLE, { s: tag }, others[role]!);
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errorCode(r));
    expect(JSON.stringify(r)).not.toContain(marker);
  });

  it('leaks no e-mail through the other reads of people', async () => {
    const reads = `query { organizations(first: 100) { nodes { members { person { id displayName } } } }
      viewer { person { id displayName memberships { role } } } }`;
    for (const viewer of [admin, ...Object.values(others)]) {
      const r = await api.run(reads, {}, viewer);
      expect(r.errors).toBeUndefined();
      expect(JSON.stringify(r)).not.toContain('@example.org');
    }
    // The marker is there for the one who may see it: the check above cannot pass for lack of data.
    expect(JSON.stringify(await api.run(PEOPLE, { s: tag }, admin))).toContain(marker);
  });
});
