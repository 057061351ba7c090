import type { EntityManager } from '@mikro-orm/postgresql';
import { ModerationAction, type ModerationActionKind } from './moderation-action.entity.js';

/** Appends to the moderation log, in the unit of work of the action itself (stored with it or not at all). */
export function logAction(
  em: EntityManager,
  entry: {
    workshopId: string;
    actorId: string;
    action: ModerationActionKind;
    contributionId?: string;
    reason?: string;
  },
): void {
  em.create(ModerationAction, {
    workshop: entry.workshopId,
    actor: entry.actorId,
    action: entry.action,
    contribution: entry.contributionId,
    reason: entry.reason,
  });
}
