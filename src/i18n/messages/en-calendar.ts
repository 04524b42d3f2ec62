import type { CalendarMessages } from './de-calendar.js';

export const enCalendar: CalendarMessages = {};
