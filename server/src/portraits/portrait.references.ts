import type { Knex } from '@mikro-orm/postgresql';
import { msg, type Problem } from '../shared/payload.js';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import type { PortraitDocument } from './portrait.document.js';

/** Ids of `ids` that `query` does not return: what a document names but does not exist (or is hidden). */
async function missing(query: Knex.QueryBuilder, column: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = new Set((await query.whereIn(column, unique).pluck(column)) as string[]);
  return unique.filter((id) => !found.has(id));
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks what a document points at, one statement per kind: the territory, themes and
 * organizations exist; the portrait it was replicated from and the findings it answers exist and
 * are visible to the viewer (a hidden one is refused as an unknown one is, so nothing leaks).
 */
export async function referenceProblems(
  knex: Knex,
  viewer: Viewer,
  portraitId: string | null,
  doc: PortraitDocument,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  // A forged id that is not even a uuid would make PostgreSQL refuse the whole query.
  const ids = (list: readonly string[]) => list.filter((id) => uuid.test(id));
  const organizations = [
    ...doc.partners.map((p) => p.organizationId),
    ...doc.fundingLines.flatMap((f) => (f.funderId ? [f.funderId] : [])),
  ];
  const [territory, themes, orgs, findings, replicated] = await Promise.all([
    missing(knex('territory'), 'id', ids([doc.territoryId])),
    missing(knex('theme'), 'id', ids(doc.themeIds)),
    missing(knex('organization'), 'id', ids(organizations)),
    missing(visible.finding(knex('finding as f'), 'f', viewer), 'f.id', ids(doc.answersFindingIds)),
    doc.replicatedFromId
      ? missing(visible.portrait(knex('portrait as p'), 'p', viewer), 'p.id', ids([doc.replicatedFromId]))
      : Promise.resolve([]),
  ]);
  const invalidIds = (list: readonly string[]) => list.length - ids(list).length;
  if (territory.length + invalidIds([doc.territoryId]) > 0) {
    problems.push({ field: 'territoryId', message: msg('PORTRAIT_UNKNOWN_TERRITORY') });
  }
  const themeCount = themes.length + invalidIds(doc.themeIds);
  if (themeCount > 0)
    problems.push({ field: 'themeIds', message: msg('PORTRAIT_UNKNOWN_THEMES', { count: themeCount }) });
  if (orgs.length + invalidIds(organizations) > 0) {
    problems.push({ field: 'partners', message: msg('PORTRAIT_UNKNOWN_ORGANIZATION') });
  }
  const findingCount = findings.length + invalidIds(doc.answersFindingIds);
  if (findingCount > 0) {
    problems.push({ field: 'answersFindingIds', message: msg('PORTRAIT_UNKNOWN_FINDINGS', { count: findingCount }) });
  }
  if (doc.replicatedFromId === portraitId) {
    problems.push({ field: 'replicatedFromId', message: msg('PORTRAIT_SELF_REPLICATION') });
  } else if (doc.replicatedFromId && replicated.length + invalidIds([doc.replicatedFromId]) > 0) {
    problems.push({ field: 'replicatedFromId', message: msg('PORTRAIT_UNKNOWN_PORTRAIT') });
  }
  return problems;
}
