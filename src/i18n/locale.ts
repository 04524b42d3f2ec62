/**
 * Which language an element speaks: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else German; a language the widgets do
 * not speak (languages.ts) is German too. Texts come in bundles (bundle.ts):
 * German built in, other languages loaded on first use.
 */
import { textBundle, textsFor } from './bundle.js';
import { DEFAULT_LANG, textLanguage } from './languages.js';
import { de, type Messages } from './messages/de.js';

export { DEFAULT_LANG } from './languages.js';
export { intlLocale } from './intl-locale.js';

/** The texts every element shares (states, filter, counted phrases). */
export const coreTexts = textBundle<Messages>('core', de);

const RTL = new Set(['ar', 'fa', 'prs', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv']);

/** The `lang` in effect for a node: its own or an ancestor's, crossing shadow boundaries. */
export function langOf(node: Element): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const lang = current.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return DEFAULT_LANG;
}

const primary = (lang: string) => lang.toLowerCase().split('-')[0];

/** The shared messages for a language (German until another language has arrived). */
export const messagesFor = (lang: string): Messages => textsFor(coreTexts, lang);

/**
 * A language tag as pages really write it, made valid: `de_DE` becomes `de-DE`; a tag Intl
 * cannot read becomes German, so no widget fails over a host page's typo.
 */
export function normaliseLang(lang: string): string {
  const tag = lang.trim().replace(/_/g, '-');
  try {
    // Private-use parts (`de-x-ls`) are valid BCP 47 and kept.
    return Intl.getCanonicalLocales(tag)[0] ?? DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

/**
 * The tag made valid when the widgets speak its language (`ar-SY`, `de-x-ls`, `prs` → `fa`),
 * region and `-u-` keywords kept for dates and the week; undefined for any other language.
 */
export function supportedTag(lang: string): string | undefined {
  try {
    // Dari is Farsi here: the texts are Farsi, and a tag without a region keeps a Monday week.
    const tag = Intl.getCanonicalLocales(
      lang
        .trim()
        .replace(/_/g, '-')
        .replace(/^prs\b/i, 'fa'),
    )[0];
    return textLanguage(tag) && tag;
  } catch {
    return undefined;
  }
}

export const dirOf = (lang: string): 'ltr' | 'rtl' => (RTL.has(primary(lang)) ? 'rtl' : 'ltr');
