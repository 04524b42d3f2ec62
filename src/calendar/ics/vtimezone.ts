/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for any IANA zone, computed from the
 * browser's own zone data: no bundled tz database. Transitions are found by
 * asking the zone's offset day by day and narrowing each change to the
 * minute. When they follow a yearly rule (DST as most zones keep it), the
 * rule is written once; otherwise every transition is listed.
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import { localDateTime } from './lines.js';
import { isoDay } from '../../model/dates.js';
import type { WallTime } from '../zone.js';

const MINUTE = 60000;
const DAY = 24 * 60 * MINUTE;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

interface Transition {
  /** First instant with the new offset. */
  instant: number;
  /** Offsets from UTC in minutes, before and after. */
  from: number;
  to: number;
}

/** Where a transition falls on the clock that was in force until then (how DTSTART is written). */
interface Onset extends Transition {
  year: number;
  wall: WallTime;
  /** Same yearly rule ⇔ same key: month, weekday with ordinal, time and offsets. */
  ruleKey: string;
  month: number;
  byDay: string;
}

const offsetAt = (zone: string, instant: number): number => tzOffset(zone, new Date(instant));

function transitionsBetween(zone: string, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  let offset = offsetAt(zone, from);
  for (let day = from; day < to; day += DAY) {
    const next = offsetAt(zone, day + DAY);
    if (next === offset) continue;
    // The change lies within this day: halve the interval down to one minute.
    let before = day;
    let after = day + DAY;
    while (after - before > MINUTE) {
      const middle = before + Math.floor((after - before) / MINUTE / 2) * MINUTE;
      if (offsetAt(zone, middle) === offset) before = middle;
      else after = middle;
    }
    found.push({ instant: after, from: offset, to: next });
    offset = next;
  }
  return found;
}

function onsetOf(transition: Transition): Onset {
  const local = new Date(transition.instant + transition.from * MINUTE);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  const date = local.getUTCDate();
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // "Last" when no later such weekday fits in the month, else first to fourth.
  const ordinal = date > length - 7 ? -1 : Math.ceil(date / 7);
  const byDay = `${ordinal}${WEEKDAYS[local.getUTCDay()]}`;
  const wall: WallTime = {
    day: isoDay(year, month, date),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
    seconds: local.getUTCSeconds(),
  };
  const ruleKey = [month, byDay, wall.minutes, wall.seconds, transition.from, transition.to].join(
    '|',
  );
  return { ...transition, year, wall, ruleKey, month, byDay };
}

/** `+0100`, `-0500`, `+1030`; seconds only when there are any. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const total = Math.round(Math.abs(minutes) * 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = total % 60;
  return `${sign}${pad(Math.floor(total / 3600))}${pad(Math.floor(total / 60) % 60)}${
    seconds ? pad(seconds) : ''
  }`;
}

const nameFormats = new Map<string, Intl.DateTimeFormat[]>();

/**
 * The zone's abbreviation at an instant ("CET", "EDT"). Each English locale
 * knows other zones' abbreviations; a "GMT+9" form is no name and is left out.
 */
function zoneName(zone: string, instant: number): string | undefined {
  let formats = nameFormats.get(zone);
  if (!formats) {
    formats = ['en-US', 'en-GB'].map(
      (locale) => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }),
    );
    nameFormats.set(zone, formats);
  }
  for (const format of formats) {
    const name = format
      .formatToParts(new Date(instant))
      .find((part) => part.type === 'timeZoneName')?.value;
    if (name && !/^(?:GMT|UTC)[+\-\u2212]/.test(name)) return name;
  }
  return undefined;
}

function subComponent(
  zone: string,
  wall: WallTime,
  from: number,
  to: number,
  nameAt: number,
  rrule?: string,
): string[] {
  // A change to a larger offset starts daylight saving time.
  const kind = to > from ? 'DAYLIGHT' : 'STANDARD';
  const name = zoneName(zone, nameAt);
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localDateTime(wall)}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `END:${kind}`,
  ];
}

/**
 * Whether the onsets repeat every year of the range in two alternating
 * kinds, each always on the same month, weekday ordinal and time.
 */
function yearlyKinds(onsets: Onset[], fromYear: number, toYear: number): Onset[] | undefined {
  const kinds = new Map<boolean, Onset[]>();
  for (const onset of onsets) {
    const key = onset.to > onset.from;
    kinds.set(key, [...(kinds.get(key) ?? []), onset]);
  }
  const years = toYear - fromYear + 1;
  const firsts: Onset[] = [];
  for (const list of kinds.values()) {
    if (list.length !== years || new Set(list.map((o) => o.year)).size !== years) return undefined;
    if (list.some((o) => o.ruleKey !== list[0].ruleKey)) return undefined;
    firsts.push(list[0]);
  }
  const [a, b] = firsts;
  if (firsts.length !== 2 || a.from !== b.to || a.to !== b.from) return undefined;
  return firsts.sort((x, y) => x.instant - y.instant);
}

/**
 * VTIMEZONE lines for a zone over whole years (local), from BEGIN to END,
 * not yet folded. A yearly rule describes times from its first transition in
 * `fromYear` on, so a caller starts a year before its earliest date; listed
 * transitions begin with the offset in force on 1 January of `fromYear`.
 */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  // A day's margin on both sides, so a change near New Year is seen whatever the offset.
  const onsets = transitionsBetween(
    zone,
    Date.UTC(fromYear, 0, 1) - DAY,
    Date.UTC(toYear + 1, 0, 2),
  )
    .map(onsetOf)
    .filter((onset) => onset.year >= fromYear && onset.year <= toYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const yearly = yearlyKinds(onsets, fromYear, toYear);
  if (yearly) {
    for (const onset of yearly) {
      const rrule = `FREQ=YEARLY;BYMONTH=${onset.month};BYDAY=${onset.byDay}`;
      lines.push(...subComponent(zone, onset.wall, onset.from, onset.to, onset.instant, rrule));
    }
  } else {
    // The offset in force on 1 January: without it, readers such as ical.js take
    // UTC for times before the first listed transition.
    const newYear = Date.UTC(fromYear, 0, 1);
    const offset = offsetAt(zone, newYear);
    const start = newYear - offset * MINUTE;
    if (onsets.length === 0 || onsets[0].instant > start) {
      const wall = { day: isoDay(fromYear, 1, 1), minutes: 0, seconds: 0 };
      lines.push(...subComponent(zone, wall, offset, offset, start));
    }
    for (const onset of onsets) {
      lines.push(...subComponent(zone, onset.wall, onset.from, onset.to, onset.instant));
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
