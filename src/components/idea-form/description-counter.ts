/**
 * What the description's counter says aloud: at set numbers of characters
 * left, and once when the text is over the limit. It speaks in a region of its
 * own (without `role`), so it never cuts off a status of the form.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { AnnouncerController } from '../../controllers/announcer-controller.js';
import { IDEA_LIMITS } from '../../data/idea.js';
import type { FormMessages } from '../../i18n/messages/de-form.js';

/** Description lengths from which the remaining characters are announced (and at which again). */
const ANNOUNCE_REMAINING = [400, 200, 100, 50, 20, 10, 0];

/** The step that `remaining` characters fall in (-1: over the limit); undefined: not near it yet. */
export function remainingMark(remaining: number): number | undefined {
  if (remaining < 0) return -1;
  return ANNOUNCE_REMAINING.find(
    (limit, i) => remaining <= limit && remaining > (ANNOUNCE_REMAINING[i + 1] ?? -Infinity),
  );
}

export class DescriptionCounter {
  private readonly announcer: AnnouncerController;
  private lastMark?: number;

  constructor(
    host: ReactiveControllerHost,
    private readonly texts: () => Pick<FormMessages, 'counterAnnouncement'>,
  ) {
    this.announcer = new AnnouncerController(host);
  }

  /** The description is now `length` characters long. */
  typed(length: number): void {
    const max = IDEA_LIMITS.description;
    const mark = remainingMark(max - length);
    if (mark === this.lastMark) return;
    this.lastMark = mark;
    if (mark !== undefined) this.announcer.announce(this.texts().counterAnnouncement(length, max));
  }

  region(): TemplateResult {
    return html`<div class="visually-hidden" aria-live="polite">${this.announcer.message}</div>`;
  }
}
