// Demo data for quartier-widgets: a realistic "Quartier JSON" v1 object (see SPEC section 4) for the
// Stadtteilmanagement inklusives Gemeinwesen Leipzig-Schönefeld.
//
// Event dates are generated relative to `today`, so the demo never shows a frozen past month.
// Places and coordinates are facts from the CC0 LeipzigData/RDFData extracts (LVB stops, Kitas, Orte);
// events, projects, organizers and contacts are fictional and use example.org.
// Plain ES module without imports: runs in Node 20 and in the browser. Deterministic for a given `today`.

/** Time zone in which the local date-times below are meant (SPEC: no offset = local time in the calendar's zone). */
export const DEMO_TIME_ZONE = 'Europe/Berlin';

// ---------------------------------------------------------------------------------------------------------------
// Calendar-date helpers. Dates are built at local noon so that DST changes never shift the calendar day.

const pad = (n) => String(n).padStart(2, '0');

/** Calendar date (local noon) `n` days after `date`. */
function addDays(date, n) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + n, 12);
}

/** `YYYY-MM-DD` of the local calendar date. */
function isoDate(date) {
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DDTHH:mm` (local time, no offset). */
function isoDateTime(date, time) {
  return `${isoDate(date)}T${time}`;
}

/** `YYYYMMDD` for RRULE UNTIL values. */
function rruleDate(date) {
  return isoDate(date).replaceAll('-', '');
}

/** German short date, e.g. "08.12.2026", for use in descriptions. */
function germanDate(date) {
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

/** First date on or after `date` whose JS weekday (0 = Sunday … 6 = Saturday) is `weekday`. */
function onOrAfter(date, weekday) {
  return addDays(date, (weekday - date.getDay() + 7) % 7);
}

/** The n-th (1-based) JS weekday of a month. */
function nthWeekdayOfMonth(year, month, weekday, n) {
  const first = new Date(year, month, 1, 12);
  return addDays(onOrAfter(first, weekday), 7 * (n - 1));
}

/** First n-th weekday of a month that falls on or after `date`. */
function nextNthWeekday(date, weekday, n) {
  const candidate = nthWeekdayOfMonth(date.getFullYear(), date.getMonth(), weekday, n);
  if (candidate >= addDays(date, 0)) return candidate;
  return nthWeekdayOfMonth(date.getFullYear(), date.getMonth() + 1, weekday, n);
}

/** Start and end of a timed event on one day. */
const timed = (date, from, to) =>
  to
    ? { start: isoDateTime(date, from), end: isoDateTime(date, to) }
    : { start: isoDateTime(date, from) };

/** All-day event; `last` is the last day, inclusive. */
const allDay = (first, last) =>
  last ? { start: isoDate(first), end: isoDate(last) } : { start: isoDate(first) };

const MON = 1;
const TUE = 2;
const WED = 3;
const THU = 4;
const SAT = 6;

// ---------------------------------------------------------------------------------------------------------------
// Topics: the six topics of the programme. White text on each colour has a contrast ratio of at least 4.5:1
// (ratios in demo/data/README.md).

const TOPICS = [
  {
    id: 'migration',
    label: { de: 'Migration und Integration', en: 'Migration and integration' },
    color: '#b4451f',
    description: {
      de: 'Ankommen, Deutsch lernen, Beratung in vielen Sprachen und ein gutes Zusammenleben im Stadtteil.',
      en: 'Settling in, learning German, advice in many languages and living well together in the neighbourhood.',
    },
  },
  {
    id: 'bildung',
    label: { de: 'Bildung und kooperatives Lernen', en: 'Education and cooperative learning' },
    color: '#1f5fa6',
    description: {
      de: 'Lernen mit- und voneinander: Hausaufgabenhilfe, Lesepatenschaften, Kurse und Werkstätten.',
      en: 'Learning with and from each other: homework help, reading mentors, courses and workshops.',
    },
  },
  {
    id: 'beteiligung',
    label: { de: 'Kinder- und Jugendbeteiligung', en: 'Child and youth participation' },
    color: '#8a5a00',
    description: {
      de: 'Kinder und Jugendliche reden mit, planen mit und gestalten ihren Stadtteil.',
      en: 'Children and young people have a say, help plan and shape their neighbourhood.',
    },
  },
  {
    id: 'gesundheit',
    label: { de: 'Gesundheit, Bewegung und Ernährung', en: 'Health, exercise and nutrition' },
    color: '#2e7d32',
    description: {
      de: 'Bewegung im Alltag, gesundes Essen und Angebote, die gut tun – für alle Generationen.',
      en: 'Everyday exercise, healthy food and activities that do you good – for all generations.',
    },
  },
  {
    id: 'inklusion',
    label: { de: 'Inklusion', en: 'Inclusion' },
    color: '#7b2d8b',
    description: {
      de: 'Ein Stadtteil, in dem alle mitmachen können: barrierefrei, verständlich und offen.',
      en: 'A neighbourhood where everyone can take part: accessible, easy to understand and open.',
    },
  },
  {
    id: 'begegnung',
    label: { de: 'Soziale Begegnung und Miteinander', en: 'Social encounters and togetherness' },
    color: '#ad1457',
    description: {
      de: 'Nachbarinnen und Nachbarn kennenlernen, gemeinsam feiern, helfen und Zeit verbringen.',
      en: 'Getting to know your neighbours, celebrating, helping each other and spending time together.',
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Places. Coordinates verbatim from the CC0 LeipzigData/RDFData extracts (see demo/data/README.md).
// Places without a known coordinate carry only an address.

const PLACES = {
  bibliothek: {
    name: 'Bibliothek Schönefeld',
    address: 'Shukowstraße 56, 04347 Leipzig',
    lat: 51.353317,
    lon: 12.4157,
  },
  schloss: {
    name: 'Schloss Schönefeld',
    address: 'Zeumerstraße 1, 04347 Leipzig',
    lat: 51.35943,
    lon: 12.40607,
  },
  // Coordinates of the LVB stop "Rathaus Schönefeld" in front of the building.
  rathaus: {
    name: 'Rathaus Schönefeld',
    address: 'Ossietzkystraße 37, 04347 Leipzig',
    lat: 51.359706,
    lon: 12.410704,
  },
  // Coordinates of the LVB stop "Mariannenpark" at the edge of the park.
  mariannenpark: {
    name: 'Mariannenpark (Treffpunkt an der Haltestelle)',
    lat: 51.352302,
    lon: 12.399699,
  },
  stannebeinplatz: { name: 'Stannebeinplatz', lat: 51.351299, lon: 12.407911 },
  buergerverein: { name: 'Bürgerverein Schönefeld', address: 'Ossietzkystraße 1, 04347 Leipzig' },
  schwimmhalle: { name: 'Schwimmhalle Nordost', address: 'Schönefelder Allee 26, 04347 Leipzig' },
  goethe: { name: 'Goethe-Gymnasium', address: 'Gorkistraße 25, 04347 Leipzig' },
};

const place = (key, name) => (name ? { ...PLACES[key], name } : { ...PLACES[key] });

// ---------------------------------------------------------------------------------------------------------------
// Organizers: generic or fictional, contact data on example.org only.

const ORGANIZERS = {
  stm: {
    id: 'stm',
    name: 'Stadtteilmanagement Schönefeld',
    url: 'https://example.org/stadtteilmanagement',
    email: 'stadtteilmanagement@example.org',
  },
  buergerverein: {
    id: 'buergerverein',
    name: 'Bürgerverein Schönefeld e. V.',
    url: 'https://example.org/buergerverein',
    email: 'buergerverein@example.org',
  },
  bibliothek: {
    id: 'bibliothek',
    name: 'Bibliothek Schönefeld',
    url: 'https://example.org/bibliothek-schoenefeld',
    email: 'bibliothek@example.org',
  },
  jugendtreff: {
    id: 'jugendtreff',
    name: 'Jugendtreff Schönefeld',
    url: 'https://example.org/jugendtreff',
    email: 'jugendtreff@example.org',
  },
  familien: {
    id: 'familiennetzwerk',
    name: 'Familiennetzwerk Schönefeld',
    url: 'https://example.org/familiennetzwerk',
    email: 'familien@example.org',
  },
  inklusion: {
    id: 'netzwerk-inklusion',
    name: 'Netzwerk Inklusion Nordost',
    url: 'https://example.org/netzwerk-inklusion',
    email: 'inklusion@example.org',
  },
  bewegung: {
    id: 'bewegungstreff',
    name: 'Bewegungstreff Nordost',
    email: 'bewegung@example.org',
  },
};

const org = (key) => ({ ...ORGANIZERS[key] });

/** Contact block for a project, derived from an organizer (never a private person). */
const contactOf = (key, name) => {
  const o = ORGANIZERS[key];
  return {
    name: name ?? `Team ${o.name}`,
    email: o.email,
    url: o.url ?? 'https://example.org/stadtteilmanagement',
  };
};

// ---------------------------------------------------------------------------------------------------------------

/**
 * Builds the demo data for the calendar date of `today` (local date of the runtime).
 * Events cover roughly one month before `today` to two months after it.
 * @param {Date} [today]
 * @returns {{version: 1, topics: object[], events: object[], projects: object[]}}
 */
export function createDemoData(today = new Date()) {
  const now = new Date(today);
  if (Number.isNaN(now.getTime()))
    throw new TypeError('createDemoData: `today` is not a valid date');

  const base = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12);
  const rangeStart = addDays(base, -30);
  const rangeEnd = addDays(base, 60);
  // Monday of the current week; w(k, d) = day d (0 = Monday … 6 = Sunday) of week k relative to this week.
  const weekStart = addDays(base, -((base.getDay() + 6) % 7));
  const w = (k, d) => addDays(weekStart, 7 * k + d);

  const events = [];
  const add = (event) => events.push(event);

  // --- Recurring events -----------------------------------------------------------------------------------------

  const firstTuesday = onOrAfter(rangeStart, TUE);
  const sprachcafeSkip = addDays(firstTuesday, 35);
  add({
    id: 'ev-sprachcafe',
    title: {
      de: 'Sprachcafé: Deutsch sprechen bei Tee und Kaffee',
      en: 'Language café: speaking German over tea and coffee',
      'de-x-ls': 'Sprach-Café: Wir sprechen Deutsch zusammen',
    },
    ...timed(firstTuesday, '16:00', '18:00'),
    recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: [isoDateTime(sprachcafeSkip, '16:00')] },
    topics: ['migration', 'begegnung'],
    description: {
      de:
        'Jeden Dienstag üben wir in entspannter Runde Deutsch – egal ob Sie gerade erst anfangen oder schon viel sprechen. ' +
        'Ehrenamtliche aus der Nachbarschaft sind dabei und helfen gern.\n\n' +
        `Am ${germanDate(sprachcafeSkip)} fällt das Sprachcafé aus. Mehr dazu: https://example.org/sprachcafe`,
      en:
        'Every Tuesday we practise German in a relaxed group – whether you are just starting or already speak a lot. ' +
        'Volunteers from the neighbourhood are happy to help.\n\n' +
        `There is no language café on ${germanDate(sprachcafeSkip)}. More: https://example.org/sprachcafe`,
      'de-x-ls':
        'Jeden Dienstag treffen wir uns.\nWir sprechen zusammen Deutsch.\nSie können einfach kommen.\nEs kostet nichts.',
    },
    location: place('bibliothek'),
    organizer: org('bibliothek'),
    accessibility: ['wheelchair', 'accessible-toilet', 'free-of-charge', 'easy-language'],
    languages: ['de', 'ar', 'uk', 'fa', 'ru'],
    url: 'https://example.org/sprachcafe',
  });

  const firstThursday = onOrAfter(rangeStart, THU);
  add({
    id: 'ev-sportgruppe',
    title: { de: 'Sportgruppe: Bewegung im Park', en: 'Exercise group in the park' },
    ...timed(firstThursday, '10:00', '11:00'),
    recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=12' },
    topics: ['gesundheit', 'inklusion'],
    description:
      'Sanfte Gymnastik, Dehnen und ein kleiner Spaziergang – für alle, die sich gern an der frischen Luft bewegen. ' +
      'Auch mit Rollator oder Rollstuhl können Sie gut mitmachen.\n\n' +
      'Bitte bequeme Kleidung und etwas zu trinken mitbringen. Bei Sturm fällt die Gruppe aus.',
    location: place('mariannenpark'),
    organizer: org('bewegung'),
    accessibility: ['wheelchair', 'free-of-charge'],
    languages: ['de', 'ru'],
  });

  const firstMonday = onOrAfter(rangeStart, MON);
  const hausaufgabenUntil = addDays(firstMonday, 7 * 12 - 1);
  add({
    id: 'ev-hausaufgabenhilfe',
    title: {
      de: 'Hausaufgabenhilfe für Grundschulkinder',
      en: 'Homework help for primary school children',
    },
    ...timed(firstMonday, '14:30', '16:00'),
    recurrence: { rrule: `FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=${rruleDate(hausaufgabenUntil)}T235959` },
    topics: ['bildung'],
    description:
      'Ehrenamtliche Lernbegleiterinnen und Lernbegleiter helfen bei Hausaufgaben, beim Lesen und beim Rechnen. ' +
      'Eine Anmeldung ist nicht nötig, die Kinder können einfach vorbeikommen.',
    location: place('bibliothek'),
    organizer: org('bibliothek'),
    accessibility: ['wheelchair', 'free-of-charge'],
    languages: ['de', 'ar', 'uk'],
  });

  const firstRepairSaturday = nextNthWeekday(rangeStart, SAT, 1);
  add({
    id: 'ev-repair-cafe',
    title: { de: 'Repair-Café', en: 'Repair café' },
    ...timed(firstRepairSaturday, '10:00', '13:00'),
    recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1SA' },
    topics: ['begegnung'],
    description:
      'Toaster kaputt, Hose gerissen, Fahrradlicht geht nicht? Gemeinsam mit erfahrenen Bastlerinnen und Bastlern ' +
      'reparieren wir, was noch zu retten ist. Kaffee und Kuchen gibt es auch.\n\n' +
      'Jeden ersten Samstag im Monat. Spenden für Ersatzteile sind willkommen.',
    location: place('buergerverein'),
    organizer: org('buergerverein'),
    accessibility: ['free-of-charge'],
    languages: ['de'],
  });

  const firstElterncafe = nextNthWeekday(rangeStart, WED, 2);
  add({
    id: 'ev-elterncafe',
    title: { de: 'Elterncafé', en: 'Parents’ café' },
    ...timed(firstElterncafe, '15:00', '17:00'),
    recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=2WE' },
    topics: ['bildung', 'begegnung'],
    description:
      'Austausch für Mütter, Väter und alle, die Kinder großziehen: Wie klappt der Start in Kita und Schule? ' +
      'Wo gibt es Unterstützung? Die Kinder spielen nebenan und werden betreut.',
    location: place('schloss'),
    organizer: org('familien'),
    accessibility: ['childcare', 'free-of-charge', 'wheelchair'],
    languages: ['de', 'ar', 'uk'],
  });

  // --- Today and the current week -------------------------------------------------------------------------------

  add({
    id: 'ev-sprechstunde-heute',
    title: {
      de: 'Offene Sprechstunde des Stadtteilmanagements',
      en: 'Open office hours of the neighbourhood management',
    },
    ...timed(base, '10:00', '12:00'),
    topics: ['beteiligung', 'begegnung'],
    description:
      'Sie haben eine Idee für Schönefeld, eine Frage oder ein Anliegen? Kommen Sie ohne Termin vorbei. ' +
      'Wir beraten auch zum Verfügungsfonds für kleine Nachbarschaftsprojekte.\n\n' +
      'Mehr zum Verfügungsfonds: https://example.org/verfuegungsfonds',
    location: place('rathaus'),
    organizer: org('stm'),
    accessibility: ['wheelchair', 'accessible-toilet', 'free-of-charge'],
    languages: ['de', 'en'],
  });

  add({
    id: 'ev-nachbarschaftstreff-heute',
    title: 'Offener Nachbarschaftstreff',
    ...timed(base, '16:00', '18:30'),
    topics: ['begegnung'],
    description:
      'Einfach vorbeikommen, Leute aus dem Viertel treffen, Tee trinken und reden. Jede und jeder ist willkommen.',
    location: place('buergerverein'),
    organizer: org('buergerverein'),
    accessibility: ['free-of-charge'],
  });

  add({
    id: 'ev-ausstellung-schoenefeld',
    title: {
      de: 'Ausstellung: Schönefeld früher und heute',
      en: 'Exhibition: Schönefeld then and now',
    },
    ...allDay(w(-1, 1), w(2, 5)),
    topics: ['bildung', 'begegnung'],
    description:
      'Alte Fotos, Postkarten und Erinnerungen aus dem Stadtteil – gesammelt von Nachbarinnen und Nachbarn. ' +
      'Zu sehen während der Öffnungszeiten der Bibliothek.\n\n' +
      'Sie haben selbst alte Bilder von Schönefeld? Wir freuen uns über Leihgaben: https://example.org/ausstellung',
    location: place('bibliothek'),
    organizer: org('bibliothek'),
    accessibility: ['wheelchair', 'accessible-toilet', 'free-of-charge'],
  });

  add({
    id: 'ev-strickcafe',
    title: 'Strick- und Handarbeitscafé',
    ...timed(w(0, 0), '14:00', '16:00'),
    topics: ['begegnung'],
    description:
      'Stricken, häkeln, nähen und dabei plaudern. Wolle und Nadeln sind da, Anfängerinnen und Anfänger willkommen.',
    location: place('buergerverein'),
    organizer: org('buergerverein'),
    accessibility: ['free-of-charge'],
    languages: ['de', 'ru'],
  });

  add({
    id: 'ev-lesepaten-treffen',
    title: 'Treffen der Lesepatinnen und Lesepaten',
    ...timed(w(0, 2), '17:00', '18:30'),
    topics: ['bildung'],
    description:
      'Austausch für alle, die Kindern vorlesen oder es gern tun möchten. Neue Lesepatinnen und Lesepaten sind herzlich willkommen.',
    location: place('bibliothek'),
    organizer: org('bibliothek'),
    accessibility: ['wheelchair', 'accessible-toilet'],
  });

  add({
    id: 'ev-migrationsberatung',
    title: { de: 'Migrationsberatung vor Ort', en: 'Migration advice on site' },
    ...timed(w(0, 3), '13:00', '16:00'),
    topics: ['migration'],
    description:
      'Beratung zu Aufenthalt, Behördenpost, Sprachkursen und Arbeit. Vertraulich und kostenlos. ' +
      'Dolmetscherinnen für Arabisch, Russisch und Ukrainisch sind vor Ort, Farsi nach Absprache.',
    location: place('rathaus'),
    organizer: org('stm'),
    accessibility: ['wheelchair', 'accessible-toilet', 'free-of-charge'],
    languages: ['de', 'ar', 'ru', 'uk', 'fa'],
  });

  add({
    id: 'ev-vorlesestunde-mehrsprachig',
    title: { de: 'Mehrsprachige Vorlesestunde', en: 'Multilingual story time' },
    ...timed(w(0, 4), '16:00', '17:00'),
    topics: ['bildung', 'migration'],
    description: {
      de: 'Eine Geschichte, drei Sprachen: Wir lesen auf Deutsch, Arabisch und Ukrainisch vor. Für Kinder ab 4 Jahren mit ihren Familien.',
      en: 'One story, three languages: we read aloud in German, Arabic and Ukrainian. For children aged 4 and up with their families.',
    },
    location: place('bibliothek'),
    organizer: org('bibliothek'),
    accessibility: ['wheelchair', 'free-of-charge'],
    languages: ['de', 'ar', 'uk'],
  });

  add({
    id: 'ev-buecherflohmarkt',
    title: { de: 'Bücherflohmarkt', en: 'Book flea market' },
    ...allDay(w(0, 5)),
    topics: ['bildung', 'begegnung'],
    description:
      'Gebrauchte Bücher, Hörbücher und Spiele gegen eine kleine Spende. Der Erlös geht an die Leseförderung.',
    location: place('bibliothek'),
    organizer: org('bibliothek'),
    accessibility: ['wheelchair'],
  });

  add({
    id: 'ev-spielenachmittag',
    title: { de: 'Spielenachmittag für Groß und Klein', en: 'Games afternoon for young and old' },
    ...timed(w(0, 6), '15:00', '18:00'),
    topics: ['begegnung', 'inklusion'],
    description:
      'Brettspiele, Kartenspiele und Spiele ohne viel Sprache. Für Familien, Seniorinnen und Senioren und alle dazwischen.',
    location: place('buergerverein'),
    organizer: org('buergerverein'),
    accessibility: ['free-of-charge', 'easy-language'],
    languages: ['de', 'ar'],
  });

  // --- Past weeks ----------------------------------------------------------------------------------------------

  add({
    id: 'ev-nachbarschaftsfest',
    title: {
      de: 'Nachbarschaftsfest im Schlosshof',
      en: 'Neighbourhood party in the castle courtyard',
    },
    ...timed(w(-4, 5), '14:00', '19:00'),
    topics: ['begegnung', 'inklusion'],
    description:
      'Musik, Essen aus vielen Ländern, Kinderschminken und Infostände der Vereine aus Schönefeld. ' +
      'Das Fest ist barrierefrei, eine Gebärdensprachdolmetscherin ist dabei.\n\n' +
      'Fotos vom Fest: https://example.org/nachbarschaftsfest',
    location: place('schloss'),
    organizer: org('stm'),
    accessibility: [
      'wheelchair',
      'accessible-toilet',
      'sign-language',
      'childcare',
      'free-of-charge',
    ],
    languages: ['de', 'ar', 'uk'],
  });

  add({
    id: 'ev-kochabend',
    title: {
      de: 'Gemeinsam kochen: Rezepte aus aller Welt',
      en: 'Cooking together: recipes from around the world',
    },
    ...timed(w(-3, 4), '17:00', '20:00'),
    topics: ['gesundheit', 'begegnung'],
    description:
      'Nachbarinnen und Nachbarn zeigen ein Lieblingsgericht aus ihrer Heimat. Wir kochen gemeinsam, gesund und günstig, und essen zusammen.',
    location: place('buergerverein'),
    organizer: org('buergerverein'),
    registration: {
      url: 'https://example.org/kochabend',
      required: true,
      deadline: isoDate(w(-3, 2)),
    },
    accessibility: ['free-of-charge'],
    languages: ['de', 'ar', 'fa'],
  });

  add({
    id: 'ev-spielplatz-auftakt',
    title: 'Auftakt: Kinder planen den Spielplatz am Stannebeinplatz',
    ...timed(w(-3, 2), '15:00', '17:00'),
    topics: ['beteiligung'],
    description:
      'Was wünscht ihr euch auf dem Spielplatz? Mit Kreide, Knete und Fotos sammeln wir eure Ideen. Eltern dürfen zuschauen.',
    location: place('stannebeinplatz'),
    organizer: org('stm'),
    accessibility: ['free-of-charge'],
  });

  add({
    id: 'ev-fahrradwerkstatt',
    title: 'Fahrrad-Selbsthilfewerkstatt',
    ...timed(w(-3, 5), '11:00', '15:00'),
    topics: ['beteiligung', 'begegnung'],
    description:
      'Jugendliche aus dem Jugendtreff zeigen, wie man Reifen flickt und Bremsen einstellt. Werkzeug ist vorhanden.',
    location: place('stannebeinplatz'),
    organizer: org('jugendtreff'),
    accessibility: ['free-of-charge'],
  });

  add({
    id: 'ev-stadtteilrunde-1',
    title: 'Stadtteilrunde Schönefeld',
    ...timed(w(-2, 2), '18:00', '20:00'),
    topics: ['beteiligung', 'begegnung'],
    description:
      'Vereine, Initiativen, Einrichtungen und Bewohnerinnen und Bewohner besprechen, was im Stadtteil ansteht. ' +
      'Die Runde ist offen für alle.\n\nProtokolle: https://example.org/stadtteilrunde',
    location: place('rathaus'),
    organizer: org('stm'),
    accessibility: ['wheelchair', 'accessible-toilet', 'hearing-loop'],
  });

  add({
    id: 'ev-kiezputz',
    title: {
      de: 'Kiezputz rund um den Stannebeinplatz',
      en: 'Neighbourhood clean-up around Stannebeinplatz',
    },
    ...allDay(w(-2, 5)),
    topics: ['begegnung'],
    description:
      'Den ganzen Tag über können Sie Handschuhe, Zangen und Säcke am Stand abholen und in Ihrer Straße sammeln. ' +
      'Mittags gibt es Suppe für alle Helferinnen und Helfer.',
    location: place('stannebeinplatz'),
    organizer: org('buergerverein'),
    accessibility: ['free-of-charge'],
  });

  add({
    id: 'ev-schwimmen-frauen',
    title: { de: 'Schwimmen für Frauen', en: 'Swimming for women' },
    ...timed(w(-2, 6), '16:00', '18:00'),
    topics: ['gesundheit', 'migration'],
    description:
      'Geschützte Schwimmzeit nur für Frauen und Mädchen, mit weiblichem Aufsichtspersonal. ' +
      'Schwimmanfängerinnen bekommen Tipps von einer Trainerin.',
    location: place('schwimmhalle'),
    organizer: org('bewegung'),
    languages: ['de', 'ar', 'fa'],
  });

  add({
    id: 'ev-interkulturelles-fruehstueck',
    title: { de: 'Interkulturelles Frühstück', en: 'Intercultural breakfast' },
    ...timed(w(-2, 6), '10:00', '12:00'),
    topics: ['migration', 'begegnung'],
    description: 'Jede und jeder bringt etwas mit, wir frühstücken zusammen und lernen uns kennen.',
    location: place('buergerverein'),
    organizer: org('buergerverein'),
    accessibility: ['free-of-charge', 'childcare'],
    languages: ['de', 'ar', 'uk', 'fa'],
  });

  add({
    id: 'ev-bewerbungstraining',
    title: 'Bewerbungstraining für junge Menschen',
    ...timed(w(-1, 2), '15:00', '17:00'),
    topics: ['bildung', 'migration'],
    description:
      'Lebenslauf schreiben, Anschreiben prüfen, Vorstellungsgespräch üben. Für Jugendliche und junge Erwachsene bis 27 Jahre.',
    location: place('buergerverein'),
    organizer: org('jugendtreff'),
    registration: { url: 'https://example.org/bewerbungstraining', required: false },
    accessibility: ['free-of-charge'],
    languages: ['de', 'en', 'ar'],
  });

  add({
    id: 'ev-digitale-sprechstunde',
    title: {
      de: 'Digitale Sprechstunde: Hilfe mit Handy und Computer',
      en: 'Digital help desk: phones and computers',
    },
    ...timed(w(-1, 3), '14:00', '16:00'),
    topics: ['bildung', 'inklusion'],
    description:
      'Wie funktioniert die Online-Terminbuchung? Wie schicke ich ein Foto? Junge Ehrenamtliche helfen Schritt für Schritt und in Ruhe.',
    location: place('bibliothek'),
    organizer: org('bibliothek'),
    accessibility: ['wheelchair', 'accessible-toilet', 'free-of-charge', 'easy-language'],
  });

  add({
    id: 'ev-gartentreff',
    title: { de: 'Gartentreff im Gemeinschaftsgarten', en: 'Community garden meet-up' },
    ...timed(w(-1, 5), '10:00', '13:00'),
    topics: ['gesundheit', 'begegnung'],
    description:
      'Wir pflegen die Hochbeete, ernten, säen und planen die nächste Saison. Keine Vorkenntnisse nötig, Handschuhe sind da.\n\n' +
      'Alles zum Garten: https://example.org/gemeinschaftsgarten',
    location: place('mariannenpark'),
    organizer: org('stm'),
    accessibility: ['free-of-charge', 'wheelchair'],
    image: {
      src: '/data/images/gemeinschaftsgarten.svg',
      alt: 'Zeichnung: zwei Hochbeete mit Pflanzen unter einer Sonne',
    },
  });

  // --- Coming weeks --------------------------------------------------------------------------------------------

  add({
    id: 'ev-kinderrat',
    title: { de: 'Kinderrat Schönefeld', en: 'Schönefeld children’s council' },
    ...timed(w(1, 2), '15:00', '16:30'),
    topics: ['beteiligung'],
    description:
      'Kinder von 8 bis 13 Jahren beraten, was im Stadtteil besser werden soll, und stellen ihre Wünsche dem Stadtteilmanagement vor.',
    location: place('rathaus'),
    organizer: org('jugendtreff'),
    accessibility: ['wheelchair', 'free-of-charge'],
  });

  add({
    id: 'ev-gebaerdensprache',
    title: {
      de: 'Schnupperkurs Deutsche Gebärdensprache',
      en: 'Taster course in German Sign Language',
    },
    ...timed(w(1, 3), '18:00', '19:30'),
    topics: ['inklusion', 'bildung'],
    description:
      'Die ersten Gebärden zum Begrüßen, Vorstellen und Nachfragen – vermittelt von einer gehörlosen Kursleiterin mit Dolmetscherin.',
    location: place('buergerverein'),
    organizer: org('inklusion'),
    registration: {
      url: 'https://example.org/gebaerdensprache',
      required: true,
      deadline: isoDate(w(1, 1)),
    },
    accessibility: ['sign-language', 'free-of-charge'],
  });

  add({
    id: 'ev-filmabend',
    title: { de: 'Filmabend mit Untertiteln', en: 'Film night with subtitles' },
    ...timed(w(1, 4), '19:00', '21:30'),
    topics: ['inklusion', 'begegnung'],
    description:
      'Wir zeigen einen Spielfilm mit deutschen Untertiteln und Induktionsschleife. Danach ist Zeit für Gespräche.',
    location: place('schloss'),
    organizer: org('inklusion'),
    accessibility: ['wheelchair', 'accessible-toilet', 'hearing-loop', 'free-of-charge'],
  });

  add({
    id: 'ev-ideenschmiede',
    title: {
      de: 'Ideenschmiede: Ihre Ideen für Schönefeld',
      en: 'Idea workshop: your ideas for Schönefeld',
      'de-x-ls': 'Ideen-Schmiede: Was wünschen Sie sich für Schönefeld?',
    },
    ...timed(w(1, 5), '14:00', '17:00'),
    topics: ['migration', 'bildung', 'beteiligung', 'gesundheit', 'inklusion', 'begegnung'],
    description: {
      de:
        'In der Ideenschmiede tauschen wir uns zu allen sechs Themen des Stadtteilmanagements aus: Migration und Integration, ' +
        'Bildung, Kinder- und Jugendbeteiligung, Gesundheit, Inklusion und Miteinander. ' +
        'An Thementischen sammeln wir Ideen und überlegen, wie sie Wirklichkeit werden können.\n\n' +
        'Für Kinder gibt es eine Betreuung, für Getränke und Kuchen ist gesorgt. ' +
        'Sie können Ihre Idee auch vorher online einreichen: https://example.org/ideen',
      en:
        'At the idea workshop we talk about all six topics of the neighbourhood management: migration and integration, ' +
        'education, child and youth participation, health, inclusion and togetherness.\n\n' +
        'Childcare is provided. You can also send in your idea online beforehand: https://example.org/ideen',
      'de-x-ls':
        'Sie haben eine Idee für Schönefeld?\nDann kommen Sie zur Ideen-Schmiede.\nWir sprechen über Ihre Ideen.\n\n' +
        'Es gibt eine Betreuung für Kinder.\nDie Teilnahme kostet nichts.',
    },
    location: place('rathaus'),
    organizer: org('stm'),
    registration: {
      url: 'https://example.org/ideenschmiede',
      required: false,
      deadline: isoDate(w(1, 3)),
    },
    accessibility: [
      'wheelchair',
      'accessible-toilet',
      'easy-language',
      'childcare',
      'free-of-charge',
    ],
    languages: ['de', 'ar', 'uk', 'en'],
    url: 'https://example.org/ideenschmiede',
  });

  add({
    id: 'ev-kiezspaziergang',
    title: {
      de: 'Kiezspaziergang: Geschichte(n) rund ums Schloss',
      en: 'Neighbourhood walk: stories around the castle',
    },
    ...timed(w(1, 6), '14:00', '16:00'),
    topics: ['begegnung', 'bildung'],
    description:
      'Der Spaziergang muss leider ausfallen, weil die Stadtführerin erkrankt ist. Ein neuer Termin folgt.\n\n' +
      'Treffpunkt wäre am Rathaus Schönefeld gewesen.',
    location: place('rathaus'),
    organizer: org('buergerverein'),
    status: 'cancelled',
    accessibility: ['free-of-charge'],
  });

  add({
    id: 'ev-stadtteilrunde-2',
    title: 'Stadtteilrunde Schönefeld',
    ...timed(w(2, 2), '18:00', '20:00'),
    topics: ['beteiligung', 'begegnung'],
    description:
      'Offene Runde für alle, die sich im Stadtteil engagieren. Diesmal mit Bericht aus dem Kinderrat.',
    location: place('rathaus'),
    organizer: org('stm'),
    accessibility: ['wheelchair', 'accessible-toilet', 'hearing-loop'],
    status: 'scheduled',
  });

  add({
    id: 'ev-wassergymnastik',
    title: { de: 'Schnupperkurs Wassergymnastik', en: 'Aqua fitness taster' },
    ...timed(w(2, 1), '09:00', '10:00'),
    topics: ['gesundheit'],
    description:
      'Gelenkschonende Bewegung im warmen Wasser, besonders für Seniorinnen und Senioren. Bitte Badesachen mitbringen.',
    location: place('schwimmhalle'),
    organizer: org('bewegung'),
    registration: {
      url: 'https://example.org/wassergymnastik',
      required: true,
      deadline: isoDate(w(1, 4)),
    },
  });

  add({
    id: 'ev-lesung-ankommen',
    title: 'Lesung und Gespräch: Ankommen in Leipzig',
    ...timed(w(2, 3), '19:00', '20:30'),
    topics: ['migration', 'bildung'],
    description:
      'Menschen aus Schönefeld lesen Texte über ihr Ankommen in Leipzig. Die Lesung wird verschoben, der neue Termin steht noch nicht fest.',
    location: place('bibliothek'),
    organizer: org('bibliothek'),
    status: 'postponed',
    accessibility: ['wheelchair', 'accessible-toilet', 'free-of-charge'],
    languages: ['de', 'uk'],
  });

  add({
    id: 'ev-leichte-sprache-workshop',
    title: {
      de: 'Workshop: Texte in Leichter Sprache schreiben',
      en: 'Workshop: writing in Easy German',
      'de-x-ls': 'Kurs: So schreibt man in Leichter Sprache',
    },
    ...timed(w(3, 1), '10:00', '13:00'),
    topics: ['inklusion', 'bildung'],
    description:
      'Für Vereine und Einrichtungen im Stadtteil: Wie schreibe ich Einladungen und Aushänge so, dass alle sie verstehen? ' +
      'Prüferinnen und Prüfer für Leichte Sprache sind dabei.\n\nMaterialien: https://example.org/leichte-sprache',
    location: place('rathaus'),
    organizer: org('inklusion'),
    registration: {
      url: 'https://example.org/leichte-sprache',
      required: true,
      deadline: isoDate(w(2, 4)),
    },
    accessibility: ['wheelchair', 'accessible-toilet', 'easy-language', 'free-of-charge'],
  });

  add({
    id: 'ev-aktionstage-inklusion',
    title: { de: 'Aktionstage Inklusion', en: 'Inclusion action days' },
    ...allDay(w(3, 3), w(3, 4)),
    topics: ['inklusion'],
    description:
      'Zwei Tage zum Ausprobieren und Mitmachen: Rollstuhl-Parcours, Blindenschrift, Gebärdensprache und Gespräche über ' +
      'Barrieren im Alltag. Schulklassen melden sich bitte vorher an.\n\nProgramm: https://example.org/aktionstage-inklusion',
    location: place('schloss'),
    organizer: org('inklusion'),
    accessibility: [
      'wheelchair',
      'accessible-toilet',
      'sign-language',
      'hearing-loop',
      'easy-language',
      'free-of-charge',
    ],
    url: 'https://example.org/aktionstage-inklusion',
  });

  add({
    id: 'ev-barriere-check',
    title: 'Barriere-Check: Spaziergang mit Rollstuhl und Rollator',
    ...timed(w(3, 5), '10:00', '12:00'),
    topics: ['inklusion', 'beteiligung'],
    description:
      'Wo sind Bordsteine zu hoch, wo fehlen Bänke? Gemeinsam gehen wir durch den Stadtteil und notieren Barrieren. ' +
      'Die Ergebnisse gehen an das Stadtteilmanagement. Treffpunkt am Rathaus Schönefeld.',
    location: place('rathaus'),
    organizer: org('inklusion'),
    accessibility: ['wheelchair', 'free-of-charge'],
  });

  add({
    id: 'ev-jugendforum',
    title: {
      de: 'Jugendforum: Was fehlt euch im Viertel?',
      en: 'Youth forum: what is missing in your neighbourhood?',
    },
    ...timed(w(4, 3), '17:00', '19:00'),
    topics: ['beteiligung', 'bildung'],
    description:
      'Treffpunkte, Sportplätze, WLAN, Busverbindungen: Jugendliche von 12 bis 21 sagen, was sie brauchen. ' +
      'Die Ergebnisse stellen wir in der Stadtteilrunde vor.\n\nAnmeldung für Gruppen: https://example.org/jugendforum',
    location: place('goethe', 'Goethe-Gymnasium (Aula)'),
    organizer: org('jugendtreff'),
    registration: { url: 'https://example.org/jugendforum', required: false },
    accessibility: ['free-of-charge'],
    languages: ['de', 'en', 'ar', 'uk'],
  });

  add({
    id: 'ev-tanz-generationen',
    title: { de: 'Tanzen für alle Generationen', en: 'Dancing for all generations' },
    ...timed(w(4, 1), '17:00', '18:30'),
    topics: ['gesundheit', 'begegnung'],
    description:
      'Kreistänze, Line Dance und Musik aus vielen Ländern. Man kann auch im Sitzen mittanzen.',
    location: place('schloss'),
    organizer: org('bewegung'),
    accessibility: ['wheelchair', 'accessible-toilet', 'free-of-charge'],
  });

  add({
    id: 'ev-projektwoche-spielplatz',
    title: {
      de: 'Projektwoche: Kinder bauen Spielplatzmodelle',
      en: 'Project week: children build playground models',
    },
    ...allDay(w(5, 0), w(5, 4)),
    topics: ['beteiligung', 'bildung'],
    description:
      'Eine Woche lang bauen Kinder aus Kitas und Horten Modelle für den neuen Spielplatz am Stannebeinplatz. ' +
      'Am Freitagnachmittag werden die Modelle vor Ort ausgestellt.',
    location: place('stannebeinplatz'),
    organizer: org('stm'),
    accessibility: ['free-of-charge'],
  });

  add({
    id: 'ev-erste-hilfe-kinder',
    title: 'Erste-Hilfe-Kurs für Eltern von kleinen Kindern',
    ...timed(w(5, 5), '09:00', '15:00'),
    topics: ['gesundheit', 'bildung'],
    description:
      'Was tun bei Fieberkrampf, Verbrühung oder Verschlucken? Ein Kurs mit vielen praktischen Übungen. ' +
      'Die Kinder werden während des Kurses betreut.\n\nAnmeldung: https://example.org/erste-hilfe',
    location: place('buergerverein'),
    organizer: org('familien'),
    registration: {
      url: 'https://example.org/erste-hilfe',
      required: true,
      deadline: isoDate(w(4, 4)),
    },
    accessibility: ['childcare', 'free-of-charge'],
    languages: ['de', 'ar'],
  });

  add({
    id: 'ev-brotdose',
    title: {
      de: 'Gesunde Brotdose: Workshop für Eltern',
      en: 'Healthy lunchbox: workshop for parents',
    },
    ...timed(w(6, 2), '16:00', '17:30'),
    topics: ['gesundheit'],
    description:
      'Schnelle, günstige und gesunde Ideen für Kita und Schule – mit Kostproben und Rezeptkarten in mehreren Sprachen.',
    location: place('schloss'),
    organizer: org('familien'),
    accessibility: ['childcare', 'free-of-charge'],
    languages: ['de', 'ar', 'uk', 'ru'],
  });

  add({
    id: 'ev-gesundheitstag',
    title: { de: 'Gesundheitstag im Stadtteil', en: 'Neighbourhood health day' },
    ...allDay(w(6, 5)),
    topics: ['gesundheit', 'inklusion'],
    description:
      'Blutdruck messen, Beratung zu Bewegung und Ernährung, Mitmach-Angebote für Kinder und Informationen ' +
      'von Beratungsstellen aus dem Leipziger Nordosten.',
    location: place('rathaus'),
    organizer: org('stm'),
    accessibility: ['wheelchair', 'accessible-toilet', 'free-of-charge'],
    languages: ['de', 'ru', 'ar'],
  });

  add({
    id: 'ev-ehrenamtsboerse',
    title: { de: 'Ehrenamtsbörse Schönefeld', en: 'Schönefeld volunteering fair' },
    ...timed(w(7, 5), '11:00', '15:00'),
    topics: ['begegnung', 'beteiligung'],
    description:
      'Vereine und Initiativen stellen sich vor und suchen Unterstützung: vom Vorlesen über Gartenarbeit bis zur Begleitung ' +
      'zu Behörden. Kommen Sie ins Gespräch!\n\nAlle Angebote: https://example.org/ehrenamt',
    location: place('rathaus'),
    organizer: org('buergerverein'),
    accessibility: ['wheelchair', 'accessible-toilet', 'free-of-charge'],
    languages: ['de', 'en'],
  });

  add({
    id: 'ev-basteln-natur',
    title: 'Basteln mit Naturmaterialien',
    ...timed(w(7, 2), '15:00', '17:00'),
    topics: ['begegnung', 'bildung'],
    description:
      'Aus Zapfen, Blättern und Stöcken entstehen kleine Kunstwerke. Für Kinder ab 5 Jahren mit Begleitung.',
    location: place('bibliothek'),
    organizer: org('bibliothek'),
    accessibility: ['wheelchair', 'free-of-charge'],
  });

  add({
    id: 'ev-seniorenfruehstueck',
    title: 'Seniorenfrühstück mit Vortrag',
    ...timed(w(7, 3), '09:30', '11:30'),
    topics: ['begegnung', 'gesundheit'],
    description:
      'Gemeinsames Frühstück, danach ein kurzer Vortrag zum Thema „Sicher zu Hause“. Um eine Spende wird gebeten.',
    location: place('buergerverein'),
    organizer: org('buergerverein'),
    languages: ['de'],
  });

  add({
    id: 'ev-mehrgenerationen-werkstatt',
    title: {
      de: 'Werkstatt-Wochenende: Nistkästen und Bänke bauen',
      en: 'Workshop weekend: building nest boxes and benches',
    },
    ...allDay(w(8, 5), w(8, 6)),
    topics: ['begegnung', 'beteiligung'],
    description:
      'Jung und Alt bauen gemeinsam Nistkästen für den Mariannenpark und eine Bank für den Gemeinschaftsgarten. ' +
      'Werkzeug und Holz sind da, kommen Sie einfach für ein paar Stunden vorbei.',
    location: place('mariannenpark'),
    organizer: org('stm'),
    accessibility: ['free-of-charge'],
  });

  // Keep only events that touch the demo range (all of them do by construction; this guards edits).
  const first = isoDate(addDays(rangeStart, -7));
  const last = isoDate(addDays(rangeEnd, 7));
  const inRange = events.filter(
    (e) => e.start.slice(0, 10) <= last && (e.end ?? e.start).slice(0, 10) >= first,
  );
  inRange.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));

  return { version: 1, topics: cloneTopics(), events: inRange, projects: createProjects(base) };
}

