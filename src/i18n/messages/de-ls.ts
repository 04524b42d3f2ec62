/**
 * Shared texts in Leichte Sprache (`de-x-ls`): short sentences, common words,
 * hard words explained. Written to the rules (Netzwerk Leichte Sprache, DIN
 * SPEC 33429) by the team; NOT yet checked by readers from the target group.
 * Console messages for developers stay German.
 */
import { de, type Messages } from './de.js';

export const deLs: Messages = {
  loading: 'Bitte warten Sie kurz. Die Daten kommen gleich.',
  retry: 'Noch einmal versuchen',
  separator: ', ',
  reportBarrier: 'Ein Hindernis melden',
  loadFailed: 'Es gibt ein Problem. Die Daten fehlen.',
  monthsFailed: (months) => `Für ${months} fehlen die Termine. Sie sehen alle anderen Termine.`,
  someSourcesFailed: (failed, total) =>
    `Die Daten kommen von ${total} Stellen. Von ${failed} Stellen fehlen die Daten. Sie sehen die Daten von den anderen Stellen.`,
  sourceError: {
    'bad-url': 'Die Adresse von den Daten ist falsch.',
    network:
      'Die Verbindung zum Server fehlt. Ein Server ist ein Computer im Internet. Bitte prüfen Sie Ihr Internet.',
    timeout: 'Der Server antwortet zu langsam. Ein Server ist ein Computer im Internet.',
    http: 'Der Server meldet einen Fehler. Ein Server ist ein Computer im Internet.',
    'too-large': 'Die Datei ist zu groß für diese Seite.',
    'not-data': 'Unter dieser Adresse ist eine Internet-Seite. Hier sollen aber Daten sein.',
    malformed: 'Die Datei hat Fehler. Darum versteht das Programm die Datei nicht.',
    'malformed-calendar':
      'Die Kalender-Datei hat Fehler. Darum versteht das Programm die Datei nicht.',
    'unknown-format': 'Das Programm kennt die Art von dieser Datei nicht.',
  },
  httpStatus: (status) => `Fehler-Nummer ${status}`,
  count: {
    events: { one: '# Veranstaltung', other: '# Veranstaltungen' },
    projects: { one: '# Projekt', other: '# Projekte' },
    topics: { one: '# Thema', other: '# Themen' },
    warnings: { one: '# Hinweis', other: '# Hinweise' },
  },
  filter: {
    facet: { topics: 'Themen', accessibility: 'Barriere-Freiheit', languages: 'Sprachen' },
    allTopics: 'Alle Themen',
    option: (label, count) => (count === undefined ? label : `${label} (${count})`),
    reset: 'Alles zeigen',
    toggle: (active) => (active > 0 ? `Filter (${active})` : 'Filter'),
    active: 'Ihre Filter',
    remove: (label) => `Filter „${label}“ löschen`,
    empty:
      'Es gibt noch nichts zum Aussuchen. Die Daten haben noch keine Themen und keine Veranstaltungen.',
  },
  feature: {
    wheelchair: 'Gut mit Roll-Stuhl',
    'accessible-toilet': 'Toilette für Menschen mit Behinderung',
    'hearing-loop': 'Hör-Schleife für Hör-Geräte',
    'sign-language': 'Gebärden-Sprache',
    'easy-language': 'Leichte Sprache',
    childcare: 'Kinder-Betreuung',
    'free-of-charge': 'Kostet kein Geld',
  },
  urlSyncTaken: de.urlSyncTaken,
  versionMismatch: de.versionMismatch,
};
