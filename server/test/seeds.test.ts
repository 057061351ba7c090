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
import type { SeedData } from '../src/seeding/seed.files.js';
import { viewerOfPerson } from '../src/test-support/viewers.js';
import { seedId } from '../src/seeding/seed.ids.js';

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
  'diagnosis_coordinator',
  'diagnosis_transition',
  'finding_revision',
  'finding_support',
  'finding_comment',
  'finding_suggestion',
  'portrait_finding',
];

const rd = 'diagnostic-partage-rive-droite-2026-demo';
const vaulx = 'diagnostic-vaulx-en-velin-brouillon-demo';

/** The problems planning reports once `change` has spoilt a copy of the seeds. */
async function problemsOf(change: (data: SeedData) => void): Promise<string> {
  const data = structuredClone(await readSeeds());
  change(data);
  try {
    planSeeds(data);
  } catch (error) {
    if (error instanceof SeedError) return error.message;
    throw error;
  }
  return '';
}

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

  it('names the file and key of each bad reference of a diagnosis', async () => {
    const message = await problemsOf((data) => {
      const d = data.diagnoses.find((x) => x.slug === rd)!;
      d.coordinators = [...(d.coordinators ?? []), 'acteur-demo'];
      d.transitions![0]!.from = 'VALIDATED';
      d.workshops = [...(d.workshops ?? []), 'cafelaboquartiers-4-vaulx-en-velin-2015'];
      const [garde, creation, mobilite] = d.findings;
      garde!.supports!.push({
        person: 'habitant-demo',
        organization: 'bailleur-social-rive-droite-demo',
        at: garde!.supports![0]!.at,
      });
      creation!.supports!.push({
        person: 'marianne-faucheux',
        organization: 'banque-des-territoires',
        at: creation!.supports![0]!.at,
      });
      creation!.statement = 'Edited without a revision';
      mobilite!.evidence.push({
        workshop: 'atelier-diagnostic-partage-rive-droite-demo',
        contribution: 'jardin-partage-friche',
      });
      mobilite!.suggestions![0]!.baseVersion = 9;
      data.portraits.find((p) => p.slug === 'social-lab-bordeaux-metropole')!.answers = ['no-such-finding'];
      const v = data.diagnoses.find((x) => x.slug === vaulx)!;
      v.findings[0]!.supports = [{ person: 'habitant-demo', at: '2026-11-20T10:00:00+01:00' }];
    });
    const at = `diagnoses.json ${rd}`;
    for (const expected of [
      `${at}.coordinators: "acteur-demo" has the role STAKEHOLDER, not COORDINATOR`,
      `${at}.transitions[0].from: the diagnosis was DRAFT, not VALIDATED`,
      `${at}.workshops: "cafelaboquartiers-4-vaulx-en-velin-2015" was held on another territory`,
      `${at}.findings rd-garde-emploi.supports[4]: "habitant-demo" is not a member of "bailleur-social-rive-droite-demo"`,
      `${at}.findings rd-lisibilite-creation.supports[4]: "banque-des-territoires" does not let its members co-sign`,
      `${at}.findings rd-lisibilite-creation: its text differs from its last revision's`,
      `${at}.findings rd-mobilite-horaires.evidence: "atelier-diagnostic-partage-rive-droite-demo--jardin-partage-friche" is not published`,
      `${at}.findings rd-mobilite-horaires.suggestions[0].baseVersion: 9 is not a version of the finding (1 to 1)`,
      `portraits.json social-lab-bordeaux-metropole.answers: unknown finding "no-such-finding"`,
      `diagnoses.json ${vaulx}.findings vx-relations-financeurs: only a public finding has supports`,
    ])
      expect(message).toContain(expected);
  });

  it('refuses a history that does not lead to the finding or a life that does not lead to the status', async () => {
    const message = await problemsOf((data) => {
      const d = data.diagnoses.find((x) => x.slug === rd)!;
      d.status = 'VALIDATED';
      const garde = d.findings.find((f) => f.key === 'rd-garde-emploi')!;
      garde.revisions![1]!.change = 'CREATED';
      garde.revisions![2]!.after = { status: 'PROPOSED' };
    });
    const at = `diagnoses.json ${rd}`;
    expect(message).toContain(`${at}.transitions: they lead to CONSULTATION, but the diagnosis is VALIDATED`);
    expect(message).toContain(
      `${at}.findings rd-garde-emploi.revisions[1]: the first revision, and it alone, is CREATED`,
    );
    expect(message).toContain(`${at}.findings rd-garde-emploi.revisions[2]: changes nothing`);
  });

  it('writes the diagnoses in French typography and marks them as demo content', async () => {
    const { diagnoses } = await readSeeds();
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(diagnoses);
    // A normal space before a high punctuation mark, or inside guillemets, may break the line there.
    expect(texts.filter((t) => / [:;!?»]|« /.test(t))).toEqual([]);
    expect(texts.some((t) => t.includes('\u00a0:'))).toBe(true);
    for (const d of diagnoses) {
      expect(d.demo).toBe(true);
      expect(`${d.title} ${d.summary}`).toMatch(/démo/);
    }
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

  it('dates past workshops no more precisely than the sources: a year, a month, a day without hours', async () => {
    const plan = planSeeds(await readSeeds());
    const workshops = plan.tables.find((t) => t.table === 'workshop')!.rows;
    const bySlug = (slug: string) => workshops.find((w) => w.slug === slug)!;
    expect(bySlug('forum-ess-gip-dsu-2013')).toMatchObject({
      date_precision: 'YEAR',
      starts_at: new Date('2013-01-01T00:00:00Z'),
      ends_at: new Date('2013-12-31T23:59:59Z'),
    });
    expect(bySlug('forum-ess-gip-dsu-2017')).toMatchObject({
      date_precision: 'MONTH',
      starts_at: new Date('2017-11-01T00:00:00Z'),
    });
    expect(bySlug('ptit-dej-avise-2-2019')).toMatchObject({
      date_precision: 'DAY',
      starts_at: new Date('2019-03-28T00:00:00Z'),
    });
    expect(bySlug('atelier-mobilite-emploi-en-direct-demo').date_precision).toBe('DAY_TIME');
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

// What the diagnosis pages need of the seeds, read from the tables the application reads.
describe('the seeded diagnoses', () => {
  const knex = () => db.orm.em.getKnex();
  const diagnosisOf = (slug: string) => knex()('diagnosis').where('slug', slug).first();

  it('has the Rive Droite in consultation, opened by its coordinators, fed by its past workshops', async () => {
    const d = await diagnosisOf(rd);
    expect(d).toMatchObject({ status: 'CONSULTATION', period: '2026', validated_at: null, is_demo: true });
    expect(d.title).toContain('démo');
    const coordinators = await knex()('diagnosis_coordinator as dc')
      .join('person as p', 'p.id', 'dc.person_id')
      .where('dc.diagnosis_id', d.id)
      .pluck('p.role');
    expect(coordinators.length).toBeGreaterThan(0);
    expect(new Set(coordinators)).toEqual(new Set(['COORDINATOR']));
    const transitions = await knex()('diagnosis_transition').where('diagnosis_id', d.id).orderBy('created_at');
    expect(transitions.map((t) => [t.from_status, t.to_status])).toEqual([['DRAFT', 'CONSULTATION']]);
    const linked = await knex()('workshop').where('diagnosis_id', d.id).whereNot('kind', 'CONSULTATION');
    expect(linked.filter((w) => w.status === 'CLOSED').map((w) => w.slug)).toEqual(
      expect.arrayContaining([
        'ateliers-projet-economique-rive-droite-2013',
        'atelier-diagnostic-partage-rive-droite-demo',
      ]),
    );
  });

  it('runs its consultation in a live workshop of its own, with posts from signed-in people', async () => {
    const d = await diagnosisOf(rd);
    const w = await knex()('workshop').where('id', d.consultation_id).first();
    expect(w).toMatchObject({
      kind: 'CONSULTATION',
      status: 'LIVE',
      join_code: null,
      diagnosis_id: d.id,
      slug: `consultation-${rd}`,
      moderation_mode: 'STRICT',
    });
    const runBy = await knex()('workshop_coordinator').where('workshop_id', w.id).pluck('person_id');
    const coordinators = await knex()('diagnosis_coordinator').where('diagnosis_id', d.id).pluck('person_id');
    expect(new Set(runBy)).toEqual(new Set(coordinators));
    const posts = await knex()('contribution').where('workshop_id', w.id);
    expect(posts.filter((c) => c.moderation_state === 'PUBLISHED').length).toBeGreaterThanOrEqual(3);
    for (const c of posts) {
      expect(c.author_id).not.toBeNull();
      expect(c.guest_name).toBeNull();
    }
  });

  it("keeps every finding's history consistent with its text and version", async () => {
    const findings = await knex()('finding');
    const revisions = await knex()('finding_revision').orderBy(['finding_id', 'number']);
    const themes = await knex()('finding_theme');
    const places = await knex()('finding_neighbourhood');
    let edited = 0;
    for (const f of findings) {
      const history = revisions.filter((r) => r.finding_id === f.id);
      expect(history.map((r) => r.number)).toEqual(history.map((_, i) => i + 1));
      expect(history.length).toBe(f.version);
      expect(history[0]).toMatchObject({ change: 'CREATED', before: null });
      history.slice(1).forEach((r, i) => expect(r.before).toEqual(history[i]!.after));
      expect(history.at(-1)!.after).toEqual({
        kind: f.kind,
        title: f.title,
        statement: f.statement,
        priority: f.priority,
        status: f.status,
        themeIds: themes
          .filter((t) => t.finding_id === f.id)
          .map((t) => t.theme_id)
          .sort(),
        neighbourhoodIds: places
          .filter((n) => n.finding_id === f.id)
          .map((n) => n.neighbourhood_id)
          .sort(),
        mergedIntoId: f.merged_into_id,
      });
      if (history.some((r) => r.before && r.before.statement !== r.after.statement)) edited += 1;
    }
    expect(edited).toBeGreaterThanOrEqual(2);
  });

  it('has findings of every kind and status, backed by published evidence, supported and co-signed', async () => {
    const d = await diagnosisOf(rd);
    const findings = await knex()('finding').where('diagnosis_id', d.id);
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(['UNMET_NEED', 'ASSET', 'OPPORTUNITY']));
    expect(new Set(findings.map((f) => f.status))).toEqual(new Set(['PROPOSED', 'RETAINED', 'SET_ASIDE', 'MERGED']));
    const ids = findings.map((f) => f.id);
    const evidence = await knex()('finding_evidence as e')
      .join('contribution as c', 'c.id', 'e.contribution_id')
      .join('workshop as w', 'w.id', 'c.workshop_id')
      .whereIn('e.finding_id', ids)
      .select('c.moderation_state as state', 'w.kind as kind', 'w.diagnosis_id as diagnosisId');
    expect(new Set(evidence.map((e) => e.state))).toEqual(new Set(['PUBLISHED']));
    expect(evidence.some((e) => e.kind === 'CONSULTATION')).toBe(true);
    expect(evidence.every((e) => e.diagnosisId === d.id)).toBe(true);
    const supports = await knex()('finding_support').whereIn('finding_id', ids);
    expect(new Set(supports.map((s) => s.person_id)).size).toBeGreaterThanOrEqual(3);
    const cosigners = await knex()('finding_support as s')
      .join('organization as o', 'o.id', 's.organization_id')
      .join('membership as m', (on) => on.on('m.organization_id', 'o.id').andOn('m.person_id', 's.person_id'))
      .whereIn('s.finding_id', ids)
      .distinct('o.slug', 'o.kind', 'o.members_may_co_sign');
    expect(cosigners.length).toBeGreaterThanOrEqual(3);
    expect(new Set(cosigners.map((o) => o.kind)).size).toBeGreaterThanOrEqual(3);
    expect(cosigners.every((o) => o.members_may_co_sign)).toBe(true);
    expect((await knex()('finding_comment').whereIn('finding_id', ids)).length).toBeGreaterThanOrEqual(2);
    const pending = await knex()('finding_suggestion').whereIn('finding_id', ids).where('state', 'PENDING');
    expect(pending.length).toBeGreaterThanOrEqual(1);
    const proposal = findings.find((f) => f.awaiting_review);
    expect(proposal).toMatchObject({ status: 'PROPOSED' });
    const proposer = await knex()('person').where('id', proposal.proposed_by_id).first();
    expect(proposer.role).not.toBe('COORDINATOR');
    const merged = findings.find((f) => f.status === 'MERGED');
    expect(ids).toContain(merged.merged_into_id);
  });

  it('has the Social Lab answering the retained entrepreneurship finding', async () => {
    const answered = await knex()('portrait_finding as pf')
      .join('portrait as p', 'p.id', 'pf.portrait_id')
      .join('finding as f', 'f.id', 'pf.finding_id')
      .where('p.slug', 'social-lab-bordeaux-metropole')
      .select('f.title', 'f.status', 'f.diagnosis_id');
    expect(answered).toEqual([
      expect.objectContaining({ title: expect.stringMatching(/^Un accompagnement à la création/), status: 'RETAINED' }),
    ]);
    expect(answered[0].diagnosis_id).toBe(seedId('diagnosis', rd));
  });

  it('keeps Vaulx-en-Velin a draft that its coordinator alone sees', async () => {
    const d = await diagnosisOf(vaulx);
    expect(d).toMatchObject({ status: 'DRAFT', consultation_id: null, is_demo: true });
    expect((await knex()('finding').where('diagnosis_id', d.id)).length).toBeGreaterThanOrEqual(2);
    expect(await knex()('diagnosis_transition').where('diagnosis_id', d.id)).toEqual([]);
    const [coordinator] = await knex()('diagnosis_coordinator').where('diagnosis_id', d.id).pluck('person_id');
    const query = `query ($slug: String!) { diagnosis(slug: $slug) { status findings { title } } }`;
    const anonymous = await api.run(query, { slug: vaulx });
    expect(anonymous.data?.diagnosis ?? null).toBeNull();
    const resident = await api.run(
      query,
      { slug: vaulx },
      await viewerOfPerson(knex(), seedId('person', 'habitante-demo')),
    );
    expect(resident.data?.diagnosis ?? null).toBeNull();
    const own = await api.run(query, { slug: vaulx }, await viewerOfPerson(knex(), coordinator));
    expect(own.errors).toBeUndefined();
    expect(own.data!.diagnosis.status).toBe('DRAFT');
    expect(own.data!.diagnosis.findings.length).toBeGreaterThanOrEqual(2);
    const rive = await api.run(query, { slug: rd });
    expect(rive.data!.diagnosis.status).toBe('CONSULTATION');
  });
});
