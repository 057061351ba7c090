import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { factories } from '../src/test-support/factories/index.js';
import { editablePortrait } from '../src/test-support/factories/portraits-editor.js';
import { createTestApi } from '../src/test-support/api.js';
import { Portrait } from '../src/portraits/portrait.entity.js';
import { applyDocument, documentOf } from '../src/portraits/portrait.edition.js';
import type { PortraitDocument } from '../src/portraits/portrait.document.js';
import { documentProblems } from '../src/portraits/portrait.validation.js';
import * as op from '../src/portraits/portrait.operations.js';
import { DatePrecision, FundingSourceKind, PartnerRole } from '../src/portraits/portrait-parts.entity.js';
import { PortraitStage } from '../src/portraits/portrait.entity.js';
import { toGlobalId } from '../src/shared/ids.js';
import type { Viewer } from '../src/shared/viewer.js';
import { viewerOfPerson } from '../src/test-support/viewers.js';

let db: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;
let made: Awaited<ReturnType<typeof editablePortrait>>;

/** What the public page reads of a portrait. */
const PAGE = /* GraphQL */ `
  query Page($slug: String!) {
    portrait(slug: $slug) {
      name
      summary
      commune
      need
      project
      results
      stage
      startYear
      durationMonths
      budgetTotal
      website
      territory {
        slug
      }
      themes {
        slug
      }
      indicators {
        label
        value
        unit
        asOf
        period
        note
      }
      fundingLines {
        sourceKind
        label
        amount
        euPriorityAxis
        periodStart
        periodEnd
        note
        funder {
          name
        }
      }
      funding {
        total
        euShare
        unknownAmountLines
      }
      partners {
        role
        organization {
          name
        }
      }
      stageHistory {
        stage
        date
        precision
        note
      }
      replicatedFrom {
        name
      }
      answers {
        title
      }
    }
  }
`;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await createTestApi(db.orm);
  made = await editablePortrait(db.orm, factories(db.orm));
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

async function read(): Promise<PortraitDocument> {
  const em = db.orm.em.fork();
  return documentOf(em, await em.findOneOrFail(Portrait, made.portrait.id));
}

async function apply(doc: PortraitDocument) {
  await db.orm.em.fork().transactional(async (em) => {
    await applyDocument(em, await em.findOneOrFail(Portrait, made.portrait.id), doc);
  });
}

const page = async () => (await api.run(PAGE, { slug: made.portrait.slug })).data?.portrait;

describe('the published edition as a document, and back', () => {
  it('reads every part of the published edition, valid as it stands', async () => {
    const doc = await read();
    expect(doc).toMatchObject({
      name: 'Recyclerie du quartier',
      territoryId: made.territory.id,
      startYear: 2019,
      durationMonths: 36,
      stage: PortraitStage.LAUNCHED,
      replicatedFromId: made.origin.id,
      answersFindingIds: [made.diagnosis.findingIds[0]],
    });
    expect(doc.themeIds.toSorted()).toEqual(made.themes.map((t) => t.id).toSorted());
    expect(doc.indicators.map((i) => [i.label, i.value])).toEqual([
      ['Tonnes réemployées', '12.50'],
      ['Emplois créés', '4.00'],
    ]);
    expect(doc.fundingLines.map((f) => [f.sourceKind, f.amount, f.euPriorityAxis, f.funderId])).toEqual([
      ['EU_ERDF', '60000.00', '8a', null],
      ['REGION', '20000.00', null, made.funder.id],
      ['MUNICIPALITY', '20000.00', null, null],
    ]);
    expect(doc.stageEvents.map((s) => [s.stage, s.date])).toEqual([
      ['CARRIER_FOUND', '2018-09-01'],
      ['LAUNCHED', '2019-01-01'],
    ]);
    expect(documentProblems(doc)).toEqual([]);
  });

  it('writes a document back unchanged: the public page reads the same', async () => {
    const before = await page();
    const doc = await read();
    await apply(doc);
    expect(await read()).toEqual(doc);
    expect(await page()).toEqual(before);
  });

  it('applies an edited document: parts replaced, kept rows updated, cleared values cleared', async () => {
    let doc = await read();
    const kept = doc.indicators[1]!.key;
    doc = op.removeIndicator(doc, doc.indicators[0]!.key);
    doc = op.updateIndicator(doc, { ...doc.indicators[0]!, value: '6' });
    doc = op.addIndicator(doc, {
      key: crypto.randomUUID(),
      label: 'Visiteurs',
      value: '1200',
      unit: 'personnes',
      asOf: '2023',
      period: null,
      note: 'Comptés à l’entrée',
    });
    doc = op.addFundingLine(doc, {
      key: crypto.randomUUID(),
      sourceKind: FundingSourceKind.EU_ESF,
      label: 'FSE+',
      funderId: null,
      amount: null,
      euPriorityAxis: null,
      periodStart: '2023',
      periodEnd: null,
      note: null,
    });
    doc = op.removePartner(doc, made.funder.id, PartnerRole.FUNDER);
    doc = op.recordStageChange(doc, {
      key: crypto.randomUUID(),
      stage: PortraitStage.OPERATIONAL,
      date: '2023-05-01',
      precision: DatePrecision.MONTH,
      note: 'Ouverture de la boutique',
    });
    doc = op.setReplicatedFrom(doc, null);
    doc = op.setAnsweredFindings(doc, made.diagnosis.findingIds);
    doc = { ...doc, durationMonths: null, website: 'https://recyclerie.example' };
    await apply(doc);

    const after = await read();
    expect(after).toEqual(doc);
    expect(after.indicators[0]!.key).toBe(kept);
    const shown = await page();
    expect(shown).toMatchObject({
      stage: 'OPERATIONAL',
      durationMonths: null,
      website: 'https://recyclerie.example',
      replicatedFrom: null,
      funding: { total: 100000, euShare: 0.6, unknownAmountLines: 1 },
      partners: [{ role: 'CARRIER', organization: { name: 'Atelier Solidaire' } }],
    });
    expect(shown.indicators.map((i: { label: string }) => i.label)).toEqual(['Emplois créés', 'Visiteurs']);
    expect(shown.stageHistory.at(-1)).toMatchObject({ stage: 'OPERATIONAL', precision: 'MONTH' });
    expect(shown.answers).toHaveLength(2);
  });
});

