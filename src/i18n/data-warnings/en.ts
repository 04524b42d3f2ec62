import type { WarningTexts } from './de.js';

export const en: WarningTexts = {
  debugHeading: 'Notes on the data (visible for data editors only)',
  debugNone: 'All entries are fine.',
  consoleIntro: (count, url) => `quartier-widgets: ${count} note(s) on the data source ${url}:`,
  kind: { topics: 'Topic', events: 'Event', projects: 'Project', document: 'File' },
  itemLabel: (kind, id, index) =>
    `${kind}${id !== undefined ? ` “${id}”` : ''}${index !== undefined ? ` (no. ${index + 1} in the list)` : ''}`,
  skipped: (item, field) => `${item} was skipped${field ? ` (field “${field}”)` : ''}`,
  fieldDropped: (item, field) => `${item}: field “${field}” was ignored`,
  noted: (item, field) => `${item}, field “${field}”`,
  valueWas: (value) => `value: ${value}`,
  warning: {
    missing: 'A required value is missing.',
    'wrong-type': 'The value has the wrong type (e.g. a number instead of text).',
    empty: 'The value is empty.',
    invalid: 'The value is invalid.',
    'invalid-id': 'The id must be a non-empty text.',
    'invalid-text': 'Text expected: a string or {"de": "…", "en": "…"}.',
    'invalid-date': 'This date does not exist or is not written as YYYY-MM-DD or YYYY-MM-DDThh:mm.',
    'invalid-language': 'Unknown language tag (expected e.g. “de”, “en”, “de-x-ls”).',
    'invalid-color': 'Please give the colour as #rrggbb.',
    'invalid-email':
      'This is not an e-mail address (expected e.g. name@example.org, without spaces).',
    'invalid-rrule': 'The recurrence rule needs FREQ=….',
    'unsupported-rrule':
      'This recurrence rule cannot be expanded (e.g. several times a day, or misspelt); only the first date is shown.',
    'end-before-start': 'The end lies before the start.',
    'unknown-feature': 'Unknown accessibility feature.',
    'unknown-status': 'Unknown status.',
    'unknown-topic': 'No data source defines this topic.',
    'duplicate-id': 'This id appeared before; the first entry wins.',
    'image-origin':
      'The image is on another server than the data source; allow it with the image-origins attribute.',
    'unsafe-url': 'This address is not allowed (only http, https, mailto, tel).',
    'coordinates-incomplete': 'lat and lon must be given together.',
    'coordinates-out-of-range':
      'The coordinates are out of range (lat −90 to 90, lon −180 to 180). Are lat and lon swapped?',
    'coordinates-swapped': 'lat and lon seem to be swapped.',
    'unsupported-geometry': 'Only points (Point) can appear on the map.',
    'not-an-object': 'An object {…} is expected here.',
    'unsupported-version':
      'This version of the data format is unknown; the data is read as version 1.',
    'unknown-timezone':
      'This time zone is unknown and not described in the file (VTIMEZONE); the time is read in the calendar’s zone.',
    'private-event':
      'The event is marked private or confidential in its calendar (CLASS), so it is not shown publicly.',
  },
};
