import { expect } from '@open-wc/testing';
import { occurrencesIn } from '../../src/calendar/occurrences.js';
import { loadSource } from '../../src/data/loader.js';
import type { QuartierEvent, SourceData } from '../../src/model/types.js';
import { mergeSources } from '../../src/data/merge.js';
import { parseSource } from '../../src/data/parse.js';
import { validateDocument } from '../../src/data/validate.js';

const SOURCE = 'https://termine.example.org/kalender.ics';
const BERLIN = 'Europe/Berlin';

/** Real third-party files from ../shared/realdata, through the loader as a page would get them. */
const real = (path: string): Promise<SourceData> =>
  loadSource(new URL(`/__realdata/${path}`, location.href).href);

const ics = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//DE', ...lines, 'END:VCALENDAR'].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];

const byId = (data: SourceData, id: string): QuartierEvent => {
  const found = data.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id} in ${data.events.map((e) => e.id).join(', ')}`);
  return found;
};
/** Start instants (ISO, minutes) of an event's occurrences between two days, in order. */
const starts = (event: QuartierEvent, from: string, to: string) =>
  occurrencesIn([event], from, to, BERLIN)
    .sort((a, b) => a.start - b.start)
    .map((o) => (o.allDay ? o.day : new Date(o.start).toISOString().slice(0, 16)));
const warningCodes = (data: SourceData) => data.warnings.map((w) => `${w.field}:${w.code}`);

// Expected figures written down after reading each file by hand (see the comments).
describe('iCalendar: the real files in ../shared/realdata/icaljs', () => {
  it('blank_line_mid: an invalid blank line does not break the file; it has no events', async () => {
    const data = await real('icaljs/blank_line_mid.ics');
    expect(data.events).to.deep.equal([]);
    expect(data.warnings).to.deep.equal([]);
  });

  it('day_long_recur_yearly: an all-day event every weekday from Friday 3 August 2012', async () => {
    const data = await real('icaljs/day_long_recur_yearly.ics');
    expect(data.events).to.have.length(1);
    const event = data.events[0];
    expect(event).to.include({ title: 'Day Long Event', start: '2012-08-03' });
    expect(event.end).to.equal(undefined); // DTEND 20120804 is exclusive: one day
    expect(event.location).to.equal(undefined); // LOCATION: is empty
    expect(starts(event, '2012-08-01', '2012-08-15')).to.deep.equal([
      '2012-08-03',
      '2012-08-06',
      '2012-08-07',
      '2012-08-08',
      '2012-08-09',
      '2012-08-10',
      '2012-08-13',
      '2012-08-14',
    ]);
  });

  it('duration_instead_of_dtend: DURATION P1D from 06:00 Los Angeles ends a day later', async () => {
    const data = await real('icaljs/duration_instead_of_dtend.ics');
    expect(data.events).to.have.length(1);
    expect(data.events[0]).to.include({
      start: '2012-06-30T13:00:00Z',
      end: '2012-07-01T13:00:00Z',
    });
  });

  it('google_birthday: the series with RDATEs and the three separate dates of the other UID', async () => {
    const data = await real('icaljs/google_birthday.ics');
    expect(data.events.map((e) => e.id)).to.deep.equal([
      '2014_BIRTHDAY_79d389868f96182e@google.com',
      'BIRTHDAY_79d389868f96182e@google.com#20121210',
      'BIRTHDAY_79d389868f96182e@google.com#20131210',
      'BIRTHDAY_79d389868f96182e@google.com#20141210',
    ]);
    // RRULE COUNT=1 gives the DTSTART; RDATE "20131210Z" and "20121210Z" add two more days.
    const series = data.events[0];
    expect(starts(series, '2012-01-01', '2015-01-01')).to.deep.equal([
      '2012-12-10',
      '2013-12-10',
      '2014-12-10',
    ]);
    expect(data.warnings).to.deep.equal([]);
  });

  it('multiple_rrules: each of the two rules is a series of its own (Mondays; Sundays)', async () => {
    const data = await real('icaljs/multiple_rrules.ics');
    expect(data.events.map((e) => e.id)).to.deep.equal([
      '1334F9B7-6136-444E-A58D-472564C6AA73',
      '1334F9B7-6136-444E-A58D-472564C6AA73~2',
    ]);
    // 11:00 Los Angeles (18:00 UTC in summer) until 30 July 2012 06:59:59 UTC.
    const mondays = starts(data.events[0], '2012-01-01', '2013-01-01');
    expect(mondays).to.have.length(18);
    expect([mondays[0], mondays[17]]).to.deep.equal(['2012-03-26T18:00', '2012-07-23T18:00']);
    const sundays = starts(data.events[1], '2012-01-01', '2013-01-01');
    expect(sundays).to.have.length(18);
    expect([sundays[0], sundays[17]]).to.deep.equal(['2012-04-01T18:00', '2012-07-29T18:00']);
  });

  it('only_dtstart_date: an all-day event without DTEND lasts that one day', async () => {
    const data = await real('icaljs/only_dtstart_date.ics');
    expect(data.events).to.have.length(1);
    expect(data.events[0].start).to.equal('2012-06-30');
    expect(data.events[0].end).to.equal(undefined);
  });

  it('parserv2: weekdays 10:30 in Los Angeles stay 10:30 there when Europe switches a week earlier', async () => {
    const data = await real('icaljs/parserv2.ics');
    const [event] = data.events;
    expect(event.timeZone).to.equal('America/Los_Angeles');
    // Europe left summer time on 28 October 2012, Los Angeles on 4 November.
    expect(starts(event, '2012-10-31', '2012-11-07')).to.deep.equal([
      '2012-10-31T17:30',
      '2012-11-01T17:30',
      '2012-11-02T17:30',
      '2012-11-05T18:30',
      '2012-11-06T18:30',
    ]);
  });

  it('rdate_exdate: the one event has no SUMMARY, so it is skipped and reported', async () => {
    const data = await real('icaljs/rdate_exdate.ics');
    expect(data.events).to.deep.equal([]);
    expect(warningCodes(data)).to.deep.equal(['title:missing']);
    expect(data.warnings[0]).to.include({ id: '123', action: 'skipped' });
  });

  it('recur_instances: first Tuesdays with RDATEs, EXDATEs and two moved dates', async () => {
    const data = await real('icaljs/recur_instances.ics');
    const uid = '623c13c0-6c2b-45d6-a12b-c33ad61c4868';
    expect(data.events.map((e) => e.id)).to.deep.equal([
      uid,
      `${uid}#20121002T170000Z`,
      `${uid}#20121105T180000Z`,
    ]);
    // 24 first Tuesdays from October 2012, less 2 Oct (moved), 4 Dec, 5 Feb and 2 Apr
    // (EXDATE), plus the RDATEs 10 and 30 November (5 November was moved).
    const series = starts(byId(data, uid), '2012-10-01', '2014-10-01');
    expect(series).to.have.length(22);
    expect(series.slice(0, 5)).to.deep.equal([
      '2012-11-06T18:00',
      '2012-11-10T18:00',
      '2012-11-30T18:00',
      '2013-01-01T18:00',
      '2013-03-05T18:00',
    ]);
    expect(series).to.include('2013-05-07T17:00'); // 10:00 in Los Angeles, summer time
    expect(byId(data, `${uid}#20121002T170000Z`).start).to.equal('2012-10-02T22:00:00Z');
    expect(byId(data, `${uid}#20121105T180000Z`).start).to.equal('2012-11-07T04:00:00Z');
    // The empty VTIMEZONE and the X-UNKNOWN component are ignored without a word.
    expect(data.warnings).to.deep.equal([]);
  });

  it('timezones_Europe_Berlin: a file with only a VTIMEZONE loads as empty', async () => {
    const data = await real('icaljs/timezones_Europe_Berlin.ics');
    expect(data.events).to.deep.equal([]);
    expect(data.warnings).to.deep.equal([]);
  });
});

