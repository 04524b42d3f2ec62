import type { Text } from '../model/types.js';

/**
 * The best string of a Text for a language: the exact tag, then its primary
 * subtag, then German, then whatever is there. `de-x-ls` (Leichte Sprache)
 * falls back to `de`; `en-GB` to `en`.
 */
export function resolveText(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const byTag = new Map<string, string>();
  for (const [tag, value] of Object.entries(text)) {
    if (value.trim() !== '') byTag.set(tag.toLowerCase(), value);
  }
  const wanted = lang.toLowerCase();
  return (
    byTag.get(wanted) ??
    byTag.get(wanted.split('-')[0]) ??
    byTag.get('de') ??
    byTag.values().next().value ??
    ''
  );
}
