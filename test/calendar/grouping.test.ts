import { expect } from '@open-wc/testing';
import {
  eventsIn,
  groupByDay,
  nextOccurrence,
  notOver,
  occurrencesOn,
  teaserStart,
  upcoming,
  upcomingIn,
} from '../../src/calendar/grouping.js';
import { todayIn } from '../../src/calendar/zone.js';
import type { Occurrence } from '../../src/calendar/occurrences.js';
import type { QuartierEvent } from '../../src/model/types.js';

const BERLIN = 'Europe/Berlin';
const event = (id: string, fields: Partial<QuartierEvent>): QuartierEvent => ({
  id,
  title: id,
  start: '2026-05-19',
  source: 'https://example.org/data.json',
  ...fields,
});
const titleOf = (o: Occurrence) => String(o.event.title);
const ids = (list: Occurrence[] | undefined) => (list ?? []).map((o) => o.event.id);

const EVENTS = [
  event('spaet', { start: '2026-05-19T18:00' }),
  event('frueh', { start: '2026-05-19T08:00' }),
  event('ganztags', { start: '2026-05-19' }),
  event('b-gleichzeitig', { start: '2026-05-19T18:00' }),
  event('fest', { start: '2026-05-30', end: '2026-06-02' }),
  event('woechentlich', {
    start: '2026-05-05T16:00',
    recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU' },
  }),
];

describe('occurrences grouped by day', () => {
  it('orders a day all-day first, then by time, then by title', () => {
    const { byDay } = groupByDay(
      EVENTS,
      { start: '2026-05-01', end: '2026-06-01' },
      BERLIN,
      titleOf,
    );
    expect(ids(byDay.get('2026-05-19'))).to.deep.equal([
      'ganztags',
      'frueh',
      'woechentlich',
      'b-gleichzeitig',
      'spaet',
    ]);
    expect(ids(occurrencesOn(EVENTS, '2026-05-19', BERLIN, titleOf))).to.deep.equal(
      ids(byDay.get('2026-05-19')),
    );
  });

  it('puts an event on every day it covers inside the range, and each date of a series on its day', () => {
    const { byDay, list } = groupByDay(
      EVENTS,
      { start: '2026-05-01', end: '2026-06-01' },
      BERLIN,
      titleOf,
    );
    expect(ids(byDay.get('2026-05-30'))).to.deep.equal(['fest']);
    expect(ids(byDay.get('2026-05-31'))).to.deep.equal(['fest']);
    // The range ends with May: the fest's June days are not in it.
    expect(byDay.has('2026-06-01')).to.equal(false);
    for (const tuesday of ['2026-05-05', '2026-05-12', '2026-05-26'])
      expect(ids(byDay.get(tuesday))).to.deep.equal(['woechentlich']);
    // The list holds each occurrence once, by its first day.
    expect(list.filter((o) => o.event.id === 'fest')).to.have.length(1);
    expect(list.map((o) => o.day)).to.deep.equal([...list.map((o) => o.day)].sort());
    // A range starting inside the fest still shows it on its first day.
    const june = groupByDay(EVENTS, { start: '2026-06-01', end: '2026-07-01' }, BERLIN, titleOf);
    expect(ids(june.byDay.get('2026-06-01'))).to.deep.equal(['fest']);
    expect(ids(june.byDay.get('2026-06-02'))).to.deep.equal(['fest', 'woechentlich']);
  });

  it('tells what is not over yet, for a teaser', () => {
    const { list } = groupByDay(
      EVENTS,
      { start: '2026-05-19', end: '2026-06-19' },
      BERLIN,
      titleOf,
    );
    const noon = teaserStart('2026-05-19', BERLIN);
    expect(noon.day).to.equal('2026-05-19');
    expect(new Date(noon.instant).toISOString()).to.equal('2026-05-18T22:00:00.000Z');
    const afternoon = { day: '2026-05-19', instant: Date.parse('2026-05-19T15:00:00Z') };
    // 08:00, 16:00 and 18:00 in Berlin are 06:00, 14:00 and 16:00 UTC: by 15:00 UTC two are over.
    const frueh = list.find((o) => o.event.id === 'frueh')!;
    expect(notOver(frueh, afternoon)).to.equal(false);
    expect(
      notOver(
        list.find((o) => o.event.id === 'ganztags')!,
        afternoon,
      ),
    ).to.equal(true);
    expect(
      notOver(
        list.find((o) => o.event.id === 'woechentlich')!,
        afternoon,
      ),
    ).to.equal(false);
    expect(ids(upcoming(list, afternoon, 3))).to.deep.equal([
      'ganztags',
      'b-gleichzeitig',
      'spaet',
    ]);
    const now = teaserStart('', BERLIN);
    expect(now.day).to.equal(todayIn(BERLIN));
    expect(Math.abs(now.instant - Date.now())).to.be.below(1000);
  });

  it('finds a teaser’s next dates in a month, a quarter or the year, as the whole year would', () => {
    const year = { start: '2026-05-19', end: '2027-05-19' };
    const from = teaserStart('2026-05-19', BERLIN);
    const sparse = [
      event('sommer', { start: '2026-07-10T10:00' }),
      event('herbst', { start: '2026-10-01T10:00' }),
      event('winter', { start: '2027-01-15T10:00' }),
      event('lang', { start: '2026-05-10', end: '2026-05-25' }),
    ];
    for (const [events, limit] of [
      [EVENTS, 3],
      [EVENTS, 20],
      [sparse, 3],
      [sparse, 5],
      [[...EVENTS, ...sparse], 12],
    ] as [QuartierEvent[], number][]) {
      const whole = upcoming(groupByDay(events, year, BERLIN, titleOf).list, from, limit);
      expect(ids(upcomingIn(events, year, from, limit, BERLIN, titleOf))).to.deep.equal(ids(whole));
    }
    // An event under way since before the teaser's first day counts; dates a quarter away are found.
    expect(ids(upcomingIn(sparse, year, from, 3, BERLIN, titleOf))).to.deep.equal([
      'lang',
      'sommer',
      'herbst',
    ]);
  });

  it('gives the events with a date in the range once, series whole', () => {
    const june = eventsIn(EVENTS, { start: '2026-06-01', end: '2026-07-01' }, BERLIN);
    expect(june.map((e) => e.id)).to.deep.equal(['fest', 'woechentlich']);
  });

  it('opens a link on the event’s next date from today, else on its first', () => {
    const series = EVENTS.find((e) => e.id === 'woechentlich')!;
    expect(nextOccurrence(series, '2026-05-20', BERLIN)?.day).to.equal('2026-05-26');
    expect(nextOccurrence(series, '2026-01-01', BERLIN)?.day).to.equal('2026-05-05');
    const past = event('vorbei', { start: '2025-03-01T10:00' });
    expect(nextOccurrence(past, '2026-05-20', BERLIN)?.day).to.equal('2025-03-01');
  });
});
