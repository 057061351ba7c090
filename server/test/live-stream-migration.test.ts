import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from '@mikro-orm/postgresql';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { streamKinds } from '../src/features.js';
import { LiveHub } from '../src/live/live.hub.js';
import { LocalBus } from '../src/live/live.bus.js';
import { follow } from '../src/live/stream.follow.js';
import { append, lastSeq } from '../src/live/stream.store.js';
import { anonymous } from '../src/shared/viewer.js';
import { workshopStream } from '../src/workshops/workshop.events.js';
import type { WorkshopEventObject } from '../src/workshops/workshop-event.type.js';

/**
 * The upgrade to one event store: events stored in `workshop_event` before it are replayed after
 * it with their numbers, and the next event follows them.
 */
const before = 'Migration20261201211206_pending_sign_up';

let db: Database;
let knex: Knex;
const hub = new LiveHub(new LocalBus(), streamKinds);
const workshopId = randomUUID();
const untouchedId = randomUUID();

beforeAll(async () => {
  db = await openTestDatabase();
  knex = db.orm.em.getKnex();
  await db.orm.getMigrator().down({ to: before });
  // The old shape: the counter on the workshop, the events in their own table.
  const territoryId = randomUUID();
  await knex('territory').insert({ id: territoryId, slug: `t-${territoryId}`, name: 'T', kind: 'CITY', region: 'R' });
  for (const id of [workshopId, untouchedId]) {
    await knex('workshop').insert({
      id,
      slug: `w-${id}`,
      title: 'W',
      kind: 'WORKSHOP',
      territory_id: territoryId,
      starts_at: new Date(),
      ends_at: new Date(),
      status: 'LIVE',
    });
  }
  const state = (status: string) => ({
    workshop: {
      status,
      moderationMode: 'OPEN',
      activePromptId: null,
      activePromptQuestion: null,
      activePromptPosition: null,
      joinCode: 'ABC234',
    },
  });
  await knex('workshop_event').insert(
    ['LIVE', 'PAUSED', 'LIVE'].map((status, i) => ({
      workshop_id: workshopId,
      seq: i + 1,
      type: 'WORKSHOP_STATUS_CHANGED',
      data: state(status),
      created_at: new Date(Date.UTC(2026, 10, 30, 9, i)),
    })),
  );
  await knex('workshop').where('id', workshopId).update({ last_seq: 3 });
  await db.orm.getMigrator().up();
}, 120_000);
afterAll(async () => {
  await hub.close();
  await db?.close();
});

describe('the move to one event store', () => {
  it('keeps every stored event with its number, and where each stream stands', async () => {
    expect(await lastSeq(knex, workshopStream(workshopId))).toBe(3);
    expect(await lastSeq(knex, workshopStream(untouchedId))).toBe(0);
    const events = follow<WorkshopEventObject>({
      knex,
      hub,
      stream: workshopStream(workshopId),
      afterSeq: 1,
      who: '~test',
      transform: (item) => ('presence' in item ? null : (streamKinds.eventFor(anonymous, item) as WorkshopEventObject)),
    });
    const replayed = [(await events.next()).value!, (await events.next()).value!];
    expect(replayed.map((e) => [e.seq, e.type, e.workshop?.status, e.at])).toEqual([
      [2, 'WORKSHOP_STATUS_CHANGED', 'PAUSED', '2026-11-30T09:01:00.000Z'],
      [3, 'WORKSHOP_STATUS_CHANGED', 'LIVE', '2026-11-30T09:02:00.000Z'],
    ]);
    await events.return(undefined);
    const next = await db.orm.em
      .fork()
      .transactional((em) => append(em, workshopStream(workshopId), [{ type: 'WORKSHOP_MODE_CHANGED', data: {} }]));
    expect(next.map((e) => e.seq)).toEqual([4]);
  });
});
