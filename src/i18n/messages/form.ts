import { textBundle } from '../bundle.js';
import { deForm, type FormMessages } from './de-form.js';

/** Texts of <quartier-idea-form>. */
export const formTexts = textBundle<FormMessages>(deForm, {
  en: () => import('./en-form.js').then((m) => m.enForm),
});
