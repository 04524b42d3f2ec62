/**
 * Texts of <quartier-idea-form> in Leichte Sprache (`de-x-ls`). Written to
 * the rules by the team; NOT yet checked by readers from the target group.
 * The privacy notice says the law's name in full, without abbreviations.
 */
import type { FormMessages } from './de-form.js';

const number = (value: number) => value.toLocaleString('de-DE');
const seconds = (value: number) =>
  value < 90
    ? `${value} ${value === 1 ? 'Sekunde' : 'Sekunden'}`
    : `${Math.ceil(value / 60)} Minuten`;

export const deLsForm: FormMessages = {
  formLabel: 'Ihre Idee schicken',
  intro:
    'Manche Felder müssen Sie ausfüllen. Dort steht: Pflicht. Alle anderen Felder können Sie leer lassen.',
  requiredMark: 'Pflicht',
  label: {
    title: 'Überschrift für Ihre Idee',
    description: 'Was ist Ihre Idee?',
    topic: 'Passendes Thema',
    address: 'Ort im Stadtteil',
    name: 'Ihr Name',
    email: 'Ihre E-Mail-Adresse',
    wantsReply: 'Bitte schreiben Sie mir eine Antwort.',
    consent: 'Ihr Einverständnis',
  },
  hint: {
    title: (max) =>
      `Worum geht es? Schreiben Sie nur wenige Wörter. Sie können bis zu ${number(max)} Zeichen schreiben. Zeichen sind Buchstaben, Zahlen und Leer-Zeichen.`,
    description: (max) =>
      `Was wünschen Sie sich? Wem hilft Ihre Idee? Sie können bis zu ${number(max)} Zeichen schreiben.`,
    topic: 'Passt ein Thema zu Ihrer Idee? Dann wählen Sie das Thema aus.',
    address:
      'Zum Beispiel eine Straße oder ein Platz im Stadtteil. Ein Beispiel ist: Stannebeinplatz.',
    email: 'Sie möchten eine Antwort? Dann brauchen wir Ihre E-Mail-Adresse.',
    emailRequired: 'Wir brauchen Ihre E-Mail-Adresse. Dann können wir Ihnen antworten.',
  },
  contactLegend: 'So erreichen wir Sie. Das können Sie leer lassen.',
  contactHint: 'Sie können diese Felder leer lassen. Dann wissen wir nicht, von wem die Idee ist.',
  topicNone: 'Kein Thema passt',
  topicsLoading: 'Die Themen kommen gleich.',
  topicsFailed: 'Es gibt ein Problem mit den Themen. Sie können Ihre Idee trotzdem schicken.',
  counter: (used, max) =>
    used <= max
      ? `Noch ${number(max - used)} Zeichen frei. Erlaubt sind ${number(max)} Zeichen.`
      : `Der Text ist ${number(used - max)} Zeichen zu lang.`,
  counterAnnouncement: (used, max) =>
    used <= max
      ? `Noch ${number(max - used)} Zeichen frei.`
      : `Der Text ist ${number(used - max)} Zeichen zu lang. Bitte machen Sie den Text kürzer.`,
  consent: {
    before: 'Ich habe die ',
    link: 'Hinweise zum Daten-Schutz',
    after:
      ' gelesen. Ich bin einverstanden: Sie dürfen meine Angaben speichern. Sie brauchen die Angaben für die Arbeit an meiner Idee.',
    newWindow: '(Das öffnet ein neues Fenster.)',
  },
  notice: {
    heading: 'Was passiert mit Ihren Angaben?',
    what: 'Wir speichern Ihre Idee. Vielleicht schreiben Sie auch Ihren Namen und Ihre E-Mail-Adresse auf. Dann speichern wir auch diese Angaben. Wir brauchen die Angaben für die Arbeit an Ihrer Idee. Und wir brauchen die Angaben für unsere Antwort an Sie.',
    why: 'Wir dürfen die Angaben nur speichern, wenn Sie einverstanden sind. So steht es im Gesetz. Das Gesetz heißt: Datenschutz-Grund-Verordnung. Die Regel steht dort in Artikel 6, Absatz 1, Buchstabe a.',
    howLong:
      'Wir löschen die Angaben nach der Arbeit an Ihrer Idee. Löschen heißt: Wir machen die Angaben für immer weg. Spätestens nach 6 Monaten löschen wir die Angaben. Sie können Ihr Einverständnis jederzeit zurücknehmen. Dann löschen wir die Angaben. Sagen Sie uns dafür Ihre Vorgangs-Nummer.',
    more: 'Wer ist verantwortlich? Welche Rechte haben Sie? Das steht in den Hinweisen zum Daten-Schutz.',
  },
  honeypot: 'Bitte schreiben Sie hier nichts hinein.',
  submit: 'Idee schicken',
  resend: 'Noch einmal schicken',
  sending: 'Wir schicken Ihre Idee. Bitte warten Sie.',
  retrying: (attempt) =>
    `Die Verbindung hat ein Problem. Wir versuchen es noch einmal. Das ist Versuch Nummer ${attempt}.`,
  tooFast:
    'Das war sehr schnell. Bitte lesen Sie Ihre Angaben noch einmal. Klicken Sie dann noch einmal auf „Idee schicken“.',
  summaryHeading: (count) =>
    count === 1 ? 'Bitte prüfen Sie 1 Angabe.' : `Bitte prüfen Sie ${count} Angaben.`,
  error: {
    required: {
      title: 'Bitte schreiben Sie eine Überschrift für Ihre Idee.',
      description: 'Bitte schreiben Sie: Was ist Ihre Idee?',
    },
    tooLong: (label, over, max) =>
      `${label}: Der Text ist ${number(over)} Zeichen zu lang. Erlaubt sind ${number(max)} Zeichen. Bitte machen Sie den Text kürzer.`,
    invalidEmail:
      'Bitte schreiben Sie die ganze E-Mail-Adresse. Ein Beispiel ist: name@beispiel.de',
    requiredForReply:
      'Sie möchten eine Antwort. Dann brauchen wir Ihre E-Mail-Adresse. Bitte schreiben Sie Ihre E-Mail-Adresse in das Feld. Oder nehmen Sie den Haken bei „Bitte schreiben Sie mir eine Antwort.“ weg.',
    consent:
      'Bitte setzen Sie den Haken bei „Ihr Einverständnis“. Erst dann dürfen wir Ihre Idee speichern.',
    invalid: (label) => `${label}: Bitte prüfen Sie diese Angabe.`,
    general:
      'Der Server hat die Idee zurückgeschickt. Ein Server ist ein Computer im Internet. Bitte prüfen Sie Ihre Angaben.',
  },
  failed: {
    heading: 'Wir haben Ihre Idee noch nicht bekommen.',
    network: 'Die Verbindung zum Server fehlt gerade. Ein Server ist ein Computer im Internet.',
    timeout: 'Der Server hat zu lange gebraucht. Ein Server ist ein Computer im Internet.',
    server: (status) => `Der Server hat einen Fehler. Die Fehler-Nummer ist ${status}.`,
    busy: (wait) =>
      wait === undefined
        ? 'Der Server hat gerade viel Arbeit. Bitte versuchen Sie es gleich noch einmal.'
        : `Der Server hat gerade viel Arbeit. Bitte warten Sie ${seconds(wait)}. Versuchen Sie es dann noch einmal.`,
    tooLarge:
      'Ihr Text ist zu lang für den Server. Bitte machen Sie die Beschreibung kürzer. Schicken Sie die Idee dann noch einmal.',
    rejected: (status) =>
      `Der Server hat die Idee zurückgeschickt. Die Fehler-Nummer ist ${status}. Bitte versuchen Sie es später noch einmal. Oder fragen Sie direkt beim Stadtteil-Management.`,
    noAction:
      'Dieses Formular ist noch nicht fertig. Darum kann es Ihre Idee nicht schicken. Bitte fragen Sie direkt beim Stadtteil-Management.',
    kept: 'Ihre Angaben sind noch da.',
    keptOnDevice: 'Ihre Angaben sind noch da. Ihre Angaben sind auf diesem Gerät gespeichert.',
  },
  offline: {
    banner:
      'Sie haben gerade kein Internet. Sie können trotzdem weiter schreiben. Ihre Angaben bleiben da. Klicken Sie auf „Idee schicken“. Dann schicken wir die Idee, sobald das Internet wieder da ist.',
    waiting:
      'Sie haben gerade kein Internet. Wir schicken Ihre Idee, sobald das Internet wieder da ist.',
    back: 'Das Internet ist wieder da.',
  },
  success: {
    heading: 'Danke für Ihre Idee!',
    reference: 'Ihre Vorgangs-Nummer:',
    next: 'Das Stadtteil-Management kümmert sich um den Stadtteil. Das Team vom Stadtteil-Management liest jede Idee. Sie möchten eine Antwort? Dann schreiben wir Ihnen eine E-Mail. Bitte schreiben Sie sich die Vorgangs-Nummer auf. Mit der Nummer können Sie nach Ihrer Idee fragen. Mit der Nummer können Sie Ihre Idee auch löschen lassen.',
    announcement: (reference) =>
      reference
        ? `Wir haben Ihre Idee bekommen. Ihre Vorgangs-Nummer ist ${reference}.`
        : 'Wir haben Ihre Idee bekommen.',
    another: 'Noch eine Idee schicken',
  },
  draft: {
    restored: (savedAt) =>
      `Hier ist Ihr Entwurf vom ${savedAt}. Ein Entwurf ist ein Text, der noch nicht fertig ist. Der Entwurf ist nur auf diesem Gerät gespeichert.`,
    kept: 'Wir speichern Ihre Angaben auf diesem Gerät. Das machen wir, bis Sie die Idee schicken.',
    discard: 'Entwurf löschen',
    discarded: 'Der Entwurf ist gelöscht.',
    undo: 'Zurückholen',
  },
};
