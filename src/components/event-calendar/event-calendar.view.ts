/**
 * The event calendar's view: the toolbar, the month grid with its keys, the
 * week, the list or the teaser, the empty state, the export button, and the
 * day and event dialogs (a chunk loaded on first use: calendar-dialogs.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DayKey } from '../../calendar/days.js';
import { eventsIn, occurrencesOn, teaserStart, upcomingIn } from '../../calendar/grouping.js';
import { daysOf, inRange, monthGrid, weeksOf, type CalendarView } from '../../calendar/ranges.js';
import type { LoadedData } from '../../data/load-all.js';
import { resolveText } from '../../data/text.js';
import { safeLinkUrl } from '../../data/urls.js';
import { fullDate } from '../../i18n/dates.js';
import { isFilterEmpty } from '../../model/filter-state.js';
import type { QuartierEvent, Topic } from '../../model/types.js';
import { addStyles } from '../../controllers/lazy-part.js';
import { dataLang } from '../shared/data-lang.js';
import type { ElementView } from '../shared/quartier-element.js';
import { renderList, renderTeaser, renderWeek } from './agenda-view.js';
import { renderEmpty, renderExport, renderToolbar } from './calendar-toolbar.js';
import type { CalendarContext } from './context.js';
import type { QuartierEventCalendar } from './event-calendar.js';
import {
  chooseView,
  filtered,
  focusOnDay,
  goTo,
  groupedDays,
  move,
  openDay,
  openEvent,
  rangeTitle,
  resetFilter,
  setup,
} from './event-calendar.actions.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { renderEventList } from './event-item.js';
import { dayForKey, renderMonth } from './month-view.js';

export const eventCalendarView: ElementView<QuartierEventCalendar> = {
  styles: eventCalendarStyles,
  setup,
  render: (el) => el.renderData(el.data, (data) => renderCalendar(el, data), el.drawing),
};

/** The dialogs, a chunk loaded when a person first opens a day or an event. */
let dialogs: typeof import('./calendar-dialogs.js') | undefined;
let dialogsLoading: Promise<unknown> | undefined;

/** The dialogs' code with their styles in this element, or undefined while they are fetched. */
function dialogsFor(el: QuartierEventCalendar): typeof dialogs {
  if (dialogs) {
    if (el.shadowRoot) addStyles(el.shadowRoot, dialogs.styles);
    return dialogs;
  }
  dialogsLoading ??= import('./calendar-dialogs.js').then((module) => (dialogs = module));
  el.waitFor(
    dialogsLoading.then(
      () => el.requestUpdate(),
      () => {
        // Not fetched (offline): nothing opens, focus stays where it was; the next try fetches again.
        dialogsLoading = undefined;
        el.dayDialog.close();
        el.eventDialog.close();
      },
    ),
  );
  return undefined;
}

function contextOf(el: QuartierEventCalendar, data: LoadedData): CalendarContext {
  const lang = el.language;
  return {
    lang,
    messages: el.messages,
    t: el.texts(),
    zone: el.zone,
    today: el.today,
    headingLevel: el.headingLevel,
    topics: new Map<string, Topic>(data.topics.map((topic) => [topic.id, topic])),
    title: (o) => resolveText(o.event.title, lang),
    titleLang: (o) => dataLang(o.event.title, lang),
    openEvent: (o, trigger) => openEvent(el, o, trigger),
    openDay: (day, trigger) => openDay(el, day, trigger),
    part: (items, size) => el.drawing.part(items, size),
  };
}

function renderCalendar(el: QuartierEventCalendar, data: LoadedData): TemplateResult {
  const ctx = contextOf(el, data);
  const events = filtered(el, data);
  const view = el.currentView;
  const [body, count] = renderDays(el, ctx, events);
  // While another month loads or is still being checked, or when part of it failed, "no events"
  // would not be true.
  const unsure =
    el.data.loading || el.data.checking || data.failedRanges.length > 0 || data.failures.length > 0;
  const teaser = el.limit > 0;
  // A week or list puts a button per event in the tab order (the month grid is one stop).
  const skip = !teaser && count > 0 && view !== 'month';
  const skipToEnd = (event: Event) => {
    // Fragments do not cross the shadow boundary, and the page's address stays as it is.
    event.preventDefault();
    el.renderRoot.querySelector<HTMLElement>('#calendar-end')?.focus();
  };
  return html`
    ${
      teaser
        ? nothing
        : renderToolbar(ctx, view, rangeTitle(el), {
            move: (step) => move(el, step),
            today: () => goTo(el, el.today),
            choose: (option) => chooseView(el, option),
          })
    }
    ${count === 0 && !unsure ? renderEmptyState(el, ctx, view) : nothing}
    ${skip ? html`<a class="skip" href="#calendar-end" @click=${skipToEnd}>${ctx.t.skip}</a>` : nothing}
    ${count === 0 && view !== 'month' ? nothing : body}
    ${
      // Not while the days shown are still being checked: the file would miss some events.
      count > 0 && !teaser && !el.data.checking
        ? renderExport(ctx, () => void exportShown(el, ctx, events))
        : nothing
    }
    ${skip ? html`<p class="skip" id="calendar-end" tabindex="-1">${ctx.t.end}</p>` : nothing}
    ${renderDayDialog(el, ctx, events)} ${renderEventDialog(el, ctx)}
  `;
}

