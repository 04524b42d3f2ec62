import { textBundle } from '../bundle.js';
import { deCalendar, type CalendarMessages } from './de-calendar.js';

/** Texts of <quartier-event-calendar>. */
export const calendarTexts = textBundle<CalendarMessages>('calendar', deCalendar, {
  'de-x-ls': () => import('./de-ls-calendar.js').then((m) => m.deLsCalendar),
  ar: () => import('./ar-calendar.js').then((m) => m.arCalendar),
  fa: () => import('./fa-calendar.js').then((m) => m.faCalendar),
  ru: () => import('./ru-calendar.js').then((m) => m.ruCalendar),
  tr: () => import('./tr-calendar.js').then((m) => m.trCalendar),
  vi: () => import('./vi-calendar.js').then((m) => m.viCalendar),
  en: () => import('./en-calendar.js').then((m) => m.enCalendar),
});
