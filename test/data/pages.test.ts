import { expect } from '@open-wc/testing';
import { monthsOf, overlap, pagesOf } from '../../src/data/pages.js';

describe('date ranges of sources', () => {
  it('splits the days shown into the calendar months they touch', () => {
    // A Monday-first grid of May 2026 reaches from 27 April to 7 June.
    expect(monthsOf({ start: '2026-04-27', end: '2026-06-08' })).to.deep.equal([
      { start: '2026-04-01', end: '2026-05-01' },
      { start: '2026-05-01', end: '2026-06-01' },
      { start: '2026-06-01', end: '2026-07-01' },
    ]);
    expect(monthsOf({ start: '2026-12-28', end: '2027-01-04' })).to.deep.equal([
      { start: '2026-12-01', end: '2027-01-01' },
      { start: '2027-01-01', end: '2027-02-01' },
    ]);
  });

  it('asks a source without placeholders once, and a teaser’s year in one request', () => {
    const may = { start: '2026-05-01', end: '2026-06-01' };
    expect(pagesOf('/termine.json', may)).to.deep.equal([undefined]);
    expect(
      pagesOf('/api?von={start}&bis={end}', { ...may, end: '2027-05-01', whole: true }),
    ).to.deep.equal([{ ...may, end: '2027-05-01', whole: true }]);
  });

  it('finds the days every partly checked source has checked', () => {
    expect(overlap([])).to.equal(undefined);
    expect(
      overlap([
        { start: '2026-04-25', end: '2026-06-10' },
        { start: '2026-05-01', end: '2026-07-01' },
      ]),
    ).to.deep.equal({ start: '2026-05-01', end: '2026-06-10' });
    // Ranges that do not meet leave no day checked everywhere.
    const none = overlap([
      { start: '2026-01-01', end: '2026-02-01' },
      { start: '2026-03-01', end: '2026-04-01' },
    ])!;
    expect(none.start >= none.end).to.equal(true);
  });
});
