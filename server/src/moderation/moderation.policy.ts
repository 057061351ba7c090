import { invalid, msg, type InvalidInput } from '../shared/payload.js';
import { canModerate, type Viewer } from '../shared/viewer.js';
import { ModerationState } from '../contributions/contribution.entity.js';

/** What a coordinator does to a contribution from the console, each one mutation. */
export enum ModerationMove {
  APPROVE = 'APPROVE',
  PIN = 'PIN',
  UNPIN = 'UNPIN',
  ADDRESS = 'ADDRESS',
  RESTORE = 'RESTORE',
  HIDE = 'HIDE',
  TAG = 'TAG',
}

/** What these rules read of a contribution (a row, a target, or the managed entity). */
export interface ModeratedFacts {
  workshopId: string;
  moderationState: ModerationState;
  pinned: boolean;
  parentId: string | null;
  addressedAt: Date | string | null;
}

const { PENDING, PUBLISHED, HIDDEN } = ModerationState;

/**
 * Each move: the states it applies to, and what else it needs of the contribution. Pinning and
 * marking addressed are about contributions, not replies.
 */
const moves: Record<ModerationMove, { from: readonly ModerationState[]; applies?: (c: ModeratedFacts) => boolean }> = {
  APPROVE: { from: [PENDING] },
  PIN: { from: [PUBLISHED], applies: (c) => !c.parentId && !c.pinned },
  UNPIN: { from: [PUBLISHED], applies: (c) => !c.parentId && c.pinned },
  ADDRESS: { from: [PUBLISHED], applies: (c) => !c.parentId && !c.addressedAt },
  RESTORE: { from: [HIDDEN] },
  HIDE: { from: [PENDING, PUBLISHED] },
  TAG: { from: [PENDING, PUBLISHED, HIDDEN], applies: (c) => !c.parentId },
};

/** Merging a duplicate: from these states (the one kept, published or waiting: MERGE_KEEP_STATE). */
export const mergeFrom: readonly ModerationState[] = [PENDING, PUBLISHED];

/** Why this move does not apply to the contribution as it is now; null when it does. */
export function moderationRefusal(c: ModeratedFacts, move: ModerationMove): InvalidInput | null {
  const rule = moves[move];
  if (!rule.from.includes(c.moderationState)) {
    return invalid(msg('MODERATION_NOT_APPLICABLE', { state: c.moderationState }), 'id');
  }
  if (rule.applies && !rule.applies(c)) return invalid(msg('MODERATION_NOTHING_TO_DO'), 'id');
  return null;
}

export const moderationPolicy = {
  /**
   * What `approveContribution` … `tagContribution` would accept of this viewer now, in the order
   * a console shows them: nothing for those who do not run its workshop.
   */
  moves: (viewer: Viewer, c: ModeratedFacts): ModerationMove[] =>
    canModerate(viewer, c.workshopId)
      ? (Object.keys(moves) as ModerationMove[]).filter((m) => moderationRefusal(c, m) === null)
      : [],
};
