/**
 * Wall-clock time in the calendar's zone ↔ instants. Every time shown is the
 * calendar zone's (default Europe/Berlin), whatever zone the visitor's system
 * is in. @date-fns/tz tells the zone's UTC offset at an instant; offsets are
 * kept per zone and day, since asking Intl is the slow part and offsets
 * change only twice a year.
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import { isoDay } from '../model/dates.js';
import type { DayKey } from './days.js';

export interface WallTime {
  day: DayKey;
  /** Minutes after midnight. */
  minutes: number;
  seconds: number;
}

const HOUR = 3600000;
const DAY = 24 * HOUR;
const MINUTE = 60000;
const cache = new Map<string, number>();

function cached(zone: string, instant: number): number {
  const key = `${zone}|${instant}`;
  let offset = cache.get(key);
  if (offset === undefined) {
    offset = tzOffset(zone, new Date(instant)) * MINUTE;
    cache.set(key, offset);
  }
  return offset;
}

/**
 * The zone's offset from UTC in milliseconds at an instant. A UTC day whose
 * start and end share an offset has it throughout; only switch days are
 * looked at hour by hour.
 */
function offsetAt(instant: number, zone: string): number {
  const dayStart = Math.floor(instant / DAY) * DAY;
  const atStart = cached(zone, dayStart);
  if (atStart === cached(zone, dayStart + DAY)) return atStart;
  return cached(zone, Math.floor(instant / HOUR) * HOUR);
}

/**
 * The instant at a wall-clock time in a zone. A time skipped by the spring
 * switch moves forward by the gap, as clocks do; a time that occurs twice in
 * autumn means its first occurrence.
 */
export function wallToInstant(day: DayKey, minutes: number, seconds: number, zone: string): number {
  const asUtc =
    Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) +
    minutes * MINUTE +
    seconds * 1000;
  // The instant whose local time is the wall time, with the offset in force half a day before or after.
  const first = asUtc - offsetAt(asUtc - 12 * HOUR, zone);
  const second = asUtc - offsetAt(asUtc + 12 * HOUR, zone);
  if (first + offsetAt(first, zone) === asUtc) return first;
  if (second + offsetAt(second, zone) === asUtc) return second;
  // In the spring gap neither exists: `first` is the wall time moved forward by the gap.
  return first;
}

/** The wall-clock time of an instant in a zone. */
export function instantToWall(instant: number, zone: string): WallTime {
  const local = new Date(instant + offsetAt(instant, zone));
  return {
    day: isoDay(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
    seconds: local.getUTCSeconds(),
  };
}

/** Today in a zone. */
export const todayIn = (zone: string, now = Date.now()): DayKey => instantToWall(now, zone).day;

const known = new Map<string, boolean>();

/** Whether a zone name is one this browser knows. */
export function isKnownZone(zone: string): boolean {
  let answer = known.get(zone);
  if (answer === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      answer = true;
    } catch {
      answer = false;
    }
    known.set(zone, answer);
  }
  return answer;
}
