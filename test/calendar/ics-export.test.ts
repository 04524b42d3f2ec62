import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { eventsToIcs, type IcsItem } from '../../src/calendar/ics/export.js';
import { instantOf, occurrencesIn } from '../../src/calendar/occurrences.js';
import { downloadEvents } from '../../src/components/event-calendar/ics-download.js';
import type { CalendarContext } from '../../src/components/event-calendar/context.js';
import type { QuartierEvent, Topic } from '../../src/model/types.js';

const BERLIN = 'Europe/Berlin';
const NOW = Date.UTC(2026, 4, 1, 8, 30);
const SOURCE = 'https://example.org/data.json';

const event = (id: string, fields: Partial<QuartierEvent>): QuartierEvent => ({
  id,
  title: id,
  start: '2026-05-19',
  source: SOURCE,
  ...fields,
});
const item = (e: QuartierEvent, texts: Partial<IcsItem> = {}): IcsItem => ({
  event: e,
  title: typeof e.title === 'string' ? e.title : e.id,
  ...texts,
});
const exportOf = (events: (QuartierEvent | IcsItem)[], zone = BERLIN) =>
  eventsToIcs(
    events.map((e) => ('event' in e ? e : item(e))),
    { zone, now: NOW, host: 'example.org' },
  );

/** Parses with ical.js, the VTIMEZONEs registered as the brief of a calendar program would. */
function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevents = root.getAllSubcomponents('vevent');
  return { root, vevents, events: vevents.map((v) => new ICAL.Event(v)) };
}

/** Content lines after unfolding, for checks on the written form. */
const unfolded = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

/** ical.js's expansion of the series: start instants (ms) before `to`. */
function icalStarts(e: ICAL.Event, to: string): number[] {
  const iterator = e.iterator();
  const starts: number[] = [];
  for (let next = iterator.next(); next && starts.length < 1000; next = iterator.next()) {
    if (next.toString().slice(0, 10) >= to) break;
    starts.push(next.toUnixTime() * 1000);
  }
  return starts;
}

/** ical.js's expansion of an all-day series: the days before `to`. */
function icalDays(e: ICAL.Event, to: string): string[] {
  const iterator = e.iterator();
  const days: string[] = [];
  for (let next = iterator.next(); next && days.length < 1000; next = iterator.next()) {
    const day = next.toString().slice(0, 10);
    if (day >= to) break;
    days.push(day);
  }
  return days;
}

const ourStarts = (e: QuartierEvent, from: string, to: string, zone = BERLIN) =>
  occurrencesIn([e], from, to, zone)
    .map((o) => o.start)
    .sort((a, b) => a - b);
const iso = (instant: number) => new Date(instant).toISOString();
const ourDays = (e: QuartierEvent, from: string, to: string) =>
  occurrencesIn([e], from, to, BERLIN)
    .map((o) => o.day)
    .sort();

