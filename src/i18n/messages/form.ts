import { textBundle } from '../bundle.js';
import { deForm, type FormMessages } from './de-form.js';

/** Texts of <quartier-idea-form>. */
export const formTexts = textBundle<FormMessages>('form', deForm);
