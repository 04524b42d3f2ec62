/**
 * The calendar, definition and view together, defining nothing: the class
 * entry for bundler users (`quartier-widgets/event-calendar/class`).
 */
export { QuartierEventCalendar } from './event-calendar.js';
