import { keepOrder } from './arrange';

const TEXT_FIELD = 'textarea, input:not([type="hidden"], [type="submit"], [type="checkbox"], [type="radio"])';
/** How long after the focus left a field the list may move again: a click on "send" lands first. */
const SETTLE_MS = 300;

/** Someone is typing in `root`: in a text field, or on the button of a form that has one. */
function typingIn(root: Node): boolean {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || !root.contains(el)) return false;
  return el.matches(TEXT_FIELD) || !!el.closest('form')?.querySelector(TEXT_FIELD);
}

/**
 * Keeps live lists still while someone types in them: their order is the one they had when the
 * focus entered a text field, newcomers last, until the focus leaves its form. Put `focusin`
 * and `focusout` on the element around the lists; `order` each list.
 */
export class StillWhileTyping {
  #frozen = $state.raw<readonly string[] | null>(null);
  readonly #ids: () => readonly string[];
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `ids`: the items' ids in the order shown now. */
  constructor(ids: () => readonly string[]) {
    this.#ids = ids;
  }

  order<T extends { id: string }>(items: readonly T[]): readonly T[] {
    return keepOrder(items, this.#frozen);
  }

  readonly focusin = (event: FocusEvent): void => {
    if (!this.#frozen && event.target instanceof HTMLElement && event.target.matches(TEXT_FIELD)) {
      this.#frozen = this.#ids();
    }
  };

  readonly focusout = (event: FocusEvent): void => {
    // Moving now would move the button under the pointer that is pressing it. Looked at again
    // until the focus is elsewhere: a form that closes takes its focused button with it.
    const root = event.currentTarget as HTMLElement;
    const settle = () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        if (typingIn(root)) settle();
        else this.#frozen = null;
      }, SETTLE_MS);
    };
    if (this.#frozen) settle();
  };
}
