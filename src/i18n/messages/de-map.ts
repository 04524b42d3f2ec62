/** German texts of <quartier-project-map>. */
import type { PROJECT_STATUSES } from '../../model/vocabulary.js';

export const deMap = {
  /** Accessible name of the map region. */
  region: 'Karte der Projekte',
  keyboardHint:
    'Pfeiltasten verschieben die Karte, Plus und Minus zoomen. Mit der Tabulatortaste erreichen Sie die Projekte auf der Karte.',
  consentHeading: 'Karte anzeigen?',
  consentText: (host: string) =>
    `Beim Laden der Karte wird Ihre IP-Adresse an ${host} übertragen. Ohne Karte finden Sie alle Projekte in der Liste.`,
  load: 'Karte laden',
  remember: 'Auf diesem Gerät merken',
  hide: 'Karte ausblenden',
  view: 'Ansicht',
  viewMap: 'Karte',
  viewList: 'Liste',
  skipMap: 'Karte überspringen, zur Projektliste',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  wheelHint: 'Zum Zoomen Strg-Taste gedrückt halten und scrollen',
  wheelHintMac: 'Zum Zoomen ⌘-Taste gedrückt halten und scrollen',
  touchHint: 'Zum Bewegen der Karte zwei Finger verwenden',
  mapLoading: 'Karte wird geladen …',
  mapFailed: 'Die Karte konnte nicht geladen werden. Alle Projekte stehen in der Liste.',
  tilesFailed: 'Die Kartenbilder konnten nicht geladen werden. Alle Projekte stehen in der Liste.',
  showList: 'Zur Liste',
  /** Default attribution of the OpenStreetMap tile server; `[text](url)` becomes a link. */
  osmAttribution: '© [OpenStreetMap-Mitwirkende](https://www.openstreetmap.org/copyright)',
  legend: 'Legende',
  noTopic: 'ohne Thema',
  listHeading: 'Projektliste',
  /** "12 Projekte" comes from the shared counted nouns; this adds the unmapped ones. */
  unmapped: (count: string) => `${count} ohne Ort auf der Karte`,
  more: (remaining: string) => `Weitere Projekte anzeigen (noch ${remaining})`,
  notOnMap: 'ohne Ort auf der Karte',
  empty: 'Für diese Auswahl gibt es keine Projekte.',
  none: 'In dieser Datenquelle sind keine Projekte eingetragen.',
  atThisPlace: (count: string) => `${count} an diesem Ort`,
  status: {
    idea: 'Idee',
    planned: 'in Planung',
    active: 'läuft',
    completed: 'abgeschlossen',
  } satisfies Record<(typeof PROJECT_STATUSES)[number], string>,
  /** Accessible name of a marker: title and status. */
  markerName: (title: string, status?: string) => (status ? `${title} (${status})` : title),
  statusLabel: 'Stand',
  period: 'Zeitraum',
  since: (date: string) => `seit ${date}`,
  from: (date: string) => `ab ${date}`,
  until: (date: string) => `bis ${date}`,
  range: (start: string, end: string) => `${start} bis ${end}`,
  topics: 'Themen',
  place: 'Ort',
  organizer: 'Träger',
  contact: 'Kontakt',
  email: 'E-Mail',
  phone: 'Telefon',
  website: 'Website',
  link: 'Zur Projektseite',
  close: 'Schließen',
  back: 'Zurück zur Auswahl',
};

export type MapMessages = typeof deMap;
