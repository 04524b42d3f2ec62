import { expect } from '@open-wc/testing';
import { occurrencesIn } from '../../src/calendar/occurrences.js';
import { loadSource } from '../../src/data/loader.js';
import type { QuartierEvent, SourceData } from '../../src/model/types.js';
import { mergeSources } from '../../src/data/merge.js';
import { parseSource } from '../../src/data/parse.js';
import { validateDocument } from '../../src/data/validate.js';
import { BERLIN, byId, starts, warningCodes } from '../helpers/icalendar.js';

const SOURCE = 'https://termine.example.org/kalender.ics';

const ics = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//DE', ...lines, 'END:VCALENDAR'].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];

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

/** Our own fixtures in test/fixtures, through the loader as a page would get them. */
const own = (name: string): Promise<SourceData> =>
  loadSource(new URL(`../fixtures/${name}`, import.meta.url).href);

// The quirks the real third-party files in test/realdata/ exercise, on files written for these tests.
describe('iCalendar: quirks of real-world files, on our own small files', () => {
  it('reads a file with a byte order mark, an invalid blank line, odd components and text after the end', async () => {
    const data = await own('quirks.ics');
    expect(data.events.map((e) => e.title)).to.deep.equal([
      'Grünflächen-Treff ÄÖÜ äöü €',
      'Treffen "im" Hof',
    ]);
    // Without UID the event gets a stable id of its own; without SUMMARY it is skipped.
    expect(data.events[0].id).to.match(/^ical-/);
    expect(data.events[0].start).to.equal('2026-06-03T08:00:00Z');
    expect(warningCodes(data)).to.deep.equal(['title:missing']);
    expect(data.warnings[0]).to.include({ id: 'ohne-titel@quartier.example', action: 'skipped' });
  });

  it('reads line breaks in LOCATION and the place from Apple’s geo: URI', async () => {
    const data = await own('quirks.ics');
    expect(data.events[0].location).to.deep.equal({
      name: 'Gemeinschaftsgarten, Hinterhof 3, Leipzig',
      lat: 51.3561,
      lon: 12.4123,
    });
  });

  it('unfolds TAB-folded lines, unescapes quotes and ignores the HTML description', async () => {
    const data = await own('quirks.ics');
    const event = byId(data, 'hoftreffen@quartier.example');
    expect(event).to.include({
      url: 'https://quartier.example/termine/hoftreffen',
      start: '2026-06-05T16:00:00Z',
      end: '2026-06-05T18:00:00Z',
    });
    expect(event.description).to.equal('Wir treffen uns für ein "Hoffest"');
  });

  it('loads a calendar with a byte order mark and only a VTIMEZONE as empty, without a word', async () => {
    const data = await own('empty.ics');
    expect(data.events).to.deep.equal([]);
    expect(data.warnings).to.deep.equal([]);
  });

  it('uses a VTIMEZONE defined after the event that names it', async () => {
    const data = await parseSource(
      ics(
        ...vevent('UID:v', 'SUMMARY:Vorgriff', 'DTSTART;TZID=Europe/Berlin:20260115T100000'),
        'BEGIN:VTIMEZONE',
        'TZID:Europe/Berlin',
        'BEGIN:STANDARD',
        'DTSTART:19701025T030000',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'END:STANDARD',
        'END:VTIMEZONE',
      ),
      SOURCE,
    );
    expect(data.events.map((e) => e.start)).to.deep.equal(['2026-01-15T09:00:00Z']);
  });

  it('reads a quoted TZID with non-ASCII letters from its VTIMEZONE', async () => {
    const data = await parseSource(
      ics(
        'BEGIN:VTIMEZONE',
        'TZID:(UTC-03:00) São Tomé Süd',
        'BEGIN:STANDARD',
        'DTSTART:16010101T000000',
        'TZOFFSETFROM:-0300',
        'TZOFFSETTO:-0300',
        'END:STANDARD',
        'END:VTIMEZONE',
        ...vevent(
          'UID:z',
          'SUMMARY:Zeitzone',
          'DTSTART;TZID="(UTC-03:00) São Tomé Süd":20260511T133000',
          'DTEND;TZID="(UTC-03:00) São Tomé Süd":20260511T140000',
        ),
      ),
      SOURCE,
    );
    expect(data.events.map((e) => [e.start, e.end])).to.deep.equal([
      ['2026-05-11T16:30:00Z', '2026-05-11T17:00:00Z'],
    ]);
  });

  it('ignores EXDATEs on separate lines of an event that does not repeat', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:e',
          'SUMMARY:Einmal',
          'DTSTART:20260601T100000Z',
          'EXDATE:20260605T100000Z',
          'EXDATE:20260606T100000Z',
        ),
      ),
      SOURCE,
    );
    expect(data.events).to.have.length(1);
    expect(data.events[0].recurrence).to.equal(undefined);
    expect(data.events[0].start).to.equal('2026-06-01T10:00:00Z');
  });

  it('makes CATEGORIES with escaped commas one topic each', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:k',
          'SUMMARY:Kategorien',
          'DTSTART:20260601T100000Z',
          'CATEGORIES:Kochen\\, Backen,Garten\\, Hof,Musik',
        ),
      ),
      SOURCE,
    );
    expect(data.topics.map((t) => [t.id, t.label])).to.deep.equal([
      ['kochen-backen', 'Kochen, Backen'],
      ['garten-hof', 'Garten, Hof'],
      ['musik', 'Musik'],
    ]);
    expect(data.events[0].topics).to.deep.equal(['kochen-backen', 'garten-hof', 'musik']);
  });

  it('takes zones without VTIMEZONE from the browser, a PERIOD RDATE’s start, and skips untitled parts', async () => {
    const data = await parseSource(
      [
        'BEGIN:VCALENDAR',
        ...vevent(
          'DTSTART;TZID=America/New_York;VALUE=DATE-TIME:20260612T080000',
          'DTEND;TZID=America/Los_Angeles;VALUE=DATE-TIME:20260612T080000',
          'RDATE;VALUE=PERIOD;TZID=Europe/Berlin:20260619T120000/PT2H',
          'SUMMARY:Zwei Zonen',
        ),
        ...vevent('RECURRENCE-ID;TZID=Europe/Moscow:20260309T020000'),
        'BEGIN:VTODO',
        'DUE;TZID=Asia/Singapore;VALUE=DATE-TIME:20260612T080000',
        'END:VTODO',
        ...vevent('RDATE;TZID=America/Mexico_City:20260309T020000', 'DTSTAMP:20260301T130000Z'),
        'END:VCALENDAR',
      ].join('\r\n'),
      SOURCE,
    );
    expect(data.events).to.have.length(1);
    expect(data.events[0]).to.include({
      start: '2026-06-12T12:00:00Z', // 08:00 New York
      end: '2026-06-12T15:00:00Z', // 08:00 Los Angeles
    });
    expect(data.events[0].recurrence?.rdates).to.deep.equal(['2026-06-19T10:00:00Z']);
    expect(warningCodes(data)).to.deep.equal(['title:missing', 'title:missing']);
  });

  it('reads an all-day series of one with RDATEs written with a stray Z, and moved days without a series', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:serie@quartier.example',
          'SUMMARY:Jahrestag',
          'DTSTART;VALUE=DATE:20281210',
          'DTEND;VALUE=DATE:20281211',
          'RRULE:FREQ=DAILY;INTERVAL=1;COUNT=1',
          'RDATE:20271210Z',
          'RDATE:20261210Z',
        ),
        ...vevent(
          'UID:einzeln@quartier.example',
          'SUMMARY:Jahrestag',
          'RECURRENCE-ID;VALUE=DATE:20261210',
          'DTSTART;VALUE=DATE:20261210',
          'DTEND;VALUE=DATE:20261211',
        ),
        ...vevent(
          'UID:einzeln@quartier.example',
          'SUMMARY:Jahrestag',
          'RECURRENCE-ID;VALUE=DATE:20271210',
          'DTSTART;VALUE=DATE:20271210',
          'DTEND;VALUE=DATE:20271211',
        ),
      ),
      SOURCE,
    );
    expect(data.events.map((e) => e.id)).to.deep.equal([
      'serie@quartier.example',
      'einzeln@quartier.example#20261210',
      'einzeln@quartier.example#20271210',
    ]);
    expect(starts(data.events[0], '2026-01-01', '2029-01-01')).to.deep.equal([
      '2026-12-10',
      '2027-12-10',
      '2028-12-10',
    ]);
    expect(data.warnings).to.deep.equal([]);
  });

  it('reads a timed DURATION in the event’s zone, and an all-day series with only DTSTART and an empty LOCATION', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:d',
          'SUMMARY:Dauer',
          'DTSTART;TZID=America/Los_Angeles:20260630T060000',
          'DURATION:P1D',
        ),
        ...vevent(
          'UID:w',
          'SUMMARY:Werktage',
          'DTSTART;VALUE=DATE:20260805',
          'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
          'LOCATION:',
        ),
      ),
      SOURCE,
    );
    expect(byId(data, 'd')).to.include({
      start: '2026-06-30T13:00:00Z',
      end: '2026-07-01T13:00:00Z',
    });
    const weekdays = byId(data, 'w');
    expect(weekdays.start).to.equal('2026-08-05');
    expect(weekdays.end).to.equal(undefined);
    expect(weekdays.location).to.equal(undefined);
    expect(starts(weekdays, '2026-08-01', '2026-08-15')).to.deep.equal([
      '2026-08-05',
      '2026-08-06',
      '2026-08-07',
      '2026-08-10',
      '2026-08-11',
      '2026-08-12',
      '2026-08-13',
      '2026-08-14',
    ]);
  });

  it('keeps a New York series at 10:30 there while Europe switches a week earlier', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:ny',
          'SUMMARY:Sprechstunde',
          'DTSTART;TZID=America/New_York:20261028T103000',
          'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
        ),
      ),
      SOURCE,
    );
    expect(data.events[0].timeZone).to.equal('America/New_York');
    // Europe leaves summer time on 25 October 2026, New York on 1 November.
    expect(starts(data.events[0], '2026-10-28', '2026-11-04')).to.deep.equal([
      '2026-10-28T14:30',
      '2026-10-29T14:30',
      '2026-10-30T14:30',
      '2026-11-02T15:30',
      '2026-11-03T15:30',
    ]);
  });

  it('expands MONTHLY with BYMONTH (by ical.js), with an EXDATE that still counts and an RDATE', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:m',
          'SUMMARY:Stadtteilrat',
          'DTSTART;TZID=Europe/Berlin:20260318T180000',
          'RRULE:FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=3WE;COUNT=4',
          'EXDATE;TZID=Europe/Berlin:20260916T180000',
          'RDATE;TZID=Europe/Berlin:20260923T180000',
        ),
      ),
      SOURCE,
    );
    expect(starts(data.events[0], '2026-01-01', '2028-01-01')).to.deep.equal([
      '2026-03-18T17:00',
      '2026-06-17T16:00',
      '2026-09-23T16:00',
      '2026-12-16T17:00',
    ]);
  });

  it('adds comma-separated RDATEs and moves one of them with RECURRENCE-ID', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:r',
          'SUMMARY:Erster Dienstag',
          'DTSTART;TZID=Europe/Berlin:20261006T180000',
          'RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=3',
          'RDATE;TZID=Europe/Berlin:20261110T180000,20261130T180000',
          'RDATE;TZID=Europe/Berlin:20261105T180000',
          'EXDATE;TZID=Europe/Berlin:20261201T180000',
        ),
        ...vevent(
          'UID:r',
          'SUMMARY:Erster Dienstag (verlegt)',
          'RECURRENCE-ID;TZID=Europe/Berlin:20261105T180000',
          'DTSTART;TZID=Europe/Berlin:20261107T100000',
        ),
      ),
      SOURCE,
    );
    expect(data.events.map((e) => e.id)).to.deep.equal(['r', 'r#20261105T170000Z']);
    expect(starts(byId(data, 'r'), '2026-10-01', '2027-01-01')).to.deep.equal([
      '2026-10-06T16:00',
      '2026-11-03T17:00',
      '2026-11-10T17:00',
      '2026-11-30T17:00',
    ]);
    expect(byId(data, 'r#20261105T170000Z').start).to.equal('2026-11-07T09:00:00Z');
    expect(data.warnings).to.deep.equal([]);
  });

  it('makes a DTSTART the rule does not select the first date, counted by COUNT (a yearly rule by ical.js too)', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:cafe',
          'SUMMARY:Sprachcafé',
          'DTSTART;TZID=Europe/Berlin:20260514T180000',
          'RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=3',
        ),
        ...vevent(
          'UID:fest',
          'SUMMARY:Stadtteilfest',
          'DTSTART;VALUE=DATE:20260514',
          'RRULE:FREQ=YEARLY;BYMONTH=6;BYDAY=1SA;COUNT=3',
        ),
      ),
      SOURCE,
    );
    // Thursday 14 May, then Tuesdays 19 and 26 May: three dates.
    expect(starts(byId(data, 'cafe'), '2026-05-01', '2026-07-01')).to.deep.equal([
      '2026-05-14T16:00',
      '2026-05-19T16:00',
      '2026-05-26T16:00',
    ]);
    expect(starts(byId(data, 'fest'), '2026-01-01', '2030-01-01')).to.deep.equal([
      '2026-05-14',
      '2026-06-06',
      '2027-06-05',
    ]);
  });

  it('reads a UTC time written with a TZID as UTC and shows the event', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:z',
          'SUMMARY:Nachtwanderung',
          'DTSTART;TZID=Europe/Berlin:20200910T220000Z',
          'DTEND;TZID=Europe/Berlin:20200910T233000Z',
          'RRULE:FREQ=WEEKLY;COUNT=2',
        ),
      ),
      SOURCE,
    );
    expect(data.events).to.have.length(1);
    expect(data.events[0]).to.include({
      start: '2020-09-10T22:00:00Z',
      end: '2020-09-10T23:30:00Z',
    });
    expect(starts(data.events[0], '2020-09-01', '2020-10-01')).to.deep.equal([
      '2020-09-10T22:00',
      '2020-09-17T22:00',
    ]);
    expect(occurrencesIn(data.events, '2020-09-01', '2020-10-01', BERLIN)).to.have.length(2);
  });

  it('keeps the first of two VEVENTs with one UID and no RECURRENCE-ID, and reports the later copy', async () => {
    const data = await parseSource(
      ics(
        ...vevent('UID:d', 'SUMMARY:Hoffest', 'DTSTART;VALUE=DATE:20260606'),
        ...vevent('UID:d', 'SUMMARY:Hoffest (Kopie)', 'DTSTART;VALUE=DATE:20260607'),
      ),
      SOURCE,
    );
    expect(data.events.map((e) => e.title)).to.deep.equal(['Hoffest']);
    expect(data.warnings).to.have.length(1);
    expect(data.warnings[0]).to.include({
      id: 'd',
      code: 'duplicate-id',
      action: 'skipped',
      index: 1,
    });
    expect(occurrencesIn(data.events, '2026-06-01', '2026-07-01', BERLIN)).to.have.length(1);
  });

  it('maps STATUS:CANCELLED on a RECURRENCE-ID instance to recurrence.cancelled: the date stays, marked', async () => {
    const data = await parseSource(
      ics(
        ...vevent(
          'UID:kurs',
          'SUMMARY:Deutschkurs',
          'DTSTART;TZID=Europe/Berlin:20260505T180000',
          'RRULE:FREQ=WEEKLY;COUNT=3',
        ),
        ...vevent(
          'UID:kurs',
          'SUMMARY:Deutschkurs',
          'RECURRENCE-ID;TZID=Europe/Berlin:20260512T180000',
          'DTSTART;TZID=Europe/Berlin:20260512T180000',
          'STATUS:CANCELLED',
        ),
        // A cancelled date whose series is not in the file stands on its own.
        ...vevent(
          'UID:fremd',
          'SUMMARY:Lesung',
          'RECURRENCE-ID:20260520T170000Z',
          'DTSTART:20260520T170000Z',
          'STATUS:CANCELLED',
        ),
      ),
      SOURCE,
    );
    expect(data.events.map((e) => e.id)).to.deep.equal(['kurs', 'fremd#20260520T170000Z']);
    expect(byId(data, 'kurs').recurrence?.cancelled).to.deep.equal(['2026-05-12T16:00:00Z']);
    expect(byId(data, 'fremd#20260520T170000Z').status).to.equal('cancelled');
    const shown = occurrencesIn([byId(data, 'kurs')], '2026-05-01', '2026-06-01', BERLIN)
      .sort((a, b) => a.start - b.start)
      .map((o) => `${o.day}${o.cancelled ? ' abgesagt' : ''}`);
    expect(shown).to.deep.equal(['2026-05-05', '2026-05-12 abgesagt', '2026-05-19']);
    expect(data.warnings).to.deep.equal([]);
  });
});
