/**
 * Words for a polite live region, gathered: a burst of events becomes one sentence a few
 * seconds later ("3 nouvelles contributions") rather than one announcement per item.
 */
export class Announcer {
  message = $state('');
  #count = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #word: (count: number) => string;
  readonly #delay: number;

  constructor(word: (count: number) => string, delay = 2500) {
    this.#word = word;
    this.#delay = delay;
  }

  add(count: number): void {
    if (count <= 0) return;
    this.#count += count;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.message = this.#word(this.#count);
      this.#count = 0;
    }, this.#delay);
  }

  stop(): void {
    clearTimeout(this.#timer);
  }
}