/** The teaser, the month grid, the week or the list, and how many events of the range they show. */
function renderDays(
  el: QuartierEventCalendar,
  ctx: CalendarContext,
  events: QuartierEvent[],
): [body: TemplateResult, count: number] {
  const range = el.range;
  if (el.limit > 0) {
    const from = teaserStart(el.date, ctx.zone);
    const next = upcomingIn(events, range, from, el.limit, ctx.zone, ctx.title);
    return [renderTeaser(ctx, next, safeLinkUrl(el.moreUrl, location.href)), next.length];
  }
  const view = el.currentView;
  if (view === 'month') {
    const grid = monthGrid(range, el.weekStart);
    const { byDay, list } = groupedDays(el, events, grid, ctx.title);
    const model = {
      weeks: weeksOf(grid),
      month: range.start,
      focus: inRange(el.focusDay, range) ? el.focusDay : range.start,
      byDay,
    };
    const handlers = {
      keydown: (event: KeyboardEvent) => onGridKey(el, event),
      click: (event: MouseEvent) => onGridClick(el, event),
    };
    const count = list.filter((o) => o.day < range.end && o.lastDay >= range.start).length;
    return [renderMonth(ctx, model, handlers), count];
  }
  const { byDay, list } = groupedDays(el, events, range, ctx.title);
  const days = daysOf(range);
  return [
    view === 'week' ? renderWeek(ctx, days, byDay) : renderList(ctx, days, byDay),
    list.length,
  ];
}

/** Arrow keys, Home/End, PageUp/PageDown (Shift: by year), Enter/Space — as in the APG date grid. */
function onGridKey(el: QuartierEventCalendar, event: KeyboardEvent): void {
  const day = el.focusDay;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    openDay(el, day, event.target as HTMLElement);
    return;
  }
  // The cell's direction, not the host's: the frame inside sets `dir` from the language.
  const rtl = getComputedStyle(event.target as Element).direction === 'rtl';
  const target = dayForKey(event.key, event.shiftKey, day, el.weekStart, rtl);
  if (!target) return;
  event.preventDefault();
  focusOnDay(el, target);
}

/**
 * A click anywhere in a day opens its dialog, chips included: a touch screen reader activates the
 * focused cell with a tap at its centre, which must never land on one of its events instead.
 */
function onGridClick(el: QuartierEventCalendar, event: MouseEvent): void {
  const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-day]');
  if (!cell) return;
  const day: DayKey = cell.dataset.day!;
  el.focusDay = day;
  openDay(el, day, cell);
}

/** "Keine Veranstaltungen …", and when the filter is the reason, "Filter zurücksetzen". */
function renderEmptyState(
  el: QuartierEventCalendar,
  ctx: CalendarContext,
  view: CalendarView,
): TemplateResult {
  const text = el.limit > 0 ? ctx.t.empty.upcoming : ctx.t.empty[view](rangeTitle(el));
  const filtered = !isFilterEmpty(el.filter.state);
  return renderEmpty(ctx, text, filtered ? () => resetFilter(el) : undefined);
}

function renderDayDialog(
  el: QuartierEventCalendar,
  ctx: CalendarContext,
  events: QuartierEvent[],
): TemplateResult | typeof nothing {
  const day = el.day;
  if (!day || !el.dayDialog.isOpen) return nothing;
  const part = dialogsFor(el);
  if (!part) return nothing;
  const list = occurrencesOn(events, day, ctx.zone, ctx.title);
  return part.renderDialog(
    ctx,
    'day',
    fullDate(day, ctx.lang),
    () => el.dayDialog.close(),
    list.length > 0 ? renderEventList(ctx, list) : html`<p>${ctx.t.empty.day}</p>`,
  );
}

function renderEventDialog(
  el: QuartierEventCalendar,
  ctx: CalendarContext,
): TemplateResult | typeof nothing {
  const o = el.occurrence;
  if (!o || !el.eventDialog.isOpen) return nothing;
  const part = dialogsFor(el);
  if (!part) return nothing;
  const { renderDialog, renderEventDetails, downloadIcs } = part;
  const image = o.event.image;
  // Images from origins that are not allowed were dropped and reported when the data arrived.
  const imageAllowed = image ? el.imageAllowed(image.src, o.event.source) : false;
  return renderDialog(
    ctx,
    'event',
    ctx.title(o),
    () => el.eventDialog.close(),
    renderEventDetails(ctx, o, { imageAllowed, addToCalendar: () => downloadIcs(o, ctx) }),
    ctx.titleLang(o),
  );
}

/** "Alle angezeigten Termine exportieren": the filtered events of the range, series kept whole. */
async function exportShown(
  el: QuartierEventCalendar,
  ctx: CalendarContext,
  events: QuartierEvent[],
): Promise<void> {
  const shown = eventsIn(events, el.range, ctx.zone);
  const name = ctx.t.exportFileName(rangeTitle(el));
  // Offline or after a new deployment the chunk may be gone; the button simply does nothing then.
  const module = await import('./ics-download.js').catch(() => undefined);
  module?.downloadEvents(shown, ctx, name);
}
