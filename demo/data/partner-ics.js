// Demo data for quartier-widgets: the iCalendar feed (RFC 5545) of a partner initiative, the fictional
// "Bürgerverein Schönefeld e. V.", as its Nextcloud would publish a calendar (CRLF, lines folded at 75 octets,
// TEXT values escaped, a VTIMEZONE for Europe/Berlin).
//
// Dates are generated relative to `today`, like schoenefeld.js, so the demo never shows a frozen past month.
// The feed holds what the adapter has to cope with: a weekly series in Europe/Berlin with one date moved and
// one date cancelled (both via RECURRENCE-ID), a monthly series with an ordinal weekday (3SA), an all-day event
// over several days (exclusive DTEND), an event with DURATION instead of DTEND, CATEGORIES whose names become
// the demo's topic ids (Begegnung → `begegnung`), GEO, URL and ORGANIZER;CN.
// Places and coordinates are facts from the CC0 LeipzigData/RDFData extracts (see README.md); Ossietzkystraße 1
// has no known coordinate and carries no GEO. Events, contacts and addresses on buergerverein-schoenefeld.example
// are fictional.
// Plain ES module without imports: runs in Node 20 and in the browser. Deterministic for a given `today`.

import { escapeText, joinLines, paramValue } from '../../src/calendar/ics/lines.ts';

const DOMAIN = 'buergerverein-schoenefeld.example';
const TZID = 'Europe/Berlin';

// ---------------------------------------------------------------------------------------------------------------
// Calendar-date helpers. Dates are built at local noon so that DST changes never shift the calendar day.

const pad = (n) => String(n).padStart(2, '0');

/** Calendar date (local noon) `n` days after `date`. */
function addDays(date, n) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + n, 12);
}

