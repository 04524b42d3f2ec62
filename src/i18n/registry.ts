/**
 * Where every language's texts are: one lazy chunk per language and bundle,
 * so an element fetches only its own texts in its own language. This table is
 * itself a lazy chunk, fetched only by a page in a language other than
 * German: a German page downloads none of it. A language is registered here
 * once its five files exist; test/i18n/completeness.test.ts checks each one.
 */
import type { Language } from './languages.js';
import type { Messages } from './messages/de.js';
import type { CalendarMessages } from './messages/de-calendar.js';
import type { FormMessages } from './messages/de-form.js';
import type { MapMessages } from './messages/de-map.js';
import type { RecurrenceTexts } from './recurrence/de.js';

type Loaders<T> = Partial<Record<Language, () => Promise<T>>>;

export interface Registry {
  core: Loaders<Messages>;
  calendar: Loaders<CalendarMessages>;
  map: Loaders<MapMessages>;
  form: Loaders<FormMessages>;
  recurrence: Loaders<RecurrenceTexts>;
}

export const registry: Registry = {
  core: {
    'de-x-ls': () => import('./messages/de-ls.js').then((m) => m.deLs),
    ar: () => import('./messages/ar.js').then((m) => m.ar),
    fa: () => import('./messages/fa.js').then((m) => m.fa),
    uk: () => import('./messages/uk.js').then((m) => m.uk),
    ru: () => import('./messages/ru.js').then((m) => m.ru),
    tr: () => import('./messages/tr.js').then((m) => m.tr),
    vi: () => import('./messages/vi.js').then((m) => m.vi),
    en: () => import('./messages/en.js').then((m) => m.en),
  },
  calendar: {
    'de-x-ls': () => import('./messages/de-ls-calendar.js').then((m) => m.deLsCalendar),
    ar: () => import('./messages/ar-calendar.js').then((m) => m.arCalendar),
    fa: () => import('./messages/fa-calendar.js').then((m) => m.faCalendar),
    uk: () => import('./messages/uk-calendar.js').then((m) => m.ukCalendar),
    ru: () => import('./messages/ru-calendar.js').then((m) => m.ruCalendar),
    tr: () => import('./messages/tr-calendar.js').then((m) => m.trCalendar),
    vi: () => import('./messages/vi-calendar.js').then((m) => m.viCalendar),
    en: () => import('./messages/en-calendar.js').then((m) => m.enCalendar),
  },
  map: {
    'de-x-ls': () => import('./messages/de-ls-map.js').then((m) => m.deLsMap),
    ar: () => import('./messages/ar-map.js').then((m) => m.arMap),
    fa: () => import('./messages/fa-map.js').then((m) => m.faMap),
    uk: () => import('./messages/uk-map.js').then((m) => m.ukMap),
    ru: () => import('./messages/ru-map.js').then((m) => m.ruMap),
    tr: () => import('./messages/tr-map.js').then((m) => m.trMap),
    vi: () => import('./messages/vi-map.js').then((m) => m.viMap),
    en: () => import('./messages/en-map.js').then((m) => m.enMap),
  },
  form: {
    'de-x-ls': () => import('./messages/de-ls-form.js').then((m) => m.deLsForm),
    ar: () => import('./messages/ar-form.js').then((m) => m.arForm),
    fa: () => import('./messages/fa-form.js').then((m) => m.faForm),
    uk: () => import('./messages/uk-form.js').then((m) => m.ukForm),
    ru: () => import('./messages/ru-form.js').then((m) => m.ruForm),
    tr: () => import('./messages/tr-form.js').then((m) => m.trForm),
    vi: () => import('./messages/vi-form.js').then((m) => m.viForm),
    en: () => import('./messages/en-form.js').then((m) => m.enForm),
  },
  recurrence: {
    'de-x-ls': () => import('./recurrence/de-ls.js').then((m) => m.deLsRecurrence),
    ar: () => import('./recurrence/ar.js').then((m) => m.arRecurrence),
    fa: () => import('./recurrence/fa.js').then((m) => m.faRecurrence),
    uk: () => import('./recurrence/uk.js').then((m) => m.ukRecurrence),
    ru: () => import('./recurrence/ru.js').then((m) => m.ruRecurrence),
    tr: () => import('./recurrence/tr.js').then((m) => m.trRecurrence),
    vi: () => import('./recurrence/vi.js').then((m) => m.viRecurrence),
    en: () => import('./recurrence/en.js').then((m) => m.enRecurrence),
  },
};