describe('iCalendar: the real files in ../shared/realdata/icalendar-py', () => {
  it('bom_calendar: a byte order mark before an empty calendar', async () => {
    const data = await real('icalendar-py/bom_calendar.ics');
    expect(data.events).to.deep.equal([]);
    expect(data.warnings).to.deep.equal([]);
  });

  it('created_calendar_with_unicode_fields: umlauts kept; the event without SUMMARY skipped', async () => {
    const data = await real('icalendar-py/created_calendar_with_unicode_fields.ics');
    expect(data.events.map((e) => e.title)).to.deep.equal(['Non-ASCII Test: ÄÖÜ äöü €', 'åäö']);
    expect(data.events[0].location).to.deep.equal({ name: 'Tribstrül' });
    // The second has neither UID nor DTEND: it gets a stable id of its own.
    expect(data.events[1].id).to.match(/^ical-/);
    expect(data.events[1].start).to.equal('2010-10-10T00:00:00Z');
    expect(warningCodes(data)).to.deep.equal(['title:missing']);
  });

  it('issue_1050: a TZID used before its VTIMEZONE is defined', async () => {
    const data = await real('icalendar-py/issue_1050_forward_timezone_reference.ics');
    expect(data.events.map((e) => e.start)).to.deep.equal(['2025-01-15T09:00:00Z']);
  });

  it('issue_1081: EXDATE on separate lines of an event that does not repeat', async () => {
    const data = await real('icalendar-py/issue_1081_list_of_properties.ics');
    expect(data.events).to.have.length(1);
    expect(data.events[0].recurrence).to.equal(undefined);
    expect(data.events[0].start).to.equal('2025-01-01T10:00:00Z');
  });

  it('issue_127: CATEGORIES with escaped commas become three topics', async () => {
    const data = await real('icalendar-py/issue_127_categories_with_commas.ics');
    expect(data.topics.map((t) => [t.id, t.label])).to.deep.equal([
      ['meeting-john', 'Meeting, John'],
      ['work-sarah', 'Work, Sarah'],
      ['project', 'Project'],
    ]);
    expect(data.events[0].topics).to.deep.equal(['meeting-john', 'work-sarah', 'project']);
  });

  it('issue_237: the only event has no SUMMARY; the odd TZID does not break the file', async () => {
    const data = await real(
      'icalendar-py/issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics',
    );
    expect(data.events).to.deep.equal([]);
    expect(warningCodes(data)).to.deep.equal(['title:missing']);
  });

  it('issue_350: a Podio export with TAB folding, escaped quotes and text after the end', async () => {
    const data = await real('icalendar-py/issue_350.ics');
    expect(data.events).to.have.length(1);
    const [event] = data.events;
    expect(event).to.include({
      title: 'Termin 4353 und"so"',
      start: '2022-02-22T18:30:00Z',
      end: '2022-02-22T19:30:00Z',
      url: 'https://podio.com/xxxxxxyyyyyy/zpodio-testgelande/apps/calendar/items/5',
    });
    expect(event.description).to.contain('für').and.not.contain('\\');
    expect(event.description).to.not.contain('<'); // X-ALT-DESC (HTML) is not used
  });

  it('issue_722: zones without VTIMEZONE are taken from the browser; two events skipped', async () => {
    const data = await real('icalendar-py/issue_722_missing_timezones.ics');
    expect(data.events).to.have.length(1);
    expect(data.events[0]).to.include({
      start: '2014-08-29T12:00:00Z', // 08:00 New York
      end: '2014-08-29T15:00:00Z', // 08:00 Los Angeles
    });
    // RDATE;VALUE=PERIOD;TZID=Europe/Berlin:20240913T120000/PT2H: its start.
    expect(data.events[0].recurrence?.rdates).to.deep.equal(['2024-09-13T10:00:00Z']);
    // A RECURRENCE-ID without anything else, and an event with only RDATEs: no title.
    expect(warningCodes(data)).to.deep.equal(['title:missing', 'title:missing']);
  });

  it('period_with_timezone: MONTHLY with BYMONTH (expanded by ical.js), EXDATE and RDATE', async () => {
    const data = await real('icalendar-py/period_with_timezone.ics');
    const [event] = data.events;
    // COUNT=9 third Wednesdays in the listed months from September 2023, 12:00 Vancouver;
    // 20 December is excluded (it still counts), 13 December added.
    expect(starts(event, '2023-09-01', '2025-01-01')).to.deep.equal([
      '2023-09-20T19:00',
      '2023-10-18T19:00',
      '2023-11-15T20:00',
      '2023-12-13T20:00',
      '2024-01-17T20:00',
      '2024-02-21T20:00',
      '2024-03-20T19:00', // Vancouver is on summer time from 10 March
      '2024-04-17T19:00',
      '2024-05-15T19:00',
    ]);
  });

  it('x_location: line breaks in LOCATION and the place from Apple’s geo: URI', async () => {
    const data = await real('icalendar-py/x_location.ics');
    const [event] = data.events;
    expect(event.location).to.deep.equal({
      name: 'Roadstar 16, 12764 Happyville, Denmark',
      lat: 52.382762,
      lon: 7.528319,
    });
    expect(starts(event, '2016-10-28', '2016-11-01')).to.deep.equal([
      '2016-10-28T12:00', // 14:00 Zurich, summer time
      '2016-10-31T13:00', // 14:00 Zurich, winter time
    ]);
  });
});

