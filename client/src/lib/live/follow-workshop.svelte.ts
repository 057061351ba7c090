import { untrack } from 'svelte';
import type { DocumentTypeDecoration, TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client, ClientOptions } from 'graphql-ws';
import { getFragmentData, graphql, type FragmentType } from '$lib/graphql/generated';
import type { LiveEnvelope_WorkshopEventFragment } from '$lib/graphql/generated/graphql';
import { follow, liveUrl, openLiveConnection, type ConnectionState } from './connection';
import {
  applyEvent,
  initialState,
  insertIfAbsent,
  patchItems,
  removeItem,
  type ListRules,
  type LiveEvent,
  type LiveItem,
  type LiveState,
} from './reducer';

/** Where a live page starts: the workshop's state, and the seq its server-rendered list is at. */
export const LiveStart_Workshop = graphql(`
  fragment LiveStart_Workshop on Workshop {
    id
    lastSeq
    connectedCount
    status
    moderationMode
    joinCode
    activePrompt {
      id
      question
    }
  }
`);

/** What every live page reads of an event; the contribution comes in the page's own fragment. */
export const LiveEnvelope_WorkshopEvent = graphql(`
  fragment LiveEnvelope_WorkshopEvent on WorkshopEvent {
    seq
    type
    contributionId
    mergedIntoId
    voteCount
    connectedCount
    workshop {
      status
      moderationMode
      joinCode
      activePrompt {
        id
        question
      }
    }
  }
`);

/** The workshop's state as the live pages follow it (status, mode, prompt, join code). */
export type LiveWorkshop = NonNullable<LiveEnvelope_WorkshopEventFragment['workshop']>;

type Fragment<T> = DocumentTypeDecoration<T, unknown>;

/**
 * A page's subscription: `workshopEvents` with the envelope spread and `contribution` in the
 * page's item fragment.
 */
export type WorkshopEventsDocument<T> = TypedDocumentNode<
  {
    workshopEvents: FragmentType<typeof LiveEnvelope_WorkshopEvent> & {
      contribution?: FragmentType<Fragment<T>> | null;
    };
  },
  { workshopId: string; afterSeq?: number | null }
>;

/** One event applied: the items before and after it (a page announces what arrived). */
export interface LiveChange<T> {
  event: LiveEvent<T, LiveWorkshop>;
  before: readonly T[];
  after: readonly T[];
}

export interface FollowWorkshop<T extends LiveItem> {
  document: WorkshopEventsDocument<T>;
  /** The fragment `document` selects on `contribution`, to unmask what the stream brings. */
  item: Fragment<T>;
  workshop: FragmentType<typeof LiveStart_Workshop>;
  /** The server-rendered items, unmasked (a page may flatten replies into them). */
  items: readonly T[];
  rules: ListRules<T>;
  onChange?: (change: LiveChange<T>) => void;
  /** For tests: a stand-in for graphql-ws. */
  createClient?: (options: ClientOptions) => Client;
}

/**
 * A workshop followed live by one page: its list and state, started from the server-rendered
 * page, then changed only by the stream (never re-derived from later loads, so nothing the
 * stream brought is lost when the page's data is refreshed). Each (re)subscription asks for the
 * events after the last seq applied.
 */
export class WorkshopFollower<T extends LiveItem> {
  readonly workshopId: string;
  state: LiveState<T, LiveWorkshop>;
  connection = $state<ConnectionState | null>(null);
  readonly #spec: FollowWorkshop<T>;

  constructor(spec: FollowWorkshop<T>) {
    const start = getFragmentData(LiveStart_Workshop, spec.workshop);
    this.#spec = spec;
    this.workshopId = start.id;
    this.state = $state.raw(
      initialState<T, LiveWorkshop>(
        {
          lastSeq: start.lastSeq,
          items: spec.items,
          connectedCount: start.connectedCount,
          workshop: {
            status: start.status,
            moderationMode: start.moderationMode,
            joinCode: start.joinCode,
            activePrompt: start.activePrompt,
          },
        },
        spec.rules,
      ),
    );
  }

  get workshop(): LiveWorkshop {
    return this.state.workshop;
  }

  get items(): readonly T[] {
    return this.state.items;
  }

  /** Adds what this viewer just posted (the mutation's answer), unless the stream brought it. */
  insert(item: T): void {
    this.state = insertIfAbsent(this.state, item, this.#spec.rules);
  }

  /** Takes out what this viewer withdrew (the mutation's answer). */
  forget(id: string): void {
    this.state = removeItem(this.state, id);
  }

  /** Merges fields read again into the items they belong to (see `patchItems`). */
  patch(rows: readonly { id: string }[]): void {
    this.state = patchItems(this.state, rows);
  }

  /** Opens the live connection; returns what closes it (made for an `$effect`). */
  open(): () => void {
    // Opening reads the last seq: untracked, or every event would reopen the socket.
    return untrack(() => {
      const { document, item, createClient } = this.#spec;
      const live = openLiveConnection({
        url: liveUrl(window.location),
        onState: (state) => (this.connection = state),
        createClient,
        follows: [
          follow({
            document,
            variables: (afterSeq) => ({ workshopId: this.workshopId, afterSeq }),
            lastSeq: () => this.state.lastSeq,
            endsReplay: ({ workshopEvents }) =>
              getFragmentData(LiveEnvelope_WorkshopEvent, workshopEvents).type === 'PRESENCE',
            onData: ({ workshopEvents }) =>
              this.#apply({
                ...getFragmentData(LiveEnvelope_WorkshopEvent, workshopEvents),
                contribution: getFragmentData(item, workshopEvents.contribution),
              }),
          }),
        ],
      });
      this.connection = 'connecting';
      return () => live.close();
    });
  }

  #apply(event: LiveEvent<T, LiveWorkshop>): void {
    const before = this.state.items;
    this.state = applyEvent(this.state, event, this.#spec.rules);
    this.#spec.onChange?.({ event, before, after: this.state.items });
  }
}

export function followWorkshop<T extends LiveItem>(spec: FollowWorkshop<T>): WorkshopFollower<T> {
  return new WorkshopFollower(spec);
}
