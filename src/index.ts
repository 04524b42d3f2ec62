/**
 * The script-tag entry (`dist/quartier-widgets.js`, also what the classic script loads):
 * defines every element and exposes the public types and helpers.
 */
// First, so the page's data is on its way while the rest of the code is prepared.
import './data/early-fetch.js';

export { VERSION } from './model/version.js';
export type {
  DataWarning,
  Project,
  QuartierData,
  QuartierEvent,
  Text,
  Topic,
} from './model/types.js';
export type { FilterState } from './model/filter-state.js';
export { getChannel } from './state/channel.js';
export { overrideTexts } from './i18n/overrides.js';
export type { TextOverride, TextOverrides } from './i18n/overrides.js';
export { QuartierEventCalendar } from './components/event-calendar/define.js';
export { QuartierIdeaForm } from './components/idea-form/define.js';
export type { IdeaErrorDetail, IdeaSubmittedDetail } from './components/idea-form/idea-form.js';
export { QuartierProjectMap } from './components/project-map/define.js';
export type {
  ConsentChangeDetail,
  ProjectSelectDetail,
} from './components/project-map/project-map.js';
export { QuartierTopicFilter } from './components/topic-filter/define.js';
