import type { Knex } from '@mikro-orm/postgresql';
import type { EventFamily, StoredEvent } from '../live/stream.kinds.js';
import { toGlobalId } from '../shared/ids.js';
import { toDate } from '../shared/scalars.js';
import { canModerate, type Viewer } from '../shared/viewer.js';
import { isAuthor, visible } from '../shared/visibility.js';
import { WorkshopEventType, type WorkshopEventObject } from '../workshops/workshop-event.type.js';
import { emptyEvent, workshopStreamKind } from '../workshops/workshop.events.js';
import { takesPart } from '../workshops/workshop.policy.js';
import { columnsFor, jsonObject, type Jsonified, type RowOf } from '../shared/rows.js';
import { themeColumns, type ThemeType } from '../territories/territory.type.js';
import { Workshop } from '../workshops/workshop.entity.js';
import { contributionColumns, type ContributionRow, type ContributionType } from './contribution.type.js';

const workshopStatusColumns = columnsFor(Workshop, { only: ['status'], rename: { status: 'workshopStatusSnapshot' } });

/** A contribution as it was right after the change, with what subscribers display. */
export interface ContributionSnapshot extends Jsonified<ContributionRow> {
  authorNameSnapshot: string;
  themesSnapshot: ThemeType[];
  /** The session's status then: the rights fields read it instead of the workshop, for everyone alike. */
  workshopStatusSnapshot: RowOf<Workshop>['status'];
}

export interface ContributionEventData {
  contribution: ContributionSnapshot;
  /** The contribution was public before this change: the public must be told it is gone. */
  wasPublic: boolean;
  /** Reports only: the reason given (coordinators only). */
  reason?: string;
}

/** On replayed events: the contribution's state now (null when it no longer exists). */
type CurrentState = string | null;

/** A contribution as subscribers see it, read inside the write's transaction, after its flush. */
export async function snapshotContribution(knex: Knex, id: string): Promise<ContributionSnapshot> {
  const row = (await knex('contribution as c')
    .join('workshop as w', 'w.id', 'c.workshop_id')
    .leftJoin('person as p', 'p.id', 'c.author_id')
    .leftJoin('organization as o', 'o.id', 'c.organization_id')
    .select(
      ...contributionColumns('c'),
      ...workshopStatusColumns('w'),
      knex.raw(`coalesce(c.guest_name, p.display_name, o.name, 'Anonyme') as "authorNameSnapshot"`),
      knex.raw(
        `coalesce((select json_agg(${jsonObject(themeColumns('t'))} order by t.name)
          from contribution_theme ct join theme t on t.id = ct.theme_id where ct.contribution_id = c.id), '[]'::json) as "themesSnapshot"`,
      ),
    )
    .where('c.id', id)
    .first()) as Omit<ContributionSnapshot, 'addressedAt' | 'editedAt' | 'createdAt'> & {
    addressedAt: unknown;
    editedAt: unknown;
    createdAt: unknown;
  };
  const iso = (value: unknown) => toDate(value)?.toISOString() ?? null;
  return {
    ...row,
    addressedAt: iso(row.addressedAt),
    editedAt: iso(row.editedAt),
    createdAt: iso(row.createdAt) ?? new Date().toISOString(),
  };
}

/** The queue's changes, for `moderationQueueEvents`. */
export const queueEventTypes = new Set<string>([
  WorkshopEventType.CONTRIBUTION_POSTED,
  WorkshopEventType.CONTRIBUTION_APPROVED,
  WorkshopEventType.CONTRIBUTION_REMOVED,
  WorkshopEventType.CONTRIBUTION_RESTORED,
  WorkshopEventType.CONTRIBUTION_MERGED,
  WorkshopEventType.CONTRIBUTION_REPORTED,
  WorkshopEventType.CONTRIBUTION_EDITED,
]);

function contributionOf(snapshot: ContributionSnapshot): ContributionType {
  return snapshot as unknown as ContributionType;
}

/**
 * What one viewer receives of a stored event — the in-memory twin of the SQL visibility rule.
 * A contribution the viewer may not see is left out, unless it was public before this change:
 * then its id alone tells the board to drop it.
 */
