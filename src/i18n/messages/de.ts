/**
 * German, the default and the reference: every other language implements this
 * shape, so a missing string is a type error, not a blank in the page.
 */
import type { SourceErrorCode } from '../../model/errors.js';
import type { AccessibilityFeature, ItemKind } from '../../model/types.js';
import type { Facet } from '../../model/filter-state.js';
import type { PluralForms } from '../plural-forms.js';

export const de = {
  loading: 'Daten werden geladen …',
  retry: 'Erneut versuchen',
  /** Between two parts of one line: "Mi., 20. Mai, bis Do., 21. Mai"; Arabic and Farsi use "، ". */
  separator: ', ',
  /** The link to the host's accessibility feedback form (`feedback-url`). */
  reportBarrier: 'Barriere melden',
  loadFailed: 'Die Daten konnten nicht geladen werden.',
  /** Months of a month-by-month source that failed, e.g. "Juni 2026" or "Mai 2026 und Juni 2026". */
  monthsFailed: (months: string) =>
    `Die Termine für ${months} konnten nicht geladen werden. Angezeigt wird, was verfügbar ist.`,
  someSourcesFailed: (failed: number, total: number) =>
    `${failed} von ${total} Datenquellen konnten nicht geladen werden. Angezeigt wird, was verfügbar ist.`,
  sourceError: {
    'bad-url': 'Die Adresse der Datenquelle ist ungültig.',
    network: 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung.',
    timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
    http: 'Der Server hat mit einem Fehler geantwortet.',
    'too-large': 'Die Datei ist zu groß, um sie hier anzuzeigen.',
    'not-data': 'Unter dieser Adresse liegt eine Webseite, keine Daten.',
    malformed: 'Die Datei enthält kein gültiges JSON.',
    'malformed-calendar': 'Die Datei ist kein lesbarer iCalendar-Kalender (.ics).',
    'unknown-format': 'Das Datenformat wurde nicht erkannt.',
  } satisfies Record<SourceErrorCode, string>,
  httpStatus: (status: number) => `Fehlercode ${status}`,

  /** Counted nouns, for "3 Veranstaltungen". */
  count: {
    events: { one: '# Veranstaltung', other: '# Veranstaltungen' },
    projects: { one: '# Projekt', other: '# Projekte' },
    topics: { one: '# Thema', other: '# Themen' },
    warnings: { one: '# Hinweis', other: '# Hinweise' },
  } as Record<ItemKind | 'warnings', PluralForms>,

  filter: {
    facet: {
      topics: 'Themen',
      accessibility: 'Barrierefreiheit',
      languages: 'Sprachen',
    } satisfies Record<Facet, string>,
    allTopics: 'Alle Themen',
    option: (label: string, count?: number) =>
      count === undefined ? label : `${label} (${count})`,
    reset: 'Alle anzeigen',
    toggle: (active: number) => (active > 0 ? `Filter (${active})` : 'Filter'),
    active: 'Aktive Filter',
    remove: (label: string) => `Filter „${label}“ entfernen`,
    empty:
      'Hier gibt es noch nichts zu filtern: Die Datenquelle enthält keine Themen und keine Veranstaltungen.',
  },
  feature: {
    wheelchair: 'Rollstuhlgerecht',
    'accessible-toilet': 'Barrierefreies WC',
    'hearing-loop': 'Induktionsschleife',
    'sign-language': 'Gebärdensprache',
    'easy-language': 'Leichte Sprache',
    childcare: 'Kinderbetreuung',
    'free-of-charge': 'Kostenlos',
  } satisfies Record<AccessibilityFeature, string>,
  urlSyncTaken: (group: string) =>
    `quartier-widgets: Nur ein Filter pro Seite kann die Adresse nutzen (sync-url); die Gruppe „${group}“ wird nicht mit der Adresse verknüpft.`,
  versionMismatch: (tag: string, existing: string, ours: string) =>
    `quartier-widgets: <${tag}> ist schon in Version ${existing} definiert; diese Kopie (Version ${ours}) wird nicht verwendet.`,
};

export type Messages = typeof de;
