/**
 * What a series' rule says, reduced to the shapes people say in words
 * ("jeden Dienstag", "jeden ersten Samstag im Monat", "jedes Jahr am 10.
 * September"). Language-free: the phrase functions in src/i18n/recurrence/
 * turn a shape into words. Rules beyond the core subset (other than a plain
 * yearly one) and core rules no phrase covers are `other`: "regelmäßig".
 */
import type { QuartierEvent } from '../model/types.js';
import { wallOf } from './occurrences.js';
import { parseRule, parseUntil, type Weekday } from './rrule.js';
import { instantToWall } from './zone.js';

/** Fewer excluded dates than this are named ("außer am …"); more are left to the list of dates. */
const FEW_EXCEPTIONS = 4;

export type RuleShape =
  /** Every n days. */
  | { kind: 'daily'; interval: number }
  /** On these weekdays every n weeks (DAILY with BYDAY is every week). */
  | { kind: 'weekdays'; interval: number; weekdays: Weekday[] }
  /** On the n-th weekday(s) of every n-th month: ordinals 1…5, -1 last, -2 second to last. */
  | { kind: 'monthly-weekday'; interval: number; ordinals: number[]; weekday: Weekday }
  /** On these days of every n-th month (-1: the last day). */
  | { kind: 'monthly-day'; interval: number; days: number[] }
  /** Every n years on the start's day and month. */
  | { kind: 'yearly'; interval: number; month: number; day: number }
  | { kind: 'other' };

export interface RuleSummary {
  shape: RuleShape;
  /** The last day, from UNTIL (in the calendar's zone). */
  until?: string;
  count?: number;
  /** Days taken out (EXDATE), when there are few. */
  except: string[];
}

const YEARLY = /^FREQ=YEARLY(;INTERVAL=(\d+))?$/i;

function shapeOf(rrule: string, startDay: string): RuleShape {
  const core = rrule.replace(/(^|;)\s*(COUNT|UNTIL|WKST)=[^;]*/gi, '').replace(/^;/, '');
  const yearly = YEARLY.exec(core.replace(/^RRULE:/i, ''));
  if (yearly) {
    const interval = Number(yearly[2] ?? 1);
    return { kind: 'yearly', interval, month: +startDay.slice(5, 7), day: +startDay.slice(8, 10) };
  }
  const parsed = parseRule(rrule);
  if (!('rule' in parsed)) return { kind: 'other' };
  const { freq, interval, byDay, byMonthDay } = parsed.rule;
  const plain = byDay?.every((d) => d.ordinal === undefined) ?? false;
  if (freq === 'DAILY') {
    if (byMonthDay) return { kind: 'other' };
    if (!byDay) return { kind: 'daily', interval };
    return interval === 1 ? { kind: 'weekdays', interval, weekdays: weekdaysOf(byDay) } : other;
  }
  if (freq === 'WEEKLY') {
    const weekdays = byDay
      ? weekdaysOf(byDay)
      : [new Date(`${startDay}T12:00Z`).getUTCDay() as Weekday];
    return byMonthDay ? other : { kind: 'weekdays', interval, weekdays };
  }
  if (byDay && byMonthDay) return other;
  if (byDay && plain) {
    return interval === 1 ? { kind: 'weekdays', interval, weekdays: weekdaysOf(byDay) } : other;
  }
  if (byDay) {
    const weekday = byDay[0].weekday;
    if (byDay.some((d) => d.weekday !== weekday || d.ordinal === undefined)) return other;
    const ordinals = [...new Set(byDay.map((d) => d.ordinal!))].sort(byOrdinal);
    return { kind: 'monthly-weekday', interval, ordinals, weekday };
  }
  const days = byMonthDay ? [...new Set(byMonthDay)].sort(byOrdinal) : [+startDay.slice(8, 10)];
  if (days.some((d) => d < -1)) return other;
  return { kind: 'monthly-day', interval, days };
}

const other: RuleShape = { kind: 'other' };
/** 1, 2, 3 … then -2, -1 (second to last, last). */
const byOrdinal = (a: number, b: number) => (a < 0 === b < 0 ? a - b : a < 0 ? 1 : -1);
/** Monday first, Sunday last, as the week is read in German and English texts. */
const weekdaysOf = (byDay: { weekday: Weekday }[]): Weekday[] =>
  [...new Set(byDay.map((d) => d.weekday))].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));

/** The rule of a recurring event in shapes and days, in the calendar's zone; undefined without a rule. */
export function summariseRule(event: QuartierEvent, zone: string): RuleSummary | undefined {
  const rrule = event.recurrence?.rrule;
  if (!rrule) return undefined;
  const startDay = event.start.length === 10 ? event.start : wallOf(event.start, zone).day;
  const untilText = /(?:^|;)\s*UNTIL\s*=\s*([^;]*)/i.exec(rrule)?.[1];
  const until = untilText ? parseUntil(untilText.trim()) : undefined;
  const count = /(?:^|;)\s*COUNT\s*=\s*(\d+)/i.exec(rrule)?.[1];
  const exdates = [...new Set(event.recurrence?.exdates ?? [])].map((d) =>
    d.length === 10 ? d : wallOf(d, zone).day,
  );
  return {
    shape: shapeOf(rrule, startDay),
    until: until && (until.kind === 'instant' ? instantToWall(until.instant, zone).day : until.day),
    count: count ? Number(count) : undefined,
    except: exdates.length < FEW_EXCEPTIONS ? exdates.sort() : [],
  };
}
