import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  addDays,
  addMonths,
  addYears,
  dayRange,
  daysBetween,
  firstOfMonth,
  startOfWeekKey,
  type DayKey,
} from '../../calendar/days.js';
import { compareOccurrences, occurrencesIn, type Occurrence } from '../../calendar/occurrences.js';
import { isKnownZone, todayIn, wallToInstant } from '../../calendar/zone.js';
import {
  DataController,
  type DateRange,
  type PageRange,
} from '../../controllers/data-controller.js';
import { FilterController } from '../../controllers/filter-controller.js';
import { isIsoDate } from '../../model/dates.js';
import type { LoadedData } from '../../data/load-all.js';
import { splitList } from '../../model/split-list.js';
import { loadAndReport } from '../../controllers/report-warnings.js';
import type { QuartierEvent, Topic } from '../../model/types.js';
import { resolveText } from '../../data/text.js';
import { hasRangePlaceholder, safeLinkUrl } from '../../data/urls.js';
import { dayRangeTitle, firstDayOfWeek, fullDate, monthTitle } from '../../i18n/dates.js';
import { calendarTexts } from '../../i18n/messages/calendar.js';
import { applyFilter, inScope } from '../../state/filter.js';
import { isFilterEmpty, type FilterState } from '../../model/filter-state.js';
import { sharedStyles } from '../../styles/shared.js';
import { QuartierElement } from '../shared/quartier-element.js';
import { notOver, renderList, renderTeaser, renderWeek } from './agenda-view.js';
import {
  renderEmpty,
  renderExport,
  renderToolbar,
  VIEWS,
  type CalendarView,
} from './calendar-toolbar.js';
import type { CalendarContext } from './context.js';
import { renderDialog } from './dialog.js';
import { clearEventLink, linkedEventId, linkedOccurrence, writeEventLink } from './deep-link.js';
import { renderEventList } from './event-item.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { dayForKey, renderMonth, type MonthModel } from './month-view.js';

export type { CalendarView } from './calendar-toolbar.js';
/** From this width on (the element's own), an unset `view` shows the month grid. */
const MONTH_MIN_PX = 600;
const DEFAULT_ZONE = 'Europe/Berlin';

export interface EventSelectDetail {
  event: QuartierEvent;
  /** The occurrence's start: `YYYY-MM-DD` for all-day events, else an ISO instant. */
  start: string;
}

export interface RangeChangeDetail {
  start: DayKey;
  /** Exclusive. */
  end: DayKey;
  view: CalendarView;
}

/**
 * The neighbourhood's events as a month grid, a week or a list, in the
 * calendar's time zone, with dialogs for a day and for an event.
 *
 * @tag quartier-event-calendar
 * @summary Accessible event calendar: month, week and list views, keyboard grid, day and event dialogs.
 * @fires quartier-event-select - A person opened an event. Detail: `{event, start}`.
 * @fires quartier-range-change - A person moved to another range or view. Detail: `{start, end, view}` (end exclusive).
 * @fires quartier-data-warning - Items of a source were skipped or corrected. Detail: `{warnings}`.
 * @csspart base - The element's frame.
 * @csspart toolbar - Navigation, range title and view switcher.
 * @csspart day - A day cell of the month grid.
 * @csspart event - An event button (lists, week, dialogs).
 * @csspart dialog - The day and event dialogs.
 * @csspart more-link - The "Alle Termine" link under a teaser.
 * @cssprop [--quartier-accent=#1f5fa6] - Accent colour of buttons, today's ring and links.
 * @cssprop [--quartier-text=#1b1b1b] - Text colour.
 * @cssprop [--quartier-text-muted=#4b5563] - Secondary text (times, other months' days).
 * @cssprop [--quartier-surface=#ffffff] - Background of days and dialogs.
 * @cssprop [--quartier-surface-muted=#f2f4f7] - Background of past days and other months' days.
 * @cssprop [--quartier-border=#6b7280] - Grid lines and borders.
 * @cssprop [--quartier-radius=0.375rem] - Corner radius.
 * @cssprop [--quartier-focus-color=#0b3d91] - Focus ring colour.
 * @cssprop [--quartier-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--quartier-min-height=10rem] - Height kept free while loading.
 * @slot - Fallback content (e.g. a link to all events), shown until the element is defined and again if loading fails.
 */
export class QuartierEventCalendar extends QuartierElement {
  static override styles = [sharedStyles, eventCalendarStyles];

