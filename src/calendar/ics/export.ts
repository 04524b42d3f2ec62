/**
 * Events as one iCalendar file (RFC 5545) for "In meinen Kalender" and
 * "Alle angezeigten Termine exportieren". Each event is written once, with
 * its recurrence kept as rules (RRULE, EXDATE, RDATE), not expanded. Timed
 * events carry the calendar zone's local time plus a VTIMEZONE, so a series
 * stays at 19:00 across DST switches in every calendar program.
 */
import type { QuartierEvent } from '../../model/types.js';
import { addDays, daysBetween, type DayKey } from '../days.js';
import { wallOf } from '../occurrences.js';
import { parseUntil } from '../rrule.js';
import { instantToWall, isKnownZone, wallToInstant, type WallTime } from '../zone.js';
import {
  basicDate,
  escapeText,
  joinLines,
  localDateTime,
  paramValue,
  utcDateTime,
} from './lines.js';
import { shiftDate, synchronized } from './synchronize.js';
import { vtimezoneLines } from './vtimezone.js';

/** One event with its texts already in the page's language. */
export interface IcsItem {
  event: QuartierEvent;
  title: string;
  description?: string;
  location?: string;
  categories?: string[];
}

export interface IcsOptions {
  /** The calendar's zone: wall times in the data are read in it and written with it. */
  zone: string;
  /** For DTSTAMP; defaults to now. */
  now?: number;
  /** Makes UIDs globally unique: `<event id>@<host>`. */
  host: string;
}

const PRODID = '-//quartier-widgets//Stadtteilkalender//DE';
const STATUS = { cancelled: 'CANCELLED', postponed: 'TENTATIVE', scheduled: 'CONFIRMED' };

const isAllDay = (event: QuartierEvent) => event.start.length === 10;
/** Values that are not TEXT are not escaped; whatever validation let through, no line break gets in. */
const uri = (value: string) => value.trim().replace(/[\p{Cc}\s]+/gu, '');
/** A series planned in another zone (iCalendar TZID) is written in that zone, so it keeps its clock time. */
const zoneOf = (event: QuartierEvent, zone: string) =>
  event.timeZone && isKnownZone(event.timeZone) ? event.timeZone : zone;
const yearOf = (day: DayKey) => +day.slice(0, 4);

/** How one event's dates are written: all-day as DATE, timed as local time with TZID. */
interface Dates {
  allDay: boolean;
  /** Start time of day (timed events): date-only EXDATE and RDATE values take it. */
  start: WallTime;
  property(name: string, values: string[]): string;
  /** A date or date-time of the data as this event's value type. */
  value(date: string): string;
  /** The day a date of the data falls on in the zone (how exclusions are matched). */
  day(date: string): DayKey;
}

function datesOf(event: QuartierEvent, zone: string): Dates {
  const allDay = isAllDay(event);
  const start = allDay ? { day: event.start, minutes: 0, seconds: 0 } : wallOf(event.start, zone);
  const day = (date: string) => (date.length === 10 ? date : wallOf(date, zone).day);
  if (allDay) {
    return {
      allDay,
      start,
      day,
      property: (name, values) => `${name};VALUE=DATE:${values.join(',')}`,
      value: (date) => basicDate(day(date)),
    };
  }
  return {
    allDay,
    start,
    day,
    property: (name, values) => `${name};TZID=${paramValue(zone)}:${values.join(',')}`,
    value: (date) =>
      localDateTime(date.length === 10 ? { ...start, day: date } : wallOf(date, zone)),
  };
}

/**
 * The rule as written, with UNTIL in the form RFC 5545 §3.3.10 demands: a
 * DATE when DTSTART is one, else UTC. A day means its end, as the calendar
 * reads it; a wall time is the calendar zone's.
 */
function ruleText(rrule: string, allDay: boolean, zone: string): string {
  return rrule
    .split(';')
    .map((part) => {
      const [name, value = ''] = part.split('=');
      const until = name.trim().toUpperCase() === 'UNTIL' ? parseUntil(value.trim()) : undefined;
      if (!until) return part;
      if (allDay) {
        const day = until.kind === 'instant' ? instantToWall(until.instant, zone).day : until.day;
        return `${name}=${basicDate(day)}`;
      }
      const instant =
        until.kind === 'instant'
          ? until.instant
          : until.kind === 'day'
            ? wallToInstant(addDays(until.day, 1), 0, 0, zone) - 1000
            : wallToInstant(until.day, until.minutes, until.seconds, zone);
      return `${name}=${utcDateTime(instant)}`;
    })
    .join(';');
}

function endLine(event: QuartierEvent, dates: Dates, zone: string): string | undefined {
  if (dates.allDay) {
    // Our all-day `end` is the last day; DTEND is the day after (exclusive).
    const last = event.end?.length === 10 ? event.end : event.start;
    return dates.property('DTEND', [basicDate(addDays(last, 1))]);
  }
  if (!event.end) return undefined;
  // A date as the end of a timed event means "until the end of that day".
  const end =
    event.end.length === 10
      ? { day: addDays(event.end, 1), minutes: 0, seconds: 0 }
      : wallOf(event.end, zone);
  const { start } = dates;
  // RFC 5545 wants DTEND after DTSTART; an event without length has none.
  const instant = (w: WallTime) => wallToInstant(w.day, w.minutes, w.seconds, zone);
  return instant(end) > instant(start) ? dates.property('DTEND', [localDateTime(end)]) : undefined;
}