describe('iCalendar export', () => {
  it('writes one VCALENDAR with the header, a VTIMEZONE and a VEVENT per event', () => {
    const ics = exportOf([
      event('a', { start: '2026-05-19T16:00', end: '2026-05-19T18:00' }),
      event('b', { start: '2026-06-01' }),
    ]);
    const lines = unfolded(ics);
    expect(lines.slice(0, 6)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//quartier-widgets//Stadtteilkalender//DE',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-TIMEZONE:Europe/Berlin',
    ]);
    const { root, events } = parse(ics);
    expect(
      root.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')),
    ).to.deep.equal([BERLIN]);
    expect(events.map((e) => e.uid)).to.deep.equal(['a@example.org', 'b@example.org']);
    expect(lines).to.include('DTSTAMP:20260501T083000Z');
  });

  it('writes timed events as wall time in the calendar zone, at the instants the calendar shows', () => {
    const sources = [
      event('summer', { start: '2026-05-19T16:00', end: '2026-05-19T18:00' }),
      event('winter', { start: '2026-01-13T19:30:15', end: '2026-01-13T21:00' }),
      event('offset', { start: '2026-07-01T10:00:00Z', end: '2026-07-01T14:30+02:00' }),
      event('next-year', { start: '2027-12-01T09:00' }),
    ];
    const ics = exportOf(sources);
    const lines = unfolded(ics);
    expect(lines).to.include('DTSTART;TZID=Europe/Berlin:20260519T160000');
    expect(lines).to.include('DTSTART;TZID=Europe/Berlin:20260113T193015');
    // An instant is converted to the calendar zone's wall time.
    expect(lines).to.include('DTSTART;TZID=Europe/Berlin:20260701T120000');
    const { events } = parse(ics);
    events.forEach((e, i) => {
      const source = sources[i];
      expect(e.startDate.zone?.tzid, source.id).to.equal(BERLIN);
      expect(iso(e.startDate.toUnixTime() * 1000), source.id).to.equal(
        iso(instantOf(source.start, BERLIN)),
      );
      if (source.end)
        expect(iso(e.endDate.toUnixTime() * 1000), source.id).to.equal(
          iso(instantOf(source.end, BERLIN)),
        );
    });
    // Without an end the event has no length (RFC 5545: no DTEND).
    expect(events[3].component.hasProperty('dtend')).to.be.false;
  });

  it('writes the zone asked for (America/New_York) and its own VTIMEZONE', () => {
    const source = event('ny', { start: '2026-11-01T12:00', end: '2026-11-01T13:00' });
    const ics = exportOf([source], 'America/New_York');
    expect(unfolded(ics)).to.include('DTSTART;TZID=America/New_York:20261101T120000');
    const [e] = parse(ics).events;
    expect(e.startDate.toUnixTime() * 1000).to.equal(Date.parse('2026-11-01T17:00:00Z'));
  });

  it('writes all-day events as VALUE=DATE with an exclusive DTEND, and no VTIMEZONE', () => {
    const ics = exportOf([
      event('fest', { start: '2026-06-01', end: '2026-06-03' }),
      event('tag', { start: '2026-06-10' }),
    ]);
    const lines = unfolded(ics);
    expect(lines).to.include.members([
      'DTSTART;VALUE=DATE:20260601',
      'DTEND;VALUE=DATE:20260604',
      'DTSTART;VALUE=DATE:20260610',
      'DTEND;VALUE=DATE:20260611',
    ]);
    const { root, events } = parse(ics);
    expect(root.getAllSubcomponents('vtimezone')).to.have.length(0);
    expect(
      events.map((e) => [e.startDate.isDate, e.startDate.toString(), e.endDate.toString()]),
    ).to.deep.equal([
      [true, '2026-06-01', '2026-06-04'],
      [true, '2026-06-10', '2026-06-11'],
    ]);
  });

  it('reads a timed event’s date-only end as the end of that day', () => {
    const source = event('bis', { start: '2026-05-19T16:00', end: '2026-05-20' });
    const ics = exportOf([source]);
    expect(unfolded(ics)).to.include('DTEND;TZID=Europe/Berlin:20260521T000000');
    const [e] = parse(ics).events;
    const [o] = occurrencesIn([source], '2026-05-01', '2026-06-01', BERLIN);
    expect(e.endDate.toUnixTime() * 1000).to.equal(o.end);
  });

  it('keeps a weekly series with EXDATE as rules; ical.js expands it as the calendar does across both DST switches', () => {
    const source = event('chor', {
      start: '2026-01-06T19:00',
      end: '2026-01-06T21:00',
      recurrence: {
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
        exdates: ['2026-03-31', '2026-10-27T19:00', '2026-12-22T19:00:00+01:00'],
      },
    });
    const ics = exportOf([source]);
    const lines = unfolded(ics);
    expect(lines).to.include('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(lines).to.include(
      'EXDATE;TZID=Europe/Berlin:20260331T190000,20261027T190000,20261222T190000',
    );
    const [e] = parse(ics).events;
    const ours = ourStarts(source, '2026-01-01', '2027-01-01');
    expect(ours).to.have.length(52 - 3);
    expect(icalStarts(e, '2027-01-01').map(iso)).to.deep.equal(ours.map(iso));
    // 19:00 on both sides of the switches: 18:00Z in winter, 17:00Z in summer.
    expect(ours.map(iso)).to.include.members([
      '2026-03-24T18:00:00.000Z',
      '2026-04-07T17:00:00.000Z',
      '2026-10-20T17:00:00.000Z',
      '2026-11-03T18:00:00.000Z',
    ]);
  });

  it('writes a series planned in another zone in that zone, so it keeps its clock time there', () => {
    const source = event('call', {
      start: '2026-03-02T18:30:00Z', // 10:30 in Los Angeles
      timeZone: 'America/Los_Angeles',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=6' },
    });
    const ics = exportOf([source]);
    const lines = unfolded(ics);
    expect(lines).to.include('DTSTART;TZID=America/Los_Angeles:20260302T103000');
    expect(lines.filter((line) => line.startsWith('TZID:'))).to.deep.equal([
      'TZID:America/Los_Angeles',
    ]);
    const [e] = parse(ics).events;
    const ours = ourStarts(source, '2026-03-01', '2026-05-01');
    // Los Angeles switches on 8 March, Berlin on 29 March: 18:30Z, then 17:30Z.
    expect(ours.map(iso)).to.deep.equal([
      '2026-03-02T18:30:00.000Z',
      '2026-03-09T17:30:00.000Z',
      '2026-03-16T17:30:00.000Z',
      '2026-03-23T17:30:00.000Z',
      '2026-03-30T17:30:00.000Z',
      '2026-04-06T17:30:00.000Z',
    ]);
    expect(icalStarts(e, '2026-05-01').map(iso)).to.deep.equal(ours.map(iso));
  });

  it('rewrites UNTIL to UTC when DTSTART has a TZID, keeping the rest of the rule', () => {
    const byDay = event('monatlich', {
      start: '2026-01-30T18:00',
      recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261127;INTERVAL=1' },
    });
    const byWall = event('täglich', {
      start: '2026-07-01T19:00',
      recurrence: { rrule: 'FREQ=DAILY;UNTIL=20260710T190000' },
    });
    const byInstant = event('utc', {
      start: '2026-07-01T19:00',
      recurrence: { rrule: 'FREQ=DAILY;UNTIL=20260705T170000Z' },
    });
    const ics = exportOf([byDay, byWall, byInstant]);
    const lines = unfolded(ics);
    // The whole of 27 November in Berlin (UTC+1) ends at 22:59:59 UTC.
    expect(lines).to.include('RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261127T225959Z;INTERVAL=1');
    expect(lines).to.include('RRULE:FREQ=DAILY;UNTIL=20260710T170000Z');
    expect(lines).to.include('RRULE:FREQ=DAILY;UNTIL=20260705T170000Z');
    const events = parse(ics).events;
    [byDay, byWall, byInstant].forEach((source, i) => {
      const ours = ourStarts(source, '2026-01-01', '2027-06-01');
      expect(icalStarts(events[i], '2027-06-01').map(iso), source.id).to.deep.equal(ours.map(iso));
    });
    expect(ourStarts(byDay, '2026-01-01', '2027-06-01').map(iso).at(-1)).to.equal(
      '2026-11-27T17:00:00.000Z',
    );
  });

  it('writes UNTIL as a DATE for an all-day series and keeps EXDATE as dates', () => {
    const source = event('markt', {
      start: '2026-06-02',
      recurrence: { rrule: 'FREQ=WEEKLY;UNTIL=20260630T120000Z', exdates: ['2026-06-16'] },
    });
    const ics = exportOf([source]);
    const lines = unfolded(ics);
    expect(lines).to.include('RRULE:FREQ=WEEKLY;UNTIL=20260630');
    expect(lines).to.include('EXDATE;VALUE=DATE:20260616');
    const [e] = parse(ics).events;
    const ours = occurrencesIn([source], '2026-06-01', '2026-08-01', BERLIN)
      .map((o) => o.day)
      .sort();
    expect(ours).to.deep.equal(['2026-06-02', '2026-06-09', '2026-06-23', '2026-06-30']);
    expect(icalDays(e, '2026-08-01')).to.deep.equal(ours);
  });

  it('keeps RDATE with the value type and zone of DTSTART, with and without a rule', () => {
    const withRule = event('kurs', {
      start: '2026-05-05T18:00',
      end: '2026-05-05T19:30',
      recurrence: { rrule: 'FREQ=WEEKLY;COUNT=3', rdates: ['2026-06-01', '2026-06-10T10:30'] },
    });
    const datesOnly = event('termine', {
      start: '2026-09-01T10:00',
      recurrence: { rdates: ['2026-09-15T10:00', '2026-11-03T10:00'] },
    });
    const allDay = event('ferien', { start: '2026-07-01', recurrence: { rdates: ['2026-08-03'] } });
    const ics = exportOf([withRule, datesOnly, allDay]);
    const lines = unfolded(ics);
    expect(lines).to.include('RDATE;TZID=Europe/Berlin:20260601T180000,20260610T103000');
    expect(lines).to.include(
      'RDATE;TZID=Europe/Berlin:20260901T100000,20260915T100000,20261103T100000',
    );
    expect(lines).to.include('RDATE;VALUE=DATE:20260701,20260803');
    const { vevents, events } = parse(ics);
    expect(vevents.map((v) => v.getAllProperties('rrule').length)).to.deep.equal([1, 0, 0]);
    [withRule, datesOnly].forEach((source, i) => {
      const ours = ourStarts(source, '2026-01-01', '2027-01-01');
      expect(ours.length, source.id).to.be.at.least(3);
      expect(icalStarts(events[i], '2027-01-01').map(iso), source.id).to.deep.equal(ours.map(iso));
    });
    expect(icalDays(events[2], '2027-01-01')).to.deep.equal(['2026-07-01', '2026-08-03']);
  });

  it('escapes TEXT so `;`, `,`, `\\`, line breaks, umlauts and emoji come back unchanged', () => {
    const title = 'Kaffee; Kuchen, Kunst \\ Grüße 🎉\nZweite Zeile';
    const description = `Öffnungszeiten: Mo–Fr\r\nTreffpunkt "Hof", Eingang C; ${'Größenänderung 👩‍👩‍👧 '.repeat(8)}`;
    const categories = ['Bildung, Kultur', 'Café; Treff', 'Natur\\Umwelt', 'Üben 🎶'];
    const location = 'Stadtteilladen, Ossietzkystraße 2; 04347 Leipzig';
    const ics = exportOf([
      item(event('text', { start: '2026-05-19T16:00' }), {
        title,
        description,
        categories,
        location,
      }),
    ]);
    expect(unfolded(ics)).to.include(
      'SUMMARY:Kaffee\\; Kuchen\\, Kunst \\\\ Grüße 🎉\\nZweite Zeile',
    );
    const [e] = parse(ics).events;
    expect(e.summary).to.equal(title);
    expect(e.description).to.equal(description.replace(/\r\n/g, '\n'));
    expect(e.location).to.equal(location);
    expect(e.component.getFirstProperty('categories')?.getValues()).to.deep.equal(categories);
  });

  it('folds every physical line to at most 75 octets, CRLF-terminated, never inside a character', () => {
    const ics = exportOf([
      item(event('lang', { start: '2026-05-19T16:00', recurrence: { rrule: 'FREQ=WEEKLY' } }), {
        title: 'Ä'.repeat(100),
        description: `${'ö🎉x'.repeat(60)}`,
        categories: Array.from({ length: 20 }, (_, i) => `Thema ${i} äöü`),
      }),
    ]);
    expect(ics.endsWith('\r\n')).to.be.true;
    const physical = ics.slice(0, -2).split('\r\n');
    const encoder = new TextEncoder();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of physical) {
      expect(line).not.to.match(/[\r\n]/);
      const bytes = encoder.encode(line);
      expect(bytes.length, line).to.be.at.most(75);
      // Each line is whole UTF-8 by itself (a split character would throw).
      expect(decoder.decode(bytes)).to.equal(line);
    }
    expect(physical.filter((l) => l.startsWith(' ')).length).to.be.above(5);
    const [e] = parse(ics).events;
    expect(e.description).to.equal('ö🎉x'.repeat(60));
  });

  it('never lets a line break into values it does not escape (ORGANIZER, URL)', () => {
    const ics = exportOf([
      event('x', {
        organizer: { name: 'Verein', email: 'info@verein.de\r\nEND:VEVENT\r\nBEGIN:VEVENT' },
        url: 'https://example.org/a\r\nX-EVIL:1',
      }),
    ]);
    const lines = unfolded(ics);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).to.have.length(1);
    expect(
      lines.some((line) => line.startsWith('X-EVIL') || line.startsWith('END:VEVENTBEGIN')),
    ).to.equal(false);
    expect(lines.filter((line) => line.startsWith('ORGANIZER'))).to.have.length(1);
  });

  it('writes STATUS, ORGANIZER, GEO, URL and LOCATION', () => {
    const ics = exportOf([
      event('abgesagt', {
        start: '2026-05-19T16:00',
        status: 'cancelled',
        location: { name: 'Hof', lat: 51.3636, lon: 12.4012 },
        url: 'https://example.org/termine/abgesagt?x=1,2',
        organizer: { name: 'Bürgerverein Schönefeld, e.V.', email: 'info@example.org' },
      }),
      event('verschoben', { start: '2026-05-20', status: 'postponed' }),
      event('normal', { start: '2026-05-21', organizer: { name: 'Ohne Mail' } }),
    ]);
    const { vevents } = parse(ics);
    expect(vevents.map((v) => v.getFirstPropertyValue('status'))).to.deep.equal([
      'CANCELLED',
      'TENTATIVE',
      'CONFIRMED',
    ]);
    const organizer = vevents[0].getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).to.equal('Bürgerverein Schönefeld, e.V.');
    expect(organizer?.getFirstValue()).to.equal('mailto:info@example.org');
    expect(vevents[0].getFirstPropertyValue('geo')).to.deep.equal([51.3636, 12.4012]);
    expect(vevents[0].getFirstPropertyValue('url')).to.equal(
      'https://example.org/termine/abgesagt?x=1,2',
    );
    expect(vevents[2].hasProperty('organizer')).to.be.false;
  });

  it('covers early events with the VTIMEZONE too (a year before the first start)', () => {
    const source = event('alt', {
      start: '2019-01-15T10:00',
      recurrence: { rrule: 'FREQ=YEARLY' },
    });
    const ics = exportOf([source]);
    const [e] = parse(ics).events;
    expect(iso(e.startDate.toUnixTime() * 1000)).to.equal('2019-01-15T09:00:00.000Z');
  });

  it('downloads the events as text/calendar in the page language, with a slug as file name', async () => {
    const topics = new Map<string, Topic>([
      ['kultur', { id: 'kultur', label: { de: 'Kultur', en: 'Culture' }, source: SOURCE }],
    ]);
    const ctx = { lang: 'en', zone: BERLIN, topics } as unknown as CalendarContext;
    const source = event('fest', {
      title: { de: 'Hoffest „Schönefeld“', en: 'Courtyard party: Schönefeld!' },
      start: '2026-06-13T15:00',
      topics: ['kultur'],
      location: { name: 'Hof', address: 'Ossietzkystraße 2' },
    });
    const blobs: Blob[] = [];
    const names: string[] = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return createObjectURL(blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      downloadEvents([source], ctx, 'Courtyard party: Schönefeld!');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.deep.equal(['Courtyard-party-Schönefeld.ics']);
    expect(blobs[0].type).to.equal('text/calendar;charset=utf-8');
    const [e] = parse(await blobs[0].text()).events;
    expect(e.summary).to.equal('Courtyard party: Schönefeld!');
    expect(e.location).to.equal('Hof, Ossietzkystraße 2');
    expect(e.component.getFirstProperty('categories')?.getValues()).to.deep.equal(['Culture']);
    expect(e.uid).to.equal(`fest@${location.host}`);
  });
});

