import { textBundle } from '../bundle.js';
import { deForm, type FormMessages } from './de-form.js';

/** Texts of <quartier-idea-form>. */
export const formTexts = textBundle<FormMessages>('form', deForm, {
  'de-x-ls': () => import('./de-ls-form.js').then((m) => m.deLsForm),
  ar: () => import('./ar-form.js').then((m) => m.arForm),
  fa: () => import('./fa-form.js').then((m) => m.faForm),
  ru: () => import('./ru-form.js').then((m) => m.ruForm),
  tr: () => import('./tr-form.js').then((m) => m.trForm),
  vi: () => import('./vi-form.js').then((m) => m.viForm),
  en: () => import('./en-form.js').then((m) => m.enForm),
});
