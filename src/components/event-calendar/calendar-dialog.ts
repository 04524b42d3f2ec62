/**
 * The calendar's modal dialogs (a day, an event): a heading at the page's
 * level and "Schließen". Shown, closed and left with focus returned by the
 * element's DialogControllers. An event's title is data: it takes its own direction.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarContext } from './context.js';

/** `close` is "Schließen" (Escape closes the native dialog by itself). */
export function renderDialog(
  ctx: CalendarContext,
  which: 'day' | 'event',
  title: string,
  close: () => void,
  content: TemplateResult | TemplateResult[],
  /** The title's language when it is not the calendar's (an event's title from the data). */
  titleLang: string | typeof nothing = nothing,
): TemplateResult {
  const id = `${which}-dialog-title`;
  return html`<dialog
    class="dialog ${which}-dialog"
    part="dialog"
    role="dialog"
    aria-modal="true"
    aria-labelledby=${id}
  >
    <div class="dialog-head">
      <div class="heading" role="heading" aria-level=${ctx.headingLevel} id=${id} lang=${titleLang}>
        ${which === 'event' ? html`<span dir="auto">${title}</span>` : title}
      </div>
      <button class="button secondary close" @click=${close}>${ctx.t.close}</button>
    </div>
    <div class="dialog-body">${content}</div>
  </dialog>`;
}
