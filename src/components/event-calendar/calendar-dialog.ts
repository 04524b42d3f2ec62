/**
 * The calendar's modal dialogs (a day, an event): a heading at the page's
 * level and "Schließen". Shown, closed and left with focus returned by the
 * element's DialogControllers.
 */
import { html, type TemplateResult } from 'lit';

export interface CalendarDialogOptions {
  headingLevel: number;
  closeLabel: string;
  /** "Schließen" (Escape closes the native dialog by itself). */
  close(): void;
  content: TemplateResult | TemplateResult[];
}

export function renderDialog(
  which: 'day' | 'event',
  title: string,
  options: CalendarDialogOptions,
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
      <div class="heading" role="heading" aria-level=${options.headingLevel} id=${id}>${title}</div>
      <button class="button secondary close" @click=${options.close}>${options.closeLabel}</button>
    </div>
    <div class="dialog-body">${options.content}</div>
  </dialog>`;
}
