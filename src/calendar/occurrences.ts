/**
 * From events to occurrences in a range of days, in the calendar's zone.
 * Each event's timing is worked out once per zone and kept; a month change
 * then only compares day keys and expands recurring events for that range.
 */
import type { QuartierEvent } from '../model/types.js';
import { sortableLocal } from '../model/dates.js';
import { addDays, daysBetween, type DayKey } from './days.js';
import { fallbackRules } from './fallback-rules.js';
import { expand, parseRule, type Rule } from './recurrence.js';
import { parseUntil, type Until } from './rrule.js';
import { instantToWall, isKnownZone, wallToInstant, type WallTime } from './zone.js';

export interface Occurrence {
  event: QuartierEvent;
  allDay: boolean;
  /** First and last day (inclusive) in the calendar's zone. */
  day: DayKey;
  lastDay: DayKey;
  /** Start and end as instants (all-day: midnight of the first day, midnight after the last). */
  start: number;
  end: number;
  /** A date of the series that does not take place but stays visible ("abgesagt"; `recurrence.cancelled`). */
  cancelled?: true;
}

interface Timing {
  allDay: boolean;
  day: DayKey;
  /** Wall-clock start in the zone (timed events). */
  minutes: number;
  seconds: number;
  /** Whole days covered (all-day events) or milliseconds (timed events). */
  days: number;
  duration: number;
  /** Last day of the first occurrence, for a quick range test of single events. */
  lastDay: DayKey;
  rule?: Rule;
  /** A rule outside the core's subset, expanded by ical.js (see fallback-rules.ts). */
  fallbackRule?: { text: string; until?: Until };
  /** Extra starts (RDATE): a day for all-day events, an instant for timed ones. */
  extra?: (DayKey | number)[];
  excluded?: Set<DayKey>;
  /** Days of the series shown as cancelled. */
  cancelled?: Set<DayKey>;
}

/** Parses an ISO date-time with offset; tolerates "+0200" and a space instead of "T". */
const parseInstant = (value: string): number =>
  Date.parse(
    value
      .replace(' ', 'T')
      .replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
      .replace(/z$/, 'Z'),
  );

const hasOffset = (value: string) => /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value);

/** A date-time as wall clock in the zone (converting it when it carries an offset). */
export function wallOf(value: string, zone: string): WallTime {
  if (hasOffset(value)) return instantToWall(parseInstant(value), zone);
  const local = sortableLocal(value);
  const seconds = /T\d{2}:\d{2}:(\d{2})/.exec(value)?.[1];
  return {
    day: local.slice(0, 10),
    minutes: +local.slice(11, 13) * 60 + +local.slice(14, 16),
    seconds: +(seconds ?? 0),
  };
}

export function instantOf(value: string, zone: string): number {
  if (value.length === 10) return wallToInstant(value, 0, 0, zone);
  if (hasOffset(value)) return parseInstant(value);
  const wall = wallOf(value, zone);
  return wallToInstant(wall.day, wall.minutes, wall.seconds, zone);
}

