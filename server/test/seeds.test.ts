import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { createTestApi } from '../src/test-support/api.js';
import { seed } from '../src/seeding/seed.service.js';
import { readSeeds, seedsDir, SeedError } from '../src/seeding/seed.files.js';
import { planSeeds } from '../src/seeding/seed.plan.js';

let db: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;
const tables = [
  'portrait',
  'indicator',
  'funding_line',
  'portrait_partner',
  'stage_event',
  'workshop',
  'contribution',
  'finding_evidence',
  'story',
  'person',
];

async function counts() {
  const knex = db.orm.em.getKnex();
  const result: Record<string, number> = {};
  for (const table of tables)
    result[table] = Number(((await knex(table).count({ n: '*' }).first()) as { n: string }).n);
  return result;
}

beforeAll(async () => {
  db = await openTestDatabase({ seeded: true });
  api = await createTestApi(db.orm);
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

describe('seeds', () => {
  it('holds every project the source documents name', async () => {
    const { portraits } = await readSeeds();
    const names = portraits.map((p) => p.name).join(' | ');
    for (const expected of [
      'Social Lab',
      'Simplon',
      'StudiObjet',
      'Adive',
      'Rebondir',
      'Nouvelle Cour',
      'Ferme',
      'Franchement Web',
      'VERT',
      'Princ',
      'Pistyles',
      'Bottines',
      'picerie mobile',
      'Web@cad',
      'Cités d',
      'Fabrique Mobile',
      'Job & Cit',
    ]) {
      expect(names).toContain(expected);
    }
    expect(portraits.some((p) => p.replicatedFrom)).toBe(true);
  });

  it('re-seeds idempotently', async () => {
    const before = await counts();
    await seed(db.orm);
    await seed(db.orm);
    expect(await counts()).toEqual(before);
  });

  it('keeps rows people created when re-seeding', async () => {
    const knex = db.orm.em.getKnex();
    const workshop = (await knex('workshop').select('id').first()) as { id: string };
    await knex('contribution').insert({
      id: '11111111-1111-4111-8111-111111111111',
      workshop_id: workshop.id,
      kind: 'IDEA',
      body: 'posted live',
      guest_name: 'Live',
      moderation_state: 'PUBLISHED',
    });
    await seed(db.orm);
    expect(await knex('contribution').where('body', 'posted live').first()).toBeDefined();
  });

  it('reports every problem of a broken seed folder and writes nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'quartierlab-seeds-'));
    cpSync(seedsDir, dir, { recursive: true });
    const portraits = JSON.parse(readFileSync(path.join(dir, 'portraits.json'), 'utf8')) as Record<string, unknown>[];
    portraits[0]!.territory = 'atlantis';
    portraits[0]!.stage = 'FLYING';
    portraits[0]!.name = 'Renamed but must not be saved';
    writeFileSync(path.join(dir, 'portraits.json'), JSON.stringify(portraits));
    const before = await counts();
    const error = await seed(db.orm, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).message).toMatch(/unknown territory "atlantis"/);
    expect((error as SeedError).message).toMatch(/"FLYING" is not one of/);
    expect(await counts()).toEqual(before);
    const knex = db.orm.em.getKnex();
    expect(await knex('portrait').where('name', 'Renamed but must not be saved').first()).toBeUndefined();
  });

  it('rejects malformed JSON with the file name', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'quartierlab-seeds-'));
    cpSync(seedsDir, dir, { recursive: true });
    writeFileSync(path.join(dir, 'stories.json'), '{ not json');
    await expect(readSeeds(dir)).rejects.toThrow(/stories\.json/);
  });

  it('keeps demo workshops in the future with relative dates', async () => {
    const plan = planSeeds(await readSeeds(), new Date('2030-06-01T12:00:00Z'));
    const workshops = plan.tables.find((t) => t.table === 'workshop')!.rows;
    const scheduled = workshops.filter((w) => w.status === 'SCHEDULED');
    expect(scheduled.length).toBeGreaterThan(0);
    for (const w of scheduled)
      expect((w.starts_at as Date).getTime()).toBeGreaterThan(Date.parse('2030-06-01T00:00:00Z'));
  });
});

// What the seeds hold, read through the API (the other suites build their own data).
describe('the seeded content', () => {
  it('serves the seeded Social Lab with its figures, EU share and partners', async () => {
    const { data, errors } = await api.run(`{
      portrait(slug: "social-lab-bordeaux-metropole") {
        name commune durationMonths
        territory { slug }
        funding { total euAmount euShare }
        fundingLines { sourceKind amount euPriorityAxis isEu }
        partners { role organization { name } }
      }
    }`);
    expect(errors).toBeUndefined();
    const portrait = data!.portrait;
    expect(portrait.commune).toBe('Cenon');
    expect(portrait.durationMonths).toBe(18);
    expect(portrait.funding.total).toBe(209425);
    expect(portrait.funding.euAmount).toBe(113341);
    expect(portrait.funding.euShare).toBeCloseTo(113341 / 209425, 6);
    expect(portrait.fundingLines).toContainEqual(
      expect.objectContaining({ sourceKind: 'EU_ERDF', amount: 113341, euPriorityAxis: '8a', isEu: true }),
    );
    expect(portrait.partners.length).toBeGreaterThan(0);
  });

  it('answers every root list with the seeded content', async () => {
    const { data, errors } = await api.run(`{
      stories(first: 50) { totalCount nodes { slug bodyHtml publishedAt } }
      workshops(first: 50) { totalCount nodes { slug status participantCount startsAt endsAt } }
      territories(first: 50) { totalCount nodes { slug neighbourhoods { name } } }
      organizations(first: 100) { totalCount nodes { slug kind } }
      themes { slug }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.stories.totalCount).toBeGreaterThan(3);
    expect(data!.workshops.nodes).toContainEqual(expect.objectContaining({ participantCount: 65, status: 'CLOSED' }));
    expect(data!.territories.totalCount).toBeGreaterThan(5);
    const vaulx = data!.workshops.nodes.find((w: { participantCount: number }) => w.participantCount === 65);
    expect(vaulx.startsAt).toMatch(/^2015-06-30T\d{2}:\d{2}:\d{2}\.000Z$/);
    expect(data!.organizations.totalCount).toBeGreaterThan(20);
    expect(data!.themes.length).toBeGreaterThan(8);
  });
});
