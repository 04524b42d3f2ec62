/** The next dates of a series from a day on, for the event dialog's "Nächste Termine". */
import type { QuartierEvent } from '../model/types.js';
import { addDays, type DayKey } from './days.js';
import { occurrencesIn, type Occurrence } from './occurrences.js';

/** Looked at a year at a time, at most this many years ahead (a series may have ended). */
const YEARS = 5;

export function nextOccurrences(
  event: QuartierEvent,
  from: DayKey,
  zone: string,
  count = 3,
): Occurrence[] {
  const found: Occurrence[] = [];
  for (let year = 0; year < YEARS && found.length < count; year++) {
    const start = addDays(from, year * 366);
    const list = occurrencesIn([event], start, addDays(start, 366), zone)
      .filter((o) => o.day >= start)
      .sort((a, b) => a.start - b.start);
    found.push(...list);
  }
  return found.slice(0, count);
}
