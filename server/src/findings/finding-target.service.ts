import { LockMode, OptimisticLockError, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound, unauthenticated } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { visible } from '../shared/visibility.js';
import { Neighbourhood, Theme } from '../territories/territory.entity.js';
import { themesOf } from '../contributions/contribution.writes.js';
import type { Diagnosis } from '../diagnosis/diagnosis.entity.js';
import { Finding, FindingRevision, type FindingText } from './finding.entity.js';
import { findingColumns, type FindingType } from './finding.type.js';
import type { FindingFacts } from './finding.policy.js';

/**
 * What a write acts on, read through the visibility rule before anything else: a finding the
 * viewer may not see is answered exactly as one that does not exist. Every finding write needs
 * an account, so nobody else is read for.
 */
export async function visibleFinding(ctx: Context, globalId: string, field = 'findingId'): Promise<FindingType> {
  const id = idOf('Finding', globalId, field);
  if (ctx.viewer.kind === 'anonymous') throw unauthenticated();
  const query = visible.finding(ctx.knex('finding as f').select(findingColumns('f')), 'f', ctx.viewer);
  const row = (await query.where('f.id', id).first()) as FindingType | undefined;
  if (!row) throw notFound('Finding');
  return row;
}

/** The finding in the write's unit of work, with its themes and neighbourhoods (the diagnosis row is locked). */
export async function managedFinding(em: EntityManager, id: string): Promise<Finding> {
  const finding = await em.findOne(Finding, id, { populate: ['themes', 'neighbourhoods'] });
  if (!finding) throw notFound('Finding');
  return finding;
}

export function factsOf(f: Finding): FindingFacts {
  return {
    diagnosisId: f.diagnosis.id,
    status: f.status,
    awaitingReview: f.awaitingReview,
    proposedById: f.proposedBy?.id ?? null,
  };
}

/** What a revision records of the finding as it is in memory. */
export function textOf(f: Finding): FindingText {
  return {
    kind: f.kind,
    title: f.title,
    statement: f.statement,
    priority: f.priority,
    status: f.status,
    themeIds: f.themes.getIdentifiers<string>().sort(),
    neighbourhoodIds: f.neighbourhoods.getIdentifiers<string>().sort(),
    mergedIntoId: f.mergedInto?.id ?? null,
  };
}

/** Field by field: a text read back from jsonb has its keys in another order. */
export function sameText(a: FindingText, b: FindingText): boolean {
  const ids = (x: string[]) => [...x].sort().join(',');
  return (
    a.kind === b.kind &&
    a.title === b.title &&
    a.statement === b.statement &&
    a.priority === b.priority &&
    a.status === b.status &&
    ids(a.themeIds) === ids(b.themeIds) &&
    ids(a.neighbourhoodIds) === ids(b.neighbourhoodIds) &&
    (a.mergedIntoId ?? null) === (b.mergedIntoId ?? null)
  );
}

/** Adds the next revision of the finding: its text now, after `before`. */
export async function recordRevision(
  em: EntityManager,
  finding: Finding,
  revision: Pick<FindingRevision, 'change'> & { authorId: string | null; before: FindingText | null; note?: string },
): Promise<void> {
  // Under the diagnosis's lock no other revision of this finding is numbered meanwhile (and the
  // unique key (finding, number) would refuse one).
  const [row] = await em.execute<{ n: number }[]>(
    'select coalesce(max(number), 0)::int as n from finding_revision where finding_id = ?',
    [finding.id],
  );
  em.create(FindingRevision, {
    finding,
    number: (row?.n ?? 0) + 1,
    author: revision.authorId ?? undefined,
    change: revision.change,
    before: revision.before ?? undefined,
    after: textOf(finding),
    note: revision.note ?? '',
  });
}

/** The finding as it now is, through the request's loaders and visibility. */
export async function reload(ctx: Context, id: string) {
  ctx.loaders.findingById.clear(id);
  return { finding: await ctx.loaders.findingById.load(id) };
}

/** Who made the finding's last change, for the message of a stale edit. */
async function lastAuthorName(em: EntityManager, findingId: string): Promise<string> {
  const [last] = await em.execute<{ name: string | null }[]>(
    `select p.display_name as name from finding_revision r left join person p on p.id = r.author_id
     where r.finding_id = ? order by r.number desc limit 1`,
    [findingId],
  );
  // Every change through the API writes a revision with its author; a person since deleted leaves a dash.
  return last?.name ?? '—';
}

/**
 * An edit names the version it started from: a stale one saves nothing and answers with the
 * finding as it now is and who changed it. Compared with MikroORM's optimistic lock (under the
 * diagnosis's lock nothing changes it before the commit); `saveVersioned` catches the rest.
 */
export async function expectVersion(ctx: Context, em: EntityManager, finding: Finding, expected: number) {
  try {
    await em.lock(finding, LockMode.OPTIMISTIC, expected);
  } catch (error) {
    if (!(error instanceof OptimisticLockError)) throw error;
    throw await staleEdit(ctx, em, finding.id);
  }
}

async function staleEdit(ctx: Context, em: EntityManager, id: string) {
  const by = await lastAuthorName(em, id);
  return invalid(msg('FINDING_CHANGED', { by }), 'expectedVersion').withCurrent(() => reload(ctx, id));
}

/**
 * Flushes the finding's change: its UPDATE is versioned (`where version = …`), so a change that
 * raced this one makes it fail, and it fails as a stale edit, saving nothing.
 */
export async function saveVersioned(ctx: Context, em: EntityManager, finding: Finding) {
  try {
    await em.flush();
  } catch (error) {
    if (!(error instanceof OptimisticLockError)) throw error;
    throw await staleEdit(ctx, em, finding.id);
  }
}

/** The themes and neighbourhoods named, checked: themes that exist, neighbourhoods of the territory. */
export async function placesOf(
  em: EntityManager,
  diagnosis: Diagnosis,
  themeSlugs: string[],
  neighbourhoodSlugs: string[],
): Promise<{ themes: Theme[]; neighbourhoods: Neighbourhood[] }> {
  const themes = await themesOf(em, themeSlugs);
  const slugs = [...new Set(neighbourhoodSlugs.map((s) => s.trim()))];
  const neighbourhoods =
    slugs.length === 0 ? [] : await em.find(Neighbourhood, { slug: { $in: slugs }, territory: diagnosis.territory });
  if (neighbourhoods.length !== slugs.length) throw invalid(msg('UNKNOWN_NEIGHBOURHOOD'), 'neighbourhoodSlugs');
  return { themes, neighbourhoods };
}

/** Themes and neighbourhoods of a stored text that still exist. */
export async function placesByIds(em: EntityManager, text: FindingText) {
  const [themes, neighbourhoods] = [
    text.themeIds.length ? await em.find(Theme, text.themeIds) : [],
    text.neighbourhoodIds.length ? await em.find(Neighbourhood, text.neighbourhoodIds) : [],
  ];
  return { themes, neighbourhoods };
}
