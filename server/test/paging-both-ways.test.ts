import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { factories } from '../src/test-support/factories/index.js';
import { createTestApi } from '../src/test-support/api.js';

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  nodes: { id: string; label: string }[];
}

/** Every paged list, with each of its orders; `label` is the name or title the order reads. */
const lists = [
  { field: 'territories', label: 'name', sorts: ['NAME'] },
  { field: 'organizations', label: 'name', sorts: ['NAME'] },
  { field: 'portraits', label: 'name', sorts: ['NAME', 'NEWEST', 'START_YEAR'] },
  { field: 'stories', label: 'title', sorts: ['NEWEST', 'TITLE'] },
  { field: 'workshops', label: 'title', sorts: ['LATEST', 'SOONEST'] },
] as const;

const pageQuery = (field: string, label: string) => /* GraphQL */ `
  query Page($first: Int, $after: String, $last: Int, $before: String, $sort: ${sortType(field)}) {
    list: ${field}(first: $first, after: $after, last: $last, before: $before, sort: $sort) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id label: ${label} }
    }
  }
`;

function sortType(field: string): string {
  const singular: Record<string, string> = {
    territories: 'Territory',
    organizations: 'Organization',
    portraits: 'Portrait',
    stories: 'Story',
    workshops: 'Workshop',
  };
  return `${singular[field]}Sort`;
}

/** Names that a byte order would put apart: accents and case must not move them. */
const names = ['Élan solidaire', 'elan commun', 'Zèbre', 'abri', 'Oasis', 'Œuvre partagée', 'Ça bouge', 'Castor'];

let db: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await createTestApi(db.orm);
  const make = factories(db.orm);
  const territories = [];
  for (const name of names) territories.push(await make.territory({ name: `${name} ${territories.length}` }));
  const home = territories[0]!;
  for (const [i, name] of names.entries()) {
    await make.organization({ name, territoryId: home.id });
    // Years repeat, so the cursor's tie-break on the id is exercised.
    await make.portrait({ territoryId: home.id, name, startYear: 2018 + (i % 3) });
    await make.story({ territoryId: home.id, title: name });
    await make.workshop({ territoryId: home.id, title: name, status: 'CLOSED' });
  }
  await make.portrait({ territoryId: home.id, name: 'Brouillon caché', state: 'DRAFT' });
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

async function page(field: string, label: string, variables: Record<string, unknown>): Promise<Connection> {
  const result = await api.run<{ list: Connection }>(pageQuery(field, label), variables);
  expect(result.errors).toBeUndefined();
  return result.data!.list;
}

describe('paging both ways', () => {
  for (const list of lists) {
    for (const sort of list.sorts) {
      it(`${list.field} by ${sort}: backwards gives the same items in the same order as forwards`, async () => {
        const forwards: Connection['nodes'] = [];
        let after: string | null = null;
        let first = true;
        for (;;) {
          const p: Connection = await page(list.field, list.label, { first: 3, after, sort });
          expect(p.pageInfo.hasPreviousPage).toBe(!first);
          forwards.push(...p.nodes);
          first = false;
          if (!p.pageInfo.hasNextPage) break;
          after = p.pageInfo.endCursor;
        }
        const backwards: Connection['nodes'][] = [];
        let before: string | null = null;
        let last = true;
        for (;;) {
          const p: Connection = await page(list.field, list.label, { last: 3, before, sort });
          expect(p.pageInfo.hasNextPage).toBe(!last);
          expect(p.nodes.length).toBeLessThanOrEqual(3);
          backwards.unshift(p.nodes);
          last = false;
          if (!p.pageInfo.hasPreviousPage) break;
          before = p.pageInfo.startCursor;
        }
        expect(backwards.flat()).toEqual(forwards);
        expect(forwards.length).toBeGreaterThanOrEqual(names.length);
        expect(new Set(forwards.map((n) => n.id)).size).toBe(forwards.length);
      });
    }
  }

  it('steps back from a page to the very page before it', async () => {
    const one = await page('portraits', 'name', { first: 3, sort: 'NAME' });
    const two = await page('portraits', 'name', { first: 3, after: one.pageInfo.endCursor, sort: 'NAME' });
    const back = await page('portraits', 'name', { last: 3, before: two.pageInfo.startCursor, sort: 'NAME' });
    expect(back.nodes).toEqual(one.nodes);
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('sorts names regardless of case and accents', async () => {
    const { nodes } = await page('organizations', 'name', { first: 100, sort: 'NAME' });
    const ours = nodes.map((n) => n.label).filter((label) => names.includes(label));
    expect(ours).toEqual([
      'abri',
      'Ça bouge',
      'Castor',
      'elan commun',
      'Élan solidaire',
      'Oasis',
      'Œuvre partagée',
      'Zèbre',
    ]);
    const territories = (await page('territories', 'name', { first: 100, sort: 'NAME' })).nodes.map((n) => n.label);
    expect(territories.indexOf('Élan solidaire 0')).toBe(territories.indexOf('elan commun 1') + 1);
  });

  it('keeps drafts out of pages read backwards', async () => {
    const { nodes } = await page('portraits', 'name', { last: 100, sort: 'NAME' });
    expect(nodes.map((n) => n.label)).toContain('Oasis');
    expect(nodes.map((n) => n.label)).not.toContain('Brouillon caché');
  });

  const forged = [
    'not-a-cursor',
    Buffer.from('["x","not-a-uuid"]').toString('base64url'),
    Buffer.from('[1,"00000000-0000-4000-8000-000000000000"]').toString('base64url'),
    Buffer.from(`["a\\u0000","00000000-0000-4000-8000-000000000000"]`).toString('base64url'),
    'A'.repeat(5000),
  ];
  for (const list of lists) {
    it(`${list.field}: a forged \`before\` cursor is a user error naming the argument`, async () => {
      for (const before of forged) {
        const result = await api.run(pageQuery(list.field, list.label), { last: 3, before, sort: list.sorts[0] });
        expect(result.data).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toMatch(/`before` cursor/);
      }
    });
  }

  it('refuses a `last` outside 1–100', async () => {
    for (const last of [0, 101]) {
      const result = await api.run(pageQuery('portraits', 'name'), { last });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