  private readonly data = new DataController(
    this,
    () => this.src,
    () => this.shownDays,
    () => splitList(this.imageOrigins),
  );
  private readonly filter = new FilterController(this, () => this.group);
  private readonly text = this.useTexts(calendarTexts);
  private resizeObserver?: ResizeObserver;
  /** Where focus goes back to when a dialog closes. */
  private returnFocus: HTMLElement[] = [];
  private hashHandled = false;
  /** The event dialog's content, a chunk loaded when a person first opens an event. */
  private details?: typeof import('./event-details.js');
  private detailsLoading?: Promise<void>;
  private filteredCache?: {
    events: QuartierEvent[];
    state: FilterState;
    scope: string;
    result: QuartierEvent[];
  };

  @query('dialog.day-dialog') private dayDialogElement?: HTMLDialogElement;
  @query('dialog.event-dialog') private eventDialogElement?: HTMLDialogElement;

  /** The day that sets the visible range; follows `date` and navigation. */
  @state() private cursor: DayKey = '';
  /** The day cell in the tab order of the month grid. */
  @state() private focusDay: DayKey = '';
  /** The view a person chose with the switcher. */
  @state() private chosenView?: CalendarView;
  /** The view an unset `view` takes from the element's width. */
  @state() private autoView: CalendarView = 'list';
  @state() private dayDialog?: DayKey;
  @state() private eventDialog?: Occurrence;

  /** `month`, `week` or `list`; unset: month from 600px width on, else list. */
  @property({ attribute: 'view' }) view = '';

  /** The day shown first (`YYYY-MM-DD`); today by default. */
  @property({ attribute: 'date' }) date = '';

  /** IANA time zone all times are shown in, whatever the visitor's system zone. */
  @property({ attribute: 'time-zone' }) timeZone = DEFAULT_ZONE;

  /** Teaser: only the next N events from `date` (default now), without paging. */
  @property({ attribute: 'limit', type: Number }) limit = 0;

  /** Link under a teaser to the page with all events. */
  @property({ attribute: 'more-url' }) moreUrl = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      if (width === 0) return;
      const view = width >= MONTH_MIN_PX ? 'month' : 'list';
      // Next frame: changing layout inside the observer's callback would loop.
      if (view !== this.autoView) requestAnimationFrame(() => (this.autoView = view));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The page setting `view` again overrides what the person chose with the switcher.
    if (changed.has('view') && changed.get('view') !== undefined) this.chosenView = undefined;
    if (changed.has('timeZone') && !isKnownZone(this.timeZone)) {
      console.warn(this.text().badTimeZone(this.timeZone));
    }
    if (changed.has('date') || changed.has('timeZone') || !this.cursor) {
      this.cursor = isIsoDate(this.date) ? this.date : this.today;
      this.focusDay = this.cursor;
    }
    // Once, when the data first arrives: a page loaded with #quartier-event=… opens that event.
    if (!this.hashHandled && this.data.value && !this.data.value.complete) {
      this.hashHandled = true;
      this.openFromHash(this.data.value);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Dialogs open modally once rendered; a closed one is removed from the DOM by its close handler.
    if (this.dayDialogElement && !this.dayDialogElement.open) this.dayDialogElement.showModal();
    if (this.eventDialogElement && !this.eventDialogElement.open)
      this.eventDialogElement.showModal();
  }

  // --- derived state -------------------------------------------------------

  /** The calendar zone, or Berlin when the attribute names no zone this browser knows. */
  private get zone(): string {
    return isKnownZone(this.timeZone) ? this.timeZone : DEFAULT_ZONE;
  }

  private get today(): DayKey {
    return todayIn(this.zone);
  }

  private get currentView(): CalendarView {
    if (this.limit > 0) return 'list';
    if (this.chosenView) return this.chosenView;
    return VIEWS.includes(this.view as CalendarView) ? (this.view as CalendarView) : this.autoView;
  }

  private get weekStart() {
    return firstDayOfWeek(this.language);
  }

  /** The days whose events are shown (end exclusive): also what `{start}`/`{end}` in `src` become. */
  private get range(): DateRange {
    if (this.limit > 0) {
      const from = isIsoDate(this.date) ? this.date : this.today;
      return { start: from, end: addYears(from, 1) };
    }
    const cursor = this.cursor || this.today;
    if (this.currentView === 'week') {
      const start = startOfWeekKey(cursor, this.weekStart);
      return { start, end: addDays(start, 7) };
    }
    const start = firstOfMonth(cursor);
    return { start, end: addMonths(start, 1) };
  }

