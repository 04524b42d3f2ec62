/** groupedDays: a calendar's grouped occurrences are kept while nothing they depend on changed. */
import { expect } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import type { QuartierEventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import { groupedDays } from '../../src/components/event-calendar/event-calendar.actions.js';
import type { Occurrence } from '../../src/calendar/occurrences.js';
import type { QuartierEvent } from '../../src/model/types.js';

const event = (id: string, start: string): QuartierEvent => ({
  id,
  title: id,
  start,
  source: 'https://example.org/data.json',
});
const titleOf = (o: Occurrence) => String(o.event.title);
const MAY = { start: '2026-05-01', end: '2026-06-01' };

describe('groupedDays', () => {
  it('keeps the grouping for the same events, range, zone and language, and makes it anew otherwise', () => {
    const el = document.createElement('quartier-event-calendar') as QuartierEventCalendar;
    const events = [event('a', '2026-05-19T10:00'), event('b', '2026-06-02T10:00')];
    const grouped = () => groupedDays(el, events, MAY, titleOf);
    const first = grouped();
    expect(first.list.map((o) => o.event.id)).to.deep.equal(['a']);
    expect(groupedDays(el, events, { ...MAY }, titleOf), 'same days').to.equal(first);
    expect(groupedDays(el, [...events], MAY, titleOf), 'other events').not.to.equal(first);
    // Each change makes it anew, once; the next call keeps it again.
    el.timeZone = 'America/New_York';
    const zone = grouped();
    expect(zone, 'other zone').not.to.equal(first);
    expect(grouped()).to.equal(zone);
    el.lang = 'en';
    const lang = grouped();
    expect(lang, 'other language').not.to.equal(zone);
    expect(grouped()).to.equal(lang);
    const june = groupedDays(el, events, { start: '2026-06-01', end: '2026-07-01' }, titleOf);
    expect(
      june.list.map((o) => o.event.id),
      'other days',
    ).to.deep.equal(['b']);
  });
});
