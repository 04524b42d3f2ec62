/**
 * The event calendar's definition: its attributes, the range and view it shows, and what a
 * person's navigation, a day, an event, a filter reset or an export does (view: *.view.ts).
 */
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addDays, type DayKey } from '../../calendar/days.js';
import { nextOccurrence } from '../../calendar/grouping.js';
import type { Occurrence } from '../../calendar/occurrences.js';
import {
  shownDays,
  stepCursor,
  teaserRange,
  viewForWidth,
  viewRange,
  VIEWS,
  type CalendarView,
  type DayRange,
  type ShownDays,
} from '../../calendar/ranges.js';
import { isKnownZone, todayIn } from '../../calendar/zone.js';
import { DataController } from '../../controllers/data-controller.js';
import { DeepLinkController } from '../../controllers/deep-link-controller.js';
import { DialogController } from '../../controllers/dialog-controller.js';
import { FilterController } from '../../controllers/filter-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { LoadedData } from '../../data/load-all.js';
import { dayRangeTitle, firstDayOfWeek, monthTitle } from '../../i18n/dates.js';
import { calendarTexts } from '../../i18n/messages/calendar.js';
import { isIsoDate } from '../../model/dates.js';
import { splitList } from '../../model/split-list.js';
import type { QuartierEvent } from '../../model/types.js';
import { inScope } from '../../state/filter.js';
import { memoFilter } from '../../state/filter-memo.js';
import { sharedStyles } from '../../styles/shared.js';
import { QuartierElement } from '../shared/quartier-element.js';
import { calendarSpace } from '../shared/reserved-size.js';

const DEFAULT_ZONE = 'Europe/Berlin';

export interface EventSelectDetail {
  event: QuartierEvent;
  /** The occurrence's start: `YYYY-MM-DD` for all-day events, else an ISO instant. */
  start: string;
}

