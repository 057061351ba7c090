import { Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * The head of one stream (a workshop's live session, a diagnosis…): the number of its last event.
 * Appending locks this row, so a stream's events are numbered gap-free in commit order.
 */
@Entity({ tableName: 'stream' })
export class Stream {
  [PrimaryKeyProp]?: ['kind', 'key'];

  /** Which feature's streams: `workshop`, … */
  @PrimaryKey({ type: 'text' })
  kind!: string;

  /** Which one of them, e.g. the workshop's id. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  lastSeq: number = 0;
}

/**
 * Everything that happened on a stream, numbered. Subscribers that missed some replay them from
 * here; the pub/sub only wakes them up. `data` is what the owning feature stored to show.
 */
@Entity({ tableName: 'stream_event' })
export class StreamEvent {
  [PrimaryKeyProp]?: ['stream', 'seq'];

  @ManyToOne({ entity: () => Stream, primary: true, deleteRule: 'cascade' })
  stream!: Stream;

  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
