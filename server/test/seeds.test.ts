import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { seed } from '../src/seeding/seed.service.js';
import { readSeeds, seedsDir, SeedError } from '../src/seeding/seed.files.js';
import { planSeeds } from '../src/seeding/seed.plan.js';

let db: Database;
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
  db = await openTestDatabase();
});
afterAll(async () => {
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