describe('writing a portrait through review', () => {
  const FIELDS = `portrait { id slug name publicationState
    draftInfo { reviewState editVersion reviewerNote revisions(first: 20) { nodes { number action changes { field } } } }
    draft { name stage indicators { key label value } fundingLines { key label amount sourceKind }
      funding { total euShare unknownAmountLines } partners { role organization { name } } stageEvents { stage date precision } }
  } userErrors { code field message }`;
  const mutation = (name: string, type: string) =>
    `mutation($input: ${type}!) { ${name}(input: $input) { ${FIELDS} } }`;
  let member: Viewer;
  let coordinator: Viewer;

  beforeAll(async () => {
    member = await viewerOfPerson(db.orm.em.getKnex(), made.member.id);
    const make = factories(db.orm);
    coordinator = await (await make.person({ role: 'COORDINATOR' })).viewer();
  });

  async function run(name: string, type: string, input: Record<string, unknown>, viewer: Viewer) {
    const result = await api.run(mutation(name, type), { input }, viewer);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data![name];
  }

  async function done(name: string, type: string, input: Record<string, unknown>, viewer: Viewer) {
    const payload = await run(name, type, input, viewer);
    expect(payload.userErrors, name).toEqual([]);
    return payload.portrait;
  }

  it('a member writes a new portrait; a coordinator asks for a change, then publishes it', async () => {
    let p = await done(
      'createPortrait',
      'CreatePortraitInput',
      {
        organizationId: toGlobalId('Organization', made.carrier.id),
        name: 'Cantine solidaire',
        territoryId: toGlobalId('Territory', made.territory.id),
      },
      member,
    );
    expect(p.publicationState).toBe('DRAFT');
    expect(p.draftInfo).toMatchObject({ reviewState: 'DRAFT', editVersion: 1 });
    expect(p.draft.partners).toEqual([{ role: 'CARRIER', organization: { name: 'Atelier Solidaire' } }]);
    const id = p.id;
    const version = () => p.draftInfo.editVersion as number;

    p = await done(
      'addIndicator',
      'IndicatorInput',
      { id, expectedVersion: version(), label: 'Repas servis', value: '1500', unit: 'repas', asOf: '2024' },
      member,
    );
    p = await done(
      'addFundingLine',
      'FundingLineInput',
      { id, expectedVersion: version(), sourceKind: 'EU_ESF', label: 'FSE+', amount: '30000' },
      member,
    );
    p = await done(
      'addFundingLine',
      'FundingLineInput',
      { id, expectedVersion: version(), sourceKind: 'MUNICIPALITY', label: 'Ville', amount: '70000' },
      member,
    );
    expect(p.draft.funding).toEqual({ total: 100000, euShare: 0.3, unknownAmountLines: 0 });

    // A second writer with the version before: nothing saved, the current draft comes back.
    const stale = await run(
      'addIndicator',
      'IndicatorInput',
      { id, expectedVersion: 1, label: 'Bénévoles', value: '12', unit: 'personnes' },
      coordinator,
    );
    expect(stale.userErrors.map((e: { code: string }) => e.code)).toEqual(['DRAFT_CHANGED']);
    expect(stale.portrait.draft.indicators.map((i: { label: string }) => i.label)).toEqual(['Repas servis']);

    p = await done('submitPortrait', 'PortraitDraftInput', { id, expectedVersion: version() }, member);
    expect(p.draftInfo.reviewState).toBe('SUBMITTED');
    const asked = await api.run(
      `mutation($input: RequestChangesInput!) { requestChanges(input: $input) { draft { reviewState editVersion reviewerNote } userErrors { code } } }`,
      { input: { id, expectedVersion: version(), note: 'Précisez la date du chiffre des repas.' } },
      coordinator,
    );
    expect(asked.data!.requestChanges.draft).toMatchObject({ reviewState: 'CHANGES_REQUESTED' });
    const afterNote = (
      await api.run(
        `query($s: String!) { portrait(slug: $s) { draftInfo { reviewerNote editVersion } draft { indicators { key } } } }`,
        { s: p.slug },
        member,
      )
    ).data!.portrait;
    expect(afterNote.draftInfo.reviewerNote).toBe('Précisez la date du chiffre des repas.');

    const key = afterNote.draft.indicators[0].key;
    p = await done(
      'updateIndicator',
      'IndicatorInput',
      {
        id,
        expectedVersion: afterNote.draftInfo.editVersion,
        key,
        label: 'Repas servis',
        value: '1500',
        unit: 'repas',
        asOf: '2024-06',
      },
      member,
    );
    p = await done('submitPortrait', 'PortraitDraftInput', { id, expectedVersion: version() }, member);
    // Nobody outside sees it before its publication.
    expect((await api.run(PAGE, { slug: p.slug })).data?.portrait ?? null).toBeNull();
    p = await done('publishPortrait', 'PortraitDraftInput', { id, expectedVersion: version() }, coordinator);
    expect(p).toMatchObject({ publicationState: 'PUBLISHED', draftInfo: { reviewState: 'PUBLISHED' } });
    expect(p.draftInfo.revisions.nodes.map((r: { action: string }) => r.action)).toEqual([
      'PUBLISHED',
      'SUBMITTED',
      'SAVED',
      'CHANGES_REQUESTED',
      'SUBMITTED',
      'SAVED',
      'SAVED',
      'SAVED',
      'CREATED',
    ]);

    const shown = (await api.run(PAGE, { slug: p.slug })).data!.portrait;
    expect(shown).toMatchObject({
      name: 'Cantine solidaire',
      indicators: [{ label: 'Repas servis', value: 1500, asOf: '2024-06' }],
      funding: { total: 100000, euShare: 0.3, unknownAmountLines: 0 },
      partners: [{ role: 'CARRIER', organization: { name: 'Atelier Solidaire' } }],
    });

    // A new draft by its member: the published edition stays as it was until published again.
    p = await done(
      'recordStageChange',
      'RecordStageChangeInput',
      { id, expectedVersion: version(), stage: 'LAUNCHED', date: '2025-02', note: 'Premier service' },
      member,
    );
    expect(p.draftInfo.reviewState).toBe('DRAFT');
    expect(p.draft.stageEvents.at(-1)).toEqual({ stage: 'LAUNCHED', date: '2025-02-01', precision: 'MONTH' });
    const still = (await api.run(PAGE, { slug: p.slug })).data!.portrait;
    expect(still.stage).toBe('MODELLING');
    expect(still.stageHistory).toEqual([]);
  });

  it('refuses bad input with user errors naming the fields, and saves nothing', async () => {
    const id = toGlobalId('Portrait', made.portrait.id);
    const payload = await run(
      'addFundingLine',
      'FundingLineInput',
      { id, expectedVersion: 0, sourceKind: 'STATE', label: 'État', amount: '-3', euPriorityAxis: '8a' },
      member,
    );
    expect(payload.userErrors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([
      ['PORTRAIT_AMOUNT_INVALID', 'amount'],
      ['PORTRAIT_EU_AXIS_NOT_EU', 'euPriorityAxis'],
    ]);
    const hostile = await run(
      'updatePortrait',
      'UpdatePortraitInput',
      {
        id,
        expectedVersion: 1,
        name: 'x'.repeat(201),
        summary: '',
        territoryId: toGlobalId('Territory', '00000000-0000-4000-8000-000000000001'),
        commune: '',
        themeIds: [],
        need: '',
        project: '',
        results: '',
        startYear: 3000,
      },
      member,
    );
    expect(hostile.userErrors.map((e: { field: string }) => e.field)).toEqual(['name', 'startYear']);
    const elsewhere = await run(
      'updatePortrait',
      'UpdatePortraitInput',
      {
        id,
        expectedVersion: 1,
        name: 'Recyclerie du quartier',
        summary: '',
        territoryId: toGlobalId('Territory', '00000000-0000-4000-8000-000000000001'),
        commune: '',
        themeIds: [],
        need: '',
        project: '',
        results: '',
      },
      member,
    );
    expect(elsewhere.userErrors.map((e: { code: string }) => e.code)).toEqual(['PORTRAIT_UNKNOWN_TERRITORY']);
    const draft = (
      await api.run(
        `query($s: String!) { portrait(slug: $s) { draft { name startYear } } }`,
        { s: made.portrait.slug },
        member,
      )
    ).data!.portrait.draft;
    expect(draft).toEqual({ name: 'Recyclerie du quartier', startYear: 2019 });
  });
});
