/**
 * Expands a parsed rule (see rrule.ts) into occurrence days, only for the
 * range asked for. Works on calendar days; the time of day is the first
 * occurrence's, so a weekly 19:00 stays 19:00 across DST switches.
 */
import {
  addDays,
  addMonths,
  daysInMonth,
  firstOfMonth,
  startOfWeekKey,
  weekdayOf,
  type DayKey,
} from './days.js';
import type { Rule } from './rrule.js';

export { parseRule, type Rule } from './rrule.js';

/** Guards against rules that never produce a date in range (e.g. BYMONTHDAY=31 with INTERVAL=2 from February). */
const MAX_PERIODS = 20000;

/** The days of one month that BYMONTHDAY and BYDAY (with ordinals) select, in order. */
function monthDays(month: DayKey, rule: Rule, fallbackDay: number): DayKey[] {
  const length = daysInMonth(month);
  const byMonthDay = rule.byMonthDay
    ?.map((d) => (d > 0 ? d : length + d + 1))
    .filter((d) => d >= 1 && d <= length);
  let days: number[];
  if (rule.byDay) {
    const firstWeekday = weekdayOf(month);
    days = [];
    for (const { weekday, ordinal } of rule.byDay) {
      const first = ((weekday - firstWeekday + 7) % 7) + 1;
      const all: number[] = [];
      for (let d = first; d <= length; d += 7) all.push(d);
      if (ordinal === undefined) days.push(...all);
      else {
        const picked = ordinal > 0 ? all[ordinal - 1] : all[all.length + ordinal];
        if (picked !== undefined) days.push(picked);
      }
    }
    if (byMonthDay) days = days.filter((d) => byMonthDay.includes(d));
  } else {
    days = byMonthDay ?? (fallbackDay <= length ? [fallbackDay] : []);
  }
  return [...new Set(days)].sort((a, b) => a - b).map((d) => addDays(month, d - 1));
}

interface Period {
  /** First day of the period (day, week or month). */
  first: DayKey;
  /** The days the rule selects in it, in order. */
  days: DayKey[];
}

/** The n-th period of the rule and the days it selects. */
export function period(rule: Rule, start: DayKey, n: number): Period {
  const step = n * rule.interval;
  switch (rule.freq) {
    case 'DAILY': {
      const day = addDays(start, step);
      const weekdays = rule.byDay?.map((d) => d.weekday);
      const byMonthDay =
        rule.byMonthDay && monthDays(firstOfMonth(day), { ...rule, byDay: undefined }, 0);
      const selected =
        (!weekdays || weekdays.includes(weekdayOf(day))) &&
        (!byMonthDay || byMonthDay.includes(day));
      return { first: day, days: selected ? [day] : [] };
    }
    case 'WEEKLY': {
      const first = addDays(startOfWeekKey(start, rule.weekStart), step * 7);
      const weekdays = rule.byDay?.map((d) => d.weekday) ?? [weekdayOf(start)];
      const days = weekdays
        .map((weekday) => addDays(first, (weekday - rule.weekStart + 7) % 7))
        .sort();
      return { first, days };
    }
    case 'MONTHLY': {
      const first = addMonths(firstOfMonth(start), step);
      return { first, days: monthDays(first, rule, +start.slice(8, 10)) };
    }
  }
}

export interface ExpandOptions {
  /** First day of interest. */
  from: DayKey;
  /** Day after the last day of interest. */
  to: DayKey;
  /** Whether an occurrence starting on this day lies beyond UNTIL (the caller knows the time of day and zone). */
  beyondUntil: (day: DayKey) => boolean;
  /** Days removed by EXDATE; they still count towards COUNT, as RFC 5545 says. */
  excluded?: Set<DayKey>;
}

/**
 * Start days of the occurrences between `from` (inclusive) and `to`
 * (exclusive). DTSTART is always the first instance, whether or not the rule
 * selects it, and COUNT counts it (SPEC §4; RFC 5545 §3.8.5.3 and §3.3.10, the
 * reading of RFC 2445's own example and of Google's and Apple's calendars).
 * EXDATE can still remove it.
 */
export function expand(rule: Rule, start: DayKey, options: ExpandOptions): DayKey[] {
  const { from, to, beyondUntil, excluded } = options;
  const result: DayKey[] = [];
  let produced = 0;
  const take = (day: DayKey): boolean => {
    if (rule.count !== undefined && produced >= rule.count) return false;
    // The first instance is DTSTART itself; UNTIL only ends what the rule adds.
    if (day >= to || (day !== start && beyondUntil(day))) return false;
    produced++;
    if (day >= from && !excluded?.has(day)) result.push(day);
    return true;
  };
  if (!take(start)) return result;
  for (let n = 0; n < MAX_PERIODS; n++) {
    const { first, days } = period(rule, start, n);
    if (first >= to) break;
    for (const day of days) {
      if (day > start && !take(day)) return result;
    }
  }
  return result;
}
