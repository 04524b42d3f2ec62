/** Counted phrases and numbers, in the language's plural rules and digits. */
import { intlLocale } from './intl-locale.js';
import type { PluralForms } from './plural-forms.js';

// Made once per language: a month grid counts on every day, and creating these is the slow part.
const rules = new Map<string, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();

function rulesFor(lang: string) {
  const locale = intlLocale(lang);
  let rule = rules.get(locale);
  if (!rule) {
    rule = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
    rules.set(locale, rule);
  }
  return rule;
}

/** A number in the language's digits: "19", "١٩", "۱۹". */
export const formatNumber = (lang: string, value: number): string =>
  rulesFor(lang).number.format(value);

/** "1 Veranstaltung", "3 Veranstaltungen", "فعاليتان": the phrase for the count's plural category. */
export function plural(lang: string, count: number, forms: PluralForms): string {
  const rule = rulesFor(lang);
  const form = forms[rule.plural.select(count)] ?? forms.other;
  return form.replace('#', rule.number.format(count));
}
