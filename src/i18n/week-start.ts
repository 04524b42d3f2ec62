/**
 * The first day of a language's week, apart from dates.ts: the calendar's definition needs it for
 * the days it asks its sources for, before its view (which formats dates) arrives.
 */
import type { Weekday } from '../calendar/rrule.js';

/**
 * The first day of the week: Monday, unless the tag asks otherwise with a `-u-fw-` keyword
 * (`de-u-fw-sun`) or names a region whose week starts elsewhere (`en-US` Sunday, `ar-SA`
 * Saturday, as the browser's week data says). A language alone (`ar`, `fa`, `en`) is Monday.
 */
export function firstDayOfWeek(lang: string): Weekday {
  const tag = lang.toLowerCase().replace(/-x-.*$/, '');
  // `fw` is a key of the -u- extension only; its values are the days' first three letters.
  const fw = 'sunmontuewedthufrisat'.indexOf(/-fw-([a-z]{3})\b/.exec(tag)?.[1] ?? '-');
  if (fw % 3 === 0) return (fw / 3) as Weekday;
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    if (!locale.region) return 1;
    return (((locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay ?? 1) % 7) as Weekday;
  } catch {
    return 1;
  }
}
