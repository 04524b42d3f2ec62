/** Lists in the language's words and punctuation: "Deutsch und Arabisch", "الألمانية والعربية". */
import { intlLocale } from './intl-locale.js';

// Made once per language, like the plural rules.
const formats = new Map<string, Intl.ListFormat>();

/** A list as one text: "Deutsch, Englisch und Arabisch". */
export function formatList(lang: string, items: string[]): string {
  const locale = intlLocale(lang);
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    formats.set(locale, format);
  }
  return format.format(items);
}