export function eventFor(viewer: Viewer, event: StoredEvent<ContributionEventData>): WorkshopEventObject | null {
  const workshopId = event.stream.key;
  const base = emptyEvent(event.seq, event.type as WorkshopEventType, event.at);
  const shared = (kind: string) => `${workshopId}:${event.seq}:${kind}`;
  const { contribution } = event.data;
  const moderator = canModerate(viewer, workshopId);
  if (event.type === WorkshopEventType.CONTRIBUTION_REPORTED && !moderator) return null;
  const id = toGlobalId('Contribution', contribution.id);
  const mergedIntoId = contribution.mergedIntoId ? toGlobalId('Contribution', contribution.mergedIntoId) : null;
  const seenThen = visible.contributionFacts(contribution, viewer);
  // A replayed event shows the snapshot only if the contribution is still visible now.
  const current = event.current as CurrentState | undefined;
  const seenNow =
    current === undefined ||
    (current !== null && visible.contributionFacts({ ...contribution, moderationState: current }, viewer));
  if (seenThen && seenNow) {
    return {
      ...base,
      contributionId: id,
      contribution: contributionOf(contribution),
      voteCount: contribution.voteCount,
      mergedIntoId,
      reason: moderator ? (event.data.reason ?? null) : null,
      // Moderators and the author see fields of their own (reasons, viewerIsAuthor…); those who
      // take part may vote and reply, the others may not.
      shareKey:
        moderator || isAuthor(viewer, contribution)
          ? null
          : shared(takesPart(viewer, workshopId) ? 'content:participant' : 'content'),
    };
  }
  if (!event.data.wasPublic && !seenThen) return null;
  return { ...base, contributionId: id, mergedIntoId, shareKey: shared('id') };
}

/** Contributions' events on their workshop's stream. */
export const contributionEvents: EventFamily<ContributionEventData, WorkshopEventObject> = {
  stream: workshopStreamKind,
  types: [
    WorkshopEventType.CONTRIBUTION_POSTED,
    WorkshopEventType.CONTRIBUTION_APPROVED,
    WorkshopEventType.CONTRIBUTION_EDITED,
    WorkshopEventType.CONTRIBUTION_REMOVED,
    WorkshopEventType.CONTRIBUTION_RESTORED,
    WorkshopEventType.CONTRIBUTION_MERGED,
    WorkshopEventType.CONTRIBUTION_PINNED,
    WorkshopEventType.CONTRIBUTION_ADDRESSED,
    WorkshopEventType.CONTRIBUTION_TAGGED,
    WorkshopEventType.CONTRIBUTION_REPORTED,
    WorkshopEventType.CONTRIBUTION_VOTED,
    WorkshopEventType.CONTRIBUTION_RETAINED,
  ],
  async replayState(knex, events): Promise<CurrentState[]> {
    const ids = [...new Set(events.map((e) => e.data.contribution.id))];
    const rows = (await knex('contribution').select('id', 'moderation_state as state').whereIn('id', ids)) as {
      id: string;
      state: string;
    }[];
    const states = new Map(rows.map((r) => [r.id, r.state]));
    return events.map((e) => states.get(e.data.contribution.id) ?? null);
  },
  eventFor,
  // What eventFor reads of the viewer: whether they run the workshop, wrote it, or take part.
  audienceOf(viewer, event) {
    const workshopId = event.stream.key;
    if (canModerate(viewer, workshopId)) return 'moderator';
    if (isAuthor(viewer, event.data.contribution)) return 'author';
    return takesPart(viewer, workshopId) ? 'participant' : 'public';
  },
  fields: {
    shareable: [
      'WorkshopEvent.contributionId',
      'WorkshopEvent.contribution',
      'WorkshopEvent.mergedIntoId',
      'WorkshopEvent.voteCount',
      // Moderators, who alone receive reasons, have no share key.
      'WorkshopEvent.reason',
      // From the event's snapshot.
      'Contribution.id',
      'Contribution.kind',
      'Contribution.body',
      'Contribution.moderationState',
      'Contribution.voteCount',
      'Contribution.pinned',
      'Contribution.addressed',
      'Contribution.editedAt',
      'Contribution.createdAt',
      'Contribution.authorName',
      'Contribution.authorIsGuest',
      'Contribution.themes',
      'Contribution.parentId',
      'Contribution.mergedIntoId',
      'Contribution.version',
      // The findings citing it, by a rule that reads nothing of the viewer.
      'Contribution.retainedIn',
      // The same for everyone an event is shared with: moderators and the author have no share
      // key, and those who take part in the session have one of their own.
      'Contribution.hiddenReason',
      'Contribution.viewerIsAuthor',
      'Contribution.viewerCanEdit',
      'Contribution.viewerCanWithdraw',
      'Contribution.viewerCanVote',
      'Contribution.viewerCanReply',
      'Contribution.viewerModerationMoves',
      'Theme.id',
      'Theme.slug',
      'Theme.name',
      'Theme.nameEn',
      'Theme.description',
    ],
    // Read through loaders, under the viewer's own visibility rule.
    perViewer: [
      'Contribution.author',
      'Contribution.organization',
      'Contribution.workshop',
      'Contribution.prompt',
      'Contribution.neighbourhood',
      'Contribution.parent',
      'Contribution.replies',
      'Contribution.reportCount',
      'Contribution.openReports',
      // Whether this viewer reported it already.
      'Contribution.viewerCanReport',
    ],
  },
};
