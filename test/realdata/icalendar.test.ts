import { expect } from '@open-wc/testing';
import { loadSource } from '../../src/data/loader.js';
import type { SourceData } from '../../src/model/types.js';
import { byId, starts, warningCodes } from '../helpers/icalendar.js';

/** Real third-party files from ../shared/realdata, through the loader as a page would get them. */
const real = (path: string): Promise<SourceData> =>
  loadSource(new URL(`/__realdata/${path}`, location.href).href);

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
