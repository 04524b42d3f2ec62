/**
 * Which language an element speaks: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else German. German is built in; other
 * languages are small chunks loaded on first use. `de-x-ls` (Leichte
 * Sprache) uses German until it has its own set.
 */
import { de, type Messages } from './messages/de.js';

const LOADERS: Record<string, () => Promise<Messages>> = {
  en: () => import('./messages/en.js').then((m) => m.en),
};
const loaded: Record<string, Messages> = { de };
const pending = new Map<string, Promise<void>>();
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

/** The messages for a language if they are here; German meanwhile and for unknown languages. */
export const messagesFor = (lang: string): Messages => loaded[primary(lang)] ?? de;

/** Whether a language has messages that are still to be loaded (render "loading" meanwhile). */
export const messagesPending = (lang: string): boolean => {
  const key = primary(lang);
  return LOADERS[key] !== undefined && loaded[key] === undefined;
};

/**
 * Loads a language's messages. Resolves true once new messages arrived (the
 * caller re-renders), false when there is nothing to load.
 */
export async function loadMessages(lang: string): Promise<boolean> {
  const key = primary(lang);
  const loader = LOADERS[key];
  if (loaded[key] || !loader) return false;
  let promise = pending.get(key);
  if (!promise) {
    promise = loader().then((messages) => {
      loaded[key] = messages;
    });
    pending.set(key, promise);
  }
  await promise;
  return true;
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