  /**
   * The days whose events are drawn — a month grid shows the ends of the months
   * around it — and so what sources with `{start}`/`{end}` are asked for.
   */
  private get shownDays(): PageRange {
    const range = this.range;
    if (this.limit > 0) return { ...range, whole: true };
    const view = this.currentView;
    if (view === 'week') return range;
    const grid = {
      start: startOfWeekKey(range.start, this.weekStart),
      end: addDays(startOfWeekKey(addDays(range.end, -1), this.weekStart), 7),
    };
    // A list may turn into the grid once the element's width is known: its days are checked first.
    return view === 'month' ? grid : { ...range, checkFirst: grid };
  }

  private filtered(data: LoadedData): QuartierEvent[] {
    const state = this.filter.state;
    const scope = `${this.topics}|${this.organizer}`;
    const cache = this.filteredCache;
    if (cache && cache.events === data.events && cache.state === state && cache.scope === scope) {
      return cache.result;
    }
    const result = applyFilter(data.events, 'events', this.scope, state);
    this.filteredCache = { events: data.events, state, scope, result };
    return result;
  }

  private context(data: LoadedData): CalendarContext {
    const lang = this.language;
    return {
      lang,
      messages: this.messages,
      t: this.text(),
      zone: this.zone,
      today: this.today,
      headingLevel: this.headingLevel,
      topics: new Map<string, Topic>(data.topics.map((topic) => [topic.id, topic])),
      title: (o) => resolveText(o.event.title, lang),
      openEvent: (o, trigger) => this.openEvent(o, trigger),
      openDay: (day, trigger) => this.openDay(day, trigger),
    };
  }

  /** Occurrences between two days, sorted, and grouped by every day they cover. */
  private occurrences(ctx: CalendarContext, events: QuartierEvent[], from: DayKey, to: DayKey) {
    const list = occurrencesIn(events, from, to, ctx.zone).sort(
      (a, b) => a.day.localeCompare(b.day) || compareOccurrences(a, b, ctx.title),
    );
    const byDay = new Map<DayKey, Occurrence[]>();
    for (const o of list) {
      for (
        let day = o.day < from ? from : o.day;
        day <= o.lastDay && day < to;
        day = addDays(day, 1)
      ) {
        const entries = byDay.get(day) ?? [];
        entries.push(o);
        byDay.set(day, entries);
      }
    }
    for (const entries of byDay.values())
      entries.sort((a, b) => compareOccurrences(a, b, ctx.title));
    return { list, byDay };
  }

  // --- navigation ------------------------------------------------------------

  private move(step: -1 | 1): void {
    const cursor =
      this.currentView === 'week' ? addDays(this.cursor, 7 * step) : addMonths(this.cursor, step);
    this.goTo(cursor);
  }

  private goTo(day: DayKey): void {
    this.changeRange(() => {
      this.cursor = day;
      this.focusDay = day;
    });
  }

  private chooseView(view: CalendarView): void {
    this.changeRange(() => (this.chosenView = view));
  }

