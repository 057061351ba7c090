import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { factories } from '../src/test-support/factories/index.js';
import { createTestApi, type Result } from '../src/test-support/api.js';
import { generatePortraits } from '../src/seeding/generate.js';
import { PORTRAITS_LIST as LIST } from '../src/test-support/queries.js';

type PortraitList = {
  portraits: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: {
      id: string;
      slug: string;
      name: string;
      stage: string;
      themes: { slug: string }[];
      territory: { name: string };
    }[];
  };
};

let db: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;

/** The territory of seven portraits. */
let territorySlug: string;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await createTestApi(db.orm);
  // Portraits on two territories, each with themes and a stage; many share a publication date and a
  // start year (the cursor's tie-breaks); one spread from another. The generated ones (below) need
  // themes and organizations.
  const make = factories(db.orm);
  const themes = await make.themes(3);
  for (let i = 0; i < 4; i++) await make.organization();
  const territory = await make.territory();
  territorySlug = territory.slug;
  const elsewhere = await make.territory();
  const stages = ['OPERATIONAL', 'LAUNCHED', 'SPREADING'] as const;
  const made: { id: string }[] = [];
  for (let i = 0; i < 12; i++) {
    made.push(
      await make.portrait({
        territoryId: i < 7 ? territory.id : elsewhere.id,
        stage: stages[i % 3],
        themeIds: themes.slice(0, 1 + (i % 3)).map((t) => t.id),
        startYear: 2018 + (i % 2),
        indicators: [{ label: 'Personnes accompagnées', value: 10 + i, unit: 'personnes' }],
      }),
    );
  }
  await make.portrait({ territoryId: elsewhere.id, themeIds: [themes[0]!.id], replicatedFromId: made[0]!.id });
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

describe('portraits', () => {
  it('records where a project was spread from and to', async () => {
    const { data } = await api.run<PortraitList>(LIST, { first: 100 });
    const nodes = data!.portraits.nodes as unknown as {
      slug: string;
      replicatedFrom: { slug: string } | null;
      replications: { slug: string }[];
    }[];
    const spread = nodes.filter((p) => p.replicatedFrom);
    expect(spread.length).toBeGreaterThan(0);
    for (const copy of spread) {
      const origin = nodes.find((p) => p.slug === copy.replicatedFrom!.slug)!;
      expect(origin.replications.map((r) => r.slug)).toContain(copy.slug);
    }
  });

  it('loads the nested list with a number of SQL statements that does not grow with the number of portraits', async () => {
    const generated = { first: 100, filter: { territory: 'generated' } };
    await generatePortraits(db.orm, 3);
    const few = await api.countStatements<PortraitList>(LIST, generated);
    await generatePortraits(db.orm, 60, 3);
    const many = await api.countStatements<PortraitList>(LIST, generated);
    expect(few.result.errors).toBeUndefined();
    expect(few.result.data!.portraits.nodes).toHaveLength(3);
    expect(many.result.data!.portraits.nodes).toHaveLength(63);
    expect(many.statements).toBe(few.statements);
    // The page query carries every nested relation; the total is the only other statement.
    expect(many.statements).toBe(2);
  });

  it('answers the same through the list (preloaded) and one by one (batched loaders)', async () => {
    const nodes = LIST.slice(
      LIST.indexOf('nodes {') + 'nodes '.length,
      LIST.lastIndexOf('}', LIST.lastIndexOf('}') - 1),
    );
    const { data } = await api.run<PortraitList>(LIST, { first: 100 });
    for (const listed of data!.portraits.nodes) {
      const single = await api.run(`query($slug: String!) { portrait(slug: $slug) ${nodes} }`, { slug: listed.slug });
      expect(single.errors).toBeUndefined();
      expect(single.data!.portrait).toEqual(listed);
    }
  });

  async function walk(sort: string) {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 50; guard++) {
      const result: Result<PortraitList> = await api.run<PortraitList>(LIST, { first: 5, after, sort });
      const { data, errors } = result;
      expect(errors).toBeUndefined();
      total = data!.portraits.totalCount;
      seen.push(...data!.portraits.nodes.map((n) => n.name));
      if (!data!.portraits.pageInfo.hasNextPage) break;
      after = data!.portraits.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    return seen;
  }

  it('walks every page once with cursors, in the requested order', async () => {
    const byName = await walk('NAME');
    expect(byName).toEqual([...byName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // Many portraits share a publication date or a start year: the id breaks the ties.
    await walk('NEWEST');
    await walk('START_YEAR');
  });

  it('filters by territory, theme and stage', async () => {
    const byTerritory = await api.run<PortraitList>(LIST, { first: 100, filter: { territory: territorySlug } });
    expect(byTerritory.data!.portraits.totalCount).toBeGreaterThanOrEqual(7);
    const byStage = await api.run<PortraitList>(LIST, { first: 100, filter: { stage: 'OPERATIONAL' } });
    expect(byStage.data!.portraits.nodes.every((p) => p.stage === 'OPERATIONAL')).toBe(true);
    const all = await api.run<PortraitList>(LIST, { first: 100 });
    const theme = all.data!.portraits.nodes[0]!.themes[0]?.slug ?? 'acces-emploi';
    const byTheme = await api.run<PortraitList>(LIST, { first: 100, filter: { theme } });
    expect(byTheme.data!.portraits.totalCount).toBeGreaterThan(0);
    expect(byTheme.data!.portraits.nodes.every((p) => p.themes.some((t) => t.slug === theme))).toBe(true);
    const none = await api.run<PortraitList>(LIST, { first: 100, filter: { territory: 'nowhere' } });
    expect(none.data!.portraits.totalCount).toBe(0);
  });

  it('explains bad pagination input', async () => {
    const tooMany = await api.run(LIST, { first: 1000 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toMatch(/first/);
    const badCursor = await api.run(LIST, { first: 5, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badCursor.errors?.[0]?.message).toMatch(/cursor/);
  });

  it('reports a missing slug as NOT_FOUND', async () => {
    const { errors } = await api.run(`{ portrait(slug: "does-not-exist") { name } }`);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('fetches any object back by its global id', async () => {
    const { data } = await api.run(
      `{ portraits(first: 1) { nodes { id name } } workshops(first: 1) { nodes { id title } } }`,
    );
    const portrait = data!.portraits.nodes[0];
    const node = await api.run(`query($id: ID!) { node(id: $id) { id __typename ... on Portrait { name } } }`, {
      id: portrait.id,
    });
    expect(node.data!.node).toEqual({ id: portrait.id, __typename: 'Portrait', name: portrait.name });
    const bad = await api.run(`{ node(id: "garbage") { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
