/** Define entry for bundler users: `import 'quartier-widgets/event-calendar'`. */
import { define } from '../../define.js';
import { QuartierEventCalendar } from './index.js';

define('quartier-event-calendar', QuartierEventCalendar);

export { QuartierEventCalendar };

declare global {
  interface HTMLElementTagNameMap {
    'quartier-event-calendar': QuartierEventCalendar;
  }
}
