/**
 * Looks up one event by id beyond the months an element has loaded: a source
 * answered month by month (`{start}`/`{end}`) holds only the months shown, so
 * the sources are asked for the coming year at once (a link to an event of
 * another month, SPEC §3).
 */
import { addYears, type DayKey } from '../calendar/days.js';
import type { DataWarning, QuartierEvent } from '../model/types.js';
import { loadAll } from './load-all.js';
import { hasRangePlaceholder } from './urls.js';

export interface FoundEvent {
  /** The event, if a source has it and `accepts` it. */
  event?: QuartierEvent;
  /** What the sources' answers had wrong, for the layers above to report. */
  warnings: DataWarning[];
}

/**
 * The event `id` among the sources' events of the year from `from`. Sources
 * that answer whole were loaded whole already: without a month-by-month
 * source, nothing is asked and nothing found.
 */
export async function findEvent(
  sources: string[],
  id: string,
  accepts: (event: QuartierEvent) => boolean,
  from: DayKey,
  signal?: AbortSignal,
): Promise<FoundEvent> {
  if (!sources.some(hasRangePlaceholder)) return { warnings: [] };
  const year = await loadAll(sources, signal, { start: from, end: addYears(from, 1), whole: true });
  return {
    event: year.events.find((event) => event.id === id && accepts(event)),
    // Warnings come with the whole sources: a first, partial look reports nothing.
    warnings: year.complete ? [] : year.warnings,
  };
}
