/**
 * One polite live region per element. A message is announced once: it goes
 * into a region emptied by the update before, so re-renders never repeat it,
 * and asking for the same message again (a second "too fast") announces it again.
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
    this.message = '';
    this.host.requestUpdate();
    if (!text) return;
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
