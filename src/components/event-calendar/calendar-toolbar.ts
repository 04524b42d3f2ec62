/**
 * The parts around the calendar's days: the toolbar (previous / today / next,
 * the range title, the view switcher), the empty state and the export button.
 * Templates only; the element passes in what they show and what they do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { VIEWS, type CalendarView } from '../../calendar/ranges.js';
import type { CalendarContext } from './context.js';

export interface ToolbarActions {
  move(step: -1 | 1): void;
  today(): void;
  choose(view: CalendarView): void;
}

export function renderToolbar(
  ctx: CalendarContext,
  view: CalendarView,
  title: string,
  actions: ToolbarActions,
): TemplateResult {
  const m = ctx.t;
  return html`<div class="toolbar" part="toolbar">
    <div class="nav">
      <button
        class="button secondary icon"
        aria-label=${m.previous[view]}
        @click=${() => actions.move(-1)}
      >
        <span class="arrow" aria-hidden="true">‹</span>
      </button>
      <button class="button secondary" @click=${() => actions.today()}>${m.today}</button>
      <button
        class="button secondary icon"
        aria-label=${m.next[view]}
        @click=${() => actions.move(1)}
      >
        <span class="arrow" aria-hidden="true">›</span>
      </button>
    </div>
    <div
      class="range-title"
      id="range-title"
      role="heading"
      aria-level=${ctx.headingLevel}
      aria-live="polite"
    >
      ${title}
    </div>
    <div class="views" role="group" aria-label=${m.views}>
      ${VIEWS.map(
        (option) =>
          html`<button
            class="button secondary"
            aria-pressed=${option === view ? 'true' : 'false'}
            @click=${() => actions.choose(option)}
          >
            ${m.view[option]}
          </button>`,
      )}
    </div>
  </div>`;
}

/**
 * "Keine Veranstaltungen …", and when a filter is the reason, a way to reset it. A status only
 * without a filter (reached by paging): a filter change is announced by the filter, once.
 */
export function renderEmpty(
  ctx: CalendarContext,
  text: string,
  resetFilter: (() => void) | undefined,
): TemplateResult {
  const m = ctx.t;
  return html`<div class="status empty" role=${resetFilter ? nothing : 'status'}>
    <p>${text}${resetFilter ? ` ${m.filtered}` : ''}</p>
    ${
      resetFilter
        ? html`<button class="button secondary" @click=${resetFilter}>${m.resetFilter}</button>`
        : nothing
    }
  </div>`;
}

/** "Alle angezeigten Termine exportieren". */
export function renderExport(ctx: CalendarContext, download: () => void): TemplateResult {
  return html`<p class="export">
    <button class="button secondary" @click=${download}>${ctx.t.exportShown}</button>
  </p>`;
}
