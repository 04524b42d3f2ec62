/** The calendar's modal dialogs (a day, an event): a heading at the page's level and "Schließen". */
import { html, type TemplateResult } from 'lit';

export interface DialogOptions {
  headingLevel: number;
  closeLabel: string;
  /** Escape, the close button or the element closing it: the element restores focus. */
  closed(): void;
}

export function renderDialog(
  which: 'day' | 'event',
  title: string,
  content: TemplateResult | TemplateResult[],
  options: DialogOptions,
): TemplateResult {
  const id = `${which}-dialog-title`;
  return html`<dialog
    class="dialog ${which}-dialog"
    part="dialog"
    role="dialog"
    aria-modal="true"
    aria-labelledby=${id}
    @close=${options.closed}
  >
    <div class="dialog-head">
      <div class="heading" role="heading" aria-level=${options.headingLevel} id=${id}>${title}</div>
      <button
        class="button secondary close"
        @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')!.close()}
      >
        ${options.closeLabel}
      </button>
    </div>
    <div class="dialog-body">${content}</div>
  </dialog>`;
}
