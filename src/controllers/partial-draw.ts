/**
 * Draws a long list in parts the first time an element shows one: the first part with the rest of
 * the update, each further part in a task of its own after the browser had its turn (it may paint
 * the first part meanwhile), so no task of ours grows long on a slow phone (issue 13). Once a long
 * list was drawn whole, later updates (another month, a filter) draw everything at once. What is
 * drawn is never taken away while parts come, and `updateComplete` waits for the last part.
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
  /** How many items (by size) this update may draw; unlimited once a long list was drawn whole. */
  private limit = PART;
  /** Items the last update drew while parts were coming: never fewer in the next. */
  private drawn = 0;
  /** The next part's turn, while one is due. */
  private next?: Promise<void>;
  /** Resolves the promise `updateComplete` waits for, while parts are still to come. */
  private done?: () => void;
  /** Whether this update drew a list (see hostUpdated). */
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
    let total = 0;
    while (count < items.length && (total < this.limit || count < this.drawn))
      total += size(items[count++]!);
    if (count === items.length) {
      // A short list says nothing about the next one: only a long one drawn whole ends parts.
      if (this.done || total >= PART) this.finish();
      return items;
    }
    this.drawn = count;
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
    // The list went away before its last part (another view, an error): nothing is left to draw,
    // and the frame drawn in this update still says it is busy, so it is drawn once more.
    if (!this.done || this.used || this.next) return;
    this.finish();
    this.host.requestUpdate();
  }

  private finish(): void {
    if (this.next) return;
    this.limit = Infinity;
    this.drawn = 0;
    this.done?.();
    this.done = undefined;
  }
}
