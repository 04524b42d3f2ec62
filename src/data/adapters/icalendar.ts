/**
 * iCalendar (RFC 5545) → events, with ical.js doing the parsing. A chunk of
 * its own, loaded only for sources that are iCalendar (or carry a rule the
 * core cannot expand, see ical-rules.ts).
 *
 * Feeds from Nextcloud, Google, Outlook and friends bend the standard, so the
 * text is tidied first (byte order mark, lines after END:VCALENDAR, blank
 * lines), and times are read the way people meant them: a TZID the browser
 * knows (Europe/Berlin) is taken from the browser's own zone data; another
 * TZID ("W. Europe Standard Time") from the file's VTIMEZONE; a time with
 * neither follows X-WR-TIMEZONE, else the calendar's zone.
 */
import ICAL from 'ical.js';
import { isKnownZone, wallToInstant } from '../../calendar/zone.js';
import { isoDay } from '../../model/dates.js';
import type { DataWarning } from '../../model/types.js';
import type { RawDocument } from '../validate.js';

export { icalRules } from '../../calendar/ical-rules.js';

type Raw = Record<string, unknown>;

interface Context {
  source: string;
  /** VTIMEZONE definitions of this file, by TZID. */
  zones: Map<string, ICAL.Timezone>;
  /** X-WR-TIMEZONE, for times written without a zone. */
  calendarZone?: string;
  warnings: DataWarning[];
  /** UIDs of the series (events without RECURRENCE-ID) read so far, across the file's calendars. */
  uids: Set<string>;
}

/** The text ical.js can read: one calendar after another, nothing around them, no blank lines. */
export function tidy(text: string): string {
  const unix = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const end = unix.search(/^END:VCALENDAR[ \t]*$(?![\s\S]*^END:VCALENDAR)/im);
  const body = end === -1 ? unix : unix.slice(0, end) + 'END:VCALENDAR';
  return body
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\r\n');
}

/**
 * Windows names Outlook and Exchange write as TZID, for the zones partners are
 * likely to use (from the Unicode CLDR's mapping): their IANA twins let a series
 * keep its clock time through both zones' summer-time switches.
 */
const WINDOWS_ZONES: Record<string, string> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Romance Standard Time': 'Europe/Paris',
  'GMT Standard Time': 'Europe/London',
  'GTB Standard Time': 'Europe/Bucharest',
  'FLE Standard Time': 'Europe/Kiev',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Russian Standard Time': 'Europe/Moscow',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
};

const ianaOf = (zone: string | undefined): string | undefined =>
  zone === undefined ? undefined : (WINDOWS_ZONES[zone] ?? zone);

const dayOf = (time: ICAL.Time): string => isoDay(time.year, time.month, time.day);
/** The day before (DTEND of all-day events is exclusive), by the calendar's arithmetic in UTC. */
const dayBefore = (time: ICAL.Time): string =>
  new Date(Date.UTC(time.year, time.month - 1, time.day - 1)).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** A DATE or DATE-TIME as our ISO form: a day, an instant (…Z), or a wall time in the calendar's zone. */
function isoOf(time: ICAL.Time, tzid: string | undefined, ctx: Context, onUnknown: () => void) {
  const day = dayOf(time);
  if (time.isDate) return day;
  const seconds = time.second === 60 ? 59 : time.second;
  const wall = `${day}T${pad(time.hour)}:${pad(time.minute)}:${pad(seconds)}`;
  if (time.zone === ICAL.Timezone.utcTimezone) return `${wall}Z`;
  const zone = ianaOf(tzid ?? ctx.calendarZone);
  if (!zone) return wall;
  let instant: number | undefined;
  if (isKnownZone(zone)) {
    instant = wallToInstant(day, time.hour * 60 + time.minute, seconds, zone);
  } else {
    const definition = ctx.zones.get(zone);
    if (definition) {
      const copy = time.clone();
      copy.zone = definition;
      instant = copy.toUnixTime() * 1000;
    }
  }
  if (instant === undefined || Number.isNaN(instant)) {
    onUnknown();
    return wall;
  }
  return new Date(instant).toISOString().replace(/\.000Z$/, 'Z');
}

