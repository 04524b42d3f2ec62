import { expect } from '@open-wc/testing';
import { compareOccurrences, occurrencesIn } from '../../src/calendar/occurrences.js';
import { validateDocument } from '../../src/data/validate.js';
import type { QuartierEvent } from '../../src/model/types.js';

const BERLIN = 'Europe/Berlin';
const event = (id: string, fields: Partial<QuartierEvent>): QuartierEvent => ({
  id,
  title: id,
  start: '2026-05-19',
  source: 'https://example.org/data.json',
  ...fields,
});
const iso = (instant: number) => new Date(instant).toISOString();

describe('occurrences in the calendar zone', () => {
  it(`runs in the browser zone ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
    // The same suite runs with the browser in UTC and in America/New_York (see the test config).
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.be.a('string');
  });

  it('reads a date-time without offset as wall-clock time in the calendar zone', () => {
    const [o] = occurrencesIn(
      [event('a', { start: '2026-05-19T16:00', end: '2026-05-19T18:00' })],
      '2026-05-01',
      '2026-06-01',
      BERLIN,
    );
    expect(iso(o.start)).to.equal('2026-05-19T14:00:00.000Z');
    expect(iso(o.end)).to.equal('2026-05-19T16:00:00.000Z');
    expect([o.day, o.lastDay, o.allDay]).to.deep.equal(['2026-05-19', '2026-05-19', false]);
  });

  it('places 00:30 on the spring DST switch day (2026-03-29) on that day', () => {
    const [o] = occurrencesIn(
      [event('a', { start: '2026-03-29T00:30' })],
      '2026-03-01',
      '2026-04-01',
      BERLIN,
    );
    expect(o.day).to.equal('2026-03-29');
    expect(iso(o.start)).to.equal('2026-03-28T23:30:00.000Z');
  });

  it('keeps the wall-clock time of a weekly event across the autumn switch (2026-10-25)', () => {
    const weekly = event('w', {
      start: '2026-10-20T19:00',
      end: '2026-10-20T21:00',
      recurrence: { rrule: 'FREQ=WEEKLY' },
    });
    const found = occurrencesIn([weekly], '2026-10-01', '2026-11-01', BERLIN);
    expect(found.map((o) => iso(o.start))).to.deep.equal([
      '2026-10-20T17:00:00.000Z',
      '2026-10-27T18:00:00.000Z',
    ]);
    expect(found.every((o) => o.end - o.start === 2 * 3600 * 1000)).to.be.true;
  });

  it('converts a time with offset into the calendar zone', () => {
    const [o] = occurrencesIn(
      [event('a', { start: '2026-10-25T01:30:00+02:00' })],
      '2026-10-01',
      '2026-11-01',
      BERLIN,
    );
    expect(o.day).to.equal('2026-10-25');
    const [late] = occurrencesIn(
      [event('b', { start: '2026-05-19T23:30:00Z' })],
      '2026-05-01',
      '2026-06-01',
      BERLIN,
    );
    expect(late.day).to.equal('2026-05-20');
  });

  it('shows the same event on another day in another calendar zone', () => {
    const [o] = occurrencesIn(
      [event('a', { start: '2026-05-20T01:00:00+02:00' })],
      '2026-05-01',
      '2026-06-01',
      'America/New_York',
    );
    expect(o.day).to.equal('2026-05-19');
  });

  it('treats the end of an all-day event as its last day, inclusive', () => {
    const found = occurrencesIn(
      [event('fest', { start: '2026-05-29', end: '2026-06-02' })],
      '2026-06-01',
      '2026-07-01',
      BERLIN,
    );
    expect(found.map((o) => [o.day, o.lastDay, o.allDay])).to.deep.equal([
      ['2026-05-29', '2026-06-02', true],
    ]);
    expect(
      occurrencesIn(
        [event('x', { start: '2026-05-29', end: '2026-05-31' })],
        '2026-06-01',
        '2026-07-01',
        BERLIN,
      ),
    ).to.deep.equal([]);
  });

  it('does not let an event ending at midnight spill into the next day', () => {
    const [o] = occurrencesIn(
      [event('a', { start: '2026-05-19T20:00', end: '2026-05-20T00:00' })],
      '2026-05-01',
      '2026-06-01',
      BERLIN,
    );
    expect(o.lastDay).to.equal('2026-05-19');
  });

  it('expands a recurring event for the range only, without its exdates', () => {
    const cafe = event('cafe', {
      start: '2026-05-05T16:00',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: ['2026-05-19T16:00'] },
    });
    expect(
      occurrencesIn([cafe], '2026-05-10', '2026-06-01', BERLIN).map((o) => o.day),
    ).to.deep.equal(['2026-05-12', '2026-05-26']);
  });

  it('includes a recurring multi-day occurrence that began before the range', () => {
    const camp = event('camp', {
      start: '2026-04-30',
      end: '2026-05-02',
      recurrence: { rrule: 'FREQ=MONTHLY;COUNT=2' },
    });
    const found = occurrencesIn([camp], '2026-05-01', '2026-05-10', BERLIN);
    expect(found.map((o) => [o.day, o.lastDay])).to.deep.equal([['2026-04-30', '2026-05-02']]);
  });

  it('stops at an UNTIL given in UTC, judged with the time of day', () => {
    const series = event('s', {
      start: '2026-05-05T18:00',
      recurrence: { rrule: 'FREQ=WEEKLY;UNTIL=20260512T160000Z' },
    });
    expect(
      occurrencesIn([series], '2026-05-01', '2026-06-01', BERLIN).map((o) => o.day),
    ).to.deep.equal(['2026-05-05', '2026-05-12']);
    const earlier = event('t', {
      start: '2026-05-05T18:30',
      recurrence: { rrule: 'FREQ=WEEKLY;UNTIL=20260512T160000Z' },
    });
    expect(
      occurrencesIn([earlier], '2026-05-01', '2026-06-01', BERLIN).map((o) => o.day),
    ).to.deep.equal(['2026-05-05']);
  });

  it('shows only the first date of a rule nobody can expand (several times a day), and reports it', () => {
    const data = validateDocument(
      {
        events: [
          {
            id: 'y',
            title: 'Jahresfest',
            start: '2026-05-19',
            recurrence: { rrule: 'FREQ=HOURLY;INTERVAL=2' },
          },
        ],
      },
      'https://example.org/data.json',
    );
    expect(data.warnings.map((w) => [w.field, w.code])).to.deep.equal([
      ['recurrence.rrule', 'unsupported-rrule'],
    ]);
    expect(data.events[0].recurrence).to.equal(undefined);
    expect(
      occurrencesIn(data.events, '2026-01-01', '2028-01-01', BERLIN).map((o) => o.day),
    ).to.deep.equal(['2026-05-19']);
  });

  it('orders a day: all-day first, then by start, then by title', () => {
    const found = occurrencesIn(
      [
        event('c', { start: '2026-05-19T10:00', title: 'Zumba' }),
        event('b', { start: '2026-05-19T10:00', title: 'Basteln' }),
        event('a', { start: '2026-05-19T09:00' }),
        event('d', { start: '2026-05-19' }),
      ],
      '2026-05-19',
      '2026-05-20',
      BERLIN,
    );
    found.sort((x, y) => compareOccurrences(x, y, (o) => String(o.event.title)));
    expect(found.map((o) => o.event.id)).to.deep.equal(['d', 'a', 'b', 'c']);
  });
});
