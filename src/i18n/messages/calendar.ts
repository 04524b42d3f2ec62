import { textBundle } from '../bundle.js';
import { deCalendar, type CalendarMessages } from './de-calendar.js';

/** Texts of <quartier-event-calendar>. */
export const calendarTexts = textBundle<CalendarMessages>('calendar', deCalendar);
