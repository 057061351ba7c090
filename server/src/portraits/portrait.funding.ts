import { EU_SOURCES, type FundingSourceKind } from './portrait-parts.entity.js';

/** What the totals need of a funding line: a table row or a draft's entry. */
export interface FundedLine {
  sourceKind: FundingSourceKind;
  amount: string | null;
}

export interface FundingTotals {
  /** Sum of the lines with an amount, in euros. */
  itemisedTotal: number;
  /** The budget total when known, else the itemised total (null when nothing is known). */
  total: number | null;
  /** Sum of the European lines with an amount. */
  euAmount: number;
  /** European amount over the total (0–1); null without a total. */
  euShare: number | null;
  /** Part of the total that no line itemises. */
  unitemised: number;
  /** Lines whose amount the sources do not give: counted apart, never as zero, and said so. */
  unknownAmountLines: number;
}

// Amounts are decimal strings of at most 2 decimals: summed in cents, no float drift.
const cents = (amount: string) => Math.round(Number(amount) * 100);

/**
 * The totals of a funding mix, for the API (`Portrait.funding`, `PortraitDraft.funding`) and
 * through it the pages. The budget total wins over the sum of the lines when both are known.
 */
export function fundingTotals(budgetTotal: string | null, lines: readonly FundedLine[]): FundingTotals {
  let itemised = 0;
  let eu = 0;
  let unknownAmountLines = 0;
  for (const line of lines) {
    if (line.amount === null) {
      unknownAmountLines += 1;
      continue;
    }
    itemised += cents(line.amount);
    if (EU_SOURCES.includes(line.sourceKind)) eu += cents(line.amount);
  }
  const budget = budgetTotal === null ? null : cents(budgetTotal);
  const total = budget ?? (itemised > 0 ? itemised : null);
  return {
    itemisedTotal: itemised / 100,
    total: total === null ? null : total / 100,
    euAmount: eu / 100,
    euShare: total ? eu / total : null,
    unitemised: total ? Math.max(0, total - itemised) / 100 : 0,
    unknownAmountLines,
  };
}
