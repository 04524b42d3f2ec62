import type { Text } from '../model/types.js';

/** A data text as shown, with the language tag of the entry used. */
export interface TextInLanguage {
  text: string;
  /** The tag of the entry used, lower case; `de` for a plain string (the data's default language). */
  lang: string;
}

/**
 * The best string of a Text for a language: the exact tag, then its primary
 * subtag, then German, then whatever is there. `de-x-ls` (Leichte Sprache)
 * falls back to `de`; `en-GB` to `en`.
 */
export function resolveText(text: Text | undefined, lang: string): string {
  return resolveTextWithLang(text, lang).text;
}

/** As resolveText, and says which language the string is in (for `lang` on the element showing it). */
export function resolveTextWithLang(text: Text | undefined, lang: string): TextInLanguage {
  if (text === undefined) return { text: '', lang: 'de' };
  if (typeof text === 'string') return { text, lang: 'de' };
  const byTag = new Map<string, string>();
  for (const [tag, value] of Object.entries(text)) {
    if (value.trim() !== '') byTag.set(tag.toLowerCase(), value);
  }
  const wanted = lang.toLowerCase();
  for (const tag of [wanted, wanted.split('-')[0], 'de']) {
    const value = byTag.get(tag);
    if (value !== undefined) return { text: value, lang: tag };
  }
  const [first] = byTag.entries();
  return first ? { text: first[1], lang: first[0] } : { text: '', lang: 'de' };
}

/**
 * The `lang` a data text needs inside an element speaking `ui`: the text's language when it is
 * another one, else undefined (`en` inside `en-GB`, `de` inside Leichte Sprache need nothing).
 */
export function textLang(text: Text | undefined, ui: string): string | undefined {
  const used = resolveTextWithLang(text, ui).lang;
  const wanted = ui.toLowerCase();
  return used === wanted || used === wanted.split('-')[0] ? undefined : used;
}
