/**
 * Which language an element speaks: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else German. Texts come in bundles
 * (bundle.ts): German built in, other languages loaded on first use.
 * `de-x-ls` (Leichte Sprache) uses German until it has its own set.
 */
import { textBundle, textsFor } from './bundle.js';
import { de, type Messages } from './messages/de.js';

/** The texts every element shares (states, filter, counted nouns). */
export const coreTexts = textBundle<Messages>(de, {
  en: () => import('./messages/en.js').then((m) => m.en),
});

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv']);

export const DEFAULT_LANG = 'de';

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

/** A tag Intl understands; private-use tags like `de-x-ls` fall back to their primary language. */
export function intlLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang.replace(/-x-.*$/i, ''))[0] ?? DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

export const dirOf = (lang: string): 'ltr' | 'rtl' => (RTL.has(primary(lang)) ? 'rtl' : 'ltr');