const tzidOf = (property: ICAL.Property): string | undefined => {
  const value = property.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
};

type Unknown = (zone: string, field?: string) => void;

/** All values of all lines of a property (EXDATE and RDATE come as lists, and repeated). */
function times(vevent: ICAL.Component, name: string, ctx: Context, unknown: Unknown) {
  return vevent.getAllProperties(name).flatMap((property) => {
    const tzid = tzidOf(property);
    return property.getValues().flatMap((value: unknown) => {
      const time = value instanceof ICAL.Period ? value.start : value;
      if (!(time instanceof ICAL.Time)) return [];
      return [isoOf(time, tzid, ctx, () => unknown(tzid ?? '', `recurrence.${name}s`))];
    });
  });
}

const textOf = (vevent: ICAL.Component, name: string): string | undefined => {
  const value = vevent.getFirstPropertyValue(name);
  // Some exporters escape quotes, which RFC 5545 does not; ical.js leaves those backslashes.
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim().replace(/\\"/g, '"')
    : undefined;
};

/** A topic id from a category name: "Kinder & Jugend" → "kinder-jugend", so JSON topics can match. */
export function topicId(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || label
  );
}

/** A stable id for an event without UID, so a deep link to it survives a reload. */
function contentId(...parts: (string | undefined)[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  }
  return `ical-${hash.toString(36)}`;
}

function location(vevent: ICAL.Component): Raw | undefined {
  const name = textOf(vevent, 'location')
    ?.split(/\s*\n\s*/)
    .join(', ');
  let lat: unknown;
  let lon: unknown;
  const geo = vevent.getFirstPropertyValue('geo');
  if (Array.isArray(geo)) [lat, lon] = geo;
  else {
    // Apple writes the place as a geo: URI in X-APPLE-STRUCTURED-LOCATION instead of GEO.
    const apple = vevent.getFirstPropertyValue('x-apple-structured-location');
    const m = /^geo:(-?[\d.]+),(-?[\d.]+)/i.exec(typeof apple === 'string' ? apple : '');
    if (m) [lat, lon] = [Number(m[1]), Number(m[2])];
  }
  if (name === undefined && lat === undefined) return undefined;
  return { name, lat, lon };
}

function organizer(vevent: ICAL.Component): Raw | undefined {
  const property = vevent.getFirstProperty('organizer');
  if (!property) return undefined;
  const value = String(property.getFirstValue() ?? '');
  const email = /^mailto:/i.test(value) ? value.slice(7) : undefined;
  const cn = property.getParameter('cn');
  const name = typeof cn === 'string' && cn.trim() ? cn.trim() : email;
  return name ? { name, email } : undefined;
}

/** The end in our form: all-day ends are the last day (inclusive), unlike iCalendar's exclusive DTEND. */
function endOf(vevent: ICAL.Component, start: ICAL.Time, ctx: Context, unknown: Unknown) {
  const dtend = vevent.getFirstProperty('dtend');
  const duration = vevent.getFirstPropertyValue('duration');
  let end: ICAL.Time | undefined;
  let tzid = tzidOf(vevent.getFirstProperty('dtstart')!);
  if (dtend) {
    const value = dtend.getFirstValue();
    if (value instanceof ICAL.Time) [end, tzid] = [value, tzidOf(dtend)];
  } else if (duration instanceof ICAL.Duration) {
    end = start.clone();
    end.addDuration(duration);
  }
  if (!end) return undefined;
  if (start.isDate) {
    const last = dayBefore(end);
    return last > dayOf(start) ? last : undefined;
  }
  return isoOf(end, tzid, ctx, () => unknown(tzid ?? '', 'end'));
}

function statusOf(vevent: ICAL.Component): string | undefined {
  const status = textOf(vevent, 'status')?.toUpperCase();
  return status === 'CANCELLED' ? 'cancelled' : undefined;
}

