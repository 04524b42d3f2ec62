/**
 * An export never writes a DTSTART its rule does not select: RFC 5545 calls
 * such a set undefined and calendar programs differ (ical.js, Outlook skip
 * the date; Google, Apple show it). The series as the calendar shows it
 * (DTSTART first, COUNT counting it) is rewritten as the rule from its first
 * selected date, the old start as an RDATE, and COUNT as UNTIL.
 */
import type { QuartierEvent } from '../../model/types.js';
import { addDays, daysBetween, type DayKey } from '../days.js';
import { fallbackRules } from '../fallback-rules.js';
import { beyondUntil, wallOf } from '../occurrences.js';
import { expand, parseRule, period, type Rule } from '../recurrence.js';
import { parseUntil } from '../rrule.js';
import type { WallTime } from '../zone.js';

/** Enough periods to find a rule's next date (e.g. BYMONTHDAY=31 with INTERVAL=2 from February). */
const MAX_PERIODS = 20000;

/** Whether the rule itself selects its DTSTART (RFC 5545 calls a series "synchronized" then). */
export function selectsStart(rule: Rule, start: DayKey): boolean {
  return period(rule, start, 0).days.includes(start);
}

/**
 * The first day after `start` the rule itself selects, ignoring COUNT and
 * UNTIL: where an export puts DTSTART so no calendar program has to guess.
 */
export function firstSelectedAfter(rule: Rule, start: DayKey): DayKey | undefined {
  for (let n = 0; n < MAX_PERIODS; n++) {
    const found = period(rule, start, n).days.find((day) => day > start);
    if (found) return found;
  }
  return undefined;
}

/** Far enough for any finite series a neighbourhood calendar holds. */
const HORIZON_DAYS = 366 * 60;
const pad = (n: number) => String(n).padStart(2, '0');
const wallText = (w: WallTime) =>
  `${w.day}T${pad(Math.floor(w.minutes / 60))}:${pad(w.minutes % 60)}:${pad(w.seconds)}`;

/** A date of the data moved by whole days, its wall-clock time in the zone kept. */
export function shiftDate(date: string, days: number, zone: string): string {
  if (date.length === 10) return addDays(date, days);
  const wall = wallOf(date, zone);
  return wallText({ ...wall, day: addDays(wall.day, days) });
}

/**
 * The rule's dates after DTSTART, as the calendar expands them (COUNT and
 * UNTIL applied, EXDATE not): all of them for a finite series, else the first.
 */
function laterDays(rrule: string, start: WallTime, zone: string): DayKey[] | undefined {
  const parsed = parseRule(rrule);
  const untilText = /(?:^|;)\s*UNTIL\s*=\s*([^;]*)/i.exec(rrule)?.[1];
  const until = untilText ? parseUntil(untilText.trim()) : undefined;
  const finite = until !== undefined || /(?:^|;)\s*COUNT\s*=/i.test(rrule);
  const late = beyondUntil(until, start, zone);
  if ('rule' in parsed) {
    if (selectsStart(parsed.rule, start.day)) return undefined;
    if (!finite) {
      const first = firstSelectedAfter(parsed.rule, start.day);
      return first ? [first] : [];
    }
    const to = addDays(start.day, HORIZON_DAYS);
    return expand(parsed.rule, start.day, { from: start.day, to, beyondUntil: late }).slice(1);
  }
  const engine = fallbackRules();
  if (!engine?.accepts(rrule) || engine.selectsStart(rrule, start.day)) return undefined;
  const text = rrule.replace(/(^|;)\s*UNTIL\s*=[^;]*/i, '');
  const to = addDays(start.day, finite ? HORIZON_DAYS : 366 * 10);
  const days = engine.expand(text, start.day, { from: addDays(start.day, 1), to });
  return finite ? days.filter((day) => !late(day)) : days.slice(0, 1);
}

/**
 * The event as it is written to a file: unchanged when its rule selects its
 * start, else with the start moved to the rule's first date, the end moved
 * with it, the old start as an RDATE and COUNT replaced by UNTIL.
 */
export function synchronized(event: QuartierEvent, zone: string): QuartierEvent {
  const recurrence = event.recurrence;
  if (!recurrence?.rrule) return event;
  const allDay = event.start.length === 10;
  const start = allDay ? { day: event.start, minutes: 0, seconds: 0 } : wallOf(event.start, zone);
  const days = laterDays(recurrence.rrule, start, zone);
  if (days === undefined) return event;
  const rest = { ...recurrence };
  delete rest.rrule;
  if (days.length === 0) {
    // Nothing after the start: a single date (or the start with its extra dates).
    return { ...event, recurrence: rest.rdates?.length ? rest : undefined };
  }
  const first = days[0];
  const last = days[days.length - 1];
  const shift = daysBetween(start.day, first);
  const move = (date: string) => shiftDate(date, shift, zone);
  const counted = /(?:^|;)\s*COUNT\s*=\s*\d+/i;
  const untilValue = allDay
    ? last.replace(/-/g, '')
    : wallText({ ...start, day: last }).replace(/[-:]/g, '');
  const rrule = counted.test(recurrence.rrule)
    ? recurrence.rrule.replace(/(^|;)\s*COUNT\s*=\s*\d+/i, `$1UNTIL=${untilValue}`)
    : recurrence.rrule;
  return {
    ...event,
    start: allDay ? first : move(event.start),
    end: event.end === undefined ? undefined : move(event.end),
    recurrence: { ...rest, rrule, rdates: [event.start, ...(rest.rdates ?? [])] },
  };
}
