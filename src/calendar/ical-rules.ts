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
    const days: DayKey[] = [];
    for (const day of seriesDays(rrule, start, to)) if (day >= from) days.push(day);
    return days;
  },

  selectsStart(rrule, start) {
    const recur = parse(rrule.replace(/(^|;)(COUNT|UNTIL)=[^;]*/gi, ''));
    const first = recur?.iterator(timeOf(start)).next();
    return first !== undefined && first !== null && dayOf(first) === start;
  },
};

const timeOf = (day: DayKey) => {
  const [year, month, date] = day.split('-').map(Number);
  return ICAL.Time.fromData({ year, month, day: date, isDate: true });
};
const dayOf = (time: ICAL.Time): DayKey => isoDay(time.year, time.month, time.day);

/**
 * DTSTART first, then the days ical.js selects after it, before `to`; COUNT
 * counts DTSTART. ical.js 2.2 drops a DTSTART its rule does not select (except
 * for DAILY), which SPEC §4 and RFC 5545 §3.8.5.3 do not: so it is added here.
 */
function* seriesDays(rrule: string, start: DayKey, to: DayKey): Generator<DayKey> {
  // COUNT is counted here: ical.js 2.2 yields one date too few for MONTHLY rules with BYMONTH.
  const count = Number(/(?:^|;)COUNT=(\d+)/i.exec(rrule)?.[1] ?? Infinity);
  const recur = parse(rrule.replace(/(^|;)COUNT=\d+/i, ''));
  if (!recur || start >= to || count < 1) return;
  yield start;
  let produced = 1;
  const iterator = recur.iterator(timeOf(start));
  for (let step = 0; step < MAX_STEPS && produced < count; step++) {
    const next = iterator.next();
    if (!next) return;
    const found = dayOf(next);
    if (found >= to) return;
    if (found <= start) continue;
    produced++;
    yield found;
  }
}
