import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';

/** One stream: its kind, declared by the feature that owns it, and which one (a workshop's id…). */
export interface StreamId {
  readonly kind: string;
  readonly key: string;
}

/** Listeners, buses and caches key streams by one string. */
export const streamName = (stream: StreamId) => `${stream.kind}:${stream.key}`;

/** An event as stored, published and replayed. */
export interface StoredEvent<Data = unknown> {
  stream: StreamId;
  seq: number;
  type: string;
  /** When its transaction ran (ISO). */
  at: string;
  /** What the owning feature stored for subscribers to see. */
  data: Data;
  /** On replayed events only: what the family's `replayState` read of the event's subject now. */
  current?: unknown;
}

/** What one subscriber receives: a payload, and the key of the viewers who receive exactly the same. */
export interface Shareable {
  /** Same key, same payload: executed once for all who receive it (see shared-execution.ts). */
  shareKey: string | null;
}

/**
 * A feature's events on one kind of stream, declared in its `<feature>.events.ts` and listed in
 * its index.ts: live/ numbers, stores and delivers them without knowing what they mean, so a new
 * kind of stream is a new declaration in its feature and nothing here.
 */
export interface EventFamily<Data = unknown, Payload extends Shareable = Shareable> {
  /** The kind of stream these events are appended to. */
  stream: string;
  types: readonly string[];
  /**
   * For a page of replayed events, the state now of what each one is about (aligned with
   * `events`): a replay may be read long after the fact, when what was public then is hidden.
   */
  replayState?(knex: Knex, events: readonly StoredEvent<Data>[]): Promise<unknown[]>;
  /** What one viewer receives of an event, or null for nothing. */
  eventFor(viewer: Viewer, event: StoredEvent<Data>): Payload | null;
  /**
   * Who receives exactly the same of this event as this viewer (`moderator`, `public`…):
   * `eventFor` runs once per audience of an event, and its answer is handed to all of them.
   */
  audienceOf(viewer: Viewer, event: StoredEvent<Data>): string;
  /**
   * The GraphQL fields (`Type.field`) through which these events are read: shareable ones are
   * the same for every viewer with the same share key; the others are read per viewer.
   */
  fields: { shareable: readonly string[]; perViewer: readonly string[] };
}

/** Every feature's event families, by stream kind and event type. */
export class StreamKinds {
  /** By stream kind, then by event type. */
  private readonly families = new Map<string, Map<string, EventFamily>>();
  /** Per event (one object, handed to every listener of this node), what each audience receives. */
  private readonly views = new WeakMap<StoredEvent, Map<string, Shareable | null>>();
  readonly shareable = new Set<string>(['__typename']);
  readonly perViewer = new Set<string>();

  constructor(families: readonly EventFamily[]) {
    for (const family of families) {
      const byType = this.families.get(family.stream) ?? new Map<string, EventFamily>();
      this.families.set(family.stream, byType);
      for (const type of family.types) {
        if (byType.has(type)) throw new Error(`Two event families declare ${family.stream}:${type}`);
        byType.set(type, family);
      }
      for (const [fields, into] of [
        [family.fields.shareable, this.shareable],
        [family.fields.perViewer, this.perViewer],
      ] as const) {
        for (const field of fields) {
          if (this.shareable.has(field) || this.perViewer.has(field)) throw new Error(`${field} is classified twice`);
          into.add(field);
        }
      }
    }
  }

  /** What one viewer receives of a stored event; nothing for a type no family declares (any more). */
  eventFor(viewer: Viewer, event: StoredEvent): Shareable | null {
    const family = this.familyOf(event);
    if (!family) return null;
    const audience = family.audienceOf(viewer, event);
    let views = this.views.get(event);
    if (!views) {
      views = new Map();
      this.views.set(event, views);
    }
    let view = views.get(audience);
    if (view === undefined) {
      view = family.eventFor(viewer, event);
      views.set(audience, view);
    }
    return view;
  }

  private familyOf(event: StoredEvent): EventFamily | undefined {
    return this.families.get(event.stream.kind)?.get(event.type);
  }

  /** Sets `current` on replayed events, one query per family in the page. */
  async addReplayState(knex: Knex, events: readonly StoredEvent[]): Promise<void> {
    const groups = new Map<EventFamily, StoredEvent[]>();
    for (const event of events) {
      const family = this.familyOf(event);
      if (!family?.replayState) continue;
      const group = groups.get(family);
      if (group) group.push(event);
      else groups.set(family, [event]);
    }
    for (const [family, group] of groups) {
      const states = await family.replayState!(knex, group);
      group.forEach((event, i) => (event.current = states[i]));
    }
  }
}