interface Override {
  uid: string;
  date: string;
  /** STATUS:CANCELLED on the changed date: it becomes `recurrence.cancelled` of its series. */
  cancelled?: Raw;
}

interface Mapped {
  events: Raw[];
  /** Master events by UID, to take overridden dates out of their series. */
  overrides: Override[];
}

function toEvents(
  vevent: ICAL.Component,
  index: number,
  ctx: Context,
  topics: Map<string, string>,
): Mapped {
  const dtstart = vevent.getFirstProperty('dtstart');
  const startValue = dtstart?.getFirstValue();
  const summary = textOf(vevent, 'summary');
  const uid = textOf(vevent, 'uid');
  const reported = new Set<string>();
  const unknown = (zone: string, field = 'start') => {
    if (reported.has(zone)) return;
    reported.add(zone);
    ctx.warnings.push({
      source: ctx.source,
      kind: 'events',
      index,
      id: uid,
      field,
      code: 'unknown-timezone',
      value: zone,
      action: 'noted',
    });
  };
  // Marked private in the organiser's calendar: a public widget does not show it.
  const access = textOf(vevent, 'class')?.toUpperCase();
  if (access === 'PRIVATE' || access === 'CONFIDENTIAL') {
    ctx.warnings.push({
      source: ctx.source,
      kind: 'events',
      index,
      id: uid,
      field: 'class',
      code: 'private-event',
      value: access,
      action: 'skipped',
    });
    return { events: [], overrides: [] };
  }
  const start =
    startValue instanceof ICAL.Time
      ? isoOf(startValue, tzidOf(dtstart!), ctx, () => unknown(tzidOf(dtstart!) ?? ''))
      : undefined;
  const categories = vevent
    .getAllProperties('categories')
    .flatMap((property) => property.getValues())
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .map((label) => label.trim());
  for (const label of categories)
    if (!topics.has(topicId(label))) topics.set(topicId(label), label);

  let id = uid ?? contentId(summary, start);
  const overrides: Mapped['overrides'] = [];
  const recurrenceId = vevent.getFirstProperty('recurrence-id');
  const recurrenceValue = recurrenceId?.getFirstValue();
  let cancelledDate: string | undefined;
  if (recurrenceValue instanceof ICAL.Time) {
    const date = isoOf(recurrenceValue, tzidOf(recurrenceId!), ctx, () => undefined);
    // One date of a series, changed: it stands on its own and the series leaves that date out;
    // a date called off stays in its series, marked cancelled (when the series is in the file).
    if (uid && statusOf(vevent) === 'cancelled') cancelledDate = date;
    else if (uid) overrides.push({ uid, date });
    id = `${id}#${date.replace(/[-:]/g, '')}`;
  } else if (uid !== undefined) {
    // Two copies of one series (exports that append instead of replacing): the first one counts.
    if (ctx.uids.has(uid)) {
      ctx.warnings.push({
        source: ctx.source,
        kind: 'events',
        index,
        id: uid,
        code: 'duplicate-id',
        value: uid,
        action: 'skipped',
      });
      return { events: [], overrides: [] };
    }
    ctx.uids.add(uid);
  }
  const rules = vevent
    .getAllProperties('rrule')
    // As written: ical.js's own form would quietly lose parts it does not know (a misspelt BYDAI).
    .map((property) => property.toICALString().replace(/^RRULE[^:]*:/i, ''))
    .filter(Boolean);
  const exdates = times(vevent, 'exdate', ctx, unknown);
  const rdates = times(vevent, 'rdate', ctx, unknown);
  const event: Raw = {
    id,
    title: summary,
    start,
    end: startValue instanceof ICAL.Time ? endOf(vevent, startValue, ctx, unknown) : undefined,
    topics: categories.length > 0 ? [...new Set(categories.map(topicId))] : undefined,
    description: textOf(vevent, 'description'),
    location: location(vevent),
    organizer: organizer(vevent),
    url: textOf(vevent, 'url'),
    status: statusOf(vevent),
  };
  if (rules.length > 0 || rdates.length > 0) {
    // A series keeps its clock time in its own zone, wherever the calendar is shown; one
    // starting at a UTC time (…Z) keeps that UTC time, as RFC 5545 says.
    const utc = startValue instanceof ICAL.Time && startValue.zone === ICAL.Timezone.utcTimezone;
    const zone = ianaOf(
      (dtstart && tzidOf(dtstart)) ?? ctx.calendarZone ?? (utc ? 'UTC' : undefined),
    );
    if (zone && isKnownZone(zone)) event.timeZone = zone;
    event.recurrence = {
      rrule: rules[0],
      exdates: exdates.length > 0 ? exdates : undefined,
      rdates: rdates.length > 0 ? rdates : undefined,
    };
  }
  if (cancelledDate !== undefined) {
    return { events: [], overrides: [{ uid: uid!, date: cancelledDate, cancelled: event }] };
  }
  // Several RRULEs (old files do this): one event per rule, as each is a series of its own.
  // DTSTART is the first date of every series, but one date: the first series shows it, the
  // others leave it out (it still counts towards their COUNT, as RFC 5545 says).
  const more = rules.slice(1).map((rrule, i) => ({
    ...event,
    id: `${id}~${i + 2}`,
    recurrence: { rrule, exdates: start === undefined ? exdates : [...exdates, start] },
  }));
  return { events: [event, ...more], overrides };
}

