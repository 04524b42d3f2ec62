/** What Intl gives every language for free: weekday and month names, dates, joined lists. */
import type { Weekday } from '../../calendar/rrule.js';
import { intlLocale } from '../intl-locale.js';

/** 4 January 2026 was a Sunday: weekday w is 4 + w January. */
const weekdayDate = (w: Weekday) => new Date(Date.UTC(2026, 0, 4 + w, 12));
const utc = { timeZone: 'UTC' } as const;

export const weekdayNames = (days: Weekday[], lang: string): string[] => {
  const format = new Intl.DateTimeFormat(intlLocale(lang), { ...utc, weekday: 'long' });
  return days.map((d) => format.format(weekdayDate(d)));
};

export const joinList = (items: string[], lang: string): string =>
  new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' }).format(items);

const dateOf = (day: string) => new Date(`${day}T12:00:00Z`);

/** "10. September" / "September 10". */
export const monthDay = (month: number, day: number, lang: string): string =>
  new Intl.DateTimeFormat(intlLocale(lang), { ...utc, day: 'numeric', month: 'long' }).format(
    new Date(Date.UTC(2024, month - 1, day, 12)),
  );

/** "26. Mai" / "May 26". */
export const dayMonth = (day: string, lang: string): string =>
  new Intl.DateTimeFormat(intlLocale(lang), { ...utc, day: 'numeric', month: 'long' }).format(
    dateOf(day),
  );

/** "30. Juni 2026" / "June 30, 2026". */
export const dayMonthYear = (day: string, lang: string): string =>
  new Intl.DateTimeFormat(intlLocale(lang), {
    ...utc,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(dateOf(day));
