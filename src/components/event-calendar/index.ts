/**
 * The calendar, definition and view together, defining nothing: the class
 * entry for bundler users (`quartier-widgets/event-calendar/class`).
 */
import { QuartierEventCalendar } from './event-calendar.js';
import { eventCalendarView } from './event-calendar.view.js';

QuartierEventCalendar.useView(eventCalendarView);

export { QuartierEventCalendar };
export type { CalendarView } from '../../calendar/ranges.js';
export type { EventSelectDetail, RangeChangeDetail } from './event-calendar.js';
