import type { Messages } from './de.js';

export const en: Messages = {
  loading: 'Loading data …',
  retry: 'Try again',
  separator: ', ',
  reportBarrier: 'Report a barrier',
  loadFailed: 'The data could not be loaded.',
  monthsFailed: (months) =>
    `The events for ${months} could not be loaded. Showing what is available.`,
  someSourcesFailed: (failed, total) =>
    `${failed} of ${total} data sources could not be loaded. Showing what is available.`,
  sourceError: {
    'bad-url': 'The address of the data source is invalid.',
    network: 'The server cannot be reached. Please check your internet connection.',
    timeout: 'The server did not answer in time.',
    http: 'The server answered with an error.',
    'too-large': 'The file is too large to show here.',
    'not-data': 'This address holds a web page, not data.',
    malformed: 'The file does not contain valid JSON.',
    'malformed-calendar': 'The file is not a readable iCalendar calendar (.ics).',
    'unknown-format': 'The data format was not recognised.',
  },
  httpStatus: (status) => `error code ${status}`,
  count: {
    events: { one: '# event', other: '# events' },
    projects: { one: '# project', other: '# projects' },
    topics: { one: '# topic', other: '# topics' },
    warnings: { one: '# note', other: '# notes' },
  },
  filter: {
    facet: { topics: 'Topics', accessibility: 'Accessibility', languages: 'Languages' },
    allTopics: 'All topics',
    option: (label, count) => (count === undefined ? label : `${label} (${count})`),
    reset: 'Show all',
    toggle: (active) => (active > 0 ? `Filter (${active})` : 'Filter'),
    active: 'Active filters',
    remove: (label) => `Remove filter “${label}”`,
    empty: 'There is nothing to filter yet: the data source has no topics and no events.',
  },
  feature: {
    wheelchair: 'Wheelchair accessible',
    'accessible-toilet': 'Accessible toilet',
    'hearing-loop': 'Hearing loop',
    'sign-language': 'Sign language',
    'easy-language': 'Easy-to-read language',
    childcare: 'Childcare',
    'free-of-charge': 'Free of charge',
  },
  urlSyncTaken: (group) =>
    `quartier-widgets: only one filter per page can use the address (sync-url); group “${group}” is not linked to it.`,
  versionMismatch: (tag, existing, ours) =>
    `quartier-widgets: <${tag}> is already defined by version ${existing}; this copy (version ${ours}) is not used.`,
};
