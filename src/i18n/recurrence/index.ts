/**
 * The recurrence phrases as a text bundle: German with the event dialog's
 * chunk (nothing else imports it), other languages loaded on first use.
 */
import { textBundle } from '../bundle.js';
import { deRecurrence, type RecurrenceTexts } from './de.js';

export const recurrenceTexts = textBundle<RecurrenceTexts>('recurrence', deRecurrence, {
  'de-x-ls': () => import('./de-ls.js').then((m) => m.deLsRecurrence),
  ar: () => import('./ar.js').then((m) => m.arRecurrence),
  fa: () => import('./fa.js').then((m) => m.faRecurrence),
  ru: () => import('./ru.js').then((m) => m.ruRecurrence),
  tr: () => import('./tr.js').then((m) => m.trRecurrence),
  vi: () => import('./vi.js').then((m) => m.viRecurrence),
  en: () => import('./en.js').then((m) => m.enRecurrence),
});
