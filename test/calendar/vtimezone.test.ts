import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { joinLines } from '../../src/calendar/ics/lines.js';
import { vtimezoneLines } from '../../src/calendar/ics/vtimezone.js';
import { wallToInstant } from '../../src/calendar/zone.js';

/** The VTIMEZONE as ical.js reads it, inside a minimal VCALENDAR. */
function icalZone(lines: string[]): ICAL.Timezone {
  const text = joinLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    ...lines,
    'END:VCALENDAR',
  ]);
  const component = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone');
  if (!component) throw new Error('no VTIMEZONE');
  return new ICAL.Timezone(component);
}

/** A wall time read through the VTIMEZONE by ical.js, as milliseconds since the epoch. */
function icalInstant(zone: ICAL.Timezone, day: string, hour: number, minute = 0): number {
  const [year, month, date] = day.split('-').map(Number);
  const time = ICAL.Time.fromData({ year, month, day: date, hour, minute, second: 0 }, zone);
  return time.toUnixTime() * 1000;
}

/** Every `step`-th day of the years at 12:00 and 05:00 (clear of DST switches), plus extra times. */
function samples(fromYear: number, toYear: number, step: number) {
  const result: { day: string; hour: number; minute: number }[] = [];
  for (let t = Date.UTC(fromYear, 0, 1); t < Date.UTC(toYear + 1, 0, 1); t += step * 86400000) {
    const day = new Date(t).toISOString().slice(0, 10);
    result.push({ day, hour: 12, minute: 0 }, { day, hour: 5, minute: 0 });
  }
  return result;
}

interface Agreement {
  /** First year sampled: a yearly rule describes times from its first transition on. */
  sampleFrom?: number;
  extra?: { day: string; hour: number; minute: number }[];
}

function expectAgreement(zone: string, fromYear: number, toYear: number, options: Agreement = {}) {
  const tz = icalZone(vtimezoneLines(zone, fromYear, toYear));
  const sampled = [...samples(options.sampleFrom ?? fromYear, toYear, 3), ...(options.extra ?? [])];
  const wrong = sampled.filter(
    ({ day, hour, minute }) =>
      icalInstant(tz, day, hour, minute) !== wallToInstant(day, hour * 60 + minute, 0, zone),
  );
  expect(sampled.length).to.be.above(100);
  expect(wrong, `${zone}: wall times ical.js places elsewhere`).to.deep.equal([]);
}

describe('VTIMEZONE from the browser zone data', () => {
  it('writes the classic CET/CEST rule for Europe/Berlin', () => {
    expect(vtimezoneLines('Europe/Berlin', 2026, 2028)).to.deep.equal([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261025T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('gives ical.js the same Berlin instants as the calendar, right beside both switches', () => {
    expectAgreement('Europe/Berlin', 2025, 2030, {
      sampleFrom: 2026,
      extra: [
        { day: '2026-03-29', hour: 1, minute: 59 },
        { day: '2026-03-29', hour: 3, minute: 0 },
        { day: '2026-10-25', hour: 1, minute: 59 },
        { day: '2026-10-25', hour: 3, minute: 0 },
        // Beyond the years asked for, the yearly rule still holds.
        { day: '2032-07-01', hour: 12, minute: 0 },
        { day: '2032-12-01', hour: 12, minute: 0 },
      ],
    });
  });

  it('writes New York’s rule: second Sunday of March, first Sunday of November', () => {
    const lines = vtimezoneLines('America/New_York', 2026, 2027);
    expect(lines).to.include.members([
      'DTSTART:20260308T020000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'TZNAME:EDT',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'DTSTART:20261101T020000',
      'TZNAME:EST',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    ]);
    expect(lines.filter((l) => l.startsWith('BEGIN:'))).to.deep.equal([
      'BEGIN:VTIMEZONE',
      'BEGIN:DAYLIGHT',
      'BEGIN:STANDARD',
    ]);
    expectAgreement('America/New_York', 2025, 2027, { sampleFrom: 2026 });
  });

  it('writes one STANDARD without a rule for a zone without DST (Asia/Tokyo)', () => {
    expect(vtimezoneLines('Asia/Tokyo', 2026, 2028)).to.deep.equal([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:20260101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    expectAgreement('Asia/Tokyo', 2026, 2028);
  });

  it('handles a half-hour DST in the southern hemisphere (Australia/Lord_Howe)', () => {
    const lines = vtimezoneLines('Australia/Lord_Howe', 2026, 2028);
    expect(lines).to.include.members([
      'TZOFFSETFROM:+1030',
      'TZOFFSETTO:+1100',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
      'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
    ]);
    expectAgreement('Australia/Lord_Howe', 2025, 2028, {
      sampleFrom: 2026,
      extra: [
        { day: '2027-01-15', hour: 9, minute: 30 },
        { day: '2027-07-15', hour: 9, minute: 30 },
      ],
    });
  });

  it('lists every transition when they follow no yearly rule (Africa/Casablanca, Ramadan)', () => {
    const lines = vtimezoneLines('Africa/Casablanca', 2026, 2027);
    expect(lines.some((l) => l.startsWith('RRULE:'))).to.be.false;
    // The offset on 1 January first, then each change (into and out of Ramadan time …);
    // how many depends on the browser's tz data version.
    const starts = lines.filter((l) => l.startsWith('DTSTART:'));
    expect(starts[0]).to.equal('DTSTART:20260101T000000');
    expect(starts.length).to.be.at.least(3);
    expect(lines).to.include('TZOFFSETTO:+0000');
    // Listed transitions cover the whole range, 1 January included.
    expectAgreement('Africa/Casablanca', 2026, 2027);
  });

  it('lists transitions when the rule changes within the range (New York, 2005–2008)', () => {
    const lines = vtimezoneLines('America/New_York', 2005, 2008);
    expect(lines.some((l) => l.startsWith('RRULE:'))).to.be.false;
    expect(lines).to.include.members(['DTSTART:20060402T020000', 'DTSTART:20070311T020000']);
    expectAgreement('America/New_York', 2005, 2008, {
      extra: [{ day: '2005-01-01', hour: 0, minute: 30 }],
    });
  });
});
