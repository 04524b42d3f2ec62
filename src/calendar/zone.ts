/**
 * Wall-clock time in the calendar's zone ↔ instants. Every time shown is the
 * calendar zone's (default Europe/Berlin), whatever zone the visitor's system
 * is in: @date-fns/tz does the zone arithmetic, DST switches included.
 */
import { TZDateMini } from '@date-fns/tz';
import { isoDay } from '../data/dates.js';
import type { DayKey } from './days.js';

export interface WallTime {
  day: DayKey;
  /** Minutes after midnight. */
  minutes: number;
  seconds: number;
}

/** The instant at a wall-clock time in a zone. A time skipped by DST moves forward, as clocks do. */
export function wallToInstant(day: DayKey, minutes: number, seconds: number, zone: string): number {
  return new TZDateMini(
    +day.slice(0, 4),
    +day.slice(5, 7) - 1,
    +day.slice(8, 10),
    Math.floor(minutes / 60),
    minutes % 60,
    seconds,
    zone,
  ).getTime();
}

/** The wall-clock time of an instant in a zone. */
export function instantToWall(instant: number, zone: string): WallTime {
  const date = new TZDateMini(instant, zone);
  return {
    day: isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate()),
    minutes: date.getHours() * 60 + date.getMinutes(),
    seconds: date.getSeconds(),
  };
}

/** Today in a zone. */
export const todayIn = (zone: string, now = Date.now()): DayKey => instantToWall(now, zone).day;

/** Whether a zone name is one this browser knows. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
