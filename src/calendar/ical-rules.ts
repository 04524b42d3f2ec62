/**
 * The fallback for rules outside the core's subset (see fallback-rules.ts):
 * ical.js's iterator, run on calendar days like the core, so the time of day
 * and the zone stay the calendar's business. Rules that repeat within a day
 * (HOURLY, BYHOUR …) are not taken: a neighbourhood calendar shows days.
 */
import ICAL from 'ical.js';
import { isoDay } from '../model/dates.js';
import type { DayKey } from './days.js';
import type { FallbackRules } from './fallback-rules.js';

/** Enough for a daily rule begun thirty years before the range; stops rules that never match. */
const MAX_STEPS = 12000;
const SUB_DAILY = /(^|;)\s*(FREQ=(HOURLY|MINUTELY|SECONDLY)|BYHOUR=|BYMINUTE=|BYSECOND=)/i;
/** RFC 5545 rule parts; ical.js would ignore a misspelt one (BYDAI) instead of saying so. */
const PARTS = new Set([
  'FREQ',
  'UNTIL',
  'COUNT',
  'INTERVAL',
  'BYDAY',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
]);
// Not BYWEEKNO: ical.js 2.2 expands it wrongly (every Monday after week 20, not that week's).
const known = (rrule: string) =>
  rrule
    .replace(/^RRULE:/i, '')
    .split(';')
    .filter((part) => part.trim() !== '')
    .every((part) => PARTS.has(part.split('=')[0].trim().toUpperCase()));

function parse(rrule: string): ICAL.Recur | undefined {
  try {
    return ICAL.Recur.fromString(rrule.replace(/^RRULE:/i, ''));
  } catch {
    return undefined;
  }
}

export const icalRules: FallbackRules = {
  accepts(rrule) {
    return !SUB_DAILY.test(rrule) && known(rrule) && parse(rrule) !== undefined;
  },

  expand(rrule, start, { from, to }) {
    // COUNT is counted here: ical.js 2.2 yields one date too few for MONTHLY rules with BYMONTH.
    const count = Number(/(?:^|;)COUNT=(\d+)/i.exec(rrule)?.[1] ?? Infinity);
    const recur = parse(rrule.replace(/(^|;)COUNT=\d+/i, ''));
    if (!recur) return [];
    const [year, month, day] = start.split('-').map(Number);
    const iterator = recur.iterator(ICAL.Time.fromData({ year, month, day, isDate: true }));
    const days: DayKey[] = [];
    for (let step = 0; step < Math.min(count, MAX_STEPS); step++) {
      const next = iterator.next();
      if (!next) break;
      const found = isoDay(next.year, next.month, next.day);
      if (found >= to) break;
      if (found >= from) days.push(found);
    }
    return days;
  },
};
