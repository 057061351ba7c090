import {
  applyEvent,
  initialState,
  insertIfAbsent,
  type ListRules,
  type LiveEvent,
  type LiveItem,
  type LiveState,
} from './reducer';

/**
 * A live list a page follows: the server-rendered items, then every event applied by the pure
 * reducer. It is made once per page from the page's first data and never re-derived from later
 * loads, so nothing the stream brought is lost when the page's data is refreshed.
 */
export class LiveList<T extends LiveItem, W> {
  state: LiveState<T, W>;
  readonly #rules: ListRules<T>;

  constructor(
    input: { lastSeq: number; items: readonly T[]; connectedCount: number; workshop: W },
    rules: ListRules<T>,
  ) {
    this.#rules = rules;
    this.state = $state.raw(initialState(input, rules));
  }

  /** Applies an event; returns the items it brought into the list (for announcements). */
  apply(event: LiveEvent<T, W>): T[] {
    // A lookup for this call only, not state: nothing renders from it.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const before = new Set(this.state.items.map((i) => i.id));
    this.state = applyEvent(this.state, event, this.#rules);
    return this.state.items.filter((i) => !before.has(i.id));
  }

  insert(item: T): void {
    this.state = insertIfAbsent(this.state, item, this.#rules);
  }
}
