import type { Knex } from '@mikro-orm/postgresql';
import type { EventFamily, StoredEvent, StreamId } from '../live/stream.kinds.js';
import { columnsFor, type Optional, type RowFrom } from '../shared/rows.js';
import { canModerate, type Viewer } from '../shared/viewer.js';
import { Prompt, Workshop } from './workshop.entity.js';
import { WorkshopEventType, type WorkshopEventObject } from './workshop-event.type.js';

/** A workshop's live session is one stream, keyed by the workshop's id. */
export const workshopStreamKind = 'workshop';
export const workshopStream = (workshopId: string): StreamId => ({ kind: workshopStreamKind, key: workshopId });

const sessionColumns = columnsFor(Workshop, { only: ['status', 'moderationMode', 'activePromptId', 'joinCode'] });
const activePromptColumns = columnsFor(Prompt, {
  only: ['question', 'position'],
  rename: { question: 'activePromptQuestion', position: 'activePromptPosition' },
});

/** The session's state right after a coordinator changed it (no active prompt: its part is null). */
export interface WorkshopSnapshot
  extends RowFrom<typeof sessionColumns>, Optional<RowFrom<typeof activePromptColumns>> {}

export interface WorkshopEventData {
  workshop: WorkshopSnapshot;
}

/** Read inside the write's transaction, after its flush, so that the event says what was committed. */
export async function snapshotWorkshop(knex: Knex, id: string): Promise<WorkshopSnapshot> {
  return (await knex('workshop as w')
    .leftJoin('prompt as pr', 'pr.id', 'w.active_prompt_id')
    .select(...sessionColumns('w'), ...activePromptColumns('pr'))
    .where('w.id', id)
    .first()) as WorkshopSnapshot;
}

/** An event of the workshop's stream with nothing in it yet; each family fills in its part. */
export function emptyEvent(seq: number, type: WorkshopEventType, at: string): WorkshopEventObject {
  return {
    seq,
    type,
    at,
    contributionId: null,
    contribution: null,
    mergedIntoId: null,
    voteCount: null,
    workshop: null,
    connectedCount: null,
    reason: null,
    shareKey: null,
  };
}

/** What everyone connected is told of the number of people in the room; not stored. */
export function presenceEvent(workshopId: string, presence: number, seq: number): WorkshopEventObject {
  return {
    ...emptyEvent(seq, WorkshopEventType.PRESENCE, new Date().toISOString()),
    connectedCount: presence,
    shareKey: `${workshopId}:${seq}:presence:${presence}`,
  };
}

function workshopEventFor(viewer: Viewer, event: StoredEvent<WorkshopEventData>): WorkshopEventObject {
  const workshopId = event.stream.key;
  const { workshop } = event.data;
  const prompt =
    workshop.activePromptId && workshop.activePromptQuestion !== null
      ? {
          id: workshop.activePromptId,
          question: workshop.activePromptQuestion,
          position: workshop.activePromptPosition ?? 0,
          workshopId,
        }
      : null;
  // The join code is the key to the room: only those who run it receive it.
  const staff = canModerate(viewer, workshopId);
  return {
    ...emptyEvent(event.seq, event.type as WorkshopEventType, event.at),
    shareKey: `${workshopId}:${event.seq}:${staff ? 'workshop:staff' : 'workshop'}`,
    workshop: {
      status: workshop.status,
      moderationMode: workshop.moderationMode,
      activePrompt: prompt,
      joinCode: staff ? workshop.joinCode : null,
    },
  };
}

/** The session's own events: opened, paused, closed, another prompt, another moderation mode. */
export const workshopEvents: EventFamily<WorkshopEventData, WorkshopEventObject> = {
  stream: workshopStreamKind,
  types: [
    WorkshopEventType.WORKSHOP_STATUS_CHANGED,
    WorkshopEventType.WORKSHOP_PROMPT_CHANGED,
    WorkshopEventType.WORKSHOP_MODE_CHANGED,
  ],
  eventFor: workshopEventFor,
  audienceOf: (viewer, event) => (canModerate(viewer, event.stream.key) ? 'staff' : 'public'),
  fields: {
    shareable: [
      'WorkshopEvent.seq',
      'WorkshopEvent.type',
      'WorkshopEvent.at',
      'WorkshopEvent.workshop',
      // PRESENCE: the count, the same for everyone.
      'WorkshopEvent.connectedCount',
      'WorkshopState.status',
      'WorkshopState.moderationMode',
      'WorkshopState.activePrompt',
      // Staff and the others have share keys of their own.
      'WorkshopState.joinCode',
      'Prompt.id',
      'Prompt.question',
      'Prompt.position',
    ],
    perViewer: [],
  },
};
