import { ContributionKind } from '../contributions/contribution.entity.js';
import { FindingKind } from './finding.entity.js';
import { statementLimits } from './finding.policy.js';

/** A pre-filled title stays short enough to read at a glance, within the finding's limits. */
export const prefillTitleMax = 120;

const kindOf: Record<ContributionKind, FindingKind> = {
  [ContributionKind.NEED]: FindingKind.UNMET_NEED,
  [ContributionKind.RESOURCE]: FindingKind.ASSET,
  [ContributionKind.IDEA]: FindingKind.OPPORTUNITY,
  [ContributionKind.QUESTION]: FindingKind.UNMET_NEED,
};

export const findingKindOf = (kind: string): FindingKind => kindOf[kind as ContributionKind] ?? FindingKind.UNMET_NEED;

/** The first sentence of a text, on one line, cut at a word within `prefillTitleMax` characters. */
export function titleFrom(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?…])(\s|$)/.exec(line)?.[1] ?? line;
  if (sentence.length <= prefillTitleMax) return sentence;
  const cut = sentence.slice(0, prefillTitleMax - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > prefillTitleMax / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The contributions as Markdown quotes, one after the other, as many as the statement holds:
 * the coordinator edits them into a statement.
 */
export function statementFrom(bodies: string[]): string {
  const quotes = bodies.map((body) =>
    body
      .replace(/\r\n/g, '\n')
      .trim()
      .split('\n')
      .map((line) => `> ${line}`.trimEnd())
      .join('\n'),
  );
  let statement = '';
  for (const quote of quotes) {
    const next = statement ? `${statement}\n\n${quote}` : quote;
    if (next.length > statementLimits.max) break;
    statement = next;
  }
  return statement || `${quotes[0]!.slice(0, statementLimits.max - 1)}…`;
}
