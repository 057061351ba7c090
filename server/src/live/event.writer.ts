import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { toDate } from '../shared/scalars.js';
import { contributionColumns } from '../contributions/contribution.type.js';
import { canModerate } from '../shared/viewer.js';
import type { ModerationMode, WorkshopStatus } from '../workshops/workshop.entity.js';
import type { WorkshopEventType } from './workshop-event.entity.js';
import type { ContributionSnapshot, EventData, StoredEvent, WorkshopSnapshot } from './live.types.js';

export interface LockedWorkshop {
  id: string;
  status: WorkshopStatus;
  moderationMode: ModerationMode;
  activePromptId: string | null;
  joinCode: string | null;
}

export interface WorkshopWrite {
  trx: Knex.Transaction;
  workshop: LockedWorkshop;
  /** Records an event; it is numbered and stored with the write, and published after the commit. */
  emit(type: WorkshopEventType, data: EventData): void;
}

/**
 * Every write to a live workshop goes through here: it locks the workshop row (so a post cannot
 * race a close, and events get gap-free numbers in commit order), runs `body`, stores the events
 * it emitted, commits, then wakes subscribers. If `body` throws, nothing is stored.
 */
export async function writeInWorkshop<T>(
  ctx: Context,
  workshopId: string,
  body: (write: WorkshopWrite) => Promise<T>,
): Promise<T> {
  const events: StoredEvent[] = [];
  const result = await ctx.knex.transaction(async (trx) => {
    const workshop = (await trx('workshop')
      .select(
        'id',
        'status',
        'moderation_mode as moderationMode',
        'active_prompt_id as activePromptId',
        'join_code as joinCode',
      )
      .where('id', workshopId)
      .forUpdate()
      .first()) as LockedWorkshop | undefined;
    if (!workshop || (workshop.status === 'DRAFT' && !canModerate(ctx.viewer, workshopId))) {
      throw notFound('Workshop');
    }
    const emitted: { type: WorkshopEventType; data: EventData }[] = [];
    const value = await body({ trx, workshop, emit: (type, data) => emitted.push({ type, data }) });
    if (emitted.length > 0) {
      const [{ lastSeq }] = (await trx('workshop')
        .where('id', workshopId)
        .increment('last_seq', emitted.length)
        .returning('last_seq as lastSeq')) as [{ lastSeq: number }];
      const first = lastSeq - emitted.length + 1;
      const rows = emitted.map((e, i) => ({ workshop_id: workshopId, seq: first + i, type: e.type, data: e.data }));
      const stored = (await trx('workshop_event')
        .insert(rows)
        .returning(['seq', 'type', 'data', 'created_at as at'])) as {
        seq: number;
        type: WorkshopEventType;
        data: EventData;
        at: Date | string;
      }[];
      for (const row of stored) {
        events.push({
          workshopId,
          seq: row.seq,
          type: row.type,
          data: row.data,
          at: toDate(row.at)?.toISOString() ?? '',
        });
      }
    }
    return value;
  });
  for (const event of events) await ctx.live.publish(event);
  return result;
}

/** A contribution as subscribers see it, read inside the write's transaction. */
export async function snapshotContribution(trx: Knex.Transaction, id: string): Promise<ContributionSnapshot> {
  const row = (await trx('contribution as c')
    .leftJoin('person as p', 'p.id', 'c.author_id')
    .leftJoin('organization as o', 'o.id', 'c.organization_id')
    .select(
      ...contributionColumns('c'),
      trx.raw(`coalesce(c.guest_name, p.display_name, o.name, 'Anonyme') as "authorNameSnapshot"`),
      trx.raw(
        `coalesce((select json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name, 'nameEn', t.name_en, 'description', t.description) order by t.name)
          from contribution_theme ct join theme t on t.id = ct.theme_id where ct.contribution_id = c.id), '[]'::json) as "themesSnapshot"`,
      ),
    )
    .where('c.id', id)
    .first()) as ContributionSnapshot & { addressedAt: unknown; editedAt: unknown; createdAt: unknown };
  const iso = (value: unknown) => toDate(value)?.toISOString() ?? null;
  return {
    ...row,
    addressedAt: iso(row.addressedAt),
    editedAt: iso(row.editedAt),
    createdAt: iso(row.createdAt) ?? new Date().toISOString(),
  };
}

export async function snapshotWorkshop(trx: Knex.Transaction, id: string): Promise<WorkshopSnapshot> {
  return (await trx('workshop as w')
    .leftJoin('prompt as pr', 'pr.id', 'w.active_prompt_id')
    .select(
      'w.status',
      'w.moderation_mode as moderationMode',
      'w.active_prompt_id as activePromptId',
      'pr.question as activePromptQuestion',
      'pr.position as activePromptPosition',
      'w.join_code as joinCode',
    )
    .where('w.id', id)
    .first()) as WorkshopSnapshot;
}
