import type { MikroORM } from '@mikro-orm/postgresql';
import { Territory, TerritoryKind } from '../territories/territory.entity.js';
import { seedId } from './seed.ids.js';
import { entitiesByTable, type TableRow } from './seed.tables.js';

const STAGES = [
  'UNCLAIMED_IDEA',
  'OPPORTUNITY_STUDY',
  'MODELLING',
  'CARRIER_FOUND',
  'LAUNCHED',
  'OPERATIONAL',
  'SPREADING',
];
const SOURCES = ['EU_ERDF', 'EU_ESF', 'STATE', 'REGION', 'MUNICIPALITY', 'CORPORATE_SPONSORSHIP', 'OWN_REVENUE'];
const ROLES = ['CARRIER', 'FUNDER', 'PARTNER', 'SUPPORT'];

/**
 * Adds `count` synthetic portraits (numbered from `from`), each with every relation the
 * portraits list shows, on a territory of their own ("generated"). For benchmarks and the
 * N+1 test; never loaded in a normal install. Numbers generated before are refused (their ids).
 */
export async function generatePortraits(orm: MikroORM, count: number, from = 0): Promise<void> {
  const knex = orm.em.getKnex();
  const territoryId = seedId('territory', 'generated');
  const themeIds = ((await knex('theme').select('id').limit(5)) as { id: string }[]).map((t) => t.id);
  const organizations = ((await knex('organization').select('id').limit(8)) as { id: string }[]).map((o) => o.id);
  if (themeIds.length === 0 || organizations.length < 4)
    throw new Error('Seed the database before generating portraits.');
  const rows: Record<string, TableRow[]> = {
    portrait: [],
    portrait_theme: [],
    indicator: [],
    funding_line: [],
    portrait_partner: [],
    stage_event: [],
  };
  for (let n = from; n < from + count; n++) {
    const id = seedId('generated-portrait', String(n));
    rows.portrait!.push({
      id,
      slug: `generated-${n}`,
      name: `Projet généré ${String(n).padStart(5, '0')}`,
      summary: 'Portrait généré pour les mesures.',
      territory_id: territoryId,
      commune: 'Commune test',
      need: 'Besoin.',
      project: 'Projet.',
      results: 'Résultats.',
      stage: STAGES[n % STAGES.length],
      publication_state: 'PUBLISHED',
      published_at: new Date(Date.UTC(2020, 0, 1) + n * 60_000),
      start_year: 2010 + (n % 15),
      budget_total: 100_000 + n,
      is_demo: true,
      replicated_from_id: n > from ? seedId('generated-portrait', String(n - 1)) : null,
    });
    for (const themeId of themeIds.slice(0, 2 + (n % 3)))
      rows.portrait_theme!.push({ portrait_id: id, theme_id: themeId });
    for (let i = 0; i < 3; i++)
      rows.indicator!.push({
        id: seedId('generated-indicator', `${n}-${i}`),
        portrait_id: id,
        position: i,
        label: `Indicateur ${i + 1}`,
        value: 10 * (i + 1) + n,
        unit: 'personnes',
      });
    for (let i = 0; i < 3; i++) {
      rows.funding_line!.push({
        id: seedId('generated-funding', `${n}-${i}`),
        portrait_id: id,
        position: i,
        source_kind: SOURCES[(n + i) % SOURCES.length],
        label: `Ligne ${i + 1}`,
        amount: 10_000 * (i + 1),
        funder_id: organizations[(n + i) % organizations.length],
      });
    }
    for (let i = 0; i < 3; i++)
      rows.portrait_partner!.push({
        portrait_id: id,
        organization_id: organizations[(n + i) % organizations.length],
        role: ROLES[i % ROLES.length],
      });
    for (let i = 0; i < 2; i++)
      rows.stage_event!.push({
        id: seedId('generated-stage', `${n}-${i}`),
        portrait_id: id,
        stage: STAGES[i],
        occurred_on: `${2015 + i}-01-01`,
        precision: 'YEAR',
        note: '',
      });
  }
  const entity = entitiesByTable(orm);
  // Thousands of rows: bulk inserts through the EntityManager. A change set each, through the unit
  // of work, took five times as long (2.0 s against 0.4 s for 1,000 portraits).
  await orm.em.fork().transactional(async (em) => {
    if (!(await em.findOne(Territory, territoryId))) {
      em.create(Territory, {
        id: territoryId,
        slug: 'generated',
        name: 'Territoire généré (banc d’essai)',
        kind: TerritoryKind.PROGRAMME_AREA,
        region: '—',
        description: '',
      });
      await em.flush(); // before the portraits that point at it
    }
    for (const [table, list] of Object.entries(rows)) {
      const { name, data } = entity(table);
      for (let i = 0; i < list.length; i += 500) await em.insertMany(name, list.slice(i, i + 500).map(data));
    }
  });
}
