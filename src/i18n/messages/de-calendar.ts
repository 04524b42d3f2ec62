/** German texts of <quartier-event-calendar>. */
export const deCalendar = {
  label: 'Veranstaltungskalender',
  view: { month: 'Monat', week: 'Woche', list: 'Liste' },
  views: 'Ansicht',
  previous: { month: 'Vorheriger Monat', week: 'Vorherige Woche', list: 'Vorheriger Monat' },
  next: { month: 'Nächster Monat', week: 'Nächste Woche', list: 'Nächster Monat' },
  today: 'Heute',
  /** The accessible name of a day: full date and its count. */
  day: (date: string, count: string) => `${date}, ${count}`,
  more: (count: number) => `+${count} weitere`,
  allDay: 'ganztägig',
  until: (date: string) => `bis ${date}`,
  at: (time: string) => `${time} Uhr`,
  status: { cancelled: 'abgesagt', postponed: 'verschoben', scheduled: '' },
  empty: {
    month: (title: string) => `Keine Veranstaltungen im ${title}.`,
    week: (title: string) => `Keine Veranstaltungen vom ${title}.`,
    list: (title: string) => `Keine Veranstaltungen im ${title}.`,
    upcoming: 'Zurzeit sind keine Veranstaltungen angekündigt.',
    day: 'An diesem Tag finden keine Veranstaltungen statt.',
  },
  filtered: 'Der gewählte Filter blendet Veranstaltungen aus.',
  resetFilter: 'Filter zurücksetzen',
  /** The skip link past a week or list, and where it leads. */
  skip: 'Kalender überspringen',
  end: 'Ende des Kalenders',
  allEvents: 'Alle Termine',
  exportShown: 'Alle angezeigten Termine exportieren',
  /** File name of that export (without .ics), from the range title. */
  exportFileName: (title: string) => `Termine ${title}`,
  close: 'Schließen',
  details: {
    when: 'Wann',
    where: 'Wo',
    organizer: 'Veranstaltet von',
    topics: 'Themen',
    accessibility: 'Barrierefreiheit',
    languages: 'Sprachen',
    registration: 'Anmeldung',
    registrationRequired: 'Anmeldung erforderlich',
    registrationDeadline: (date: string) => `Anmeldeschluss: ${date}`,
    register: 'Zur Anmeldung',
    website: 'Weitere Informationen',
    map: 'Ort auf OpenStreetMap ansehen',
    recurring: 'Regelmäßiger Termin',
    addToCalendar: 'In meinen Kalender',
    email: (address: string) => `E-Mail an ${address}`,
    phone: (number: string) => `Anrufen: ${number}`,
  },
  badTimeZone: (zone: string) =>
    `quartier-widgets: Die Zeitzone „${zone}“ ist unbekannt; der Kalender verwendet Europe/Berlin.`,
};

export type CalendarMessages = typeof deCalendar;
