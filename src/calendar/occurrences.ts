/**
 * From events to occurrences in a range of days, in the calendar's zone.
 * Each event's timing is worked out once per zone and kept; a month change
 * then only compares day keys and expands recurring events for that range.
 */
import type { QuartierEvent } from '../data/model.js';
import { sortableLocal } from '../data/dates.js';
import { addDays, daysBetween, type DayKey } from './days.js';
import { expand, parseRule, type Rule } from './recurrence.js';
import { instantToWall, wallToInstant } from './zone.js';

export interface Occurrence {
  event: QuartierEvent;
  allDay: boolean;
  /** First and last day (inclusive) in the calendar's zone. */
  day: DayKey;
  lastDay: DayKey;
  /** Start and end as instants (all-day: midnight of the first day, midnight after the last). */
  start: number;
  end: number;
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
  excluded?: Set<DayKey>;
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
function wallOf(value: string, zone: string) {
  if (hasOffset(value)) return instantToWall(parseInstant(value), zone);
  const local = sortableLocal(value);
  const seconds = /T\d{2}:\d{2}:(\d{2})/.exec(value)?.[1];
  return {
    day: local.slice(0, 10),
    minutes: +local.slice(11, 13) * 60 + +local.slice(14, 16),
    seconds: +(seconds ?? 0),
  };
}

function instantOf(value: string, zone: string): number {
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
  if (event.recurrence) {
    // Validation already dropped rules outside the subset; a rule here is one we expand.
    const parsed = parseRule(event.recurrence.rrule);
    if ('rule' in parsed) timing.rule = parsed.rule;
    timing.excluded = new Set(
      (event.recurrence.exdates ?? []).map((date) =>
        date.length === 10 ? date : wallOf(date, zone).day,
      ),
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

/** Whether an occurrence starting on `day` lies beyond the rule's UNTIL. */
function beyondUntil(rule: Rule, timing: Timing, zone: string) {
  const until = rule.until;
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
    const timing = cachedTiming(event, zone);
    if (!timing.rule) {
      if (timing.day < to && timing.lastDay >= from)
        result.push(occurrence(event, timing, timing.day, zone));
      continue;
    }
    // Occurrences that started before `from` may still last into it.
    const span = Math.max(timing.days, daysBetween(timing.day, timing.lastDay) + 1);
    const days = expand(timing.rule, timing.day, {
      from: addDays(from, 1 - span),
      to,
      beyondUntil: beyondUntil(timing.rule, timing, zone),
      excluded: timing.excluded,
    });
    for (const day of days) {
      const found = occurrence(event, timing, day, zone);
      if (found.lastDay >= from) result.push(found);
    }
  }
  return result;
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
