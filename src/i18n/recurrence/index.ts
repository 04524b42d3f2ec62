/**
 * The recurrence phrases as a text bundle: German with the event dialog's
 * chunk (nothing else imports it), other languages loaded on first use
 * from the registry.
 */
import { textBundle } from '../bundle.js';
import { deRecurrence, type RecurrenceTexts } from './de.js';

export const recurrenceTexts = textBundle<RecurrenceTexts>('recurrence', deRecurrence);
