/**
 * Texts about data problems, for data editors (console and `debug` view).
 * Loaded only when a source has problems, so residents never download them.
 */
import type { ItemKind, WarningCode } from '../../model/types.js';

export const de = {
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
  noted: (item: string, field: string) => `${item}, Feld „${field}“`,
  valueWas: (value: string) => `Wert: ${value}`,
  warning: {
    missing: 'Pflichtangabe fehlt.',
    'wrong-type': 'Der Wert hat die falsche Art (z. B. Zahl statt Text).',
    empty: 'Der Wert ist leer.',
    invalid: 'Der Wert ist ungültig.',
    'invalid-id': 'Die Kennung (id) muss ein nicht leerer Text sein.',
    'invalid-text': 'Text erwartet: eine Zeichenkette oder {"de": "…", "en": "…"}.',
    'invalid-date':
      'Dieses Datum gibt es nicht oder es ist nicht im Format JJJJ-MM-TT bzw. JJJJ-MM-TTThh:mm.',
    'invalid-language': 'Unbekanntes Sprachkürzel (erwartet z. B. „de“, „en“, „de-x-ls“).',
    'invalid-color': 'Farbe bitte als #rrggbb angeben.',
    'invalid-email':
      'Das ist keine E-Mail-Adresse (erwartet z. B. name@example.org, ohne Leerzeichen).',
    'invalid-rrule': 'Die Wiederholungsregel braucht FREQ=….',
    'unsupported-rrule':
      'Diese Wiederholungsregel kann nicht berechnet werden (z. B. mehrmals am Tag oder fehlerhaft geschrieben); nur der erste Termin wird angezeigt.',
    'end-before-start': 'Das Ende liegt vor dem Beginn.',
    'unknown-feature': 'Unbekanntes Barrierefreiheits-Merkmal.',
    'unknown-status': 'Unbekannter Status.',
    'unknown-topic': 'Dieses Thema ist in keiner Datenquelle definiert.',
    'duplicate-id': 'Diese Kennung (id) kommt schon früher vor; der erste Eintrag gilt.',
    'image-origin':
      'Das Bild liegt auf einem anderen Server als die Datenquelle; erlaubt wird es mit dem Attribut image-origins.',
    'unsafe-url': 'Diese Adresse ist nicht erlaubt (nur http, https, mailto, tel).',
    'coordinates-incomplete': 'lat und lon müssen zusammen angegeben werden.',
    'coordinates-out-of-range':
      'Die Koordinaten liegen außerhalb des gültigen Bereichs (lat −90 bis 90, lon −180 bis 180). Sind lat und lon vertauscht?',
    'coordinates-swapped': 'lat und lon sind offenbar vertauscht.',
    'unsupported-geometry': 'Nur Punkte (Point) können auf der Karte erscheinen.',
    'not-an-object': 'Hier wird ein Objekt {…} erwartet.',
    'unsupported-version':
      'Diese Version des Datenformats ist unbekannt; die Daten werden wie Version 1 gelesen.',
    'unknown-timezone':
      'Diese Zeitzone ist unbekannt und in der Datei nicht beschrieben (VTIMEZONE); die Uhrzeit gilt in der Zeitzone des Kalenders.',
    'private-event':
      'Der Termin ist im Kalender als privat oder vertraulich markiert (CLASS) und wird deshalb nicht öffentlich gezeigt.',
  } satisfies Record<WarningCode, string>,
};

export type WarningTexts = typeof de;
