import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { addDays } from '../../src/calendar/days.js';
import { icalRules } from '../../src/calendar/ical-rules.js';
import { expand, parseRule, type Rule } from '../../src/calendar/recurrence.js';
import { firstSelectedAfter, selectsStart } from '../../src/calendar/ics/synchronize.js';

const never = () => false;
const ruleOf = (text: string): Rule => {
  const parsed = parseRule(text);
  if (!('rule' in parsed)) throw new Error(`unsupported: ${parsed.unsupported}`);
  return parsed.rule;
};
const days = (text: string, start: string, from: string, to: string, excluded?: string[]) =>
  expand(ruleOf(text), start, {
    from,
    to,
    beyondUntil: never,
    excluded: excluded && new Set(excluded),
  });

/**
 * What ical.js (the oracle) makes of the same rule, for all-day dates, read as
 * SPEC §4 says: DTSTART is the first instance and COUNT counts it. ical.js 2.2
 * drops a DTSTART its rule does not select (except for DAILY), so the oracle
 * asks it for the rule's own dates after DTSTART and puts DTSTART first.
 */
function oracle(text: string, start: string, to: string): string[] {
  const count = Number(/COUNT=(\d+)/.exec(text)?.[1] ?? Infinity);
  const dtstart = ICAL.Time.fromDateString(start);
  const iterator = ICAL.Recur.fromString(text.replace(/;?COUNT=\d+/, '')).iterator(dtstart);
  const result: string[] = [start];
  for (let next = iterator.next(); next && result.length < count; next = iterator.next()) {
    const day = next.toString().slice(0, 10);
    if (day >= to) break;
    if (day > start) result.push(day);
  }
  return result;
}

