import { intlLocale } from './locale.js';
import type { PluralForms } from './plural-forms.js';

// Made once per language: a month grid counts on every day, and creating these is the slow part.
const rules = new Map<string, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();

/** "1 Veranstaltung", "3 Veranstaltungen", by the language's own plural rules. */
export function plural(lang: string, count: number, forms: PluralForms): string {
  const locale = intlLocale(lang);
  let rule = rules.get(locale);
  if (!rule) {
    rule = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
    rules.set(locale, rule);
  }
  const form = forms[rule.plural.select(count)] ?? forms.other;
  return `${rule.number.format(count)} ${form}`;
}