function timingOf(event: QuartierEvent, zone: string): Timing {
  const allDay = event.start.length === 10;
  let timing: Timing;
  if (allDay) {
    const last = event.end && event.end.length === 10 ? event.end : event.start;
    const days = daysBetween(event.start, last) + 1;
    timing = { allDay, day: event.start, minutes: 0, seconds: 0, days, duration: 0, lastDay: last };
  } else {
    const wall = wallOf(event.start, zone);
    const start = wallToInstant(wall.day, wall.minutes, wall.seconds, zone);
    // An end given as a date means "until the end of that day".
    const end = event.end
      ? event.end.length === 10
        ? wallToInstant(addDays(event.end, 1), 0, 0, zone)
        : instantOf(event.end, zone)
      : start;
    const duration = Math.max(0, end - start);
    const lastDay = duration > 0 ? instantToWall(start + duration - 1, zone).day : wall.day;
    timing = { allDay, ...wall, days: 1, duration, lastDay };
  }
  const recurrence = event.recurrence;
  if (recurrence) {
    // Validation dropped rules nobody can expand; a rule here is the core's or the fallback's.
    const parsed = recurrence.rrule ? parseRule(recurrence.rrule) : undefined;
    if (parsed && 'rule' in parsed) timing.rule = parsed.rule;
    else if (recurrence.rrule && fallbackRules()?.accepts(recurrence.rrule)) {
      const until = /(?:^|;)UNTIL=([^;]*)/i.exec(recurrence.rrule)?.[1];
      timing.fallbackRule = {
        text: recurrence.rrule.replace(/(^|;)UNTIL=[^;]*/i, ''),
        until: until ? parseUntil(until) : undefined,
      };
    }
    const dayOf = (date: string) => (date.length === 10 ? date : wallOf(date, zone).day);
    timing.excluded = new Set((recurrence.exdates ?? []).map(dayOf));
    if (recurrence.cancelled?.length) timing.cancelled = new Set(recurrence.cancelled.map(dayOf));
    timing.extra = recurrence.rdates?.map((date) =>
      allDay
        ? date.slice(0, 10)
        : date.length === 10
          ? wallToInstant(date, timing.minutes, timing.seconds, zone)
          : instantOf(date, zone),
    );
  }
  return timing;
}

const cache = new Map<string, WeakMap<QuartierEvent, Timing>>();

function cachedTiming(event: QuartierEvent, zone: string): Timing {
  let byEvent = cache.get(zone);
  if (!byEvent) cache.set(zone, (byEvent = new WeakMap()));
  let timing = byEvent.get(event);
  if (!timing) byEvent.set(event, (timing = timingOf(event, zone)));
  return timing;
}

function occurrence(event: QuartierEvent, timing: Timing, day: DayKey, zone: string): Occurrence {
  if (timing.allDay) {
    const lastDay = addDays(day, timing.days - 1);
    return {
      event,
      allDay: true,
      day,
      lastDay,
      start: wallToInstant(day, 0, 0, zone),
      end: wallToInstant(addDays(lastDay, 1), 0, 0, zone),
    };
  }
  const start = wallToInstant(day, timing.minutes, timing.seconds, zone);
  const end = start + timing.duration;
  const lastDay = timing.duration > 0 ? instantToWall(end - 1, zone).day : day;
  return { event, allDay: false, day, lastDay, start, end };
}

/** A timed occurrence starting at an instant (RDATE may give its own time of day). */
function occurrenceAt(
  event: QuartierEvent,
  timing: Timing,
  start: number,
  zone: string,
): Occurrence {
  const end = start + timing.duration;
  const day = instantToWall(start, zone).day;
  const lastDay = timing.duration > 0 ? instantToWall(end - 1, zone).day : day;
  return { event, allDay: false, day, lastDay, start, end };
}

/** Whether an occurrence starting on `day` (at the series' time of day) lies beyond the rule's UNTIL. */
export function beyondUntil(
  until: Until | undefined,
  timing: Pick<WallTime, 'minutes' | 'seconds'>,
  zone: string,
) {
  return (day: DayKey): boolean => {
    if (!until) return false;
    switch (until.kind) {
      case 'day':
        return day > until.day;
      case 'wall':
        return (
          day > until.day ||
          (day === until.day &&
            timing.minutes * 60 + timing.seconds > until.minutes * 60 + until.seconds)
        );
      case 'instant':
        return wallToInstant(day, timing.minutes, timing.seconds, zone) > until.instant;
    }
  };
}

