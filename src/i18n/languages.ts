/**
 * The languages the widgets speak, in one place, and which of them a language
 * tag asks for: region tags use their language (`ar-SY` → `ar`), `fa-AF` and
 * `prs` (Dari) use `fa`, `de-x-ls` (Leichte Sprache) is a language of its own.
 */

/** Every language with its own texts; German first, the default and the reference. */
export const LANGUAGES = ['de', 'de-x-ls', 'ar', 'fa', 'uk', 'ru', 'tr', 'vi', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANG = 'de';

/** The language whose texts a tag gets, or undefined when the widgets do not speak it. */
export function textLanguage(tag: string): Language | undefined {
  const lower = tag.toLowerCase().replace(/_/g, '-');
  const primary = lower.split('-')[0];
  if (primary === 'de' && /-x-ls(?:-|$)/.test(lower)) return 'de-x-ls';
  const lang = primary === 'prs' ? 'fa' : primary;
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : undefined;
}

/** Said once per tag and page, in German like the other console messages. */
const warned = new Set<string>();
export function warnUnsupported(tag: string): void {
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `quartier-widgets: Die Sprache „${tag}“ wird nicht unterstützt, die Texte sind deutsch (unterstützt: ${LANGUAGES}).`,
  );
}
