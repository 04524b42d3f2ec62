/**
 * Rules outside the core's RRULE subset (YEARLY, BYMONTH, BYSETPOS …) are
 * expanded by ical.js. Its chunk is loaded only by sources that need it (an
 * iCalendar feed, or a rule the core cannot expand); once loaded, it is
 * registered here, so validation accepts such rules and the calendar expands
 * them like its own.
 */
import type { DayKey } from './days.js';

export interface FallbackExpandOptions {
  /** First day of interest. */
  from: DayKey;
  /** Day after the last day of interest. */
  to: DayKey;
}

export interface FallbackRules {
  /** Whether the engine can expand this rule (sub-daily rules it cannot). */
  accepts(rrule: string): boolean;
  /**
   * Start days in the range: `start` (DTSTART, always the first instance) and the days the
   * rule selects after it, COUNT counting DTSTART. UNTIL and EXDATE are the caller's.
   */
  expand(rrule: string, start: DayKey, options: FallbackExpandOptions): DayKey[];
  /** Whether the rule itself selects `start` (the export writes an unselected DTSTART as RDATE). */
  selectsStart(rrule: string, start: DayKey): boolean;
}

let engine: FallbackRules | undefined;

export function useFallbackRules(rules: FallbackRules): void {
  engine = rules;
}

export const fallbackRules = (): FallbackRules | undefined => engine;
