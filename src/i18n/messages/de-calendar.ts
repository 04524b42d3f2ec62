/** German texts of <quartier-event-calendar>. */
export const deCalendar = {};

export type CalendarMessages = typeof deCalendar;
