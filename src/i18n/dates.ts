/**
 * Dates and times in words, through Intl.DateTimeFormat: every language is
 * built into the browser, so none is shipped. Always the Gregorian calendar
 * and the language's own digits (intl-locale.ts). Calendar days are formatted
 * in UTC (they are dates, not instants); times in the calendar's zone.
 */
import { dayToDate, type DayKey } from '../calendar/days.js';
import { intlLocale } from './intl-locale.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Cheaper than JSON.stringify, and called for every time shown.
  const key = `${lang}|${Object.entries(options).join('|')}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(lang), options);
    formatters.set(key, found);
  }
  return found;
}

const inUtc = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions => ({
  ...options,
  timeZone: 'UTC',
});

/** "Dienstag, 19. Mai 2026" */
export const fullDate = (day: DayKey, lang: string): string =>
  formatter(
    lang,
    inUtc({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
  ).format(dayToDate(day));

/** "Di., 19. Mai" */
export const shortDate = (day: DayKey, lang: string): string =>
  formatter(lang, inUtc({ weekday: 'short', day: 'numeric', month: 'long' })).format(
    dayToDate(day),
  );

/** "Mai 2026" */
export const monthTitle = (day: DayKey, lang: string): string =>
  formatter(lang, inUtc({ month: 'long', year: 'numeric' })).format(dayToDate(day));

/** "18.–24. Mai 2026" */
export const dayRangeTitle = (first: DayKey, last: DayKey, lang: string): string =>
  formatter(lang, inUtc({ day: 'numeric', month: 'long', year: 'numeric' })).formatRange(
    dayToDate(first),
    dayToDate(last),
  );

/** Weekday names for column headers: "Mo", and "Montag" for screen readers. */
export const weekdayName = (day: DayKey, lang: string, width: 'short' | 'long'): string =>
  formatter(lang, inUtc({ weekday: width })).format(dayToDate(day));

/** "19", "١٩", "۱۹": the day's number in the language's digits (German when no language is given). */
export const dayOfMonth = (day: DayKey, lang = 'de'): string =>
  formatter(lang, inUtc({ day: 'numeric' })).format(dayToDate(day));

/** "16:00" in the zone. */
export const time = (instant: number, lang: string, zone: string): string =>
  formatter(lang, { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(instant);

/** "16:00–18:00 Uhr" in the zone (the language decides the words). */
export const timeRange = (start: number, end: number, lang: string, zone: string): string =>
  formatter(lang, { hour: 'numeric', minute: '2-digit', timeZone: zone }).formatRange(start, end);
