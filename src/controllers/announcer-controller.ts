/**
 * One polite live region per element. A message is announced once: a
 * re-render leaves the region's text alone, so nothing is repeated; asking for
 * the message it already shows (a second "too fast") empties the region for
 * one update and then says it again.
 */
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

export class AnnouncerController implements ReactiveController {
  /** What the region says now. */
  message = '';
  /** The latest request; an older one still waiting for its update gives way. */
  private latest = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `text` politely; an empty text only clears the region. */
  announce(text: string): void {
    const request = ++this.latest;
    const again = text !== '' && text === this.message;
    this.message = again ? '' : text;
    this.host.requestUpdate();
    if (!again) return;
    void this.host.updateComplete.then(() => {
      if (request !== this.latest) return;
      this.message = text;
      this.host.requestUpdate();
    });
  }

  /** A removed element says nothing more; what was waiting is dropped. */
  hostDisconnected(): void {
    this.latest++;
    this.message = '';
  }

  /** The region; render it once, anywhere in the element's template. */
  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">
      ${this.message}
    </div>`;
  }
}