  /** Applies a person's navigation and tells the page when the range or view changed. */
  private changeRange(apply: () => void): void {
    const before = { ...this.range, view: this.currentView };
    apply();
    const after = this.range;
    if (
      after.start === before.start &&
      after.end === before.end &&
      this.currentView === before.view
    )
      return;
    this.dispatchEvent(
      new CustomEvent<RangeChangeDetail>('quartier-range-change', {
        detail: { ...after, view: this.currentView },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Arrow keys, Home/End, PageUp/PageDown (Shift: by year), Enter/Space — as in the APG date grid. */
  private onGridKey = (event: KeyboardEvent): void => {
    const day = this.focusDay;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.openDay(day, event.target as HTMLElement);
      return;
    }
    const rtl = getComputedStyle(this).direction === 'rtl';
    const target = dayForKey(event.key, event.shiftKey, day, this.weekStart, rtl);
    if (!target) return;
    event.preventDefault();
    if (target.slice(0, 7) !== this.cursor.slice(0, 7)) this.goTo(target);
    else this.focusDay = target;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`td[data-day="${target}"]`)?.focus(),
    );
  };

  private onGridClick = (event: MouseEvent): void => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-day]');
    if (!cell) return;
    const day = cell.dataset.day!;
    this.focusDay = day;
    const chip = (event.target as HTMLElement).closest<HTMLElement>('.chip[data-index]');
    const list = this.dayOccurrences(day);
    if (chip && list[Number(chip.dataset.index)])
      this.openEvent(list[Number(chip.dataset.index)], cell);
    else this.openDay(day, cell);
  };

  private dayOccurrences(day: DayKey): Occurrence[] {
    const data = this.data.value;
    if (!data) return [];
    const ctx = this.context(data);
    return this.occurrences(ctx, this.filtered(data), day, addDays(day, 1)).byDay.get(day) ?? [];
  }

  // --- dialogs ---------------------------------------------------------------

  private openDay(day: DayKey, trigger: HTMLElement): void {
    this.returnFocus.push(trigger);
    this.dayDialog = day;
  }

  private openEvent(o: Occurrence, trigger: HTMLElement): void {
    this.returnFocus.push(trigger);
    this.eventDialog = o;
    this.loadDetails();
    writeEventLink(o.event.id);
    this.dispatchEvent(
      new CustomEvent<EventSelectDetail>('quartier-event-select', {
        detail: { event: o.event, start: o.allDay ? o.day : new Date(o.start).toISOString() },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private loadDetails(): void {
    this.detailsLoading ??= import('./event-details.js').then((module) => {
      this.details = module;
      this.requestUpdate();
    });
  }

  private closed(which: 'day' | 'event'): void {
    if (which === 'day') this.dayDialog = undefined;
    else {
      this.eventDialog = undefined;
      clearEventLink();
    }
    const target = this.returnFocus.pop();
    void this.updateComplete.then(() => {
      const day = target?.dataset.day;
      // A grid cell may have been re-rendered; find it again by its day.
      const cell = day
        ? this.renderRoot.querySelector<HTMLElement>(`td[data-day="${day}"]`)
        : undefined;
      // Opened from the address, nothing inside had focus: go to the event's day, or the first event.
      const fallback =
        target === this
          ? this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"], .event')
          : undefined;
      (cell ?? fallback ?? target)?.focus();
    });
  }

  /** A page loaded with `#quartier-event=<id>` opens that event (its next date, else its first). */
  private openFromHash(data: LoadedData): void {
    const id = linkedEventId();
    if (id === undefined) return;
    // Only events this calendar may show: a partner's calendar does not open the city's others.
    const find = (events: QuartierEvent[]) =>
      events.find((e) => e.id === id && inScope(e, this.scope));
    const event = find(data.events);
    if (event) this.openLinkedEvent(event);
    else if (splitList(this.src).some(hasRangePlaceholder)) {
      // A source answered month by month holds only the months shown: ask it for the coming year.
      const from = this.today;
      void loadAndReport(splitList(this.src), undefined, {
        start: from,
        end: addYears(from, 1),
        whole: true,
      })
        .then((year) => {
          const found = find(year.events);
          if (found && !this.eventDialog) this.openLinkedEvent(found);
        })
        .catch(() => undefined);
    }
  }

  /** Opens a linked event on its date and shows that date's range. */
  private openLinkedEvent(event: QuartierEvent): void {
    const first = linkedOccurrence(event, this.today, this.zone);
    if (!first) return;
    this.cursor = first.day;
    this.focusDay = first.day;
    // Nothing in the calendar had focus; closing the dialog focuses the event's day (see closed()).
    this.returnFocus.push(this);
    this.eventDialog = first;
    this.loadDetails();
  }

  // --- rendering -------------------------------------------------------------

  override render(): TemplateResult {
    return this.renderData(this.data, (data) => this.renderCalendar(data));
  }

  private renderCalendar(data: LoadedData): TemplateResult {
    const ctx = this.context(data);
    const events = this.filtered(data);
    const view = this.currentView;
    const { start, end } = this.range;
    let body: TemplateResult;
    let count: number;
    if (this.limit > 0) {
      const upcoming = this.occurrences(ctx, events, start, end)
        .list.filter((o) => notOver(o, this.teaserFrom(ctx)))
        .slice(0, this.limit);
      count = upcoming.length;
      body = renderTeaser(ctx, upcoming, safeLinkUrl(this.moreUrl, location.href));
    } else if (view === 'month') {
      const grid = this.shownDays;
      const weeks = daysBetween(grid.start, grid.end) / 7;
      const days = dayRange(grid.start, weeks * 7);
      const { byDay, list } = this.occurrences(ctx, events, grid.start, grid.end);
      count = list.filter((o) => o.day < end && o.lastDay >= start).length;
      const model: MonthModel = {
        weeks: Array.from({ length: weeks }, (_, i) => days.slice(i * 7, i * 7 + 7)),
        month: start,
        focus: this.focusDay >= start && this.focusDay < end ? this.focusDay : start,
        byDay,
      };
      body = renderMonth(ctx, model, { keydown: this.onGridKey, click: this.onGridClick });
    } else {
      const days = dayRange(start, daysBetween(start, end));
      const { byDay, list } = this.occurrences(ctx, events, start, end);
      count = list.length;
      body = view === 'week' ? renderWeek(ctx, days, byDay) : renderList(ctx, days, byDay);
    }
    // While another month loads or is still being checked, or when part of it failed, "no events"
    // would not be true.
    const unsure =
      this.data.loading ||
      this.data.checking ||
      data.failedRanges.length > 0 ||
      data.failures.length > 0;
    const empty = count === 0 && !unsure;
    return html`
      ${
        this.limit > 0
          ? nothing
          : renderToolbar(ctx, view, this.rangeTitle(ctx, view), {
              move: (step) => this.move(step),
              today: () => this.goTo(this.today),
              choose: (option) => this.chooseView(option),
            })
      }
      ${empty ? this.renderEmpty(ctx, view) : nothing}
      ${count === 0 && view !== 'month' ? nothing : body}
      ${
        // Not while the days shown are still being checked: the file would miss some events.
        count > 0 && this.limit === 0 && !this.data.checking
          ? renderExport(ctx, () => this.exportShown(ctx, events))
          : nothing
      }
      ${this.renderDayDialog(ctx, events)} ${this.renderEventDialog(ctx)}
    `;
  }

  /** The teaser starts at `date` (its midnight) or, without one, now. */
  private teaserFrom(ctx: CalendarContext): { day: DayKey; instant: number } {
    if (!isIsoDate(this.date)) return { day: ctx.today, instant: Date.now() };
    return { day: this.date, instant: wallToInstant(this.date, 0, 0, ctx.zone) };
  }

  private rangeTitle(ctx: CalendarContext, view: CalendarView): string {
    const { start, end } = this.range;
    return view === 'week'
      ? dayRangeTitle(start, addDays(end, -1), ctx.lang)
      : monthTitle(start, ctx.lang);
  }

  /** The filtered events of the range, series kept whole, as one .ics file. */
  private async exportShown(ctx: CalendarContext, events: QuartierEvent[]): Promise<void> {
    const { start, end } = this.range;
    const shown = new Set(occurrencesIn(events, start, end, ctx.zone).map((o) => o.event));
    // Offline or after a new deployment the chunk may be gone; the button simply does nothing then.
    const module = await import('./ics-download.js').catch(() => undefined);
    module?.downloadEvents(
      events.filter((event) => shown.has(event)),
      ctx,
      ctx.t.exportFileName(this.rangeTitle(ctx, this.currentView)),
    );
  }

  private renderEmpty(ctx: CalendarContext, view: CalendarView): TemplateResult {
    const m = ctx.t;
    const text = this.limit > 0 ? m.empty.upcoming : m.empty[view](this.rangeTitle(ctx, view));
    const filtered = !isFilterEmpty(this.filter.state);
    return renderEmpty(ctx, text, filtered ? () => this.filter.set({}) : undefined);
  }

  private renderDialog(
    which: 'day' | 'event',
    title: string,
    content: TemplateResult | TemplateResult[],
  ): TemplateResult {
    return renderDialog(which, title, content, {
      headingLevel: this.headingLevel,
      closeLabel: this.text().close,
      closed: () => this.closed(which),
    });
  }

  private renderDayDialog(
    ctx: CalendarContext,
    events: QuartierEvent[],
  ): TemplateResult | typeof nothing {
    const day = this.dayDialog;
    if (!day) return nothing;
    const list = this.occurrences(ctx, events, day, addDays(day, 1)).byDay.get(day) ?? [];
    return this.renderDialog(
      'day',
      fullDate(day, ctx.lang),
      list.length > 0 ? renderEventList(ctx, list) : html`<p>${ctx.t.empty.day}</p>`,
    );
  }

  private renderEventDialog(ctx: CalendarContext): TemplateResult | typeof nothing {
    const o = this.eventDialog;
    if (!o || !this.details) return nothing;
    const { renderEventDetails, downloadIcs } = this.details;
    const image = o.event.image;
    // Images from origins that are not allowed were dropped and reported when the data arrived.
    const imageAllowed = image ? this.imageAllowed(image.src, o.event.source) : false;
    return this.renderDialog(
      'event',
      ctx.title(o),
      renderEventDetails(ctx, o, { imageAllowed, addToCalendar: () => downloadIcs(o, ctx) }),
    );
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quartier-event-select': CustomEvent<EventSelectDetail>;
    'quartier-range-change': CustomEvent<RangeChangeDetail>;
  }
}
