/**
 * The month grid (WAI-ARIA APG grid pattern): one day is in the tab order
 * (roving tabindex); each day's name is its full date and its count. Event
 * chips inside only show what the day holds: a click or tap anywhere in a day
 * opens its dialog, as Enter and Space do, and the dialog lists its events.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  addDays,
  addMonths,
  addYears,
  startOfWeekKey,
  type DayKey,
  type Weekday,
} from '../../calendar/days.js';
import type { Occurrence } from '../../calendar/occurrences.js';
import { dayOfMonth, fullDate, time, weekdayName } from '../../i18n/dates.js';
import { plural } from '../../i18n/plural.js';
import type { CalendarContext } from './context.js';
import { statusWord, topicColor } from './event-item.js';

/** Chips per day before "+N weitere". */
const CHIPS = 3;

export interface MonthModel {
  /** Weeks of seven days, the month's days with the neighbouring months' days around them. */
  weeks: DayKey[][];
  month: DayKey;
  focus: DayKey;
  byDay: Map<DayKey, Occurrence[]>;
}

export function dayLabel(ctx: CalendarContext, day: DayKey, count: number): string {
  return ctx.t.day(fullDate(day, ctx.lang), plural(ctx.lang, count, ctx.messages.count.events));
}

function renderCell(ctx: CalendarContext, model: MonthModel, day: DayKey): TemplateResult {
  const list = model.byDay.get(day) ?? [];
  const outside = day.slice(0, 7) !== model.month.slice(0, 7);
  const classes = [
    'day',
    outside && 'outside',
    day < ctx.today && 'past',
    day === ctx.today && 'today',
  ]
    .filter(Boolean)
    .join(' ');
  return html`<td
    role="gridcell"
    class=${classes}
    part="day"
    data-day=${day}
    tabindex=${day === model.focus ? 0 : -1}
    aria-current=${day === ctx.today ? 'date' : nothing}
  >
    <!-- The name comes from this text, not aria-label, so the visible chips cannot contradict it. -->
    <span class="visually-hidden">${dayLabel(ctx, day, list.length)}</span>
    <span class="day-head" aria-hidden="true">
      <span class="day-number">${dayOfMonth(day, ctx.lang)}</span>
      ${day === ctx.today ? html`<span class="today-label">${ctx.t.today}</span>` : nothing}
    </span>
    <span class="chips" aria-hidden="true">
      ${list.slice(0, CHIPS).map((o) => {
        const status = statusWord(ctx, o);
        const continues = o.day < day ? ' continued' : '';
        return html`<span
          class="chip ${o.cancelled ? 'cancelled' : (o.event.status ?? '')}${continues}"
          data-color=${topicColor(ctx, o) ?? nothing}
          >${timeOf(ctx, o, day)}<span class="chip-title" dir="auto" lang=${ctx.titleLang(o)}
            >${ctx.title(o)}</span
          >${status ? html`<span class="chip-status"> · ${status}</span>` : ''}</span
        >`;
      })}
      ${
        list.length > CHIPS
          ? html`<span class="more">${ctx.t.more(list.length - CHIPS)}</span>`
          : nothing
      }
    </span>
  </td>`;
}

/**
 * The start time on the first day, isolated so a title in the other direction cannot pull it
 * across; nothing on all-day events and on the days a longer event continues into.
 */
function timeOf(ctx: CalendarContext, o: Occurrence, day: DayKey): TemplateResult | string {
  if (o.allDay || o.day !== day) return '';
  return html`<span class="chip-time">${time(o.start, ctx.lang, ctx.zone)}</span> `;
}

export function renderMonth(
  ctx: CalendarContext,
  model: MonthModel,
  handlers: { keydown: (e: KeyboardEvent) => void; click: (e: MouseEvent) => void },
): TemplateResult {
  return html`<table class="month" role="grid" aria-labelledby="range-title">
    <thead>
      <tr>
        ${model.weeks[0].map(
          (day) =>
            html`<th scope="col" abbr=${weekdayName(day, ctx.lang, 'long')}>
              ${weekdayName(day, ctx.lang, 'short')}
            </th>`,
        )}
      </tr>
    </thead>
    <tbody @keydown=${handlers.keydown} @click=${handlers.click}>
      ${model.weeks.map(
        (week) =>
          html`<tr>
            ${week.map((day) => renderCell(ctx, model, day))}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The day a key moves to in the grid, as in the WAI-ARIA APG date grid: arrows
 * by day and week (left and right swap in right-to-left text, where the week
 * runs from right to left), Home/End to the
 * week's ends, PageUp/PageDown by month, with Shift by year.
 */
export function dayForKey(
  key: string,
  shift: boolean,
  day: DayKey,
  weekStart: Weekday,
  rtl: boolean,
): DayKey | undefined {
  const weekFirst = startOfWeekKey(day, weekStart);
  const horizontal = rtl ? -1 : 1;
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -horizontal);
    case 'ArrowRight':
      return addDays(day, horizontal);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return weekFirst;
    case 'End':
      return addDays(weekFirst, 6);
    case 'PageUp':
      return shift ? addYears(day, -1) : addMonths(day, -1);
    case 'PageDown':
      return shift ? addYears(day, 1) : addMonths(day, 1);
  }
  return undefined;
}
