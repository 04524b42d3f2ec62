/**
 * The texts a page replaced (overrides.ts), kept per language and laid over a
 * bundle's texts: a text of the same kind replaces one, anything else is
 * ignored. A lazy chunk: only a page that calls `overrideTexts` loads it.
 */
import type { Language } from './languages.js';
import type { Messages } from './messages/de.js';
import type { CalendarMessages } from './messages/de-calendar.js';
import type { FormMessages } from './messages/de-form.js';
import type { MapMessages } from './messages/de-map.js';
import type { PluralForms } from './plural-forms.js';
import type { RecurrenceTexts } from './recurrence/de.js';

/** Part of a set of texts: what is left out keeps its value. Counted phrases take every plural category. */
export type TextOverride<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : T extends { one: string; other: string }
      ? Partial<PluralForms>
      : { [K in keyof T]?: TextOverride<T[K]> };

/** The text bundles by name: `core` holds what every element shares (states, filter, counted phrases). */
export interface TextOverrides {
  core?: TextOverride<Messages>;
  calendar?: TextOverride<CalendarMessages>;
  map?: TextOverride<MapMessages>;
  form?: TextOverride<FormMessages>;
  recurrence?: TextOverride<RecurrenceTexts>;
}

export type BundleName = keyof TextOverrides;

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const overrides = new Map<Language, TextOverrides[]>();

/** Keeps a page's overrides; later ones are laid over earlier ones. */
export function addOverrides(lang: Language, texts: TextOverrides): void {
  overrides.set(lang, [...(overrides.get(lang) ?? []), texts]);
}

/** A text of the same kind replaces one, recursively; everything else keeps the bundle's text. */
function apply(texts: Tree, over: Tree): Tree {
  const out: Tree = { ...texts };
  for (const [key, value] of Object.entries(over)) {
    const old = out[key];
    if (isTree(old) && isTree(value)) out[key] = apply(old, value);
    else if (typeof value === 'string' && (typeof old === 'string' || old === undefined))
      out[key] = value;
    // A function's result is made a string: text, never markup.
    else if (typeof value === 'function' && typeof old === 'function')
      out[key] = (...values: unknown[]) =>
        String((value as (...v: unknown[]) => unknown)(...values));
  }
  return out;
}

/** A bundle's texts for a language with the page's overrides applied, in the order given. */
export const withOverrides = <T>(name: BundleName, lang: Language, texts: T): T =>
  (overrides.get(lang) ?? []).reduce<T>(
    (out, over) => (isTree(over?.[name]) ? (apply(out as Tree, over[name]) as T) : out),
    texts,
  );
