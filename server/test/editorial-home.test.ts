import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { factories } from '../src/test-support/factories/index.js';
import { admin, createTestApi } from '../src/test-support/api.js';

/** What the home page asks for: the flagship projects and the territories whose diagnosis is under way. */
const HOME = /* GraphQL */ `
  query Home($featured: Boolean, $underWay: Boolean) {
    portraits(filter: { featured: $featured }, first: 100) {
      totalCount
      nodes {
        name
        isFeatured
      }
    }
    territories(filter: { diagnosisUnderWay: $underWay }, first: 100) {
      totalCount
      nodes {
        name
      }
    }
  }
`;

interface Home {
  portraits: { totalCount: number; nodes: { name: string; isFeatured: boolean }[] };
  territories: { totalCount: number; nodes: { name: string }[] };
}

let db: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await createTestApi(db.orm);
  const make = factories(db.orm);
  const consulting = await make.territory({ name: 'Marqueur consultation' });
  const drafting = await make.territory({ name: 'Marqueur brouillon' });
  const validated = await make.territory({ name: 'Marqueur validé' });
  await make.diagnosis(consulting.id, { status: 'CONSULTATION' });
  await make.diagnosis(drafting.id, { status: 'DRAFT' });
  await make.diagnosis(validated.id, { status: 'VALIDATED' });
  const flagship = await make.portrait({ territoryId: consulting.id, name: 'Marqueur phare' });
  const hiddenFlagship = await make.portrait({
    territoryId: consulting.id,
    name: 'Marqueur phare caché',
    state: 'DRAFT',
  });
  await make.portrait({ territoryId: consulting.id, name: 'Marqueur ordinaire' });
  await db.orm.em.getKnex()('portrait').update({ is_featured: true }).whereIn('id', [flagship.id, hiddenFlagship.id]);
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

async function home(variables: Record<string, unknown>, viewer = undefined as typeof admin | undefined) {
  const result = await api.run<Home>(HOME, variables, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const names = (nodes: { name: string }[]) => nodes.map((n) => n.name).filter((n) => n.startsWith('Marqueur'));

describe('the home page’s choices', () => {
  it('features the flagship projects only, and only published ones', async () => {
    const { portraits } = await home({ featured: true });
    expect(names(portraits.nodes)).toEqual(['Marqueur phare']);
    expect(portraits.nodes.every((p) => p.isFeatured)).toBe(true);
    const others = await home({ featured: false });
    expect(names(others.portraits.nodes)).toEqual(['Marqueur ordinaire']);
    const all = await home({});
    expect(names(all.portraits.nodes).sort()).toEqual(['Marqueur ordinaire', 'Marqueur phare']);
  });

  it('shows staff a featured draft, which the public never sees', async () => {
    const { portraits } = await home({ featured: true }, admin);
    expect(names(portraits.nodes).sort()).toEqual(['Marqueur phare', 'Marqueur phare caché']);
  });

  it('names the territory whose diagnosis is open to consultation, never one with a draft', async () => {
    const underWay = await home({ underWay: true });
    expect(names(underWay.territories.nodes)).toEqual(['Marqueur consultation']);
    const others = await home({ underWay: false });
    expect(names(others.territories.nodes).sort()).toEqual(['Marqueur brouillon', 'Marqueur validé']);
    // A coordinator's draft diagnosis does not make its territory "under way", whoever asks.
    const asAdmin = await home({ underWay: true }, admin);
    expect(names(asAdmin.territories.nodes)).toEqual(['Marqueur consultation']);
  });
});
