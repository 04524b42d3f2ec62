/**
 * Texts a page replaces without a release, per language:
 * `overrideTexts('ar', { calendar: { today: '…' } })`. An override is text,
 * never markup: a text that is a string is replaced by a string; a text that
 * is a function of values (the map's consent text names the tile host) is
 * replaced by a function of the same values returning a string. Anything else
 * is ignored. Elements already on the page show the new texts at once.
 */
import { textLanguage, warnUnsupported, type Language } from './languages.js';
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

const overrides = new Map<Language, Tree>();
const listeners = new Set<() => void>();
let version = 0;

/** Copies `from` into `into`: overrides given earlier stay unless given again. */
function store(into: Tree, from: Tree): Tree {
  for (const [key, value] of Object.entries(from)) {
    const old = into[key];
    into[key] = isTree(value) ? store(isTree(old) ? old : {}, value) : value;
  }
  return into;
}

/**
 * Replaces texts of a language for every element on the page, now and later. `lang` is a tag the
 * widgets speak (`ar`, `de-x-ls`, `de-AT` counts as `de`); other tags are ignored with a warning.
 */
export function overrideTexts(lang: string, texts: TextOverrides): void {
  const language = textLanguage(lang);
  if (!language) return warnUnsupported(lang);
  if (!isTree(texts)) return;
  overrides.set(language, store(overrides.get(language) ?? {}, texts as Tree));
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

/** A text of the same kind replaces one, recursively; everything else keeps the bundle's text. */
function apply(texts: Tree, over: Tree): Tree {
  const out: Tree = { ...texts };
  for (const [key, value] of Object.entries(over)) {
    const old = out[key];
    if (isTree(old) && isTree(value)) out[key] = apply(old, value);
    else if (typeof value === 'string' && (typeof old === 'string' || old === undefined))
      out[key] = value;
    else if (typeof value === 'function' && typeof old === 'function')
      out[key] = (...values: unknown[]) =>
        String((value as (...v: unknown[]) => unknown)(...values));
  }
  return out;
}

/** A bundle's texts for a language with the page's overrides applied (the same object when there are none). */
export function withOverrides<T>(name: BundleName, lang: Language, texts: T): T {
  const over = overrides.get(lang)?.[name];
  return isTree(over) ? (apply(texts as Tree, over) as T) : texts;
}
