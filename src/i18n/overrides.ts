/**
 * Texts a page replaces without a release, per language:
 * `overrideTexts('ar', { calendar: { today: '…' } })`. An override is text,
 * never markup: a text that is a string is replaced by a string; a text that
 * is a function of values (the map's consent text names the tile host) is
 * replaced by a function of the same values returning a string. Anything else
 * is ignored. Elements already on the page show the new texts at once. The
 * work is done in a lazy chunk (text-overrides.ts), so pages without
 * overrides do not download it.
 */
import { textLanguage, warnUnsupported, type Language } from './languages.js';
import type { BundleName, TextOverrides } from './text-overrides.js';

export type { BundleName, TextOverride, TextOverrides } from './text-overrides.js';

const listeners = new Set<() => void>();
let version = 0;
let apply: (<T>(name: BundleName, lang: Language, texts: T) => T) | undefined;

/**
 * Replaces texts of a language for every element on the page, now and later; later calls add to
 * earlier ones. `lang` is a tag the widgets speak (`ar`, `de-x-ls`; `de-AT` counts as `de`);
 * other tags are ignored with a warning. Resolves once the elements have been told.
 */
export async function overrideTexts(lang: string, texts: TextOverrides): Promise<void> {
  const language = textLanguage(lang);
  if (!language) return warnUnsupported(lang);
  const module = await import('./text-overrides.js');
  module.addOverrides(language, texts);
  apply = module.withOverrides;
  version++;
  for (const listener of listeners) listener();
}

/** Counts changes, so a bundle knows when its texts with overrides are stale (0: none yet). */
export const overridesVersion = (): number => version;

/** Calls `listener` after every override; returns the function that stops it. */
export function onOverride(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A bundle's texts for a language with the page's overrides applied (the same texts without). */
export const withOverrides = <T>(name: BundleName, lang: Language, texts: T): T =>
  apply ? apply(name, lang, texts) : texts;
