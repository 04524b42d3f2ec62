/** Helpers for the iCalendar tests (test/data/icalendar.test.ts, test/realdata/icalendar.test.ts). */
import { occurrencesIn } from '../../src/calendar/occurrences.js';
import type { QuartierEvent, SourceData } from '../../src/model/types.js';

export const BERLIN = 'Europe/Berlin';

export const byId = (data: SourceData, id: string): QuartierEvent => {
  const found = data.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id} in ${data.events.map((e) => e.id).join(', ')}`);
  return found;
};
/** Start instants (ISO, minutes) of an event's occurrences between two days, in order. */
export const starts = (event: QuartierEvent, from: string, to: string) =>
  occurrencesIn([event], from, to, BERLIN)
    .sort((a, b) => a.start - b.start)
    .map((o) => (o.allDay ? o.day : new Date(o.start).toISOString().slice(0, 16)));
export const warningCodes = (data: SourceData) => data.warnings.map((w) => `${w.field}:${w.code}`);