/** Occurrences overlapping the days `from` (inclusive) to `to` (exclusive), in no particular order. */
export function occurrencesIn(
  events: QuartierEvent[],
  from: DayKey,
  to: DayKey,
  zone: string,
): Occurrence[] {
  const result: Occurrence[] = [];
  // Written dates are at most a day off the zone's (offsets stay within ±14 hours): events
  // clearly outside the range are passed over without working out their timing.
  const before = addDays(from, -1);
  const after = addDays(to, 1);
  for (const event of events) {
    if (!event.recurrence && (event.end ?? event.start).slice(0, 10) < before) continue;
    if (event.start.slice(0, 10) > after) continue;
    // An event with a zone of its own: its times without offset are read there, a series keeps its clock time there.
    const own = event.timeZone;
    if (own && own !== zone && event.start.length > 10 && isKnownZone(own)) {
      result.push(...zonedSeriesIn(event, from, to, zone, own));
      continue;
    }
    const timing = cachedTiming(event, zone);
    if (!event.recurrence) {
      if (timing.day < to && timing.lastDay >= from)
        result.push(occurrence(event, timing, timing.day, zone));
      continue;
    }
    result.push(...seriesIn(event, timing, from, to, zone));
  }
  return result;
}

/**
 * An event planned in another zone: its times without offset are that zone's,
 * and a series keeps its clock time there (a weekly 10:30 in Los Angeles), so
 * in the calendar's zone it moves when the two zones switch to summer time on
 * different days.
 */
function zonedSeriesIn(
  event: QuartierEvent,
  from: DayKey,
  to: DayKey,
  zone: string,
  seriesZone: string,
): Occurrence[] {
  const timing = cachedTiming(event, seriesZone);
  // Days differ by at most one between zones; a day more on each side, then judged in the calendar's zone.
  return seriesIn(event, timing, addDays(from, -1), addDays(to, 1), seriesZone)
    .map((o) =>
      Object.assign(
        occurrenceAt(event, timing, o.start, zone),
        o.cancelled && { cancelled: o.cancelled },
      ),
    )
    .filter((o) => o.day < to && o.lastDay >= from);
}

/** The occurrences of a recurring event (rule, extra dates, minus excluded days) overlapping the range. */
function seriesIn(
  event: QuartierEvent,
  timing: Timing,
  from: DayKey,
  to: DayKey,
  zone: string,
): Occurrence[] {
  // Occurrences that started before `from` may still last into it.
  const span = Math.max(timing.days, daysBetween(timing.day, timing.lastDay) + 1);
  const earliest = addDays(from, 1 - span);
  const { rule, fallbackRule, excluded } = timing;
  let days: DayKey[];
  if (rule) {
    days = expand(rule, timing.day, {
      from: earliest,
      to,
      beyondUntil: beyondUntil(rule.until, timing, zone),
      excluded,
    });
  } else if (fallbackRule) {
    const late = beyondUntil(fallbackRule.until, timing, zone);
    days = (
      fallbackRules()?.expand(fallbackRule.text, timing.day, { from: earliest, to }) ?? []
    ).filter((day) => (day === timing.day || !late(day)) && !excluded?.has(day));
  } else {
    // Extra dates alone: the first date is part of the series, as RFC 5545 says.
    days =
      timing.day >= earliest && timing.day < to && !excluded?.has(timing.day) ? [timing.day] : [];
  }
  const found = days.map((day) => occurrence(event, timing, day, zone));
  const seen = new Set(found.map((o) => o.start));
  for (const extra of timing.extra ?? []) {
    const o =
      typeof extra === 'number'
        ? occurrenceAt(event, timing, extra, zone)
        : occurrence(event, timing, extra, zone);
    if (o.day >= to || excluded?.has(o.day) || seen.has(o.start)) continue;
    seen.add(o.start);
    found.push(o);
  }
  const inRange = found.filter((o) => o.lastDay >= from);
  if (timing.cancelled)
    for (const o of inRange) if (timing.cancelled.has(o.day)) o.cancelled = true;
  return inRange;
}

/** Order within a day: all-day first, then by start time, then by title. */
export function compareOccurrences(
  a: Occurrence,
  b: Occurrence,
  titleOf: (o: Occurrence) => string,
): number {
  if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
  return a.start - b.start || titleOf(a).localeCompare(titleOf(b));
}