/** `YYYYMMDD` of the local calendar date (iCalendar DATE). */
function icalDate(date) {
  return `${String(date.getFullYear()).padStart(4, '0')}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

/** `YYYYMMDDTHHMMSS` from a calendar date and `HH:mm` (iCalendar local DATE-TIME, used with TZID). */
function icalDateTime(date, time) {
  return `${icalDate(date)}T${time.replace(':', '')}00`;
}

/** German short date, e.g. "08.12.2026", for use in descriptions. */
function germanDate(date) {
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

/** First date on or after `date` whose JS weekday (0 = Sunday … 6 = Saturday) is `weekday`. */
function onOrAfter(date, weekday) {
  return addDays(date, (weekday - date.getDay() + 7) % 7);
}

/** The n-th (1-based) JS weekday of the month `month` (0-based, may overflow) of `year`. */
function nthWeekdayOfMonth(year, month, weekday, n) {
  return addDays(onOrAfter(new Date(year, month, 1, 12), weekday), 7 * (n - 1));
}

const SAT = 6;

// ---------------------------------------------------------------------------------------------------------------
// RFC 5545 writing.

// Escaping and folding are the library's own (src/calendar/ics/lines.ts), as for its export.
const text = escapeText;
const param = paramValue;

/** The VTIMEZONE of Europe/Berlin as calendar servers write it: CET/CEST, switching on the last Sundays. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

// ---------------------------------------------------------------------------------------------------------------
// Places and organizer.

const PLACES = {
  // No known coordinate: address only, no GEO.
  buergerverein: { location: 'Bürgerverein Schönefeld, Ossietzkystraße 1, 04347 Leipzig' },
  schloss: {
    location: 'Schloss Schönefeld, Zeumerstraße 1, 04347 Leipzig',
    geo: [51.35943, 12.40607],
  },
  // The point of the LVB stop at the edge of the park.
  mariannenpark: {
    location: 'Mariannenpark, Treffpunkt an der Haltestelle Mariannenpark',
    geo: [51.352302, 12.399699],
  },
};

const ORGANIZER = { name: 'Bürgerverein Schönefeld e. V.', email: `termine@${DOMAIN}` };

/**
 * The lines of one VEVENT.
 * @param {object} e
 * @param {string} e.uid local part of the UID
 * @param {string} e.dtstamp UTC DATE-TIME
 * @param {string} e.summary
 * @param {string} [e.start] DATE-TIME in Europe/Berlin (with `end` or `duration`)
 * @param {string} [e.end]
 * @param {string} [e.duration]
 * @param {string} [e.startDate] DATE of an all-day event (with `endDate`, exclusive)
 * @param {string} [e.endDate]
 * @param {string} [e.recurrenceId] DATE-TIME in Europe/Berlin of the overridden occurrence
 * @param {string} [e.rrule]
 * @param {string} [e.status]
 * @param {string[]} e.categories
 * @param {string} e.description
 * @param {{location: string, geo?: number[]}} e.place
 * @param {string} [e.url]
 * @param {number} [e.sequence]
 */
function vevent(e) {
  const lines = ['BEGIN:VEVENT', `UID:${e.uid}@${DOMAIN}`, `DTSTAMP:${e.dtstamp}`];
  if (e.recurrenceId) lines.push(`RECURRENCE-ID;TZID=${TZID}:${e.recurrenceId}`);
  if (e.startDate) {
    lines.push(`DTSTART;VALUE=DATE:${e.startDate}`, `DTEND;VALUE=DATE:${e.endDate}`);
  } else {
    lines.push(`DTSTART;TZID=${TZID}:${e.start}`);
    if (e.duration) lines.push(`DURATION:${e.duration}`);
    else lines.push(`DTEND;TZID=${TZID}:${e.end}`);
  }
  if (e.rrule) lines.push(`RRULE:${e.rrule}`);
  lines.push(
    `SUMMARY:${text(e.summary)}`,
    `DESCRIPTION:${text(e.description)}`,
    `LOCATION:${text(e.place.location)}`,
  );
  if (e.place.geo) lines.push(`GEO:${e.place.geo[0]};${e.place.geo[1]}`);
  lines.push(`CATEGORIES:${e.categories.map(text).join(',')}`);
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push(`ORGANIZER;CN=${param(ORGANIZER.name)}:mailto:${ORGANIZER.email}`);
  if (e.status) lines.push(`STATUS:${e.status}`);
  lines.push(`SEQUENCE:${e.sequence ?? 0}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * The partner's calendar for the calendar date of `today` (local date of the runtime), as iCalendar text.
 * Events cover roughly one month before `today` to two months after it.
 * @param {Date} [today]
 * @returns {string}
 */
export function createPartnerCalendar(today = new Date()) {
  const now = new Date(today);
  if (Number.isNaN(now.getTime()))
    throw new TypeError('createPartnerCalendar: `today` is not a valid date');

  const base = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12);
  // Monday of the current week; w(k, d) = day d (0 = Monday … 6 = Sunday) of week k relative to this week.
  const weekStart = addDays(base, -((base.getDay() + 6) % 7));
  const w = (k, d) => addDays(weekStart, 7 * k + d);
  // The feed was "exported" this morning: a fixed DTSTAMP keeps the text deterministic.
  const dtstamp = `${icalDate(base)}T050000Z`;
  const url = (path) => `https://${DOMAIN}/termine/${path}`;

  // Weekly open meeting on Wednesdays, from four weeks ago, without end.
  const treffFirst = w(-4, 2);
  const treffMoved = w(1, 2);
  const treffMovedTo = w(1, 3);
  const treffCancelled = w(2, 2);
  const treff = {
    uid: `offener-treff-${icalDate(treffFirst)}`,
    dtstamp,
    summary: 'Offener Treff im Bürgerverein',
    categories: ['Begegnung', 'Inklusion'],
    place: PLACES.buergerverein,
    url: url('offener-treff'),
  };
  const treffDescription =
    'Jeden Mittwoch ist unser Vereinsraum offen: Kaffee, Tee und Kuchen, Gespräche, Spiele und Zeitungen. ' +
    'Sie brauchen keine Anmeldung und müssen kein Mitglied sein.\n\n' +
    'Der Raum ist im Erdgeschoss, der Eingang hat eine kleine Stufe; wir helfen gern.';

  // Third Saturday of each month, from the month before this one.
  const tauschFirst = nthWeekdayOfMonth(base.getFullYear(), base.getMonth() - 1, SAT, 3);

  // Collection week, Monday to Friday of next week (DTEND is the Saturday: exclusive).
  const sammelFirst = w(1, 0);
  const sammelEnd = w(1, 5);

  const events = [
    vevent({
      ...treff,
      start: icalDateTime(treffFirst, '15:00'),
      end: icalDateTime(treffFirst, '18:00'),
      rrule: 'FREQ=WEEKLY;BYDAY=WE',
      description: treffDescription,
    }),
    vevent({
      ...treff,
      recurrenceId: icalDateTime(treffMoved, '15:00'),
      start: icalDateTime(treffMovedTo, '16:00'),
      end: icalDateTime(treffMovedTo, '19:00'),
      description:
        `Achtung: In dieser Woche ist der Offene Treff ausnahmsweise am Donnerstag, ${germanDate(treffMovedTo)}, ` +
        'von 16 bis 19 Uhr, weil der Vereinsraum am Mittwoch für eine Schulung gebraucht wird.\n\n' +
        treffDescription,
      sequence: 1,
    }),
    vevent({
      ...treff,
      recurrenceId: icalDateTime(treffCancelled, '15:00'),
      start: icalDateTime(treffCancelled, '15:00'),
      end: icalDateTime(treffCancelled, '18:00'),
      status: 'CANCELLED',
      description:
        `Am ${germanDate(treffCancelled)} fällt der Offene Treff aus, weil das Team auf Klausur ist. ` +
        'In der Woche darauf sind wir wieder wie gewohnt für Sie da.',
      sequence: 1,
    }),
    vevent({
      uid: `kleidertausch-${icalDate(tauschFirst)}`,
      dtstamp,
      summary: 'Kleidertausch: Kinderkleidung, Spielzeug und Bücher',
      start: icalDateTime(tauschFirst, '10:00'),
      end: icalDateTime(tauschFirst, '12:30'),
      rrule: 'FREQ=MONTHLY;BYDAY=3SA',
      description:
        'Zu klein geworden? Bringen Sie gut erhaltene Kinderkleidung, Spielzeug und Bücher mit und nehmen Sie mit, ' +
        'was Sie brauchen – auch wenn Sie nichts mitbringen. Übrig gebliebene Sachen gehen an die Kleiderkammer.\n\n' +
        'Bitte keine kaputten Sachen und keine Erwachsenenkleidung.',
      place: PLACES.buergerverein,
      categories: ['Begegnung', 'Migration'],
      url: url('kleidertausch'),
    }),
    vevent({
      uid: `sammelwoche-${icalDate(sammelFirst)}`,
      dtstamp,
      summary: 'Sammelwoche: Schulranzen, Bücher und Spiele für Kinder',
      startDate: icalDate(sammelFirst),
      endDate: icalDate(sammelEnd),
      description:
        `Vom ${germanDate(sammelFirst)} bis zum ${germanDate(w(1, 4))} sammeln wir gut erhaltene Schulranzen, ` +
        'Federmappen, Kinderbücher und Spiele für Familien, die neu in Schönefeld sind. ' +
        'Abgabe während der Öffnungszeiten des Vereinsraums; wir verteilen alles beim nächsten Kleidertausch.',
      place: PLACES.buergerverein,
      categories: ['Bildung', 'Migration'],
      url: url('sammelwoche'),
    }),
    vevent({
      uid: `erzaehlcafe-${icalDate(w(1, 4))}`,
      dtstamp,
      summary: 'Erzählcafé: Schönefeld in den Neunzigern',
      start: icalDateTime(w(1, 4), '15:00'),
      duration: 'PT2H',
      description:
        'Wie war das Leben in Schönefeld nach der Wende? Ältere Nachbarinnen und Nachbarn erzählen, ' +
        'Jüngere fragen nach. Gern mit eigenen Fotos; wir scannen sie vor Ort.',
      place: PLACES.schloss,
      categories: ['Begegnung', 'Bildung'],
      url: url('erzaehlcafe'),
    }),
    vevent({
      uid: `spaziergang-mariannenpark-${icalDate(w(0, 5))}`,
      dtstamp,
      summary: 'Gemeinsam unterwegs: Spaziergang durch den Mariannenpark',
      start: icalDateTime(w(0, 5), '10:00'),
      end: icalDateTime(w(0, 5), '11:30'),
      description:
        'Ein ruhiger Spaziergang auf ebenen Wegen, mit Pausen auf den Bänken – gut mit Rollator, Rollstuhl ' +
        'oder Kinderwagen. Wir gehen ungefähr zwei Kilometer; wer möchte, trinkt danach noch einen Tee mit uns.',
      place: PLACES.mariannenpark,
      categories: ['Gesundheit', 'Inklusion'],
      url: url('spaziergang'),
    }),
  ];

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//SabreDAV//SabreDAV//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${text('Bürgerverein Schönefeld – Termine')}`,
    `X-WR-TIMEZONE:${TZID}`,
    'X-APPLE-CALENDAR-COLOR:#0082C9',
    'REFRESH-INTERVAL;VALUE=DURATION:PT4H',
    'X-PUBLISHED-TTL:PT4H',
    ...VTIMEZONE,
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return joinLines(lines);
}