/** A small deterministic generator, so a failing rule can be reproduced. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

describe('recurrence rules', () => {
  it('expands a weekly rule only for the window asked for', () => {
    expect(days('FREQ=WEEKLY;BYDAY=TU', '2026-05-05', '2026-05-10', '2026-06-01')).to.deep.equal([
      '2026-05-12',
      '2026-05-19',
      '2026-05-26',
    ]);
  });

  it('honours ordinals: first Tuesday and last Friday of the month', () => {
    expect(days('FREQ=MONTHLY;BYDAY=1TU', '2026-01-06', '2026-01-01', '2026-05-01')).to.deep.equal([
      '2026-01-06',
      '2026-02-03',
      '2026-03-03',
      '2026-04-07',
    ]);
    expect(days('FREQ=MONTHLY;BYDAY=-1FR', '2026-01-30', '2026-01-01', '2026-04-01')).to.deep.equal(
      ['2026-01-30', '2026-02-27', '2026-03-27'],
    );
  });

  it('skips months without the 31st and counts EXDATEs towards COUNT', () => {
    expect(days('FREQ=MONTHLY', '2026-01-31', '2026-01-01', '2026-08-01')).to.deep.equal([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
    ]);
    expect(
      days('FREQ=DAILY;COUNT=4', '2026-05-01', '2026-05-01', '2026-06-01', ['2026-05-02']),
    ).to.deep.equal(['2026-05-01', '2026-05-03', '2026-05-04']);
  });

  it('stops at UNTIL as the caller judges it', () => {
    const result = expand(ruleOf('FREQ=WEEKLY;UNTIL=20260520'), '2026-05-05', {
      from: '2026-05-01',
      to: '2026-07-01',
      beyondUntil: (day) => day > '2026-05-20',
    });
    expect(result).to.deep.equal(['2026-05-05', '2026-05-12', '2026-05-19']);
  });

  it('makes DTSTART the first instance: Thursday 14 May with "weekly on Tuesdays"', () => {
    // Thursday 14 May 2026, then the Tuesdays 19 May, 26 May, 2 June.
    expect(days('FREQ=WEEKLY;BYDAY=TU', '2026-05-14', '2026-05-01', '2026-06-03')).to.deep.equal([
      '2026-05-14',
      '2026-05-19',
      '2026-05-26',
      '2026-06-02',
    ]);
    // Outside the window asked for, it is not listed.
    expect(days('FREQ=WEEKLY;BYDAY=TU', '2026-05-14', '2026-05-15', '2026-05-27')).to.deep.equal([
      '2026-05-19',
      '2026-05-26',
    ]);
  });

  it('counts DTSTART towards COUNT, and EXDATE can still remove it', () => {
    // COUNT=3 from Thursday 14 May: 14 May, Tuesday 19 May, Tuesday 26 May.
    expect(
      days('FREQ=WEEKLY;BYDAY=TU;COUNT=3', '2026-05-14', '2026-05-01', '2026-07-01'),
    ).to.deep.equal(['2026-05-14', '2026-05-19', '2026-05-26']);
    // The excluded start still counts: two dates remain.
    expect(
      days('FREQ=WEEKLY;BYDAY=TU;COUNT=3', '2026-05-14', '2026-05-01', '2026-07-01', [
        '2026-05-14',
      ]),
    ).to.deep.equal(['2026-05-19', '2026-05-26']);
    // First Saturday of the month, COUNT=2, from Thursday 14 May: 14 May and 6 June.
    expect(
      days('FREQ=MONTHLY;BYDAY=1SA;COUNT=2', '2026-05-14', '2026-05-01', '2027-01-01'),
    ).to.deep.equal(['2026-05-14', '2026-06-06']);
    // A rule that selects its start counts it once.
    expect(
      days('FREQ=WEEKLY;BYDAY=TU;COUNT=2', '2026-05-19', '2026-05-01', '2026-07-01'),
    ).to.deep.equal(['2026-05-19', '2026-05-26']);
  });

  it('lists 2 September in RFC 2445’s example "every other week on MO, WE, FR … but starting on Tuesday"', () => {
    // RFC 2445 §4.3.10: DTSTART;TZID=US-Eastern:19970902T090000,
    // RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR; its list, by hand.
    const result = expand(
      ruleOf('FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR'),
      '1997-09-02',
      { from: '1997-09-01', to: '1998-01-01', beyondUntil: (day) => day >= '1997-12-24' },
    );
    expect(result).to.deep.equal([
      ...['1997-09-02', '1997-09-03', '1997-09-05', '1997-09-15', '1997-09-17', '1997-09-19'],
      ...['1997-09-29', '1997-10-01', '1997-10-03', '1997-10-13', '1997-10-15', '1997-10-17'],
      ...['1997-10-27', '1997-10-29', '1997-10-31', '1997-11-10', '1997-11-12', '1997-11-14'],
      ...['1997-11-24', '1997-11-26', '1997-11-28', '1997-12-08', '1997-12-10', '1997-12-12'],
      '1997-12-22',
    ]);
    expect(result).to.have.length(25);
  });

  it('makes DTSTART the first instance of a yearly rule too (expanded by ical.js)', () => {
    const expandYearly = (rule: string, start: string) =>
      icalRules.expand(rule, start, { from: '2026-01-01', to: '2029-01-01' });
    // First Saturday in June, from Thursday 14 May 2026: 14 May, then 6 June 2026, 5 June 2027, 3 June 2028.
    expect(expandYearly('FREQ=YEARLY;BYMONTH=6;BYDAY=1SA', '2026-05-14')).to.deep.equal([
      '2026-05-14',
      '2026-06-06',
      '2027-06-05',
      '2028-06-03',
    ]);
    // COUNT=2 counts the start: 14 May and 6 June 2026.
    expect(expandYearly('FREQ=YEARLY;BYMONTH=6;BYDAY=1SA;COUNT=2', '2026-05-14')).to.deep.equal([
      '2026-05-14',
      '2026-06-06',
    ]);
    // A plain yearly rule selects its start: once a year, not twice in the first.
    expect(expandYearly('FREQ=YEARLY', '2026-09-10')).to.deep.equal([
      '2026-09-10',
      '2027-09-10',
      '2028-09-10',
    ]);
    expect(icalRules.selectsStart('FREQ=YEARLY;BYMONTH=6;BYDAY=1SA', '2026-05-14')).to.equal(false);
    expect(icalRules.selectsStart('FREQ=YEARLY', '2026-09-10')).to.equal(true);
  });

  it('knows whether a rule selects its start and which date it selects next', () => {
    expect(selectsStart(ruleOf('FREQ=WEEKLY;BYDAY=TU'), '2026-05-14')).to.equal(false);
    expect(selectsStart(ruleOf('FREQ=WEEKLY;BYDAY=TU'), '2026-05-19')).to.equal(true);
    expect(selectsStart(ruleOf('FREQ=MONTHLY;BYDAY=1SA'), '2026-06-06')).to.equal(true);
    expect(firstSelectedAfter(ruleOf('FREQ=WEEKLY;BYDAY=TU'), '2026-05-14')).to.equal('2026-05-19');
    expect(firstSelectedAfter(ruleOf('FREQ=MONTHLY;BYDAY=1SA'), '2026-05-14')).to.equal(
      '2026-06-06',
    );
  });

  it('reports rules outside the subset instead of guessing', () => {
    for (const text of [
      'FREQ=YEARLY',
      'FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU',
      'FREQ=WEEKLY;BYMONTH=5',
      'FREQ=HOURLY',
      'FREQ=WEEKLY;BYDAY=1TU',
      'FREQ=DAILY;INTERVAL=0',
    ]) {
      expect(parseRule(text), text).to.have.property('unsupported');
    }
  });

  it('agrees with ical.js on 400 generated rules', () => {
    const next = random(20261124);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
    const mismatches: string[] = [];
    for (let i = 0; i < 400; i++) {
      const freq = pick(['DAILY', 'WEEKLY', 'MONTHLY'] as const);
      const parts = [`FREQ=${freq}`];
      if (next() < 0.5) parts.push(`INTERVAL=${1 + Math.floor(next() * 3)}`);
      if (freq === 'WEEKLY' && next() < 0.7) {
        parts.push(`BYDAY=${weekdays.filter(() => next() < 0.35).join(',') || pick(weekdays)}`);
      }
      if (freq === 'WEEKLY' && next() < 0.2) parts.push(`WKST=${pick(['MO', 'SU'])}`);
      const dailyDays =
        freq === 'DAILY' && next() < 0.3 ? [pick(weekdays), pick(weekdays)] : undefined;
      if (dailyDays) parts.push(`BYDAY=${dailyDays.join(',')}`);
      if (freq === 'MONTHLY') {
        const variant = next();
        if (variant < 0.4)
          parts.push(`BYDAY=${pick(['1', '2', '3', '4', '-1', '-2'])}${pick(weekdays)}`);
        else if (variant < 0.55) parts.push(`BYDAY=${pick(weekdays)}`);
        else if (variant < 0.8)
          parts.push(`BYMONTHDAY=${pick(['1', '15', '-1', '31', '1,15', '29'])}`);
      }
      if (next() < 0.5) parts.push(`COUNT=${1 + Math.floor(next() * 30)}`);
      const text = parts.join(';');
      // Unsynchronized starts included: the oracle reads them as SPEC §4 does.
      const start = addDays('2025-01-01', Math.floor(next() * 900));
      const to = addDays(start, 400);
      const ours = days(text, start, start, to);
      const theirs = oracle(text, start, to);
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
        mismatches.push(
          `${text} from ${start}: ours ${ours.slice(0, 4)} … (${ours.length}), ical.js ${theirs.slice(0, 4)} … (${theirs.length})`,
        );
      }
    }
    expect(mismatches, mismatches.slice(0, 5).join('\n')).to.deep.equal([]);
  });
});
