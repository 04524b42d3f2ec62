/**
 * The days a calendar view covers: the range of a month, a week or a teaser,
 * the month grid around a month (whole weeks from the week's first day), the
 * days a view draws, and paging by a view's step.
 */
import {
  addDays,
  addMonths,
  addYears,
  dayRange,
  daysBetween,
  firstOfMonth,
  startOfWeekKey,
  type DayKey,
  type Weekday,
} from './days.js';

export type CalendarView = 'month' | 'week' | 'list';
export const VIEWS: CalendarView[] = ['month', 'week', 'list'];

/** From this width on (the element's own, in CSS pixels), an unset view is the month grid. */
export const MONTH_MIN_PX = 600;

/** The view an unset `view` takes from the element's width: the grid where it fits, else the list. */
export const viewForWidth = (width: number): CalendarView =>
  width >= MONTH_MIN_PX ? 'month' : 'list';

/** Days from `start` to `end` (exclusive). */
export interface DayRange {
  start: DayKey;
  end: DayKey;
}

/** The days a view draws, and so what a source with `{start}`/`{end}` is asked for. */
export interface ShownDays extends DayRange {
  /** One request for the whole range (a teaser's coming year), not one per month. */
  whole?: boolean;
  /** Days to check first in a large source: the grid a list may turn into once its width is known. */
  checkFirst?: DayRange;
}

/** The days a view shows around `cursor`: its week (from `weekStart`) or its month. */
export function viewRange(view: CalendarView, cursor: DayKey, weekStart: Weekday): DayRange {
  if (view === 'week') {
    const start = startOfWeekKey(cursor, weekStart);
    return { start, end: addDays(start, 7) };
  }
  const start = firstOfMonth(cursor);
  return { start, end: addMonths(start, 1) };
}

/** A teaser looks one year ahead from its first day. */
export const teaserRange = (from: DayKey): DayRange => ({ start: from, end: addYears(from, 1) });

/** Whole weeks around a range: the month grid with the ends of the months before and after. */
export function monthGrid(range: DayRange, weekStart: Weekday): DayRange {
  return {
    start: startOfWeekKey(range.start, weekStart),
    end: addDays(startOfWeekKey(addDays(range.end, -1), weekStart), 7),
  };
}

/**
 * The days a view draws for its range: a teaser its whole year at once, a week
 * its seven days, a month its grid; a list its month, checking the grid's days
 * first (it may turn into the grid once the element's width is known).
 */
export function shownDays(
  view: CalendarView | 'teaser',
  range: DayRange,
  weekStart: Weekday,
): ShownDays {
  if (view === 'teaser') return { ...range, whole: true };
  if (view === 'week') return range;
  const grid = monthGrid(range, weekStart);
  return view === 'month' ? grid : { ...range, checkFirst: grid };
}

/** The day one step (a week in week view, else a month) before or after `cursor`. */
export const stepCursor = (view: CalendarView, cursor: DayKey, step: -1 | 1): DayKey =>
  view === 'week' ? addDays(cursor, 7 * step) : addMonths(cursor, step);

/** Every day of a range, in order. */
export const daysOf = (range: DayRange): DayKey[] =>
  dayRange(range.start, daysBetween(range.start, range.end));

/** A range of whole weeks (a month grid) as rows of seven days. */
export function weeksOf(range: DayRange): DayKey[][] {
  const days = daysOf(range);
  return Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
}

/** Whether a day lies in a range. */
export const inRange = (day: DayKey, range: DayRange): boolean =>
  day >= range.start && day < range.end;
