/**
 * Occurrences arranged for a calendar: those of a range in order and grouped
 * by every day they cover, the next ones from a moment (a teaser), and the
 * date a link to an event opens on.
 */
import { addDays, addYears, type DayKey } from './days.js';
import { compareOccurrences, occurrencesIn, type Occurrence } from './occurrences.js';
import type { DayRange } from './ranges.js';
import { todayIn, wallToInstant } from './zone.js';
import { isIsoDate } from '../model/dates.js';
import type { QuartierEvent } from '../model/types.js';

/** The title an occurrence is sorted by, in the calendar's language. */
export type TitleOf = (occurrence: Occurrence) => string;

export interface Grouped {
  /** Every occurrence touching the range, by first day, then as within a day. */
  list: Occurrence[];
  /** Each day of the range with the occurrences covering it: all-day first, then by time, then by title. */
  byDay: Map<DayKey, Occurrence[]>;
}

/** The occurrences of `events` in a range, sorted, and grouped by every day they cover. */
export function groupByDay(
  events: QuartierEvent[],
  range: DayRange,
  zone: string,
  titleOf: TitleOf,
): Grouped {
  const { start, end } = range;
  const list = occurrencesIn(events, start, end, zone).sort(
    (a, b) => a.day.localeCompare(b.day) || compareOccurrences(a, b, titleOf),
  );
  const byDay = new Map<DayKey, Occurrence[]>();
  for (const o of list) {
    const first = o.day < start ? start : o.day;
    for (let day = first; day <= o.lastDay && day < end; day = addDays(day, 1)) {
      const entries = byDay.get(day) ?? [];
      entries.push(o);
      byDay.set(day, entries);
    }
  }
  for (const entries of byDay.values()) entries.sort((a, b) => compareOccurrences(a, b, titleOf));
  return { list, byDay };
}

/** The occurrences covering one day, in the order a day shows them. */
export const occurrencesOn = (
  events: QuartierEvent[],
  day: DayKey,
  zone: string,
  titleOf: TitleOf,
): Occurrence[] =>
  groupByDay(events, { start: day, end: addDays(day, 1) }, zone, titleOf).byDay.get(day) ?? [];

/** A moment as a day and an instant, for "still to come". */
export interface Moment {
  day: DayKey;
  instant: number;
}

/** Where a teaser starts: at `date` (its midnight in `zone`) or, without one, now. */
export function teaserStart(date: string, zone: string): Moment {
  if (!isIsoDate(date)) return { day: todayIn(zone), instant: Date.now() };
  return { day: date, instant: wallToInstant(date, 0, 0, zone) };
}

/** Whether an occurrence is still to come or under way at a moment. */
export function notOver(o: Occurrence, from: Moment): boolean {
  if (o.allDay) return o.lastDay >= from.day;
  return o.end > o.start ? o.end > from.instant : o.start >= from.instant;
}

/** The next `limit` occurrences of a sorted list that are not over at `from` (a teaser). */
export const upcoming = (list: Occurrence[], from: Moment, limit: number): Occurrence[] =>
  list.filter((o) => notOver(o, from)).slice(0, limit);

/**
 * The next `limit` occurrences in a range that are not over at `from` (a teaser): its first month is
 * looked at first, then a quarter, then the whole range. A teaser's few dates are nearly always in
 * its first month, and a year of weekly series is many occurrences to make on a slow phone.
 */
export function upcomingIn(
  events: QuartierEvent[],
  range: DayRange,
  from: Moment,
  limit: number,
  zone: string,
  titleOf: TitleOf,
): Occurrence[] {
  let next: Occurrence[] = [];
  for (const days of [31, 92, Infinity]) {
    const end = days < Infinity ? addDays(range.start, days) : range.end;
    const window = { start: range.start, end: end < range.end ? end : range.end };
    // Sorted by first day: what a longer window adds comes after all of a shorter one's.
    next = upcoming(groupByDay(events, window, zone, titleOf).list, from, limit);
    if (next.length >= limit || window.end === range.end) break;
  }
  return next;
}

/** The events with an occurrence in the range, in their order (a series counts once, whole). */
export function eventsIn(events: QuartierEvent[], range: DayRange, zone: string): QuartierEvent[] {
  const shown = new Set(occurrencesIn(events, range.start, range.end, zone).map((o) => o.event));
  return events.filter((event) => shown.has(event));
}

/** The date a link to an event opens on: its next one from today, else its first. */
export function nextOccurrence(
  event: QuartierEvent,
  today: DayKey,
  zone: string,
): Occurrence | undefined {
  const start = event.start.slice(0, 10);
  const from = start < today ? today : start;
  const [next] = occurrencesIn([event], from, addYears(from, 2), zone).sort(
    (a, b) => a.start - b.start,
  );
  return next ?? occurrencesIn([event], start, addYears(start, 1), zone)[0];
}
