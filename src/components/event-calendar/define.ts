/**
 * Define entry (`import 'quartier-widgets/event-calendar'`, and what the script-tag entry uses): defines
 * the tag at once; the view is fetched when such an element is shown (QuartierElement.loadView).
 */
import { define } from '../../define.js';
import { QuartierEventCalendar } from './event-calendar.js';

QuartierEventCalendar.viewFrom(() =>
  import('./event-calendar.view.js').then((m) => m.eventCalendarView),
);
define('quartier-event-calendar', QuartierEventCalendar);

export { QuartierEventCalendar };

declare global {
  interface HTMLElementTagNameMap {
    'quartier-event-calendar': QuartierEventCalendar;
  }
}
