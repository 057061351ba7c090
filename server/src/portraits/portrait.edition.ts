import type { EntityManager } from '@mikro-orm/postgresql';
import { Finding } from '../findings/finding.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Territory, Theme } from '../territories/territory.entity.js';
import { Portrait } from './portrait.entity.js';
import { FundingLine, Indicator, PortraitPartner, StageEvent } from './portrait-parts.entity.js';
import type { FundingEntry, IndicatorEntry, PortraitDocument, StageEntry } from './portrait.document.js';

/**
 * The published edition (the portrait's tables) as a document, and back. A draft starts from
 * `documentOf`; publication is `applyDocument`, in the caller's unit of work.
 */

const nullable = <T>(value: T | undefined | null): T | null => value ?? null;
/**
 * The entities type their optional columns as `?: T`; a value cleared in the document must be
 * written as NULL, which MikroORM does for a property set to null.
 */
const column = <T>(value: T | null): T => value as T;

/** The published edition as a document; the parts are read at once, each in one statement. */
export async function documentOf(em: EntityManager, portrait: Portrait): Promise<PortraitDocument> {
  const where = { portrait: portrait.id };
  const [indicators, lines, partners, events, themes, answers] = await Promise.all([
    em.find(Indicator, where, { orderBy: { position: 'asc', label: 'asc' } }),
    em.find(FundingLine, where, { orderBy: { position: 'asc', label: 'asc' } }),
    em.find(PortraitPartner, where, { orderBy: { role: 'asc', organization: 'asc' } }),
    em.find(StageEvent, where, { orderBy: { occurredOn: 'asc', createdAt: 'asc' } }),
    // Through `execute`, which runs in the caller's transaction (a plain knex query would not).
    em.execute<{ id: string }[]>('select theme_id as id from portrait_theme where portrait_id = ? order by theme_id', [
      portrait.id,
    ]),
    em.execute<{ id: string }[]>(
      'select finding_id as id from portrait_finding where portrait_id = ? order by finding_id',
      [portrait.id],
    ),
  ]);
  return {
    name: portrait.name,
    summary: portrait.summary,
    territoryId: portrait.territory.id,
    commune: portrait.commune,
    themeIds: themes.map((t) => t.id),
    need: portrait.need,
    project: portrait.project,
    results: portrait.results,
    startYear: nullable(portrait.startYear),
    durationMonths: nullable(portrait.durationMonths),
    budgetTotal: nullable(portrait.budgetTotal),
    website: nullable(portrait.website),
    stage: portrait.stage,
    indicators: indicators.map((i) => ({
      key: i.id,
      label: i.label,
      value: i.value,
      unit: i.unit,
      asOf: nullable(i.asOf),
      period: nullable(i.period),
      note: nullable(i.note),
    })),
    fundingLines: lines.map((f) => ({
      key: f.id,
      sourceKind: f.sourceKind,
      label: f.label,
      funderId: f.funder?.id ?? null,
      amount: nullable(f.amount),
      euPriorityAxis: nullable(f.euPriorityAxis),
      periodStart: nullable(f.periodStart),
      periodEnd: nullable(f.periodEnd),
      note: nullable(f.note),
    })),
    partners: partners.map((p) => ({ organizationId: p.organization.id, role: p.role, note: nullable(p.note) })),
    stageEvents: events.map((s) => ({
      key: s.id,
      stage: s.stage,
      date: s.occurredOn,
      precision: s.precision,
      note: s.note,
    })),
    replicatedFromId: portrait.replicatedFrom?.id ?? null,
    answersFindingIds: answers.map((a) => a.id),
    images: [],
  };
}

/** Rows of one part matched by key: kept rows are updated, missing ones removed, new ones created. */
function replaceByKey<E extends { id: string }, D extends { key: string }>(
  em: EntityManager,
  rows: E[],
  entries: D[],
  create: (entry: D, position: number) => E,
  update: (row: E, entry: D, position: number) => void,
) {
  const byKey = new Map(rows.map((row) => [row.id, row]));
  entries.forEach((entry, position) => {
    const row = byKey.get(entry.key);
    if (row) {
      update(row, entry, position);
      byKey.delete(entry.key);
    } else em.persist(create(entry, position));
  });
  for (const gone of byKey.values()) em.remove(gone);
}

