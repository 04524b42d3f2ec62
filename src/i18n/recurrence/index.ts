/**
 * The recurrence phrases as a text bundle: German with the event dialog's
 * chunk (nothing else imports it), English loaded on first use.
 */
import { textBundle } from '../bundle.js';
import { deRecurrence, type RecurrenceTexts } from './de.js';

export const recurrenceTexts = textBundle<RecurrenceTexts>(deRecurrence, {
  en: () => import('./en.js').then((m) => m.enRecurrence),
});
