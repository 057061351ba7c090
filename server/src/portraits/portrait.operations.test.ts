import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../shared/payload.js';
import { PortraitStage } from './portrait.entity.js';
import { DatePrecision, FundingSourceKind, PartnerRole } from './portrait-parts.entity.js';
import type { IndicatorEntry, PortraitDocument } from './portrait.document.js';
import * as op from './portrait.operations.js';
import { documentProblems } from './portrait.validation.js';

const carrier = { organizationId: 'org-carrier', role: PartnerRole.CARRIER, note: null };

function doc(over: Partial<PortraitDocument> = {}): PortraitDocument {
  return {
    name: 'La Fabrique',
    summary: '',
    territoryId: 't',
    commune: 'Roubaix',
    themeIds: [],
    need: '',
    project: '',
    results: '',
    startYear: 2019,
    durationMonths: null,
    budgetTotal: null,
    website: null,
    stage: PortraitStage.LAUNCHED,
    indicators: [],
    fundingLines: [],
    partners: [carrier],
    stageEvents: [],
    replicatedFromId: null,
    answersFindingIds: [],
    images: [],
    ...over,
  };
}

const indicator = (key: string, label = 'Personnes formées'): IndicatorEntry => ({
  key,
  label,
  value: '42',
  unit: 'personnes',
  asOf: '2021-06',
  period: null,
  note: null,
});

/** The codes and fields of the user errors `run` throws. */
function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInput) return error.problems.map((p) => [p.message.code, p.field ?? null]);
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('indicators', () => {
  it('adds, edits, moves and removes, by key', () => {
    let d = op.addIndicator(doc(), indicator('a'));
    d = op.addIndicator(d, { ...indicator('b', 'Contrats'), value: ' 3,5 ' });
    expect(d.indicators.map((i) => [i.key, i.value])).toEqual([
      ['a', '42.00'],
      ['b', '3.50'],
    ]);
    d = op.moveIndicator(d, 'b', -1);
    expect(d.indicators.map((i) => i.key)).toEqual(['b', 'a']);
    d = op.updateIndicator(d, { ...indicator('a'), label: 'Stagiaires', note: '  ' });
    expect(d.indicators[1]).toMatchObject({ label: 'Stagiaires', note: null });
    d = op.removeIndicator(d, 'b');
    expect(d.indicators.map((i) => i.key)).toEqual(['a']);
  });

  it('refuses a bad value, date or label, naming each field', () => {
    expect(refusal(() => op.addIndicator(doc(), { ...indicator('a', ''), value: '12abc', asOf: '2021-13' }))).toEqual([
      ['PORTRAIT_LABEL_LENGTH', 'label'],
      ['PORTRAIT_VALUE_INVALID', 'value'],
      ['PORTRAIT_DATE_INVALID', 'asOf'],
    ]);
    expect(refusal(() => op.addIndicator(doc(), { ...indicator('a'), asOf: '2021-02-30' }))).toEqual([
      ['PORTRAIT_DATE_INVALID', 'asOf'],
    ]);
  });

  it('refuses an edit of a removed item and a move past the end', () => {
    const d = op.addIndicator(doc(), indicator('a'));
    expect(refusal(() => op.updateIndicator(d, indicator('gone')))).toEqual([['PORTRAIT_ITEM_GONE', null]]);
    expect(refusal(() => op.moveIndicator(d, 'a', 1))).toEqual([['PORTRAIT_MOVE_IMPOSSIBLE', null]]);
  });
});

describe('funding lines', () => {
  const line = {
    key: 'f',
    sourceKind: FundingSourceKind.EU_ERDF,
    label: 'FEDER',
    funderId: null,
    amount: '120 000,50',
    euPriorityAxis: '8a',
    periodStart: '2019',
    periodEnd: '2021-06',
    note: null,
  };

  it('adds a line with its amount read as decimals', () => {
    const d = op.addFundingLine(doc(), line);
    expect(d.fundingLines[0]).toMatchObject({ amount: '120000.50', euPriorityAxis: '8a' });
  });

  it('refuses a negative amount, three decimals, an EU axis on a national fund, a period backwards', () => {
    expect(
      refusal(() =>
        op.addFundingLine(doc(), {
          ...line,
          sourceKind: FundingSourceKind.STATE,
          amount: '-5',
          periodStart: '2022',
          periodEnd: '2021-06',
        }),
      ),
    ).toEqual([
      ['PORTRAIT_AMOUNT_INVALID', 'amount'],
      ['PORTRAIT_EU_AXIS_NOT_EU', 'euPriorityAxis'],
      ['PORTRAIT_PERIOD_ORDER', 'periodEnd'],
    ]);
    expect(refusal(() => op.addFundingLine(doc(), { ...line, amount: '10.123' }))).toEqual([
      ['PORTRAIT_AMOUNT_INVALID', 'amount'],
    ]);
  });

  it('keeps a line of unknown amount', () => {
    expect(op.addFundingLine(doc(), { ...line, amount: ' ' }).fundingLines[0]!.amount).toBeNull();
  });

  it('edits, moves and removes', () => {
    let d = op.addFundingLine(op.addFundingLine(doc(), line), { ...line, key: 'g', label: 'Région' });
    d = op.moveFundingLine(d, 'f', 1);
    expect(d.fundingLines.map((f) => f.key)).toEqual(['g', 'f']);
    d = op.updateFundingLine(d, { ...line, amount: '1' });
    expect(d.fundingLines[1]!.amount).toBe('1.00');
    expect(op.removeFundingLine(d, 'g').fundingLines.map((f) => f.key)).toEqual(['f']);
  });
});

