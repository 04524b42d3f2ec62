/**
 * RRULE expansion for the rules neighbourhood calendars actually use
 * (RFC 5545 subset): FREQ=DAILY|WEEKLY|MONTHLY with INTERVAL, BYDAY (with
 * ordinals such as 1TU or -1FR for MONTHLY), BYMONTHDAY, COUNT, UNTIL and
 * WKST. Everything else is reported as unsupported, never guessed.
 * Works on calendar days; the time of day is the first occurrence's.
 */
import {
  addDays,
  addMonths,
  daysInMonth,
  firstOfMonth,
  startOfWeekKey,
  weekdayOf,
  type DayKey,
  type Weekday,
} from './days.js';

const WEEKDAYS: Record<string, Weekday> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
const SUPPORTED = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'WKST']);
/** Guards against rules that never produce a date in range (e.g. BYMONTHDAY=31 with INTERVAL=2 from February). */
const MAX_PERIODS = 20000;

export interface ByDay {
  weekday: Weekday;
  /** 1 = first, -1 = last in the month; undefined = every such weekday. */
  ordinal?: number;
}

/** UNTIL as written: a day, an instant (…Z) or a wall-clock time in the calendar's zone. */
export type Until =
  | { kind: 'day'; day: DayKey }
  | { kind: 'instant'; instant: number }
  | { kind: 'wall'; day: DayKey; minutes: number; seconds: number };

export interface Rule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  count?: number;
  until?: Until;
  byDay?: ByDay[];
  byMonthDay?: number[];
  weekStart: Weekday;
}

export type ParsedRule = { rule: Rule } | { unsupported: string };

function parseUntil(value: string): Until | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/i.exec(value);
  if (!m) return undefined;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return { kind: 'day', day };
  if (m[7]) return { kind: 'instant', instant: Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) };
  return { kind: 'wall', day, minutes: +m[4] * 60 + +m[5], seconds: +m[6] };
}

function parseByDay(value: string): ByDay[] | undefined {
  const list = value.split(',').map((part) => {
    const m = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/i.exec(part.trim());
    if (!m) return undefined;
    const ordinal = m[1] === undefined ? undefined : Number(m[1]);
    if (ordinal !== undefined && (ordinal === 0 || Math.abs(ordinal) > 5)) return undefined;
    return { weekday: WEEKDAYS[m[2].toUpperCase()], ordinal };
  });
  return list.every(Boolean) ? (list as ByDay[]) : undefined;
}

export function parseRule(text: string): ParsedRule {
  const parts = new Map<string, string>();
  for (const part of text.replace(/^RRULE:/i, '').split(';')) {
    if (!part.trim()) continue;
    const [key, value = ''] = part.split('=');
    parts.set(key.trim().toUpperCase(), value.trim());
  }
  const unknown = [...parts.keys()].filter((key) => !SUPPORTED.has(key));
  if (unknown.length > 0) return { unsupported: unknown.join(', ') };
  const freq = parts.get('FREQ')?.toUpperCase();
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') return { unsupported: `FREQ=${freq ?? ''}` };

  const rule: Rule = { freq, interval: 1, weekStart: 1 };
  const interval = parts.get('INTERVAL');
  if (interval !== undefined) {
    rule.interval = Number(interval);
    if (!Number.isInteger(rule.interval) || rule.interval < 1) return { unsupported: `INTERVAL=${interval}` };
  }
  const count = parts.get('COUNT');
  if (count !== undefined) {
    rule.count = Number(count);
    if (!Number.isInteger(rule.count) || rule.count < 1) return { unsupported: `COUNT=${count}` };
  }
  const until = parts.get('UNTIL');
  if (until !== undefined) {
    rule.until = parseUntil(until);
    if (!rule.until) return { unsupported: `UNTIL=${until}` };
  }
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    rule.byDay = parseByDay(byDay);
    const ordinals = rule.byDay?.some((d) => d.ordinal !== undefined);
    if (!rule.byDay || (ordinals && freq !== 'MONTHLY')) return { unsupported: `BYDAY=${byDay}` };
  }
  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay !== undefined) {
    rule.byMonthDay = byMonthDay.split(',').map(Number);
    if (rule.byMonthDay.some((d) => !Number.isInteger(d) || d === 0 || Math.abs(d) > 31)) {
      return { unsupported: `BYMONTHDAY=${byMonthDay}` };
    }
  }
  const weekStart = parts.get('WKST');
  if (weekStart !== undefined) {
    const day = WEEKDAYS[weekStart.toUpperCase()];
    if (day === undefined) return { unsupported: `WKST=${weekStart}` };
    rule.weekStart = day;
  }
  return { rule };
}

/** The days of one month that BYMONTHDAY and BYDAY (with ordinals) select, in order. */
function monthDays(month: DayKey, rule: Rule, fallbackDay: number): DayKey[] {
  const length = daysInMonth(month);
  const byMonthDay = rule.byMonthDay?.map((d) => (d > 0 ? d : length + d + 1)).filter((d) => d >= 1 && d <= length);
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
function period(rule: Rule, start: DayKey, n: number): Period {
  const step = n * rule.interval;
  switch (rule.freq) {
    case 'DAILY': {
      const day = addDays(start, step);
      const weekdays = rule.byDay?.map((d) => d.weekday);
      const byMonthDay = rule.byMonthDay && monthDays(firstOfMonth(day), { ...rule, byDay: undefined }, 0);
      const selected = (!weekdays || weekdays.includes(weekdayOf(day))) && (!byMonthDay || byMonthDay.includes(day));
      return { first: day, days: selected ? [day] : [] };
    }
    case 'WEEKLY': {
      const first = addDays(startOfWeekKey(start, rule.weekStart), step * 7);
      const weekdays = rule.byDay?.map((d) => d.weekday) ?? [weekdayOf(start)];
      const days = weekdays.map((weekday) => addDays(first, (weekday - rule.weekStart + 7) % 7)).sort();
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
 * (exclusive). A DTSTART the rule does not select is not an occurrence:
 * RFC 5545 leaves that case undefined, and ical.js (our oracle), Google and
 * Outlook all skip it.
 */
export function expand(rule: Rule, start: DayKey, options: ExpandOptions): DayKey[] {
  const { from, to, beyondUntil, excluded } = options;
  const result: DayKey[] = [];
  let produced = 0;
  const take = (day: DayKey): boolean => {
    if (rule.count !== undefined && produced >= rule.count) return false;
    if (day >= to || beyondUntil(day)) return false;
    produced++;
    if (day >= from && !excluded?.has(day)) result.push(day);
    return true;
  };
  for (let n = 0; n < MAX_PERIODS; n++) {
    const { first, days } = period(rule, start, n);
    if (first >= to) break;
    for (const day of days) {
      if (day >= start && !take(day)) return result;
    }
  }
  return result;
}