/**
 * Writes a validated document into the portrait's tables (publication), replacing each part.
 * Runs in the caller's transaction; its flush writes everything or nothing.
 */
export async function applyDocument(em: EntityManager, portrait: Portrait, doc: PortraitDocument): Promise<void> {
  const where = { portrait: portrait.id };
  await em.populate(portrait, ['themes', 'answers']);
  const [indicators, lines, partners, events] = await Promise.all([
    em.find(Indicator, where),
    em.find(FundingLine, where),
    em.find(PortraitPartner, where),
    em.find(StageEvent, where),
  ]);
  Object.assign(portrait, {
    name: doc.name,
    summary: doc.summary,
    territory: em.getReference(Territory, doc.territoryId),
    commune: doc.commune,
    need: doc.need,
    project: doc.project,
    results: doc.results,
    startYear: column(doc.startYear),
    durationMonths: column(doc.durationMonths),
    budgetTotal: column(doc.budgetTotal),
    website: column(doc.website),
    stage: doc.stageEvents.at(-1)?.stage ?? doc.stage,
    replicatedFrom: column(doc.replicatedFromId ? em.getReference(Portrait, doc.replicatedFromId) : null),
  } satisfies Partial<Portrait>);
  portrait.themes.set(doc.themeIds.map((id) => em.getReference(Theme, id)));
  portrait.answers.set(doc.answersFindingIds.map((id) => em.getReference(Finding, id)));

  const indicatorFields = (e: IndicatorEntry, position: number) => ({
    position,
    label: e.label,
    value: e.value,
    unit: e.unit,
    asOf: column(e.asOf),
    period: column(e.period),
    note: column(e.note),
  });
  replaceByKey(
    em,
    indicators,
    doc.indicators,
    (e, position) => em.create(Indicator, { id: e.key, portrait, ...indicatorFields(e, position) }),
    (row, e, position) => Object.assign(row, indicatorFields(e, position)),
  );
  const lineFields = (e: FundingEntry, position: number) => ({
    position,
    sourceKind: e.sourceKind,
    label: e.label,
    funder: column(e.funderId ? em.getReference(Organization, e.funderId) : null),
    amount: column(e.amount),
    euPriorityAxis: column(e.euPriorityAxis),
    periodStart: column(e.periodStart),
    periodEnd: column(e.periodEnd),
    note: column(e.note),
  });
  replaceByKey(
    em,
    lines,
    doc.fundingLines,
    (e, position) => em.create(FundingLine, { id: e.key, portrait, ...lineFields(e, position) }),
    (row, e, position) => Object.assign(row, lineFields(e, position)),
  );
  const eventFields = (e: StageEntry) => ({ stage: e.stage, occurredOn: e.date, precision: e.precision, note: e.note });
  replaceByKey(
    em,
    events,
    doc.stageEvents,
    (e) => em.create(StageEvent, { id: e.key, portrait, ...eventFields(e) }),
    (row, e) => Object.assign(row, eventFields(e)),
  );

  // A partnership's key is its organization and role (the table's primary key).
  const partnerKey = (organizationId: string, role: string) => `${organizationId}:${role}`;
  const kept = new Map(partners.map((p) => [partnerKey(p.organization.id, p.role), p]));
  for (const entry of doc.partners) {
    const key = partnerKey(entry.organizationId, entry.role);
    const row = kept.get(key);
    if (row) {
      row.note = column(entry.note);
      kept.delete(key);
    } else {
      em.create(PortraitPartner, {
        portrait,
        organization: em.getReference(Organization, entry.organizationId),
        role: entry.role,
        note: column(entry.note),
      });
    }
  }
  for (const gone of kept.values()) em.remove(gone);
}
