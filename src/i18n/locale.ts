/**
 * Which language an element speaks: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else German. Messages exist per primary
 * language; `de-x-ls` (Leichte Sprache) uses German until it has its own set.
 */
import { de, type Messages } from './messages/de.js';
import { en } from './messages/en.js';

const MESSAGES: Record<string, Messages> = { de, en };
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

export const messagesFor = (lang: string): Messages => MESSAGES[primary(lang)] ?? de;

/** A tag Intl understands; private-use tags like `de-x-ls` fall back to their primary language. */
export function intlLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang.replace(/-x-.*$/i, ''))[0] ?? DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

export const dirOf = (lang: string): 'ltr' | 'rtl' => (RTL.has(primary(lang)) ? 'rtl' : 'ltr');
