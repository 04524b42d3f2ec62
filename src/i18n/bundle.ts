/**
 * A set of UI texts in every language: German built in, other languages
 * loaded on first use. Each element owns its bundle, so a page downloads
 * the texts of the elements it shows, in the languages it speaks.
 */
export interface TextBundle<T> {
  readonly de: T;
  readonly loaders: Readonly<Record<string, () => Promise<T>>>;
  readonly loaded: Record<string, T>;
  readonly pending: Map<string, Promise<void>>;
}

export function textBundle<T>(de: T, loaders: Record<string, () => Promise<T>>): TextBundle<T> {
  return { de, loaders, loaded: { de }, pending: new Map() };
}

const primary = (lang: string) => lang.toLowerCase().split('-')[0];

/** The texts for a language if they are here; German meanwhile and for languages without texts. */
export const textsFor = <T>(bundle: TextBundle<T>, lang: string): T =>
  bundle.loaded[primary(lang)] ?? bundle.de;

/** Whether a language's texts exist but have not arrived yet. */
export function textsPending<T>(bundle: TextBundle<T>, lang: string): boolean {
  const key = primary(lang);
  return bundle.loaders[key] !== undefined && bundle.loaded[key] === undefined;
}

/** Loads a language's texts; resolves true when new texts arrived (the caller re-renders). */
export async function loadTexts<T>(bundle: TextBundle<T>, lang: string): Promise<boolean> {
  const key = primary(lang);
  if (!textsPending(bundle, lang)) return false;
  let promise = bundle.pending.get(key);
  if (!promise) {
    promise = bundle.loaders[key]().then(
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
