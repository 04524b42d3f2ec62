/**
 * The event calendar's definition: its attributes and the range and view it shows (the data asks
 * for that range before the view arrives). What a person's navigation, a day or an event does
 * comes with the view (event-calendar.actions.ts), its templates in event-calendar.view.ts.
 */
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DayKey } from '../../calendar/days.js';
import type { Occurrence } from '../../calendar/occurrences.js';
import {
  shownDays,
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
import type { DeepLinkController } from '../../controllers/deep-link-controller.js';
import type { PartialDraw } from '../../controllers/partial-draw.js';
import { DialogController } from '../../controllers/dialog-controller.js';
import { FilterController } from '../../controllers/filter-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { firstDayOfWeek } from '../../i18n/week-start.js';
import type { CalendarMessages } from '../../i18n/messages/de-calendar.js';
import { isIsoDate } from '../../model/dates.js';
import { splitList } from '../../model/split-list.js';
import { yieldToMain } from '../../model/yield-to-main.js';
import type { QuartierEvent } from '../../model/types.js';
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
  /** @internal */
  static override ownTexts = ['calendar'] as const;

  /** @internal */
  readonly data = new DataController(
    this,
    () => this.src,
    () => this.shownDays,
    () => splitList(this.imageOrigins),
  );
  /** @internal */
  readonly filter = new FilterController(this, () => this.group);
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
      this.deepLink?.clear();
    },
  });
  /** @internal Set by the view's setup: the calendar's own texts. */
  declare texts: () => CalendarMessages;
  /** @internal Set by the view's setup: `#quartier-event=<id>` in the address. */
  declare deepLink?: DeepLinkController;
  /** @internal Set by the view's setup: a long list's first showing, drawn in parts. */
  declare drawing: PartialDraw;

  /** @internal The day that sets the visible range; follows `date` and navigation. */
  @state() cursor: DayKey = '';
  /** @internal The day cell in the tab order of the month grid. */
  @state() focusDay: DayKey = '';
  /** @internal The view a person chose with the switcher. */
  @state() chosenView?: CalendarView;
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

  override connectedCallback(): void {
    super.connectedCallback();
    this.followLink();
    addEventListener('hashchange', this.followLink);
    // The browser's first time-zone formatter costs ~20 ms on a phone and cannot be split: made in a
    // task of its own while the data is on its way, not in the task that draws the data.
    void yieldToMain().then(() => todayIn(this.zone));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.followLink);
  }

  /**
   * A link to an event (`#quartier-event=`), in the address or followed later, shows it wherever
   * the calendar is on the page: the view (whose deep link opens it) is wanted at once, not only
   * when the calendar comes near the viewport.
   */
  private readonly followLink = () => {
    if (location.hash.includes('quartier-event=')) void this.loadView();
  };

  /** Here, not in the view: the data controller asks for the range these give in the same update. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The page setting `view` again overrides what the person chose with the switcher.
    if (changed.has('view') && changed.get('view') !== undefined) this.chosenView = undefined;
    if (changed.has('date') || changed.has('timeZone') || !this.cursor) {
      this.cursor = this.firstDay;
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

  /** @internal `date`, else today. */
  get firstDay(): DayKey {
    return isIsoDate(this.date) ? this.date : this.today;
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
    if (this.limit > 0) return teaserRange(this.firstDay);
    return viewRange(this.currentView, this.cursor || this.firstDay, this.weekStart);
  }

  /** @internal The days drawn (a month grid shows the ends of the months around it), and so those asked for. */
  get shownDays(): ShownDays {
    return shownDays(this.limit > 0 ? 'teaser' : this.currentView, this.range, this.weekStart);
  }

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
