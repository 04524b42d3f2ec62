/**
 * A set of UI texts in every language: German built in, other languages
 * loaded on first use. Each element owns its bundle, so a page downloads
 * the texts of the elements it shows, in the languages it speaks.
 */
import { textLanguage, type Language } from './languages.js';
import { overridesVersion, withOverrides, type BundleName } from './overrides.js';

export interface TextBundle<T> {
  /** What a page names it by in `overrideTexts`. */
  readonly name: BundleName;
  readonly de: T;
  /** The registry: every language with texts of its own, each a lazy chunk. */
  readonly loaders: Readonly<Partial<Record<Language, () => Promise<T>>>>;
  readonly loaded: Partial<Record<Language, T>>;
  readonly pending: Map<Language, Promise<void>>;
  /** Texts with the page's overrides, per language, made again after each override. */
  readonly shown: Map<Language, T>;
  shownVersion: number;
}

export function textBundle<T>(
  name: BundleName,
  de: T,
  loaders: Partial<Record<Language, () => Promise<T>>>,
): TextBundle<T> {
  return {
    name,
    de,
    loaders,
    loaded: { de },
    pending: new Map(),
    shown: new Map(),
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
    bundle.shown.clear();
    bundle.shownVersion = version;
  }
  let shown = bundle.shown.get(key);
  if (!shown) bundle.shown.set(key, (shown = withOverrides(bundle.name, key, texts)));
  return shown;
}

/** Whether a language's texts exist but have not arrived yet. */
export function textsPending<T>(bundle: TextBundle<T>, lang: string): boolean {
  const key = keyOf(lang);
  return bundle.loaders[key] !== undefined && bundle.loaded[key] === undefined;
}

/** Loads a language's texts; resolves true when new texts arrived (the caller re-renders). */
export async function loadTexts<T>(bundle: TextBundle<T>, lang: string): Promise<boolean> {
  const key = keyOf(lang);
  const loader = bundle.loaders[key];
  if (!loader || bundle.loaded[key] !== undefined) return false;
  let promise = bundle.pending.get(key);
  if (!promise) {
    promise = loader().then(
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