function cloneTopics() {
  return TOPICS.map((t) => ({ ...t, label: { ...t.label }, description: { ...t.description } }));
}

// ---------------------------------------------------------------------------------------------------------------
// Projects

/** `YYYY-MM-01` of the month `offset` months from `base`. */
function monthStart(base, offset) {
  return isoDate(new Date(base.getFullYear(), base.getMonth() + offset, 1, 12));
}

/** `YYYY-MM-DD` of the last day of the month `offset` months from `base`. */
function monthEnd(base, offset) {
  return isoDate(new Date(base.getFullYear(), base.getMonth() + offset + 1, 0, 12));
}

function createProjects(base) {
  return [
    {
      id: 'pr-komplexbaumassnahme-gorkistrasse',
      title: { de: 'Komplexbaumaßnahme Gorkistraße', en: 'Gorkistraße street reconstruction' },
      summary:
        'Umbau der Gorkistraße zwischen Kohlweg und Ossietzkystraße, abgeschlossen im Dezember 2024.',
      description:
        'Die Gorkistraße wurde zwischen Kohlweg und Ossietzkystraße als Komplexbaumaßnahme umgebaut. ' +
        'Die Arbeiten dauerten bis Dezember 2024.\n\n' +
        'Fragen und Hinweise zur Straße nimmt das Stadtteilmanagement in der offenen Sprechstunde entgegen.',
      topics: ['inklusion', 'begegnung'],
      status: 'completed',
      location: {
        name: 'Gorkistraße (Kohlweg bis Ossietzkystraße)',
        address: 'Gorkistraße, 04347 Leipzig',
        lat: 51.359307,
        lon: 12.417611,
      },
      period: { end: '2024-12-31' },
      contact: contactOf('stm'),
      organizer: { ...ORGANIZERS.stm },
    },
    {
      id: 'pr-gemeinschaftsgarten-mariannenpark',
      title: {
        de: 'Gemeinschaftsgarten am Mariannenpark',
        en: 'Community garden at Mariannenpark',
      },
      summary:
        'Hochbeete, Kräuter und Gemüse: Nachbarinnen und Nachbarn gärtnern gemeinsam am Rand des Parks.',
      description:
        'Im Gemeinschaftsgarten wachsen Kräuter, Gemüse und Blumen in barrierefreien Hochbeeten. ' +
        'Jede und jeder kann mitmachen, auch ohne Erfahrung. Die Ernte wird geteilt.\n\n' +
        'Gartentreffen und Termine: https://example.org/gemeinschaftsgarten',
      topics: ['gesundheit', 'begegnung', 'inklusion'],
      status: 'active',
      location: { name: 'Mariannenpark', lat: 51.352302, lon: 12.399699 },
      period: { start: monthStart(base, -18) },
      url: 'https://example.org/gemeinschaftsgarten',
      contact: contactOf('stm', 'Gartengruppe Mariannenpark'),
      organizer: { ...ORGANIZERS.stm },
      image: {
        src: '/data/images/gemeinschaftsgarten.svg',
        alt: 'Zeichnung: zwei Hochbeete mit Pflanzen unter einer Sonne',
      },
    },
    {
      id: 'pr-spielplatz-stannebeinplatz',
      title: {
        de: 'Kinder planen den Spielplatz am Stannebeinplatz',
        en: 'Children plan the playground at Stannebeinplatz',
      },
      summary: 'Kinder aus dem Stadtteil entwerfen mit, wie der Spielplatz neu gestaltet wird.',
      description:
        'Der Spielplatz am Stannebeinplatz soll erneuert werden. Bevor geplant wird, fragen wir die Expertinnen und Experten: ' +
        'die Kinder. In Workshops, einer Projektwoche und mit Modellen sammeln sie Wünsche, die in die Planung einfließen.',
      topics: ['beteiligung'],
      status: 'active',
      location: { name: 'Stannebeinplatz', lat: 51.351299, lon: 12.407911 },
      period: { start: monthStart(base, -2), end: monthEnd(base, 4) },
      contact: contactOf('stm'),
      organizer: { ...ORGANIZERS.stm },
    },
    {
      id: 'pr-lesepatenschaften',
      title: { de: 'Lesepatenschaften', en: 'Reading mentors' },
      summary: 'Ehrenamtliche lesen regelmäßig mit Kindern – in der Bibliothek und in Kitas.',
      description:
        'Lesepatinnen und Lesepaten treffen sich einmal pro Woche mit einem Kind oder einer kleinen Gruppe. ' +
        'Sie lesen vor, lassen vorlesen und sprechen über Geschichten. Neue Patinnen und Paten werden eingearbeitet.',
      topics: ['bildung', 'migration'],
      status: 'active',
      location: { ...PLACES.bibliothek },
      period: { start: monthStart(base, -30) },
      contact: contactOf('bibliothek'),
      organizer: { ...ORGANIZERS.bibliothek },
    },
    {
      id: 'pr-hausaufgabenhilfe',
      title: { de: 'Hausaufgabenhilfe in der Bibliothek', en: 'Homework help at the library' },
      summary: 'Zweimal pro Woche Unterstützung bei Hausaufgaben für Grundschulkinder.',
      description:
        'Ehrenamtliche Lernbegleiterinnen und Lernbegleiter helfen montags und mittwochs bei Hausaufgaben. ' +
        'Das Angebot ist kostenlos und ohne Anmeldung.',
      topics: ['bildung'],
      status: 'active',
      location: { ...PLACES.bibliothek },
      period: { start: monthStart(base, -9), end: monthEnd(base, 6) },
      contact: contactOf('bibliothek'),
      organizer: { ...ORGANIZERS.bibliothek },
    },
    {
      id: 'pr-repair-cafe',
      title: { de: 'Repair-Café Schönefeld', en: 'Schönefeld repair café' },
      summary: 'Reparieren statt wegwerfen: einmal im Monat mit Hilfe aus der Nachbarschaft.',
      description:
        'Im Repair-Café reparieren Ehrenamtliche gemeinsam mit den Besucherinnen und Besuchern Elektrogeräte, Kleidung und Fahrräder. ' +
        'Das spart Geld, schont die Umwelt und bringt Menschen zusammen.',
      topics: ['begegnung'],
      status: 'active',
      // No coordinates known for this address: the project is listed, not mapped.
      location: { ...PLACES.buergerverein },
      period: { start: monthStart(base, -14) },
      contact: contactOf('buergerverein'),
      organizer: { ...ORGANIZERS.buergerverein },
    },
    {
      id: 'pr-schwimmen-lernen',
      title: {
        de: 'Schwimmen lernen für Kinder und Frauen',
        en: 'Learning to swim for children and women',
      },
      summary: 'Schwimmkurse für Kinder ohne Seepferdchen und geschützte Kurse für Frauen.',
      description:
        'Viele Kinder im Stadtteil können nicht sicher schwimmen. Gemeinsam mit Trainerinnen und Trainern bieten wir ' +
        'kostenlose Kurse an, außerdem Schwimmzeiten nur für Frauen.',
      topics: ['gesundheit', 'migration'],
      status: 'planned',
      // No coordinates known for this address: the project is listed, not mapped.
      location: { ...PLACES.schwimmhalle },
      period: { start: monthStart(base, 2), end: monthEnd(base, 7) },
      contact: contactOf('bewegung', 'Team Bewegungstreff Nordost'),
      organizer: { ...ORGANIZERS.bewegung },
    },
    {
      id: 'pr-barrierefreies-rathaus',
      title: {
        de: 'Barrierearmer Zugang zum Rathaus Schönefeld',
        en: 'Step-free access to Rathaus Schönefeld',
      },
      summary:
        'Rampe, Leitsystem und Beschilderung in Leichter Sprache für das Rathaus Schönefeld.',
      description:
        'Menschen mit Rollstuhl, Rollator oder Kinderwagen sollen das Rathaus Schönefeld ohne fremde Hilfe erreichen. ' +
        'Geplant sind eine Rampe, ein taktiles Leitsystem und Schilder in Leichter Sprache.',
      topics: ['inklusion'],
      status: 'planned',
      location: { ...PLACES.rathaus },
      period: { start: monthStart(base, 3), end: monthEnd(base, 10) },
      contact: contactOf('inklusion'),
      organizer: { ...ORGANIZERS.inklusion },
    },
    {
      id: 'pr-geschichtswerkstatt-schloss',
      title: {
        de: 'Geschichtswerkstatt Schloss Schönefeld',
        en: 'History workshop at Schloss Schönefeld',
      },
      summary: 'Nachbarinnen und Nachbarn sammeln Geschichten und Fotos aus dem Stadtteil.',
      description:
        'Die Geschichtswerkstatt trifft sich regelmäßig und sammelt Erinnerungen, Fotos und Dokumente. ' +
        'Daraus entstand die Ausstellung „Schönefeld früher und heute“.',
      topics: ['bildung', 'begegnung'],
      status: 'completed',
      location: { ...PLACES.schloss },
      period: { start: monthStart(base, -12), end: monthEnd(base, -2) },
      contact: contactOf('buergerverein'),
      organizer: { ...ORGANIZERS.buergerverein },
    },
    {
      id: 'pr-bewegte-kita',
      title: 'Bewegte Kita: Bewegungsparcours im Außengelände',
      summary:
        'Ein Parcours aus Balancierbalken, Kletterelementen und Hüpffeldern für Kita-Kinder.',
      description:
        'Gemeinsam mit Eltern und Erzieherinnen und Erziehern entsteht ein Bewegungsparcours im Außengelände. ' +
        'Die Kinder haben die Stationen mit ausgesucht.',
      topics: ['gesundheit', 'beteiligung'],
      status: 'active',
      location: {
        name: 'Kita Seipelweg 16 b',
        address: 'Seipelweg 16b, 04347 Leipzig',
        lat: 51.35412,
        lon: 12.41791,
      },
      period: { start: monthStart(base, -4), end: monthEnd(base, 2) },
      contact: contactOf('familien'),
      organizer: { ...ORGANIZERS.familien },
    },
    {
      id: 'pr-mehrsprachige-vorlesestunden',
      title: {
        de: 'Mehrsprachige Vorlesestunden in der Kita',
        en: 'Multilingual story time at the Kita',
      },
      summary:
        'Eltern lesen in ihren Familiensprachen vor – Kinder erleben, dass jede Sprache zählt.',
      description:
        'Eltern lesen einmal im Monat Bilderbücher in ihren Familiensprachen vor, eine Erzieherin liest dieselbe Geschichte auf Deutsch. ' +
        'So lernen die Kinder voneinander und die Eltern kommen in Kontakt.',
      topics: ['migration', 'bildung'],
      status: 'active',
      location: {
        name: 'Kita Poserstraße 55',
        address: 'Poserstraße 55, 04347 Leipzig',
        lat: 51.35373,
        lon: 12.42545,
      },
      period: { start: monthStart(base, -6) },
      contact: contactOf('familien'),
      organizer: { ...ORGANIZERS.familien },
    },
    {
      id: 'pr-naschgarten-schoenefeld-ost',
      title: { de: 'Naschgarten in Schönefeld-Ost', en: 'Snack garden in Schönefeld-Ost' },
      summary: 'Beerensträucher und Obstbäume, die Kinder selbst pflanzen und pflegen.',
      description:
        'Kinder pflanzen Beerensträucher und lernen, woher Obst kommt. Eltern und Nachbarschaft helfen beim Gießen in den Ferien.',
      topics: ['gesundheit', 'bildung'],
      status: 'planned',
      location: {
        name: 'Kita Bertolt-Brecht-Straße 11',
        address: 'Bertolt-Brecht-Straße 11, 04347 Leipzig',
        lat: 51.35653,
        lon: 12.42947,
      },
      period: { start: monthStart(base, 4) },
      contact: contactOf('familien'),
      organizer: { ...ORGANIZERS.familien },
    },
    {
      id: 'pr-sicherer-schulweg-ost',
      title: { de: 'Sicherer Schulweg Schönefeld-Ost', en: 'Safe way to school in Schönefeld-Ost' },
      summary: 'Kinder kartieren ihren Schulweg und zeigen, wo es gefährlich ist.',
      description:
        'Schülerinnen und Schüler gehen ihren Schulweg mit Kamera und Karte ab und markieren gefährliche Stellen. ' +
        'Die Ergebnisse werden der Stadtverwaltung übergeben.',
      topics: ['beteiligung'],
      status: 'active',
      location: { name: 'Haltestelle Schönefeld Ost', lat: 51.361909, lon: 12.430689 },
      period: { start: monthStart(base, -1), end: monthEnd(base, 3) },
      contact: contactOf('jugendtreff'),
      organizer: { ...ORGANIZERS.jugendtreff },
    },
    {
      id: 'pr-baenke-loebauer-strasse',
      title: { de: 'Mehr Bänke zum Ausruhen', en: 'More benches to rest on' },
      summary: 'Idee aus der Ideenschmiede: Sitzbänke entlang der Wege zu Ärzten und Einkauf.',
      description:
        'Ältere Menschen und Menschen mit Gehbehinderung wünschen sich mehr Bänke im Stadtteil, zum Beispiel an der Löbauer Straße. ' +
        'Die Idee wird geprüft.',
      topics: ['inklusion', 'gesundheit'],
      status: 'idea',
      location: { name: 'Löbauer Straße', lat: 51.356803, lon: 12.416204 },
      contact: contactOf('stm'),
      organizer: { ...ORGANIZERS.stm },
    },
    {
      id: 'pr-tauschregal-volbedingstrasse',
      title: { de: 'Tauschregal an der Volbedingstraße', en: 'Swap shelf at Volbedingstraße' },
      summary: 'Ein wetterfestes Regal zum Tauschen von Büchern, Spielen und Haushaltsdingen.',
      description:
        'Nachbarinnen und Nachbarn möchten ein Tauschregal aufstellen und betreuen. Gesucht wird noch ein geeigneter Standort.',
      topics: ['begegnung'],
      status: 'idea',
      location: { name: 'Volbedingstraße', lat: 51.361304, lon: 12.407404 },
      contact: contactOf('buergerverein'),
      organizer: { ...ORGANIZERS.buergerverein },
    },
    {
      id: 'pr-beratung-zittauer-strasse',
      title: { de: 'Beratung in vielen Sprachen', en: 'Advice in many languages' },
      summary: 'Regelmäßige Migrationsberatung mit Dolmetscherinnen und Dolmetschern im Stadtteil.',
      description:
        'Die Beratung hilft bei Behördenpost, Anträgen und der Suche nach Sprachkursen. ' +
        'Sie findet wöchentlich statt, Dolmetscherinnen und Dolmetscher für Arabisch, Russisch, Ukrainisch und Farsi sind dabei.',
      topics: ['migration'],
      status: 'active',
      location: { name: 'Zittauer Straße', lat: 51.35611, lon: 12.40913 },
      period: { start: monthStart(base, -10), end: monthEnd(base, 14) },
      contact: contactOf('stm'),
      organizer: { ...ORGANIZERS.stm },
    },
    {
      id: 'pr-inklusiver-spielplatz',
      title: 'Inklusiver Spielplatz an der Rackwitzer Straße',
      summary: 'Idee: ein Spielplatz mit Rollstuhlschaukel, Sandtisch und Sinnespfad.',
      description:
        'Eltern von Kindern mit Behinderung haben vorgeschlagen, einen bestehenden Spielplatz so umzubauen, ' +
        'dass alle Kinder gemeinsam spielen können.',
      topics: ['inklusion', 'beteiligung'],
      status: 'idea',
      location: { name: 'Rackwitzer Straße', lat: 51.358, lon: 12.397953 },
      contact: contactOf('inklusion'),
      organizer: { ...ORGANIZERS.inklusion },
    },
    {
      id: 'pr-streuobstwiese-abtnaundorf',
      title: {
        de: 'Streuobstwiese am Abtnaundorfer Park',
        en: 'Orchard meadow at Abtnaundorfer Park',
      },
      summary: 'Alte Obstsorten pflanzen und gemeinsam ernten.',
      description:
        'Eine Gruppe aus der Nachbarschaft möchte eine kleine Streuobstwiese anlegen. Geplant sind Pflanzaktionen mit Schulklassen ' +
        'und ein jährliches Erntefest.',
      topics: ['gesundheit', 'begegnung'],
      status: 'planned',
      // Approximate point near the park (see realdata README).
      location: {
        name: 'Nähe Abtnaundorfer Park',
        address: 'Abtnaundorfer Straße 61, 04347 Leipzig',
        lat: 51.3693,
        lon: 12.4175,
      },
      period: { start: monthStart(base, 5) },
      contact: contactOf('buergerverein'),
      organizer: { ...ORGANIZERS.buergerverein },
    },
    {
      id: 'pr-jugendbeteiligung-budget',
      title: { de: 'Jugendbudget Schönefeld', en: 'Schönefeld youth budget' },
      summary: 'Jugendliche entscheiden selbst über ein kleines Budget für Projekte im Stadtteil.',
      description:
        'Eine Jury aus Jugendlichen vergibt Geld für Ideen von jungen Menschen: Graffiti-Workshops, Turniere, Konzerte. ' +
        'Anträge sind einfach und können auch als Video eingereicht werden.\n\nMehr: https://example.org/jugendbudget',
      topics: ['beteiligung', 'bildung'],
      status: 'completed',
      location: { name: 'Bautzner Straße (Schönefeld-Ost)', lat: 51.355602, lon: 12.43421 },
      period: { start: monthStart(base, -16), end: monthEnd(base, -4) },
      url: 'https://example.org/jugendbudget',
      contact: contactOf('jugendtreff'),
      organizer: { ...ORGANIZERS.jugendtreff },
    },
  ];
}
