/**
 * A set of UI texts in every language: German built in, other languages
 * loaded on first use from the registry (registry.ts). Each element owns its
 * bundle, so a page downloads the texts of the elements it shows, in the
 * languages it speaks.
 */
import { textLanguage, type Language } from './languages.js';
import { overridesVersion, withOverrides, type BundleName } from './overrides.js';

type Loaders<T> = Partial<Record<Language, () => Promise<T>>>;

export interface TextBundle<T> {
  /** Its table in the registry, and what a page names it by in `overrideTexts`. */
  readonly name: BundleName;
  readonly de: T;
  /** Loaders of its own, asked before the registry (for tests). */
  readonly loaders?: Loaders<T>;
  readonly loaded: Partial<Record<Language, T>>;
  readonly pending: Map<Language, Promise<void>>;
  /** Texts with the page's overrides, per language, made again after each override. */
  shown: Partial<Record<Language, T>>;
  shownVersion: number;
}

export function textBundle<T>(name: BundleName, de: T, loaders?: Loaders<T>): TextBundle<T> {
  return {
    name,
    de,
    loaders,
    loaded: { de },
    pending: new Map(),
    shown: {},
    shownVersion: 0,
  };
}

const keyOf = (lang: string): Language => textLanguage(lang) ?? 'de';

/** The texts for a language if they are here; German meanwhile and for languages without texts. */
export function textsFor<T>(bundle: TextBundle<T>, lang: string): T {
  const wanted = keyOf(lang);
  const key = bundle.loaded[wanted] === undefined ? 'de' : wanted;
  const texts = bundle.loaded[key] as T;
  const version = overridesVersion();
  if (version === 0) return texts;
  if (bundle.shownVersion !== version) {
    bundle.shown = {};
    bundle.shownVersion = version;
  }
  return (bundle.shown[key] ??= withOverrides(bundle.name, key, texts));
}

/** Whether a language's texts have not arrived yet (German never waits). */
export const textsPending = <T>(bundle: TextBundle<T>, lang: string): boolean =>
  bundle.loaded[keyOf(lang)] === undefined;

/**
 * Starts fetching a language's texts of a bundle known by name only (its German texts are not
 * loaded here): an element whose view is on its way asks for its own texts at the same time.
 */
export function prefetchTexts(name: BundleName, lang: string): void {
  const key = keyOf(lang);
  if (key === 'de') return;
  void import('./registry.js')
    .then(({ registry }) => (registry[name] as Record<string, () => Promise<unknown>>)[key]?.())
    .catch(() => undefined); // loadTexts reports nothing either: the element stays German
}

/** Loads a language's texts; resolves true when new texts arrived (the caller re-renders). */
export async function loadTexts<T>(bundle: TextBundle<T>, lang: string): Promise<boolean> {
  const key = keyOf(lang);
  if (bundle.loaded[key] !== undefined) return false;
  let promise = bundle.pending.get(key);
  if (!promise) {
    const own = bundle.loaders?.[key];
    promise = (
      own
        ? own()
        : import('./registry.js').then(({ registry }) => {
            const load = registry[bundle.name][key] as (() => Promise<T>) | undefined;
            // A language without texts yet shows German.
            return load ? load() : bundle.de;
          })
    ).then(
      (texts) => {
        bundle.loaded[key] = texts;
      },
      () => {
        // A chunk that cannot be loaded (offline, blocked) leaves the widget in German.
        bundle.loaded[key] = bundle.de;
      },
    );
    bundle.pending.set(key, promise);
  }
  await promise;
  return true;
}