/** The days shown (end exclusive) and the view. */
export interface RangeChangeDetail extends DayRange {
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
 * @csspart debug - The list of skipped items and why, shown with `debug`.
 * @cssprop [--quartier-accent=#1f5fa6] - Accent colour of buttons, today's ring and links.
 * @cssprop [--quartier-text=#1b1b1b] - Text colour.
 * @cssprop [--quartier-text-muted=#4b5563] - Secondary text (times, other months' days).
 * @cssprop [--quartier-surface=#ffffff] - Background of days and dialogs.
 * @cssprop [--quartier-surface-muted=#f2f4f7] - Background of past days and other months' days.
 * @cssprop [--quartier-border=#6b7280] - Grid lines and borders.
 * @cssprop [--quartier-radius=0.375rem] - Corner radius.
 * @cssprop [--quartier-focus-color=#0b3d91] - Focus ring colour.
 * @cssprop [--quartier-focus-width=3px] - Focus ring width.
 * @cssprop [--quartier-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--quartier-font-size=inherit] - Base text size; the host page's by default.
 * @cssprop [--quartier-min-height] - Space kept while loading; by default the size the element will have (a screen for lists).
 * @cssprop [--quartier-paragraph-spacing] - Space after each paragraph (WCAG 1.4.12: 2em); the element's own by default.
 * @slot - Fallback content (e.g. a link to all events), shown until the element is defined and again if loading fails.
 */
export class QuartierEventCalendar extends QuartierElement {
  static override styles = [sharedStyles];

  // Before the data: an event opened from the address moves the range within the same update.
  private readonly deepLink = new DeepLinkController(this, {
    data: () => this.data.value,
    sources: () => splitList(this.src),
    accepts: (event) => inScope(event, this.scope),
    from: () => this.today,
    isOpen: () => this.eventDialog.isOpen,
    open: (event) => this.openLinkedEvent(event),
  });
  /** @internal */
  readonly data = new DataController(
    this,
    () => this.src,
    () => this.shownDays,
    () => splitList(this.imageOrigins),
  );
  /** @internal */
  readonly filter = new FilterController(this, () => this.group);
  /** @internal The calendar's own texts. */
  readonly texts = this.useTexts(calendarTexts);
  private readonly size: ResizeController = new ResizeController(
    this,
    (width: number) => viewForWidth(width) !== viewForWidth(this.size.width),
  );
  /** @internal The day dialog; `day` is its day. */
  readonly dayDialog = new DialogController(this, {
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('dialog.day-dialog'),
    closed: () => (this.day = undefined),
  });
  /** @internal The event dialog (also opened from the day dialog); `occurrence` is its event. */
  readonly eventDialog = new DialogController(this, {
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('dialog.event-dialog'),
    closed: () => {
      this.occurrence = undefined;
      this.deepLink.clear();
    },
  });
  private readonly filterEvents = memoFilter<QuartierEvent>('events');

  /** @internal The day that sets the visible range; follows `date` and navigation. */
  @state() cursor: DayKey = '';
  /** @internal The day cell in the tab order of the month grid. */
  @state() focusDay: DayKey = '';
  /** The view a person chose with the switcher. */
  @state() private chosenView?: CalendarView;
  /** @internal The day of the day dialog. */
  @state() day?: DayKey;
  /** @internal The occurrence of the event dialog. */
  @state() occurrence?: Occurrence;

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The page setting `view` again overrides what the person chose with the switcher.
    if (changed.has('view') && changed.get('view') !== undefined) this.chosenView = undefined;
    if (changed.has('timeZone') && !isKnownZone(this.timeZone)) {
      console.warn(this.texts().badTimeZone(this.timeZone));
    }
    if (changed.has('date') || changed.has('timeZone') || !this.cursor) {
      this.cursor = isIsoDate(this.date) ? this.date : this.today;
      this.focusDay = this.cursor;
    }
  }

  /** @internal The calendar zone, or Berlin when the attribute names no zone this browser knows. */
  get zone(): string {
    return isKnownZone(this.timeZone) ? this.timeZone : DEFAULT_ZONE;
  }

  /** @internal */
  get today(): DayKey {
    return todayIn(this.zone);
  }

  /** @internal A teaser is a list; else the person's choice, then `view`, then the element's width. */
  get currentView(): CalendarView {
    if (this.limit > 0) return 'list';
    if (this.chosenView) return this.chosenView;
    const view = this.view as CalendarView;
    return VIEWS.includes(view) ? view : viewForWidth(this.size.width);
  }

  /** @internal */
  get weekStart() {
    return firstDayOfWeek(this.language);
  }

  /** @internal The days whose events are shown (end exclusive): also what `{start}`/`{end}` in `src` become. */
  get range(): DayRange {
    if (this.limit > 0) return teaserRange(isIsoDate(this.date) ? this.date : this.today);
    return viewRange(this.currentView, this.cursor || this.today, this.weekStart);
  }

  /** @internal The days drawn (a month grid shows the ends of the months around it), and so those asked for. */
  get shownDays(): ShownDays {
    return shownDays(this.limit > 0 ? 'teaser' : this.currentView, this.range, this.weekStart);
  }

  /** @internal "Mai 2026" or "18.–24. Mai 2026". */
  get rangeTitle(): string {
    const { start, end } = this.range;
    return this.currentView === 'week'
      ? dayRangeTitle(start, addDays(end, -1), this.language)
      : monthTitle(start, this.language);
  }

  /** @internal The events in scope that pass the group's filter. */
  filtered(data: LoadedData): QuartierEvent[] {
    return this.filterEvents(data.events, this.scope, this.filter.state);
  }

  /** @internal "Vorheriger …" / "Nächster …". */
  move(step: -1 | 1): void {
    this.goTo(stepCursor(this.currentView, this.cursor, step));
  }

  /** @internal "Heute", or a day the grid's keys moved to. */
  goTo(day: DayKey): void {
    this.changeRange(() => {
      this.cursor = day;
      this.focusDay = day;
    });
  }

  /** @internal The view switcher. */
  chooseView(view: CalendarView): void {
    this.changeRange(() => (this.chosenView = view));
  }

  /** @internal A key moved in the grid: to another month if need be, with focus on the day. */
  focusOnDay(day: DayKey): void {
    if (day.slice(0, 7) !== this.cursor.slice(0, 7)) this.goTo(day);
    else this.focusDay = day;
    this.focusAfterUpdate(() => this.cell(day));
  }

  /** Applies a person's navigation and tells the page when the range or view changed. */
  private changeRange(apply: () => void): void {
    const before = { ...this.range, view: this.currentView };
    apply();
    const after = { ...this.range, view: this.currentView };
    if (after.start !== before.start || after.end !== before.end || after.view !== before.view)
      this.emit('quartier-range-change', after);
  }

  /** @internal "Filter zurücksetzen": the empty state goes, focus moves to the content's heading. */
  resetFilter(): void {
    this.filter.set({});
    this.focusAfterUpdate(() => null);
  }

  /** @internal A day of the grid (Enter, Space, a click). */
  openDay(day: DayKey, trigger: HTMLElement): void {
    this.day = day;
    this.dayDialog.open(this.returnTarget(trigger));
  }

  /** @internal A person opened an event: the dialog, the link in the address, the event for the page. */
  openEvent(o: Occurrence, trigger: HTMLElement): void {
    this.occurrence = o;
    this.eventDialog.open(this.returnTarget(trigger));
    this.deepLink.write(o.event.id);
    const start = o.allDay ? o.day : new Date(o.start).toISOString();
    this.emit('quartier-event-select', { event: o.event, start });
  }

  /** A linked event opens on its next date, and the calendar shows that date's range. */
  private openLinkedEvent(event: QuartierEvent): void {
    const next = nextOccurrence(event, this.today, this.zone);
    if (!next) return;
    void this.loadView(); // a link to the event shows it, wherever the calendar is on the page
    this.cursor = next.day;
    this.focusDay = next.day;
    this.occurrence = next;
    // Nothing in the calendar had focus: closing goes to the event's day, or the first event.
    this.eventDialog.open(() =>
      this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"], .event'),
    );
  }

  /** A grid cell may be re-rendered while a dialog is open: find it again by its day. */
  private returnTarget(trigger: HTMLElement): HTMLElement | (() => HTMLElement | null) {
    const day = trigger.dataset.day;
    return day ? () => this.cell(day) : trigger;
  }

  private readonly cell = (day: DayKey) =>
    this.renderRoot.querySelector<HTMLElement>(`td[data-day="${day}"]`);

  protected override reservedSpace(): string {
    const width = this.size.width || this.clientWidth; // the first frame: before the resize watch
    const view = VIEWS.includes(this.view as CalendarView) ? this.view : viewForWidth(width);
    return calendarSpace(this.limit > 0 ? 'teaser' : (view as CalendarView), width, this.limit);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quartier-event-select': CustomEvent<EventSelectDetail>;
    'quartier-range-change': CustomEvent<RangeChangeDetail>;
  }
}