describe('iCalendar: quirks, on our own small files', () => {
  it('reads CRLF, LF-only and TAB-folded files alike', async () => {
    const lines = [
      ...vevent(
        'UID:a',
        'SUMMARY:Sprach',
        '\tcafé im Stadtteil',
        'DTSTART;TZID=Europe/Berlin:20260519T160000',
      ),
    ];
    const crlf = await parseSource(ics(...lines), SOURCE);
    const lf = await parseSource(ics(...lines).replace(/\r\n/g, '\n'), SOURCE);
    expect(crlf.events[0].title).to.equal('Sprachcafé im Stadtteil');
    expect(lf.events).to.deep.equal(crlf.events);
  });

  it('is recognised by its content type even after leading blank lines', async () => {
    const data = await parseSource(
      `\r\n\r\n${ics(...vevent('UID:a', 'SUMMARY:Fest', 'DTSTART:20260519T100000Z'))}`,
      'https://example.org/termine',
      'text/calendar; charset=utf-8',
    );
    expect(data.events.map((e) => e.id)).to.deep.equal(['a']);
  });

  it('turns all-day DTEND (exclusive) and DURATION into the inclusive last day', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:a',
          'SUMMARY:Ferien',
          'DTSTART;VALUE=DATE:20260519',
          'DTEND;VALUE=DATE:20260522',
        ),
        ...vevent('UID:b', 'SUMMARY:Fest', 'DTSTART;VALUE=DATE:20260601', 'DURATION:P2D'),
        ...vevent(
          'UID:c',
          'SUMMARY:Tag',
          'DTSTART;VALUE=DATE:20260605',
          'DTEND;VALUE=DATE:20260606',
        ),
      ),
      SOURCE,
    );
    expect(data.events.map((e) => [e.start, e.end])).to.deep.equal([
      ['2026-05-19', '2026-05-21'],
      ['2026-06-01', '2026-06-02'],
      ['2026-06-05', undefined],
    ]);
  });

  it('takes Europe/Berlin from the browser when the file has no VTIMEZONE, across both switches', async () => {
    const data = await parseSource(
      ics(
        ...vevent('UID:a', 'SUMMARY:Früh', 'DTSTART;TZID=Europe/Berlin:20260329T003000'),
        ...vevent('UID:b', 'SUMMARY:Nach', 'DTSTART;TZID=Europe/Berlin:20260329T030000'),
        ...vevent('UID:c', 'SUMMARY:Herbst', 'DTSTART;TZID=Europe/Berlin:20261025T003000'),
        ...vevent('UID:d', 'SUMMARY:Winter', 'DTSTART;TZID=Europe/Berlin:20261025T030000'),
      ),
      SOURCE,
    );
    expect(data.events.map((e) => e.start)).to.deep.equal([
      '2026-03-28T23:30:00Z',
      '2026-03-29T01:00:00Z',
      '2026-10-24T22:30:00Z',
      '2026-10-25T02:00:00Z',
    ]);
  });

  it('uses the file’s VTIMEZONE for a TZID no browser knows (Outlook names)', async () => {
    const data = await parseSource(
      ics(
        'BEGIN:VTIMEZONE',
        'TZID:W. Europe Standard Time',
        'BEGIN:STANDARD',
        'DTSTART:16011028T030000',
        'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:16010325T020000',
        'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'END:DAYLIGHT',
        'END:VTIMEZONE',
        ...vevent(
          'UID:s',
          'SUMMARY:Sommer',
          'DTSTART;TZID="W. Europe Standard Time":20260519T160000',
        ),
        ...vevent(
          'UID:w',
          'SUMMARY:Winter',
          'DTSTART;TZID="W. Europe Standard Time":20261201T160000',
        ),
      ),
      SOURCE,
    );
    expect(data.events.map((e) => e.start)).to.deep.equal([
      '2026-05-19T14:00:00Z',
      '2026-12-01T15:00:00Z',
    ]);
    expect(data.warnings).to.deep.equal([]);
  });

  it('reads a time in an unknown zone as the calendar’s and says so', async () => {
    const data = await parseSource(
      ics(...vevent('UID:x', 'SUMMARY:Treffen', 'DTSTART;TZID=Mars/Olympus:20260519T160000')),
      SOURCE,
    );
    expect(data.events[0].start).to.equal('2026-05-19T16:00:00');
    expect(data.warnings).to.have.length(1);
    expect(data.warnings[0]).to.include({
      id: 'x',
      code: 'unknown-timezone',
      value: 'Mars/Olympus',
      action: 'noted',
    });
  });

  it('reads floating times in X-WR-TIMEZONE when the calendar names one', async () => {
    const data = await parseSource(
      ics(
        'X-WR-TIMEZONE:America/New_York',
        ...vevent('UID:f', 'SUMMARY:F', 'DTSTART:20260519T100000'),
      ),
      SOURCE,
    );
    expect(data.events[0].start).to.equal('2026-05-19T14:00:00Z');
  });

  it('maps STATUS, GEO, URL, ORGANIZER and CATEGORIES; unsafe links are dropped', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:a',
          'SUMMARY:<b>Nachbarschaftsfest</b>',
          'DTSTART:20260519T100000Z',
          'STATUS:CANCELLED',
          'GEO:51.359706;12.410704',
          'LOCATION:Rathaus Schönefeld\\, Ossietzkystraße 37',
          'URL:https://example.org/fest',
          'ORGANIZER;CN="Bürgerverein Schönefeld":mailto:info@example.org',
          'CATEGORIES:Begegnung,Kinder & Jugend',
        ),
        ...vevent('UID:b', 'SUMMARY:Link', 'DTSTART:20260520T100000Z', 'URL:javascript:alert(1)'),
      ),
      SOURCE,
    );
    const [fest, link] = data.events;
    expect(fest).to.deep.include({
      title: '<b>Nachbarschaftsfest</b>', // text, never markup
      status: 'cancelled',
      location: { name: 'Rathaus Schönefeld, Ossietzkystraße 37', lat: 51.359706, lon: 12.410704 },
      url: 'https://example.org/fest',
      organizer: { name: 'Bürgerverein Schönefeld', email: 'info@example.org' },
      topics: ['begegnung', 'kinder-jugend'],
    });
    expect(link.url).to.equal(undefined);
    expect(warningCodes(data)).to.deep.equal(['url:unsafe-url']);
  });

  it('takes a moved date (RECURRENCE-ID) out of its series and shows it on its own', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:kurs',
          'SUMMARY:Deutschkurs',
          'DTSTART;TZID=Europe/Berlin:20260505T180000',
          'DTEND;TZID=Europe/Berlin:20260505T193000',
          'RRULE:FREQ=WEEKLY;COUNT=4',
        ),
        ...vevent(
          'UID:kurs',
          'SUMMARY:Deutschkurs (verlegt)',
          'RECURRENCE-ID;TZID=Europe/Berlin:20260512T180000',
          'DTSTART;TZID=Europe/Berlin:20260513T170000',
          'DTEND;TZID=Europe/Berlin:20260513T183000',
        ),
      ),
      SOURCE,
    );
    const all = occurrencesIn(data.events, '2026-05-01', '2026-06-01', BERLIN)
      .sort((a, b) => a.start - b.start)
      .map((o) => `${o.event.id} ${new Date(o.start).toISOString().slice(0, 16)}`);
    expect(all).to.deep.equal([
      'kurs 2026-05-05T16:00',
      'kurs#20260512T160000Z 2026-05-13T15:00',
      'kurs 2026-05-19T16:00',
      'kurs 2026-05-26T16:00',
    ]);
  });

  it('applies a date-only EXDATE to a series that starts at a UTC time', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:r',
          'SUMMARY:Frühsport',
          'DTSTART:20260609T060000Z',
          'RRULE:FREQ=DAILY;INTERVAL=1;COUNT=4',
          'EXDATE;VALUE=DATE:20260611',
        ),
      ),
      SOURCE,
    );
    expect(starts(data.events[0], '2026-06-01', '2026-07-01')).to.deep.equal([
      '2026-06-09T06:00',
      '2026-06-10T06:00',
      '2026-06-12T06:00',
    ]);
  });

  it('expands rules outside the core subset with ical.js, and reports sub-daily ones', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:fest',
          'SUMMARY:Stadtteilfest',
          'DTSTART;VALUE=DATE:20260606',
          'RRULE:FREQ=YEARLY;BYMONTH=6;BYDAY=1SA',
        ),
        ...vevent('UID:h', 'SUMMARY:Stündlich', 'DTSTART:20260606T100000Z', 'RRULE:FREQ=HOURLY'),
      ),
      SOURCE,
    );
    expect(starts(byId(data, 'fest'), '2026-01-01', '2029-01-01')).to.deep.equal([
      '2026-06-06',
      '2027-06-05',
      '2028-06-03',
    ]);
    expect(byId(data, 'h').recurrence).to.equal(undefined);
    expect(warningCodes(data)).to.deep.equal(['recurrence.rrule:unsupported-rrule']);
  });

  it('has ical.js expand such rules in Quartier JSON too', async () => {
    const data = await parseSource(
      JSON.stringify({
        events: [
          {
            id: 'e',
            title: 'Frühjahrsputz',
            start: '2026-03-21T10:00',
            recurrence: { rrule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=3SA;COUNT=2' },
          },
        ],
      }),
      'https://example.org/data.json',
    );
    expect(data.warnings).to.deep.equal([]);
    expect(starts(data.events[0], '2026-01-01', '2030-01-01')).to.deep.equal([
      '2026-03-21T09:00',
      '2027-03-20T09:00',
    ]);
  });

  it('reports misspelt rule parts and BYWEEKNO (which ical.js gets wrong) instead of guessing', async () => {
    const data = await parseSource(
      ics(
        ...vevent('UID:a', 'SUMMARY:A', 'DTSTART:20260519T100000Z', 'RRULE:FREQ=WEEKLY;BYDAI=TU'),
        ...vevent(
          'UID:b',
          'SUMMARY:B',
          'DTSTART;VALUE=DATE:20260511',
          'RRULE:FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO',
        ),
      ),
      SOURCE,
    );
    expect(data.events.map((e) => e.recurrence)).to.deep.equal([undefined, undefined]);
    expect(warningCodes(data)).to.deep.equal([
      'recurrence.rrule:unsupported-rrule',
      'recurrence.rrule:unsupported-rrule',
    ]);
  });

  it('leaves out events marked private or confidential, and says so', async () => {
    const data = await parseSource(
      ics(
        ...vevent('UID:p', 'SUMMARY:Arzttermin', 'DTSTART:20260519T100000Z', 'CLASS:PRIVATE'),
        ...vevent('UID:c', 'SUMMARY:Vorstand', 'DTSTART:20260519T120000Z', 'CLASS:CONFIDENTIAL'),
        ...vevent('UID:o', 'SUMMARY:Fest', 'DTSTART:20260519T140000Z', 'CLASS:PUBLIC'),
      ),
      SOURCE,
    );
    expect(data.events.map((e) => e.id)).to.deep.equal(['o']);
    expect(warningCodes(data)).to.deep.equal(['class:private-event', 'class:private-event']);
  });

  it('takes a moved date out of every series of its UID (several RRULEs)', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:s',
          'SUMMARY:Training',
          'DTSTART;TZID=Europe/Berlin:20260504T180000',
          'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3',
          'RRULE:FREQ=WEEKLY;BYDAY=MO;INTERVAL=2;COUNT=2',
        ),
        ...vevent(
          'UID:s',
          'SUMMARY:Training (verlegt)',
          'RECURRENCE-ID;TZID=Europe/Berlin:20260504T180000',
          'DTSTART;TZID=Europe/Berlin:20260505T180000',
        ),
      ),
      SOURCE,
    );
    const days = occurrencesIn(data.events, '2026-05-01', '2026-06-01', BERLIN)
      .map((o) => `${o.event.id} ${o.day}`)
      .sort();
    expect(days).to.deep.equal([
      's 2026-05-11',
      's 2026-05-18',
      's#20260504T160000Z 2026-05-05',
      's~2 2026-05-18',
    ]);
  });

  it('names the field whose zone is unknown', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:z',
          'SUMMARY:Z',
          'DTSTART;TZID=Europe/Berlin:20260519T100000',
          'DTEND;TZID=Mars/Olympus:20260519T120000',
        ),
      ),
      SOURCE,
    );
    expect(warningCodes(data)).to.deep.equal(['end:unknown-timezone']);
  });

  it('merges with Quartier JSON: defined topics win quietly, undefined ones are not checked', async () => {
    const feed = await parseSource(
      ics(
        ...vevent('UID:t', 'SUMMARY:Tanzcafé', 'DTSTART:20260520T130000Z', 'CATEGORIES:Inklusion'),
      ),
      SOURCE,
    );
    const json = 'https://example.org/data.json';
    const withTopics = validateDocument(
      {
        topics: [
          { id: 'inklusion', label: { de: 'Inklusion', en: 'Inclusion' }, color: '#7b2d8b' },
        ],
        events: [{ id: 'j', title: 'Lesung', start: '2026-05-21', topics: ['inklusion'] }],
      },
      json,
    );
    // The feed first: the JSON topic (with its colour) still wins, and no duplicate is reported.
    const merged = mergeSources([feed, withTopics]);
    expect(merged.topics).to.have.length(1);
    expect(merged.topics[0]).to.include({ color: '#7b2d8b' });
    expect(merged.warnings).to.deep.equal([]);
    // JSON without a topic list keeps its topic ids, as it does on its own.
    const withoutTopics = validateDocument(
      { events: [{ id: 'k', title: 'Kochen', start: '2026-05-22', topics: ['essen'] }] },
      json,
    );
    const loose = mergeSources([withoutTopics, feed]);
    expect(loose.events.find((e) => e.id === 'k')?.topics).to.deep.equal(['essen']);
    expect(loose.warnings).to.deep.equal([]);
  });

  it('reads a time without offset in the event’s own zone, in the calendar and in a series', () => {
    const single = {
      id: 'ny',
      title: 'Call',
      start: '2026-05-19T10:00',
      timeZone: 'America/New_York',
      source: SOURCE,
    };
    expect(starts(single as QuartierEvent, '2026-05-01', '2026-06-01')).to.deep.equal([
      '2026-05-19T14:00',
    ]);
  });

  it('keeps a series that starts at a UTC time at that UTC time (RFC 5545)', async () => {
    const data = await parseSource(
      ics(...vevent('UID:u', 'SUMMARY:U', 'DTSTART:20260319T170000Z', 'RRULE:FREQ=WEEKLY;COUNT=3')),
      SOURCE,
    );
    expect(data.events[0].timeZone).to.equal('UTC');
    expect(starts(data.events[0], '2026-03-01', '2026-05-01')).to.deep.equal([
      '2026-03-19T17:00',
      '2026-03-26T17:00',
      '2026-04-02T17:00',
    ]);
  });

  it('reads Outlook’s Windows zone names as their IANA twins, also without VTIMEZONE', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:w',
          'SUMMARY:Sprechstunde',
          'DTSTART;TZID=W. Europe Standard Time:20260319T100000',
          'RRULE:FREQ=WEEKLY;COUNT=3',
        ),
      ),
      SOURCE,
    );
    expect(data.warnings).to.deep.equal([]);
    expect(data.events[0].timeZone).to.equal('Europe/Berlin');
    expect(starts(data.events[0], '2026-03-01', '2026-05-01')).to.deep.equal([
      '2026-03-19T09:00',
      '2026-03-26T09:00',
      '2026-04-02T08:00',
    ]);
  });

  it('reports text that is not iCalendar at all as malformed', async () => {
    const error = await parseSource(
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY;kaputt',
      SOURCE,
    ).catch((e: unknown) => e);
    expect(error).to.include({ code: 'malformed-calendar' });
  });
});