describe('partners', () => {
  it('needs a carrier and refuses a role twice', () => {
    const funder = { organizationId: 'org-b', role: PartnerRole.FUNDER, note: null };
    expect(op.addPartner(doc(), funder).partners).toHaveLength(2);
    expect(refusal(() => op.addPartner(doc(), carrier))).toEqual([['PORTRAIT_PARTNER_DUPLICATE', 'partners']]);
    expect(refusal(() => op.removePartner(doc(), 'org-carrier', PartnerRole.CARRIER))).toEqual([
      ['PORTRAIT_CARRIER_REQUIRED', 'partners'],
    ]);
  });

  it('lets an unclaimed idea go without a carrier', () => {
    const idea = doc({ stage: PortraitStage.UNCLAIMED_IDEA });
    expect(op.setPartners(idea, []).partners).toEqual([]);
  });
});

describe('stage history', () => {
  const event = (stage: PortraitStage, date: string) => ({
    key: date,
    stage,
    date,
    precision: DatePrecision.MONTH,
    note: 'Étape',
  });

  it('appends a change and makes it the current stage', () => {
    const d = op.recordStageChange(doc(), event(PortraitStage.OPERATIONAL, '2022-03-01'));
    expect(d.stage).toBe(PortraitStage.OPERATIONAL);
    const again = op.recordStageChange(d, event(PortraitStage.SPREADING, '2022-03-01'));
    expect(again.stageEvents.map((s) => s.stage)).toEqual([PortraitStage.OPERATIONAL, PortraitStage.SPREADING]);
  });

  it('refuses a date before the previous change, and the same stage again', () => {
    const d = op.recordStageChange(doc(), event(PortraitStage.OPERATIONAL, '2022-03-01'));
    expect(refusal(() => op.recordStageChange(d, event(PortraitStage.SPREADING, '2021-12-01')))).toEqual([
      ['PORTRAIT_STAGE_BEFORE_PREVIOUS', 'date'],
    ]);
    expect(refusal(() => op.recordStageChange(d, event(PortraitStage.OPERATIONAL, '2023-01-01')))).toEqual([
      ['PORTRAIT_STAGE_UNCHANGED', 'stage'],
    ]);
    expect(refusal(() => op.recordStageChange(d, event(PortraitStage.SPREADING, '2023')))).toEqual([
      ['PORTRAIT_DATE_INVALID', 'date'],
    ]);
  });
});

describe('lineage, answers and images', () => {
  it('sets the portrait it was replicated from and the findings answered, once each', () => {
    expect(op.setReplicatedFrom(doc(), 'p2').replicatedFromId).toBe('p2');
    expect(op.setAnsweredFindings(doc(), ['f1', 'f1', 'f2']).answersFindingIds).toEqual(['f1', 'f2']);
  });

  it('adds images with an alt text of 3 to 300 characters, edits, moves and removes them', () => {
    let d = op.addImage(doc(), { imageId: 'i1', alt: 'Atelier  de couture' });
    d = op.addImage(d, { imageId: 'i2', alt: 'La boutique' });
    expect(d.images[0]!.alt).toBe('Atelier de couture');
    expect(refusal(() => op.addImage(d, { imageId: 'i3', alt: 'ab' }))).toEqual([['PORTRAIT_IMAGE_ALT_LENGTH', 'alt']]);
    expect(refusal(() => op.addImage(d, { imageId: 'i1', alt: 'Encore' }))).toEqual([
      ['PORTRAIT_IMAGE_DUPLICATE', 'imageId'],
    ]);
    d = op.moveImage(op.updateImageAlt(d, 'i2', 'La boutique en 2022'), 'i2', -1);
    expect(d.images.map((i) => [i.imageId, i.alt])).toEqual([
      ['i2', 'La boutique en 2022'],
      ['i1', 'Atelier de couture'],
    ]);
    expect(op.removeImage(d, 'i1').images).toHaveLength(1);
  });
});

describe('the texts of the portrait', () => {
  it('refuses a short name, a long summary, a year out of range and a bad website at once', () => {
    const fields = { ...doc(), name: 'ab', summary: 'x'.repeat(1001), startYear: 1850, website: 'javascript:alert(1)' };
    expect(refusal(() => op.updateMain(doc(), fields)).map(([code]) => code)).toEqual([
      'PORTRAIT_NAME_LENGTH',
      'PORTRAIT_TEXT_TOO_LONG',
      'PORTRAIT_YEAR_RANGE',
      'PORTRAIT_WEBSITE_INVALID',
    ]);
  });

  it('checks a whole document with each entry named by its key', () => {
    const bad = doc({ partners: [], indicators: [{ ...indicator('k'), value: 'x' }] });
    expect(documentProblems(bad).map((p) => p.field)).toEqual(['indicators.k.value', 'partners']);
  });
});
