/**
 * Draws a long list in parts the first time an element shows it: the first part with the rest of
 * the update, each further part in a task of its own after the browser had its turn (it may paint
 * the first part meanwhile), so no task of ours grows long on a slow phone (issue 13). Once
 * everything was drawn, later updates (another month, a filter) draw it all at once, and what is
 * drawn is never taken away. `updateComplete` waits for the last part.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToMain } from '../model/yield-to-main.js';

/** Items (events) per part: about a phone's screen of a list, some 15 ms of work on a slow phone. */
export const PART = 10;

interface Host extends ReactiveControllerHost {
  /** `updateComplete` waits for `work` too (QuartierElement.waitFor). */
  waitFor(work: Promise<unknown>): void;
}

export class PartialDraw implements ReactiveController {
  /** How many items this update may draw; unlimited once everything was drawn. */
  private limit = PART;
  /** The next part's turn, while one is due. */
  private next?: Promise<void>;
  /** Resolves the promise `updateComplete` waits for, while parts are still to come. */
  private done?: () => void;
  /** Whether this update drew a list in parts (see hostUpdated). */
  private used = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Whether more parts are to come: the element keeps its space and stays busy meanwhile. */
  get drawing(): boolean {
    return this.done !== undefined;
  }

  /**
   * The first of `items` whose sizes (a day's events) add up to this update's limit, at least one;
   * the others follow in later tasks.
   */
  part<T>(items: T[], size: (item: T) => number = () => 1): T[] {
    this.used = true;
    let count = 0;
    for (let total = 0; count < items.length && total < this.limit; count++)
      total += size(items[count]!);
    if (count === items.length) {
      this.finish();
      return items;
    }
    if (!this.done) this.host.waitFor(new Promise<void>((resolve) => (this.done = resolve)));
    this.next ??= yieldToMain().then(() => {
      this.next = undefined;
      this.limit += PART;
      this.host.requestUpdate();
    });
    return items.slice(0, count);
  }

  hostUpdate(): void {
    this.used = false;
  }

  hostUpdated(): void {
    // The list went away before its last part (another view): nothing is left to wait for.
    if (this.done && !this.used && !this.next) this.finish();
  }

  private finish(): void {
    if (this.next) return;
    this.limit = Infinity;
    this.done?.();
    this.done = undefined;
  }
}
