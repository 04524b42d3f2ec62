/**
 * Define entry (`import 'quartier-widgets/topic-filter'`, and what the script-tag entry uses): defines
 * the tag at once; the view is fetched when such an element is shown (QuartierElement.loadView).
 */
import { define } from '../../define.js';
import { QuartierTopicFilter } from './topic-filter.js';

QuartierTopicFilter.viewFrom(() => import('./topic-filter.view.js').then((m) => m.topicFilterView));
define('quartier-topic-filter', QuartierTopicFilter);

export { QuartierTopicFilter };

declare global {
  interface HTMLElementTagNameMap {
    'quartier-topic-filter': QuartierTopicFilter;
  }
}
