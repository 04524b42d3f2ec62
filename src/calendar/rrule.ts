/**
 * Parses the RRULE subset the calendar expands itself (RFC 5545):
 * FREQ=DAILY|WEEKLY|MONTHLY with INTERVAL, BYDAY (ordinals such as 1TU or
 * -1FR for MONTHLY), BYMONTHDAY, COUNT, UNTIL and WKST. Anything else is
 * named as unsupported, never guessed. No dependencies: validation uses it.
 */

/** 0 = Sunday … 6 = Saturday, as in `Date#getDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const WEEKDAYS: Record<string, Weekday> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
const SUPPORTED = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'WKST']);

export interface ByDay {
  weekday: Weekday;
  /** 1 = first, -1 = last in the month; undefined = every such weekday. */
  ordinal?: number;
}

/** UNTIL as written: a day, an instant (…Z) or a wall-clock time in the calendar's zone. */
export type Until =
  | { kind: 'day'; day: string }
  | { kind: 'instant'; instant: number }
  | { kind: 'wall'; day: string; minutes: number; seconds: number };

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

export function parseUntil(value: string): Until | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/i.exec(value);
  if (!m) return undefined;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return { kind: 'day', day };
  if (m[7])
    return { kind: 'instant', instant: Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) };
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

const positiveInteger = (value: string) => /^\d+$/.test(value) && Number(value) >= 1;

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
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') {
    return { unsupported: `FREQ=${freq ?? ''}` };
  }
  const rule: Rule = { freq, interval: 1, weekStart: 1 };
  for (const [key, value] of parts) {
    const bad = { unsupported: `${key}=${value}` };
    switch (key) {
      case 'INTERVAL':
        if (!positiveInteger(value)) return bad;
        rule.interval = Number(value);
        break;
      case 'COUNT':
        if (!positiveInteger(value)) return bad;
        rule.count = Number(value);
        break;
      case 'UNTIL':
        rule.until = parseUntil(value);
        if (!rule.until) return bad;
        break;
      case 'BYDAY':
        rule.byDay = parseByDay(value);
        if (
          !rule.byDay ||
          (freq !== 'MONTHLY' && rule.byDay.some((d) => d.ordinal !== undefined))
        ) {
          return bad;
        }
        break;
      case 'BYMONTHDAY':
        rule.byMonthDay = value.split(',').map(Number);
        if (rule.byMonthDay.some((d) => !Number.isInteger(d) || d === 0 || Math.abs(d) > 31))
          return bad;
        break;
      case 'WKST':
        if (WEEKDAYS[value.toUpperCase()] === undefined) return bad;
        rule.weekStart = WEEKDAYS[value.toUpperCase()];
        break;
    }
  }
  return { rule };
}

/** Whether the core can expand a rule (used by validation). */
export const isSupportedRule = (text: string): boolean => 'rule' in parseRule(text);
