import { expect } from '@open-wc/testing';
import {
  daysOf,
  inRange,
  monthGrid,
  shownDays,
  stepCursor,
  teaserRange,
  viewForWidth,
  viewRange,
  weeksOf,
} from '../../src/calendar/ranges.js';

describe('calendar ranges', () => {
  it('covers the cursor’s month in month and list view, and its week from the week’s first day', () => {
    expect(viewRange('month', '2026-05-19', 1)).to.deep.equal({
      start: '2026-05-01',
      end: '2026-06-01',
    });
    expect(viewRange('list', '2026-12-31', 1)).to.deep.equal({
      start: '2026-12-01',
      end: '2027-01-01',
    });
    // Tuesday 19 May 2026: Monday-first weeks start on the 18th, Sunday-first on the 17th.
    expect(viewRange('week', '2026-05-19', 1)).to.deep.equal({
      start: '2026-05-18',
      end: '2026-05-25',
    });
    expect(viewRange('week', '2026-05-19', 0)).to.deep.equal({
      start: '2026-05-17',
      end: '2026-05-24',
    });
    // A week across the year's end.
    expect(viewRange('week', '2026-12-31', 1)).to.deep.equal({
      start: '2026-12-28',
      end: '2027-01-04',
    });
  });

  it('draws whole weeks around a month, with the ends of the months before and after', () => {
    const may = viewRange('month', '2026-05-19', 1);
    expect(monthGrid(may, 1)).to.deep.equal({ start: '2026-04-27', end: '2026-06-01' });
    // Sunday-first, 31 May is a Sunday: its week is the grid's last.
    expect(monthGrid(may, 0)).to.deep.equal({ start: '2026-04-26', end: '2026-06-07' });
    // February 2027 starts on a Monday and has four weeks: no days of other months.
    const february = viewRange('month', '2027-02-10', 1);
    expect(monthGrid(february, 1)).to.deep.equal({ start: '2027-02-01', end: '2027-03-01' });
    expect(weeksOf(monthGrid(february, 1))).to.have.length(4);
    const weeks = weeksOf(monthGrid(may, 1));
    expect(weeks).to.have.length(5);
    expect(weeks.every((week) => week.length === 7)).to.equal(true);
    expect(weeks[0][0]).to.equal('2026-04-27');
    expect(weeks[4][6]).to.equal('2026-05-31');
  });

  it('asks for the days each view draws', () => {
    const may = viewRange('month', '2026-05-19', 1);
    expect(shownDays('month', may, 1)).to.deep.equal({ start: '2026-04-27', end: '2026-06-01' });
    // A list shows its month, but may become the grid once its width is known: those days first.
    expect(shownDays('list', may, 1)).to.deep.equal({
      start: '2026-05-01',
      end: '2026-06-01',
      checkFirst: { start: '2026-04-27', end: '2026-06-01' },
    });
    const week = viewRange('week', '2026-05-19', 1);
    expect(shownDays('week', week, 1)).to.deep.equal(week);
    // A teaser asks for its whole year at once.
    expect(shownDays('teaser', teaserRange('2026-05-19'), 1)).to.deep.equal({
      start: '2026-05-19',
      end: '2027-05-19',
      whole: true,
    });
  });

  it('pages by a week in week view and by a month otherwise, keeping the day where it exists', () => {
    expect(stepCursor('week', '2026-05-19', 1)).to.equal('2026-05-26');
    expect(stepCursor('week', '2026-01-02', -1)).to.equal('2025-12-26');
    expect(stepCursor('month', '2026-05-19', 1)).to.equal('2026-06-19');
    expect(stepCursor('list', '2026-01-31', 1)).to.equal('2026-02-28');
    expect(stepCursor('month', '2026-03-31', -1)).to.equal('2026-02-28');
  });

  it('lists a range’s days, end excluded, across a DST switch', () => {
    const days = daysOf({ start: '2026-03-28', end: '2026-04-01' });
    expect(days).to.deep.equal(['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
    expect(inRange('2026-03-31', { start: '2026-03-28', end: '2026-04-01' })).to.equal(true);
    expect(inRange('2026-04-01', { start: '2026-03-28', end: '2026-04-01' })).to.equal(false);
  });

  it('takes the month grid from 600px of its own width, else the list', () => {
    expect(viewForWidth(0)).to.equal('list');
    expect(viewForWidth(599)).to.equal('list');
    expect(viewForWidth(600)).to.equal('month');
  });
});