describe('ics export: DTSTART the rule does not select, and cancelled dates', () => {
  it('writes the rule from its first selected date plus an RDATE for the start; ical.js reads the same dates', () => {
    // Thursday 14 May 2026, 18:00–19:30, "weekly on Tuesdays": 14, 19, 26 May, 2 June …
    const source = event('sprachcafe', {
      start: '2026-05-14T18:00',
      end: '2026-05-14T19:30',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: ['2026-06-02'] },
    });
    const ics = exportOf([source]);
    const lines = unfolded(ics);
    expect(lines).to.include('DTSTART;TZID=Europe/Berlin:20260519T180000');
    expect(lines).to.include('DTEND;TZID=Europe/Berlin:20260519T193000');
    expect(lines).to.include('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(lines).to.include('RDATE;TZID=Europe/Berlin:20260514T180000');
    const [e] = parse(ics).events;
    const ours = ourStarts(source, '2026-05-01', '2026-07-01');
    expect(ours.map(iso).slice(0, 3)).to.deep.equal([
      '2026-05-14T16:00:00.000Z',
      '2026-05-19T16:00:00.000Z',
      '2026-05-26T16:00:00.000Z',
    ]);
    expect(icalStarts(e, '2026-07-01').map(iso)).to.deep.equal(ours.map(iso));
  });

  it('turns COUNT (which counts the start) into UNTIL, so the re-import has the same number of dates', () => {
    // First Saturday of the month, four dates from Thursday 14 May: 14 May, 6 June, 4 July, 1 August.
    const source = event('repair', {
      start: '2026-05-14',
      recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1SA;COUNT=4' },
    });
    const ics = exportOf([source]);
    const lines = unfolded(ics);
    expect(lines).to.include('DTSTART;VALUE=DATE:20260606');
    expect(lines).to.include('RRULE:FREQ=MONTHLY;BYDAY=1SA;UNTIL=20260801');
    expect(lines).to.include('RDATE;VALUE=DATE:20260514');
    const [e] = parse(ics).events;
    const ours = ourDays(source, '2026-01-01', '2027-01-01');
    expect(ours).to.deep.equal(['2026-05-14', '2026-06-06', '2026-07-04', '2026-08-01']);
    expect(icalDays(e, '2027-01-01')).to.deep.equal(ours);
  });

  it('leaves a synchronized series as it is, drops an excluded start and writes COUNT=1 as a single date', () => {
    const synced = event('s', {
      start: '2026-05-19',
      recurrence: { rrule: 'FREQ=WEEKLY;COUNT=3' },
    });
    expect(unfolded(exportOf([synced]))).to.include.members([
      'DTSTART;VALUE=DATE:20260519',
      'RRULE:FREQ=WEEKLY;COUNT=3',
    ]);
    const excluded = event('x', {
      start: '2026-05-14',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3', exdates: ['2026-05-14'] },
    });
    const lines = unfolded(exportOf([excluded]));
    expect(lines.some((l) => l.startsWith('RDATE'))).to.equal(false);
    const [e] = parse(exportOf([excluded])).events;
    expect(icalDays(e, '2027-01-01')).to.deep.equal(ourDays(excluded, '2026-01-01', '2027-01-01'));
    expect(icalDays(e, '2027-01-01')).to.deep.equal(['2026-05-19', '2026-05-26']);
    const once = event('o', {
      start: '2026-05-14',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=1' },
    });
    const onceLines = unfolded(exportOf([once]));
    expect(onceLines).to.include('DTSTART;VALUE=DATE:20260514');
    expect(onceLines.some((l) => /^(RRULE|RDATE)/.test(l))).to.equal(false);
  });

  it('writes a cancelled date as a RECURRENCE-ID instance with STATUS:CANCELLED', () => {
    const source = event('kurs', {
      start: '2026-05-19T18:00',
      end: '2026-05-19T19:30',
      recurrence: { rrule: 'FREQ=WEEKLY;COUNT=4', cancelled: ['2026-05-26'] },
    });
    const ics = exportOf([source]);
    const { vevents } = parse(ics);
    expect(vevents).to.have.length(2);
    const instance = vevents[1];
    expect(instance.getFirstPropertyValue('uid')).to.equal('kurs@example.org');
    expect(instance.getFirstPropertyValue('status')).to.equal('CANCELLED');
    const lines = unfolded(ics);
    expect(lines).to.include('RECURRENCE-ID;TZID=Europe/Berlin:20260526T180000');
    expect(lines).to.include('DTEND;TZID=Europe/Berlin:20260526T193000');
  });
});
