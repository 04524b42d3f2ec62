/**
 * The topic filter, definition and view together, defining nothing: the class
 * entry for bundler users (`quartier-widgets/topic-filter/class`).
 */
import { QuartierTopicFilter } from './topic-filter.js';
import { topicFilterView } from './topic-filter.view.js';

QuartierTopicFilter.useView(topicFilterView);

export { QuartierTopicFilter };
export type { FilterChangeDetail } from './topic-filter.js';
