import { expect } from '@open-wc/testing';
import { nextOccurrences } from '../../src/calendar/next-occurrences.js';
import { summariseRule } from '../../src/calendar/rule-shape.js';
import { describeRule as de } from '../../src/i18n/recurrence/de.js';
import { describeRule as en } from '../../src/i18n/recurrence/en.js';
import type { QuartierEvent } from '../../src/model/types.js';

const BERLIN = 'Europe/Berlin';
const series = (start: string, rrule: string, more: Partial<QuartierEvent['recurrence']> = {}) =>
  ({ id: 's', title: 'S', start, source: 'x', recurrence: { rrule, ...more } }) as QuartierEvent;
const say = (start: string, rrule: string, more?: Partial<QuartierEvent['recurrence']>) => {
  const summary = summariseRule(series(start, rrule, more), BERLIN)!;
  return [de(summary), en(summary)];
};

describe('the rule in plain words', () => {
  it('says weekly rules: "jeden Dienstag", "alle zwei Wochen montags und mittwochs", "montags bis donnerstags"', () => {
    expect(say('2026-05-19T16:00', 'FREQ=WEEKLY;BYDAY=TU')).to.deep.equal([
      'jeden Dienstag',
      'every Tuesday',
    ]);
    // Without BYDAY, the start's weekday (19 May 2026 is a Tuesday).
    expect(say('2026-05-19', 'FREQ=WEEKLY')[0]).to.equal('jeden Dienstag');
    expect(say('2026-05-18', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,MO')).to.deep.equal([
      'alle zwei Wochen montags und mittwochs',
      'every two weeks on Mondays and Wednesdays',
    ]);
    expect(say('2026-05-18', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH')).to.deep.equal([
      'montags bis donnerstags',
      'on Mondays to Thursdays',
    ]);
    expect(say('2026-05-18', 'FREQ=DAILY;BYDAY=MO,WE,FR')[0]).to.equal(
      'montags, mittwochs und freitags',
    );
  });

  it('says monthly rules: "jeden ersten Samstag im Monat", last and several ordinals, days of the month', () => {
    expect(say('2026-06-06', 'FREQ=MONTHLY;BYDAY=1SA')).to.deep.equal([
      'jeden ersten Samstag im Monat',
      'on the first Saturday of every month',
    ]);
    expect(say('2026-05-29', 'FREQ=MONTHLY;BYDAY=-1FR')[0]).to.equal(
      'jeden letzten Freitag im Monat',
    );
    expect(say('2026-05-13', 'FREQ=MONTHLY;BYDAY=2WE,4WE')).to.deep.equal([
      'jeden zweiten und vierten Mittwoch im Monat',
      'on the second and fourth Wednesday of every month',
    ]);
    expect(say('2026-05-15', 'FREQ=MONTHLY')).to.deep.equal([
      'jeden Monat am 15.',
      'monthly on the 15th',
    ]);
  });

  it('says "täglich bis 30. Juni 2026", COUNT, and "außer am …" for few excluded dates', () => {
    expect(say('2026-06-01', 'FREQ=DAILY;UNTIL=20260630')).to.deep.equal([
      'täglich bis 30. Juni 2026',
      'daily until June 30, 2026',
    ]);
    // UNTIL as an instant: the day in the calendar's zone.
    expect(say('2026-06-01T18:00', 'FREQ=DAILY;UNTIL=20260630T160000Z')[0]).to.equal(
      'täglich bis 30. Juni 2026',
    );
    expect(say('2026-05-19', 'FREQ=WEEKLY;COUNT=10')).to.deep.equal([
      'jeden Dienstag, 10-mal',
      'every Tuesday, 10 times',
    ]);
    expect(
      say('2026-05-19T16:00', 'FREQ=WEEKLY;BYDAY=TU', {
        exdates: ['2026-06-02T16:00', '2026-05-26'],
      }),
    ).to.deep.equal([
      'jeden Dienstag, außer am 26. Mai und 2. Juni',
      'every Tuesday, except on May 26 and June 2',
    ]);
    const many = ['2026-05-26', '2026-06-02', '2026-06-09', '2026-06-16'];
    expect(say('2026-05-19', 'FREQ=WEEKLY', { exdates: many })[0]).to.equal('jeden Dienstag');
  });

  it('says "jedes Jahr am 10. September" for a plain yearly rule, "regelmäßig" beyond the subset', () => {
    expect(say('2026-09-10', 'FREQ=YEARLY')).to.deep.equal([
      'jedes Jahr am 10. September',
      'every year on September 10',
    ]);
    expect(say('2026-09-10', 'FREQ=YEARLY;INTERVAL=2;COUNT=3')[0]).to.equal(
      'alle zwei Jahre am 10. September, 3-mal',
    );
    // A rule handed to ical.js (BYMONTH, BYSETPOS) is not put in words: "regelmäßig", and the dates.
    expect(say('2026-06-06', 'FREQ=YEARLY;BYMONTH=6;BYDAY=1SA')).to.deep.equal([
      'regelmäßig',
      'regularly',
    ]);
    expect(say('2026-05-29', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1')[0]).to.equal(
      'regelmäßig',
    );
  });

  it('lists the next three dates from a day, cancelled ones marked', () => {
    const event = series('2026-05-14T18:00', 'FREQ=WEEKLY;BYDAY=TU', {
      cancelled: ['2026-05-26'],
      exdates: ['2026-06-02'],
    });
    const next = nextOccurrences(event, '2026-05-01', BERLIN).map(
      (o) => `${o.day}${o.cancelled ? ' abgesagt' : ''}`,
    );
    // DTSTART Thursday 14 May first; 2 June excluded.
    expect(next).to.deep.equal(['2026-05-14', '2026-05-19', '2026-05-26 abgesagt']);
    expect(nextOccurrences(event, '2026-05-20', BERLIN).map((o) => o.day)).to.deep.equal([
      '2026-05-26',
      '2026-06-09',
      '2026-06-16',
    ]);
    // A series that ended lists what is left.
    const ended = series('2026-05-19', 'FREQ=WEEKLY;COUNT=2');
    expect(nextOccurrences(ended, '2026-05-20', BERLIN).map((o) => o.day)).to.deep.equal([
      '2026-05-26',
    ]);
  });
});
