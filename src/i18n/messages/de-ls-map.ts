/**
 * Texts of <quartier-project-map> in Leichte Sprache (`de-x-ls`). Written to
 * the rules by the team; NOT yet checked by readers from the target group.
 */
import type { MapMessages } from './de-map.js';

export const deLsMap: MapMessages = {
  region: 'Karte mit den Projekten',
  keyboardHint:
    'Mit den Pfeil-Tasten bewegen Sie die Karte. Mit Plus und Minus machen Sie die Karte größer und kleiner. Mit der Tab-Taste kommen Sie zu den Projekten auf der Karte.',
  consentHeading: 'Möchten Sie die Karte sehen?',
  consentText: (host) =>
    `Die Karte kommt von ${host}. Dann bekommt ${host} Ihre IP-Adresse. Die IP-Adresse ist die Nummer von Ihrem Gerät im Internet. Sie möchten das nicht? Dann finden Sie alle Projekte in der Liste.`,
  load: 'Karte zeigen',
  remember: 'Meine Wahl auf diesem Gerät speichern',
  hide: 'Karte verstecken',
  view: 'Art der Anzeige',
  viewMap: 'Karte',
  viewList: 'Liste',
  skipMap: 'Karte auslassen. Weiter zur Liste mit den Projekten.',
  zoomIn: 'Größer machen',
  zoomOut: 'Kleiner machen',
  wheelHint:
    'Sie möchten die Karte größer oder kleiner machen? Halten Sie die Strg-Taste gedrückt. Drehen Sie dann am Rad von der Maus.',
  wheelHintMac:
    'Sie möchten die Karte größer oder kleiner machen? Halten Sie die Taste ⌘ gedrückt. Drehen Sie dann am Rad von der Maus.',
  touchHint: 'Bewegen Sie die Karte mit 2 Fingern.',
  mapLoading: 'Die Karte kommt gleich.',
  mapFailed: 'Es gibt ein Problem mit der Karte. Alle Projekte stehen in der Liste.',
  tilesFailed:
    'Es gibt ein Problem mit den Bildern von der Karte. Alle Projekte stehen in der Liste.',
  showList: 'Zur Liste gehen',
  osmAttribution: '© [Die Menschen von OpenStreetMap](https://www.openstreetmap.org/copyright)',
  legend: 'Erklärung von den Farben',
  noTopic: 'kein Thema',
  listHeading: 'Liste mit den Projekten',
  unmapped: (count) => `${count} ohne Platz auf der Karte`,
  more: (remaining) => `Mehr Projekte zeigen (noch ${remaining})`,
  notOnMap: 'kein Platz auf der Karte',
  empty: 'Zu Ihrer Auswahl passen keine Projekte.',
  none: 'Hier stehen noch keine Projekte.',
  atThisPlace: (count) => `${count} an diesem Ort`,
  status: {
    idea: 'Idee',
    planned: 'geplant',
    active: 'läuft gerade',
    completed: 'fertig',
  },
  markerName: (title, status) => (status ? `${title} (${status})` : title),
  statusLabel: 'So weit ist das Projekt',
  period: 'Wann?',
  since: (date) => `seit ${date}`,
  from: (date) => `ab ${date}`,
  until: (date) => `bis ${date}`,
  range: (start, end) => `${start} bis ${end}`,
  topics: 'Um welche Themen geht es?',
  place: 'Wo?',
  organizer: 'Wer macht das Projekt?',
  contact: 'Ansprech-Person',
  email: 'E-Mail',
  phone: 'Telefon',
  website: 'Internet-Seite',
  link: 'Zur Internet-Seite vom Projekt',
  close: 'Fenster schließen',
  back: 'Zurück zur Auswahl von vorher',
};
