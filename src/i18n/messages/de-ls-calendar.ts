/**
 * Texts of <quartier-event-calendar> in Leichte Sprache (`de-x-ls`). Written
 * to the rules by the team; NOT yet checked by readers from the target group.
 */
import { deCalendar, type CalendarMessages } from './de-calendar.js';

export const deLsCalendar: CalendarMessages = {
  label: 'Veranstaltungs-Kalender',
  view: { month: 'Monat', week: 'Woche', list: 'Liste' },
  views: 'Art der Anzeige',
  previous: { month: 'Monat davor', week: 'Woche davor', list: 'Monat davor' },
  next: { month: 'Monat danach', week: 'Woche danach', list: 'Monat danach' },
  today: 'Heute',
  day: (date, count) => `${date}, ${count}`,
  more: (count) => `und ${count} weitere`,
  allDay: 'den ganzen Tag',
  until: (date) => `bis ${date}`,
  at: (time) => `um ${time} Uhr`,
  status: {
    cancelled: 'fällt aus',
    postponed: 'findet an einem anderen Tag statt',
    scheduled: '',
  },
  empty: {
    month: (title) => `Im ${title} gibt es keine Veranstaltungen.`,
    week: (title) => `In der Zeit ${title} gibt es keine Veranstaltungen.`,
    list: (title) => `Im ${title} gibt es keine Veranstaltungen.`,
    upcoming: 'Im Moment gibt es keine neuen Veranstaltungen.',
    day: 'An diesem Tag gibt es keine Veranstaltungen.',
  },
  filtered: 'Sie haben einen Filter gewählt. Darum sehen Sie weniger Veranstaltungen.',
  resetFilter: 'Alle Veranstaltungen zeigen',
  skip: 'Zum Ende vom Kalender springen',
  end: 'Hier endet der Kalender.',
  allEvents: 'Alle Termine ansehen',
  exportShown: 'Diese Termine in Ihren Kalender übernehmen',
  exportFileName: (title) => `Termine ${title}`,
  close: 'Fenster schließen',
  details: {
    when: 'Wann?',
    where: 'Wo?',
    organizer: 'Wer macht die Veranstaltung?',
    topics: 'Um welche Themen geht es?',
    accessibility: 'Barriere-Freiheit',
    languages: 'In welchen Sprachen?',
    registration: 'Anmelden',
    registrationRequired: 'Sie müssen sich vorher anmelden.',
    registrationDeadline: (date) => `Letzter Tag für die Anmeldung: ${date}`,
    register: 'Hier anmelden',
    website: 'Mehr Informationen',
    map: 'Den Ort auf einer Karte ansehen (OpenStreetMap)',
    recurring: 'Diesen Termin gibt es öfter.',
    addToCalendar: 'In meinen Kalender übernehmen',
    email: (address) => `E-Mail schreiben an ${address}`,
    phone: (number) => `Anrufen unter ${number}`,
  },
  badTimeZone: deCalendar.badTimeZone,
};
