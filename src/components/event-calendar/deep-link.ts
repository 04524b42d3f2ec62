/**
 * `#quartier-event=<id>` (SPEC §3): written when a person opens an event,
 * read once when the page loads, and the date such a link opens on.
 */
import { addYears, type DayKey } from '../../calendar/days.js';
import { occurrencesIn, type Occurrence } from '../../calendar/occurrences.js';
import type { QuartierEvent } from '../../model/types.js';

const KEY = 'quartier-event=';

/** Puts an event into the address, replacing the current entry (opening an event is no navigation). */
export function writeEventLink(id: string): void {
  history.replaceState(history.state, '', `#${KEY}${encodeURIComponent(id)}`);
}

/** Takes the event out of the address again, if it is there. */
export function clearEventLink(): void {
  if (location.hash.startsWith(`#${KEY}`)) {
    history.replaceState(history.state, '', location.pathname + location.search);
  }
}

/** The id in the address; undefined without one, or when it is mangled (never a reason not to render). */
export function linkedEventId(): string | undefined {
  if (!location.hash.startsWith(`#${KEY}`)) return undefined;
  try {
    return decodeURIComponent(location.hash.slice(KEY.length + 1));
  } catch {
    return undefined;
  }
}

/** The date a link to an event opens on: its next one from today, else its first. */
export function linkedOccurrence(
  event: QuartierEvent,
  today: DayKey,
  zone: string,
): Occurrence | undefined {
  const start = event.start.slice(0, 10);
  const from = start < today ? today : start;
  const [next] = occurrencesIn([event], from, addYears(from, 2), zone).sort(
    (a, b) => a.start - b.start,
  );
  return next ?? occurrencesIn([event], start, addYears(start, 1), zone)[0];
}
