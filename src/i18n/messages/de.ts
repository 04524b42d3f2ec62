/**
 * German, the default and the reference: every other language implements this
 * shape, so a missing string is a type error, not a blank in the page.
 */
import type { SourceErrorCode } from '../../data/errors.js';
import type { ItemKind, WarningCode } from '../../data/model.js';
import type { PluralForms } from '../plural.js';

export const de = {
  loading: 'Daten werden geladen …',
  retry: 'Erneut versuchen',
  loadFailed: 'Die Daten konnten nicht geladen werden.',
  someSourcesFailed: (failed: number, total: number) =>
    `${failed} von ${total} Datenquellen konnten nicht geladen werden. Angezeigt wird, was verfügbar ist.`,
  sourceError: {
    network: 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung.',
    timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
    http: 'Der Server hat mit einem Fehler geantwortet.',
    'too-large': 'Die Datei ist zu groß, um sie hier anzuzeigen.',
    'not-data': 'Unter dieser Adresse liegt eine Webseite, keine Daten.',
    malformed: 'Die Datei enthält kein gültiges JSON.',
    'unknown-format': 'Das Datenformat wurde nicht erkannt.',
  } satisfies Record<SourceErrorCode, string>,
  httpStatus: (status: number) => `Fehlercode ${status}`,

  /** Counted nouns, for "3 Veranstaltungen". */
  count: {
    events: { one: 'Veranstaltung', other: 'Veranstaltungen' },
    projects: { one: 'Projekt', other: 'Projekte' },
    topics: { one: 'Thema', other: 'Themen' },
    warnings: { one: 'Hinweis', other: 'Hinweise' },
  } satisfies Record<ItemKind | 'warnings', PluralForms>,

  /** Debug view and console: for data editors, in plain words. */
  debugHeading: 'Hinweise zu den Daten (nur für die Datenpflege sichtbar)',
  debugNone: 'Alle Einträge sind in Ordnung.',
  consoleIntro: (count: number, url: string) =>
    `quartier-widgets: ${count} ${count === 1 ? 'Hinweis' : 'Hinweise'} zur Datenquelle ${url}:`,
  kind: {
    topics: 'Thema',
    events: 'Veranstaltung',
    projects: 'Projekt',
    document: 'Datei',
  } satisfies Record<ItemKind | 'document', string>,
  itemLabel: (kind: string, id: string | undefined, index: number | undefined) =>
    `${kind}${id !== undefined ? ` „${id}“` : ''}${index !== undefined ? ` (Nr. ${index + 1} der Liste)` : ''}`,
  skipped: (item: string, field?: string) =>
    `${item} wurde übersprungen${field ? ` (Feld „${field}“)` : ''}`,
  fieldDropped: (item: string, field: string) => `${item}: Feld „${field}“ wurde ignoriert`,
  warning: {
    missing: 'Pflichtangabe fehlt.',
    'wrong-type': 'Der Wert hat die falsche Art (z. B. Zahl statt Text).',
    empty: 'Der Wert ist leer.',
    invalid: 'Der Wert ist ungültig.',
    'invalid-id': 'Die Kennung (id) muss ein nicht leerer Text sein.',
    'invalid-text': 'Text erwartet: eine Zeichenkette oder {"de": "…", "en": "…"}.',
    'invalid-date': 'Dieses Datum gibt es nicht oder es ist nicht im Format JJJJ-MM-TT bzw. JJJJ-MM-TTThh:mm.',
    'invalid-language': 'Unbekanntes Sprachkürzel (erwartet z. B. „de“, „en“, „de-x-ls“).',
    'invalid-color': 'Farbe bitte als #rrggbb angeben.',
    'invalid-rrule': 'Die Wiederholungsregel braucht FREQ=….',
    'end-before-start': 'Das Ende liegt vor dem Beginn.',
    'unknown-feature': 'Unbekanntes Barrierefreiheits-Merkmal.',
    'unknown-status': 'Unbekannter Status.',
    'unknown-topic': 'Dieses Thema ist in keiner Datenquelle definiert.',
    'duplicate-id': 'Diese Kennung (id) kommt schon früher vor; der erste Eintrag gilt.',
    'unsafe-url': 'Diese Adresse ist nicht erlaubt (nur http, https, mailto, tel).',
    'coordinates-incomplete': 'lat und lon müssen zusammen angegeben werden.',
    'coordinates-out-of-range': 'Die Koordinaten liegen außerhalb der Erde.',
    'coordinates-swapped': 'lat und lon sind offenbar vertauscht.',
    'unsupported-geometry': 'Nur Punkte (Point) können auf der Karte erscheinen.',
    'not-an-object': 'Hier wird ein Objekt {…} erwartet.',
    'unknown-format': 'Das Format wurde nicht erkannt.',
  } satisfies Record<WarningCode, string>,
  valueWas: (value: string) => `Wert: ${value}`,
  urlSyncTaken: (group: string) =>
    `quartier-widgets: Nur ein Filter pro Seite kann die Adresse nutzen (sync-url); die Gruppe „${group}“ wird nicht mit der Adresse verknüpft.`,
  versionMismatch: (tag: string, existing: string, ours: string) =>
    `quartier-widgets: <${tag}> ist schon in Version ${existing} definiert; diese Kopie (Version ${ours}) wird nicht verwendet.`,
};

export type Messages = typeof de;
