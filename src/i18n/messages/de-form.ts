/** German texts of <quartier-idea-form>. Plain language: short sentences, say how to fix things. */
import type { IdeaField } from '../../data/idea.js';

const number = (value: number) => value.toLocaleString('de-DE');
const seconds = (value: number) =>
  value < 90
    ? `${value} ${value === 1 ? 'Sekunde' : 'Sekunden'}`
    : `${Math.ceil(value / 60)} Minuten`;

export const deForm = {
  formLabel: 'Idee einreichen',
  intro: 'Felder ohne den Hinweis „Pflichtangabe“ können Sie leer lassen.',
  requiredMark: 'Pflichtangabe',
  label: {
    title: 'Titel',
    description: 'Beschreibung',
    topic: 'Thema',
    address: 'Ort',
    name: 'Name',
    email: 'E-Mail',
    wantsReply: 'Ich möchte eine Antwort',
    consent: 'Einwilligung',
  } satisfies Record<IdeaField, string>,
  hint: {
    title: (max: number) => `Worum geht es, in wenigen Worten? Höchstens ${number(max)} Zeichen.`,
    description: (max: number) =>
      `Was möchten Sie anregen, und wem würde es helfen? Höchstens ${number(max)} Zeichen.`,
    topic: 'Wählen Sie ein Thema, wenn eines passt.',
    address:
      'Eine Straße, ein Platz oder eine Einrichtung im Stadtteil, zum Beispiel „Stannebeinplatz“.',
    email: 'Nur nötig, wenn Sie eine Antwort möchten.',
    emailRequired: 'Wir brauchen Ihre E-Mail-Adresse, um Ihnen zu antworten.',
  },
  contactLegend: 'Kontakt (freiwillig)',
  contactHint: 'Ohne Kontaktangaben bleibt Ihre Idee anonym.',
  topicNone: 'Kein bestimmtes Thema',
  topicsLoading: 'Die Themen werden geladen …',
  topicsFailed: 'Die Themen konnten nicht geladen werden. Sie können Ihre Idee trotzdem senden.',
  counter: (used: number, max: number) =>
    used <= max
      ? `Noch ${number(max - used)} von ${number(max)} Zeichen`
      : `${number(used - max)} Zeichen zu viel`,
  /** Announced politely when the description comes near its limit. */
  counterAnnouncement: (used: number, max: number) =>
    used <= max
      ? `Noch ${number(max - used)} Zeichen übrig.`
      : `${number(used - max)} Zeichen zu viel. Bitte kürzen Sie den Text.`,
  consent: {
    before: 'Ich habe die ',
    link: 'Datenschutzhinweise',
    after:
      ' gelesen und bin einverstanden, dass meine Angaben gespeichert werden, um meine Idee zu bearbeiten.',
    newWindow: '(öffnet in neuem Fenster)',
  },
  notice: {
    heading: 'Was mit Ihren Angaben geschieht',
    what: 'Wir speichern Ihre Idee und – nur wenn Sie sie angeben – Ihren Namen und Ihre E-Mail-Adresse, um die Idee zu bearbeiten und Ihnen zu antworten.',
    why: 'Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).',
    howLong:
      'Wir löschen die Angaben nach der Bearbeitung, spätestens nach 6 Monaten. Sie können Ihre Einwilligung jederzeit widerrufen und die Löschung verlangen – nennen Sie dazu Ihre Vorgangsnummer.',
    more: 'Wer verantwortlich ist und welche Rechte Sie haben, steht in den Datenschutzhinweisen.',
  },
  honeypot: 'Dieses Feld bitte leer lassen',
  submit: 'Idee senden',
  resend: 'Erneut senden',
  sending: 'Ihre Idee wird gesendet …',
  retrying: (attempt: number) => `Die Verbindung ist gestört. Neuer Versuch (${attempt}) …`,
  tooFast:
    'Das ging aber schnell! Bitte lesen Sie Ihre Angaben noch einmal durch und klicken Sie dann erneut auf „Idee senden“.',
  summaryHeading: (count: number) =>
    count === 1 ? 'Bitte prüfen Sie 1 Angabe' : `Bitte prüfen Sie ${count} Angaben`,
  error: {
    required: {
      title: 'Bitte geben Sie einen Titel ein.',
      description: 'Bitte beschreiben Sie Ihre Idee.',
    } as Partial<Record<IdeaField, string>>,
    tooLong: (label: string, over: number, max: number) =>
      `${label}: ${number(over)} Zeichen zu viel. Bitte kürzen Sie auf höchstens ${number(max)} Zeichen.`,
    invalidEmail:
      'Bitte geben Sie die E-Mail-Adresse vollständig ein, zum Beispiel name@beispiel.de.',
    requiredForReply:
      'Bitte geben Sie Ihre E-Mail-Adresse ein, damit wir antworten können – oder entfernen Sie das Häkchen bei „Ich möchte eine Antwort“.',
    consent:
      'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben. Ohne Ihre Einwilligung dürfen wir die Idee nicht speichern.',
    invalid: (label: string) => `${label}: Bitte prüfen Sie diese Angabe.`,
    /** A receiver's complaint about something that is not a field of this form. */
    general: 'Der Server hat die Idee nicht angenommen. Bitte prüfen Sie Ihre Angaben.',
  },
  failed: {
    heading: 'Die Idee wurde noch nicht gesendet',
    network: 'Der Server ist gerade nicht erreichbar.',
    timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
    server: (status: number) => `Beim Server ist ein Fehler aufgetreten (Fehlercode ${status}).`,
    busy: (wait?: number) =>
      wait === undefined
        ? 'Der Server ist gerade ausgelastet. Bitte versuchen Sie es gleich noch einmal.'
        : `Der Server ist gerade ausgelastet. Bitte versuchen Sie es in ${seconds(wait)} noch einmal.`,
    tooLarge:
      'Die Nachricht ist zu groß für den Server. Bitte kürzen Sie die Beschreibung und senden Sie erneut.',
    rejected: (status: number) =>
      `Der Server hat die Idee nicht angenommen (Fehlercode ${status}). Bitte versuchen Sie es später noch einmal oder wenden Sie sich direkt an das Stadtteilmanagement.`,
    noAction:
      'Dieses Formular ist nicht vollständig eingerichtet: Es fehlt die Adresse, an die es sendet. Bitte wenden Sie sich direkt an das Stadtteilmanagement.',
    kept: 'Ihre Eingaben bleiben erhalten.',
    keptOnDevice: 'Ihre Eingaben bleiben erhalten und sind auf diesem Gerät gespeichert.',
  },
  offline: {
    banner:
      'Sie sind offline. Sie können weiterschreiben; Ihre Eingaben bleiben erhalten. Wenn Sie auf „Idee senden“ klicken, wird die Idee gesendet, sobald die Verbindung wieder besteht.',
    waiting: 'Sie sind offline. Ihre Idee wird gesendet, sobald die Verbindung wieder besteht.',
    back: 'Sie sind wieder online.',
  },
  success: {
    heading: 'Vielen Dank für Ihre Idee!',
    reference: 'Ihre Vorgangsnummer:',
    next: 'Das Team des Stadtteilmanagements liest jede Idee. Wenn Sie um eine Antwort gebeten haben, melden wir uns per E-Mail. Bitte notieren Sie die Vorgangsnummer, falls Sie nachfragen oder Ihre Idee löschen lassen möchten.',
    announcement: (reference?: string) =>
      reference
        ? `Ihre Idee wurde gesendet. Ihre Vorgangsnummer ist ${reference}.`
        : 'Ihre Idee wurde gesendet.',
    another: 'Weitere Idee einreichen',
  },
  draft: {
    restored: (savedAt: string) =>
      `Wir haben Ihren Entwurf vom ${savedAt} wiederhergestellt. Er ist nur auf diesem Gerät gespeichert.`,
    kept: 'Ihre Eingaben werden auf diesem Gerät zwischengespeichert, bis Sie die Idee senden.',
    discard: 'Entwurf verwerfen',
    discarded: 'Der Entwurf wurde verworfen.',
    undo: 'Rückgängig',
  },
};

export type FormMessages = typeof deForm;
