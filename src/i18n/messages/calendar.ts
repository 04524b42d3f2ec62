import { textBundle } from '../bundle.js';
import { deCalendar, type CalendarMessages } from './de-calendar.js';

/** Texts of <quartier-event-calendar>. */
export const calendarTexts = textBundle<CalendarMessages>(deCalendar, {
  en: () => import('./en-calendar.js').then((m) => m.enCalendar),
});