function calendarsIn(text: string): ICAL.Component[] {
  const parsed: unknown = ICAL.parse(tidy(text));
  const list = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed];
  return list.map((jcal) => new ICAL.Component(jcal as unknown[]));
}

function zonesOf(vcalendar: ICAL.Component): Map<string, ICAL.Timezone> {
  const zones = new Map<string, ICAL.Timezone>();
  for (const component of vcalendar.getAllSubcomponents('vtimezone')) {
    const tzid = component.getFirstPropertyValue('tzid');
    if (typeof tzid !== 'string') continue; // an empty or broken VTIMEZONE is of no use
    try {
      zones.set(tzid, new ICAL.Timezone(component));
    } catch {
      // Unreadable definitions are ignored; times using them are reported.
    }
  }
  return zones;
}

/** Throws for text ical.js cannot read at all; the loader reports that as a malformed source. */
export function icalendarToDocument(
  text: string,
  source: string,
): { document: RawDocument; warnings: DataWarning[] } {
  const warnings: DataWarning[] = [];
  const events: Raw[] = [];
  const overrides: Mapped['overrides'] = [];
  const topics = new Map<string, string>();
  const uids = new Set<string>();
  for (const vcalendar of calendarsIn(text)) {
    const declared = vcalendar.getFirstPropertyValue('x-wr-timezone');
    const ctx: Context = {
      source,
      zones: zonesOf(vcalendar),
      calendarZone: typeof declared === 'string' && isKnownZone(declared) ? declared : undefined,
      warnings,
      uids,
    };
    vcalendar.getAllSubcomponents('vevent').forEach((vevent) => {
      const mapped = toEvents(vevent, events.length, ctx, topics);
      events.push(...mapped.events);
      overrides.push(...mapped.overrides);
    });
  }
  for (const { uid, date, cancelled } of overrides) {
    // Every series of that UID (several RRULEs make several) leaves the moved date out,
    // or keeps a cancelled one, marked.
    const key = cancelled ? 'cancelled' : 'exdates';
    let found = false;
    for (const series of events) {
      const recurrence = series.recurrence as Record<string, string[] | undefined> | undefined;
      if (!recurrence || (series.id !== uid && !String(series.id).startsWith(`${uid}~`))) continue;
      recurrence[key] = [...(recurrence[key] ?? []), date];
      found = true;
    }
    // A cancelled date whose series is not in the file stands on its own, marked „abgesagt“.
    if (cancelled && !found) events.push(cancelled);
  }
  return {
    document: {
      topics: [...topics].map(([id, label]) => ({ id, label })),
      events,
    },
    warnings,
  };
}
