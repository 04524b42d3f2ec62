/** Define entry for bundler users: `import 'quartier-widgets/topic-filter'`. */
import { define } from '../../define.js';
import { QuartierTopicFilter } from './index.js';

define('quartier-topic-filter', QuartierTopicFilter);

export { QuartierTopicFilter };

declare global {
  interface HTMLElementTagNameMap {
    'quartier-topic-filter': QuartierTopicFilter;
  }
}
