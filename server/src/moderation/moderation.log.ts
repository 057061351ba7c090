import { randomUUID } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import type { ModerationActionKind } from './moderation-action.entity.js';

/** Appends to the moderation log, inside the transaction of the action itself. */
export async function logAction(
  trx: Knex.Transaction,
  entry: {
    workshopId: string;
    actorId: string;
    action: ModerationActionKind;
    contributionId?: string;
    reason?: string;
  },
): Promise<void> {
  await trx('moderation_action').insert({
    id: randomUUID(),
    workshop_id: entry.workshopId,
    actor_id: entry.actorId,
    action: entry.action,
    contribution_id: entry.contributionId ?? null,
    reason: entry.reason ?? null,
  });
}
