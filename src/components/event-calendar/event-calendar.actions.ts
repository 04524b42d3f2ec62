/**
 * What a person's navigation, a day, an event or a filter reset does in the calendar, the event
 * linked in the address, and what the view gives each calendar when it arrives (its texts, the
 * deep link, the time zone check). Part of the view, so it is fetched with it.
 */
import type { ReactiveController } from 'lit';
import { addDays, type DayKey } from '../../calendar/days.js';
import { groupByDay, nextOccurrence, type Grouped, type TitleOf } from '../../calendar/grouping.js';
import type { Occurrence } from '../../calendar/occurrences.js';
import { stepCursor, type CalendarView, type DayRange } from '../../calendar/ranges.js';
import { isKnownZone } from '../../calendar/zone.js';
import { DeepLinkController } from '../../controllers/deep-link-controller.js';
import { PartialDraw } from '../../controllers/partial-draw.js';
import type { LoadedData } from '../../data/load-all.js';
import { dayRangeTitle, monthTitle } from '../../i18n/dates.js';
import { calendarTexts } from '../../i18n/messages/calendar.js';
import { splitList } from '../../model/split-list.js';
import type { QuartierEvent } from '../../model/types.js';
import { inScope } from '../../state/filter.js';
import { memoFilter } from '../../state/filter-memo.js';
import type { QuartierEventCalendar } from './event-calendar.js';

/** What only the view needs, given to each calendar once, before it first renders with the view. */
export function setup(el: QuartierEventCalendar): void {
  el.texts = el.useTexts(calendarTexts);
  el.deepLink = new DeepLinkController(el, {
    data: () => el.data.value,
    sources: () => splitList(el.src),
    accepts: (event) => inScope(event, el.scope),
    from: () => el.today,
    isOpen: () => el.eventDialog.isOpen,
    // After this update: it comes after the data controller, which then asks for the event's days.
    open: (event) => queueMicrotask(() => openLinkedEvent(el, event)),
  });
  new ZoneCheckController(el);
  el.drawing = new PartialDraw(el);
}

/** `time-zone` names a zone this browser does not know: the page's author is told (Berlin is used). */
class ZoneCheckController implements ReactiveController {
  private checked?: string;

  constructor(private readonly el: QuartierEventCalendar) {
    el.addController(this);
  }

  hostUpdate(): void {
    const zone = this.el.timeZone;
    if (zone === this.checked) return;
    this.checked = zone;
    if (!isKnownZone(zone)) console.warn(this.el.texts().badTimeZone(zone));
  }
}

const filters = new WeakMap<QuartierEventCalendar, ReturnType<typeof memoFilter<QuartierEvent>>>();

const groups = new WeakMap<QuartierEvent[], { key: string; grouped: Grouped }>();

/**
 * The filtered events' occurrences in a range, grouped by day; kept while the events, the range,
 * the zone and the language stay (a list drawn in parts, a dialog opened), made anew otherwise.
 */
export function groupedDays(
  el: QuartierEventCalendar,
  events: QuartierEvent[],
  range: DayRange,
  titleOf: TitleOf,
): Grouped {
  const key = `${range.start} ${range.end} ${el.zone} ${el.language}`;
  const kept = groups.get(events);
  if (kept?.key === key) return kept.grouped;
  const grouped = groupByDay(events, range, el.zone, titleOf);
  groups.set(events, { key, grouped });
  return grouped;
}

/** The events in scope that pass the group's filter (kept per calendar while nothing changed). */
export function filtered(el: QuartierEventCalendar, data: LoadedData): QuartierEvent[] {
  let filter = filters.get(el);
  if (!filter) filters.set(el, (filter = memoFilter<QuartierEvent>('events')));
  return filter(data.events, el.scope, el.filter.state);
}

/** "Mai 2026" or "18.–24. Mai 2026". */
export function rangeTitle(el: QuartierEventCalendar): string {
  const { start, end } = el.range;
  return el.currentView === 'week'
    ? dayRangeTitle(start, addDays(end, -1), el.language)
    : monthTitle(start, el.language);
}

/** "Vorheriger …" / "Nächster …". */
export function move(el: QuartierEventCalendar, step: -1 | 1): void {
  goTo(el, stepCursor(el.currentView, el.cursor, step));
}

/** "Heute", or a day the grid's keys moved to. */
export function goTo(el: QuartierEventCalendar, day: DayKey): void {
  changeRange(el, () => {
    el.cursor = day;
    el.focusDay = day;
  });
}

/** The view switcher. */
export function chooseView(el: QuartierEventCalendar, view: CalendarView): void {
  changeRange(el, () => (el.chosenView = view));
}

/** A key moved in the grid: to another month if need be, with focus on the day. */
export function focusOnDay(el: QuartierEventCalendar, day: DayKey): void {
  if (day.slice(0, 7) !== el.cursor.slice(0, 7)) goTo(el, day);
  else el.focusDay = day;
  el.focusAfterUpdate(() => cell(el, day));
}

/** Applies a person's navigation and tells the page when the range or view changed. */
function changeRange(el: QuartierEventCalendar, apply: () => void): void {
  const before = { ...el.range, view: el.currentView };
  apply();
  const after = { ...el.range, view: el.currentView };
  if (after.start !== before.start || after.end !== before.end || after.view !== before.view)
    el.emit('quartier-range-change', after);
}

/** "Filter zurücksetzen": the empty state goes, focus moves to the content's heading. */
export function resetFilter(el: QuartierEventCalendar): void {
  el.filter.set({});
  el.focusAfterUpdate(() => null);
}

/** A day of the grid (Enter, Space, a click). */
export function openDay(el: QuartierEventCalendar, day: DayKey, trigger: HTMLElement): void {
  el.day = day;
  el.dayDialog.open(returnTarget(el, trigger));
}

/** A person opened an event: the dialog, the link in the address, the event for the page. */
export function openEvent(el: QuartierEventCalendar, o: Occurrence, trigger: HTMLElement): void {
  el.occurrence = o;
  el.eventDialog.open(returnTarget(el, trigger));
  el.deepLink?.write(o.event.id);
  const start = o.allDay ? o.day : new Date(o.start).toISOString();
  el.emit('quartier-event-select', { event: o.event, start });
}

/** A linked event opens on its next date, and the calendar shows that date's range. */
function openLinkedEvent(el: QuartierEventCalendar, event: QuartierEvent): void {
  const next = nextOccurrence(event, el.today, el.zone);
  if (!next) return;
  el.cursor = next.day;
  el.focusDay = next.day;
  el.occurrence = next;
  // Nothing in the calendar had focus: closing goes to the event's day, or the first event.
  el.eventDialog.open(() => el.renderRoot.querySelector<HTMLElement>('td[tabindex="0"], .event'));
}

/** A grid cell may be re-rendered while a dialog is open: find it again by its day. */
function returnTarget(
  el: QuartierEventCalendar,
  trigger: HTMLElement,
): HTMLElement | (() => HTMLElement | null) {
  const day = trigger.dataset.day;
  return day ? () => cell(el, day) : trigger;
}

const cell = (el: QuartierEventCalendar, day: DayKey) =>
  el.renderRoot.querySelector<HTMLElement>(`td[data-day="${day}"]`);