function recurrenceLines(event: QuartierEvent, dates: Dates, zone: string): string[] {
  const recurrence = event.recurrence;
  if (!recurrence) return [];
  const lines: string[] = [];
  if (recurrence.rrule) lines.push(`RRULE:${ruleText(recurrence.rrule, dates.allDay, zone)}`);
  // The calendar excludes whole days; EXDATE must name the occurrence's exact start.
  const excluded = new Set((recurrence.exdates ?? []).map(dates.day));
  if (excluded.size) lines.push(dates.property('EXDATE', [...excluded].map(dates.value)));
  // Without an RRULE, ical.js (and not only it) forgets that DTSTART is the first date;
  // naming it again is harmless, as RFC 5545 ignores duplicate instances.
  const extra = [...(recurrence.rrule ? [] : [event.start]), ...(recurrence.rdates ?? [])]
    .filter((date) => !excluded.has(dates.day(date)))
    .map(dates.value);
  if (extra.length) lines.push(dates.property('RDATE', [...new Set(extra)]));
  return lines;
}

/**
 * A cancelled date of the series (`recurrence.cancelled`) as RFC 5545 says it:
 * an instance of the same UID, named by RECURRENCE-ID, with STATUS:CANCELLED.
 */
function cancelledLines(item: IcsItem, dates: Dates, zone: string, uid: string, stamp: string) {
  const { event } = item;
  const recurrence = event.recurrence;
  const excluded = new Set((recurrence?.exdates ?? []).map(dates.day));
  const days = [...new Set((recurrence?.cancelled ?? []).map(dates.day))];
  return days
    .filter((day) => !excluded.has(day))
    .flatMap((day) => {
      const value = dates.value(day);
      const shift = daysBetween(dates.day(event.start), day);
      const moved = { ...event, start: day, end: event.end && shiftDate(event.end, shift, zone) };
      const end = endLine(moved, { ...dates, start: { ...dates.start, day } }, zone);
      return [
        'BEGIN:VEVENT',
        uid,
        `DTSTAMP:${stamp}`,
        dates.property('RECURRENCE-ID', [value]),
        dates.property('DTSTART', [value]),
        ...(end ? [end] : []),
        `SUMMARY:${escapeText(item.title)}`,
        'STATUS:CANCELLED',
        'END:VEVENT',
      ];
    });
}

function eventLines(item: IcsItem, zone: string, host: string, stamp: string): string[] {
  const event = synchronized(item.event, zone);
  const dates = datesOf(event, zone);
  const uid = `UID:${escapeText(`${event.id}@${host}`)}`;
  const lines = [
    'BEGIN:VEVENT',
    uid,
    `DTSTAMP:${stamp}`,
    dates.property('DTSTART', [dates.value(event.start)]),
  ];
  const end = endLine(event, dates, zone);
  if (end) lines.push(end);
  lines.push(...recurrenceLines(event, dates, zone));
  lines.push(`SUMMARY:${escapeText(item.title)}`);
  if (item.description) lines.push(`DESCRIPTION:${escapeText(item.description)}`);
  if (item.location) lines.push(`LOCATION:${escapeText(item.location)}`);
  const { lat, lon } = event.location ?? {};
  if (lat !== undefined && lon !== undefined) lines.push(`GEO:${lat};${lon}`);
  if (event.url) lines.push(`URL:${uri(event.url)}`);
  const categories = (item.categories ?? []).filter(Boolean);
  if (categories.length) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
  lines.push(`STATUS:${STATUS[event.status ?? 'scheduled']}`);
  const organizer = event.organizer;
  if (organizer?.email)
    lines.push(`ORGANIZER;CN=${paramValue(organizer.name)}:mailto:${uri(organizer.email)}`);
  lines.push('END:VEVENT');
  lines.push(...cancelledLines({ ...item, event }, dates, zone, uid, stamp));
  return lines;
}

/**
 * The years a VTIMEZONE must cover: from a year before the first timed start
 * (readers take UTC before the first transition listed) to the last UNTIL,
 * RDATE or start, and at least two years ahead for open-ended series.
 */
function zoneYears(events: QuartierEvent[], zone: string, now: number): [number, number] {
  let from = Infinity;
  let to = yearOf(instantToWall(now, zone).day) + 2;
  for (const event of events) {
    const start = yearOf(wallOf(event.start, zone).day);
    from = Math.min(from, start);
    to = Math.max(to, start, event.end ? yearOf(event.end) : start);
    const { rrule, rdates = [] } = event.recurrence ?? {};
    const until = rrule && /(?:^|;)\s*UNTIL\s*=\s*(\d{4})/i.exec(rrule)?.[1];
    if (until) to = Math.max(to, +until);
    for (const date of rdates) to = Math.max(to, yearOf(date));
  }
  return [from - 1, to];
}

/** One VCALENDAR with a VEVENT per item: CRLF line ends, lines folded at 75 octets. */
export function eventsToIcs(items: IcsItem[], options: IcsOptions): string {
  const { zone, host } = options;
  const now = options.now ?? Date.now();
  const stamp = utcDateTime(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-TIMEZONE:${escapeText(zone)}`,
  ];
  const timedByZone = new Map<string, QuartierEvent[]>();
  for (const { event } of items) {
    if (isAllDay(event)) continue;
    const own = zoneOf(event, zone);
    timedByZone.set(own, [...(timedByZone.get(own) ?? []), event]);
  }
  for (const [own, timed] of timedByZone) {
    lines.push(...vtimezoneLines(own, ...zoneYears(timed, own, now)));
  }
  for (const item of items) lines.push(...eventLines(item, zoneOf(item.event, zone), host, stamp));
  lines.push('END:VCALENDAR');
  return joinLines(lines);
}
