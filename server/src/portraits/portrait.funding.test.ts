import { describe, expect, it } from 'vitest';
import { FundingSourceKind as K } from './portrait-parts.entity.js';
import { fundingTotals } from './portrait.funding.js';

describe('fundingTotals', () => {
  it('sums the lines and gives the EU share of the itemised total without a budget', () => {
    const totals = fundingTotals(null, [
      { sourceKind: K.EU_ERDF, amount: '300000.10' },
      { sourceKind: K.REGION, amount: '100000.20' },
      { sourceKind: K.EU_ESF, amount: '100000.20' },
    ]);
    expect(totals).toEqual({
      itemisedTotal: 500000.5,
      total: 500000.5,
      euAmount: 400000.3,
      euShare: 400000.3 / 500000.5,
      unitemised: 0,
      unknownAmountLines: 0,
    });
  });

  it('counts the lines of unknown amount apart, never as zero', () => {
    const totals = fundingTotals(null, [
      { sourceKind: K.EU_ERDF, amount: null },
      { sourceKind: K.STATE, amount: '1000' },
    ]);
    expect(totals).toMatchObject({ total: 1000, euAmount: 0, euShare: 0, unknownAmountLines: 1 });
  });

  it('lets a known budget win, and says what the lines leave unitemised', () => {
    const totals = fundingTotals('2000', [{ sourceKind: K.EU_OTHER, amount: '500' }]);
    expect(totals).toMatchObject({ total: 2000, euShare: 0.25, unitemised: 1500 });
  });

  it('has no total nor share when nothing is known', () => {
    expect(fundingTotals(null, [{ sourceKind: K.OTHER, amount: null }])).toMatchObject({
      total: null,
      euShare: null,
      unknownAmountLines: 1,
    });
    expect(fundingTotals(null, [])).toMatchObject({ total: null, itemisedTotal: 0 });
  });
});
