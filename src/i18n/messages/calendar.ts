import { textBundle } from '../bundle.js';
import { deCalendar, type CalendarMessages } from './de-calendar.js';

/** Texts of <quartier-event-calendar>. */
export const calendarTexts = textBundle<CalendarMessages>('calendar', deCalendar, {
  'de-x-ls': () => import('./de-ls-calendar.js').then((m) => m.deLsCalendar),
  en: () => import('./en-calendar.js').then((m) => m.enCalendar),
});
