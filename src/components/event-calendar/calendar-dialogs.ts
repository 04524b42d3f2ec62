/**
 * The day and event dialogs (frame, styles, the event's details and its .ics
 * download), fetched the first time a person opens a day or an event.
 */
export { renderDialog } from './calendar-dialog.js';
export { calendarDialogStyles as styles } from './calendar-dialog.styles.js';
export { downloadIcs, renderEventDetails } from './event-details.js';
