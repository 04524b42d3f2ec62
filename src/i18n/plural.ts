import { intlLocale } from './locale.js';

/** Singular and plural of a counted noun; languages with more forms add them. */
export interface PluralForms {
  one: string;
  other: string;
  zero?: string;
  two?: string;
  few?: string;
  many?: string;
}

const rules = new Map<string, Intl.PluralRules>();

/** "1 Veranstaltung", "3 Veranstaltungen", by the language's own plural rules. */
export function plural(lang: string, count: number, forms: PluralForms): string {
  const locale = intlLocale(lang);
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const form = forms[rule.select(count)] ?? forms.other;
  return `${count.toLocaleString(locale)} ${form}`;
}
