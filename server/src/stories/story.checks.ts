import type { Context } from '../shared/context.js';
import { fromGlobalId } from '../shared/ids.js';
import { msg, Problems } from '../shared/payload.js';
import { visible } from '../shared/visibility.js';
import { StoryKind } from './story.entity.js';

/** What the story forms accept (published by the `limits` query). */
export const storyLimits = {
  titleMin: 3,
  titleMax: 200,
  summaryMax: 600,
  bodyMin: 20,
  bodyMax: 20_000,
  tellerNameMin: 2,
  tellerNameMax: 100,
  tellerRoleMax: 120,
  linksMax: 20,
};

/** The editable content of a story: what its draft holds and a publication writes into `story`. */
export interface StoryDocument {
  kind: StoryKind;
  title: string;
  summary: string;
  bodyMarkdown: string;
  /** The teller stays unnamed on the page. */
  anonymous: boolean;
  tellerName: string;
  tellerRole: string;
  /** For a testimony: the teller agreed to its publication. */
  consent: boolean;
  territoryId: string;
  portraitIds: string[];
  findingIds: string[];
  workshopIds: string[];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const markdown = (text: string) => text.replace(/\r\n?/g, '\n').trim();
// Control characters other than line breaks and tabs have no place in a story (NUL is refused earlier).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const control = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The document as stored: spaces of one-line fields collapsed, line ends normalised, lists without repeats. */
export function cleanDocument(doc: StoryDocument): StoryDocument {
  const unique = (ids: string[]) => [...new Set(ids)];
  return {
    kind: doc.kind,
    title: oneLine(doc.title),
    summary: oneLine(doc.summary),
    bodyMarkdown: markdown(doc.bodyMarkdown),
    anonymous: doc.anonymous,
    tellerName: doc.anonymous ? '' : oneLine(doc.tellerName),
    tellerRole: doc.anonymous ? '' : oneLine(doc.tellerRole),
    consent: doc.kind === StoryKind.TESTIMONY && doc.consent,
    territoryId: doc.territoryId,
    portraitIds: unique(doc.portraitIds),
    findingIds: unique(doc.findingIds),
    workshopIds: unique(doc.workshopIds),
  };
}

/** The raw ids of global ids of one type; a forged or foreign one is a problem of its field. */
export function idsOf(globalIds: readonly string[], type: string, field: string, problems: Problems): string[] {
  const ids: string[] = [];
  for (const globalId of globalIds) {
    try {
      const decoded = fromGlobalId(globalId);
      if (decoded.type === type) {
        ids.push(decoded.id);
        continue;
      }
    } catch {
      // Reported below, as every unknown link.
    }
    problems.add(msg('STORY_LINK_UNKNOWN'), field);
    break;
  }
  return ids;
}

function textProblems(doc: StoryDocument, problems: Problems) {
  const L = storyLimits;
  const length = (text: string, min: number, max: number) => text.length >= min && text.length <= max;
  if (!length(doc.title, L.titleMin, L.titleMax)) {
    problems.add(msg('STORY_TITLE_LENGTH', { min: L.titleMin, max: L.titleMax }), 'title');
  }
  if (doc.summary.length > L.summaryMax) problems.add(msg('STORY_SUMMARY_LENGTH', { max: L.summaryMax }), 'summary');
  if (!length(doc.bodyMarkdown, L.bodyMin, L.bodyMax)) {
    problems.add(msg('STORY_BODY_LENGTH', { min: L.bodyMin, max: L.bodyMax }), 'bodyMarkdown');
  }
  if (!doc.anonymous && !length(doc.tellerName, L.tellerNameMin, L.tellerNameMax)) {
    problems.add(msg('STORY_TELLER_NAME_LENGTH', { min: L.tellerNameMin, max: L.tellerNameMax }), 'tellerName');
  }
  if (doc.tellerRole.length > L.tellerRoleMax) {
    problems.add(msg('STORY_TELLER_ROLE_LENGTH', { max: L.tellerRoleMax }), 'tellerRole');
  }
  for (const field of ['title', 'summary', 'bodyMarkdown', 'tellerName', 'tellerRole'] as const) {
    if (control.test(doc[field])) problems.add(msg('STORY_TEXT_CHARACTERS'), field);
  }
  if (doc.kind === StoryKind.TESTIMONY && !doc.consent) problems.add(msg('TESTIMONY_CONSENT'), 'consent');
}

/** How many of `ids` the viewer may see, through the table's visibility rule. */
async function visibleCount(ctx: Context, table: 'portrait' | 'finding' | 'workshop', ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const query = ctx.knex(`${table} as x`).countDistinct({ n: 'x.id' }).whereIn('x.id', ids);
  const [row] = (await visible[table](query, 'x', ctx.viewer)) as { n: string | number }[];
  return Number(row?.n ?? 0);
}

/**
 * Every problem of a story document at once: its texts, the consent of a testimony, and links
 * to a territory, portraits, findings and workshops the writer can see. Reads through `ctx.knex`
 * only: within a move it is the transaction's.
 */
export async function checkStoryDocument(doc: StoryDocument, ctx: Context): Promise<void> {
  const problems = new Problems();
  textProblems(doc, problems);
  const territory = doc.territoryId
    ? ((await ctx.knex('territory').first('id').where('id', doc.territoryId)) as { id: string } | undefined)
    : undefined;
  if (!territory) problems.add(msg('STORY_TERRITORY_UNKNOWN'), 'territoryId');
  const links = [
    { ids: doc.portraitIds, field: 'portraitIds', table: 'portrait' },
    { ids: doc.findingIds, field: 'findingIds', table: 'finding' },
    { ids: doc.workshopIds, field: 'workshopIds', table: 'workshop' },
  ] as const;
  for (const link of links) {
    if (link.ids.length > storyLimits.linksMax) {
      problems.add(msg('STORY_TOO_MANY_LINKS', { max: storyLimits.linksMax }), link.field);
    } else if ((await visibleCount(ctx, link.table, link.ids)) !== link.ids.length) {
      problems.add(msg('STORY_LINK_UNKNOWN'), link.field);
    }
  }
  problems.throwIfAny();
}
