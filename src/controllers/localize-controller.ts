/**
 * The language an element speaks and the texts it speaks with: its own
 * `lang`, else the nearest ancestor's (across shadow roots), else German; a
 * language the widgets do not speak is German too (an element's own `lang`
 * says so once in the console). The writing direction; text bundles loaded
 * for that language on first use, and the page's text overrides. Until a
 * bundle has arrived the element is not `ready` and shows "loading" rather
 * than a page in two languages.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  loadTexts,
  prefetchTexts,
  textsFor,
  textsPending,
  type TextBundle,
} from '../i18n/bundle.js';
import { warmUpNumbers } from '../i18n/intl-warm-up.js';
import { warnUnsupported } from '../i18n/languages.js';
import { DEFAULT_LANG, dirOf, intlLocale, langOf, supportedTag } from '../i18n/locale.js';
import { onOverride, type BundleName } from '../i18n/overrides.js';

export class LocalizeController implements ReactiveController {
  private readonly bundles: TextBundle<unknown>[] = [];
  private stopListening?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Bundles the element will use once its view is here, fetched from the start. */
    private readonly ahead: readonly BundleName[] = [],
  ) {
    host.addController(this);
  }

  /** The language tag in effect, made valid (`de_DE` → `de-DE`); `de` for a language without texts. */
  get lang(): string {
    const own = this.host.lang.trim();
    const tag = supportedTag(own || langOf(this.host));
    if (tag) return tag;
    if (own) warnUnsupported(own);
    return DEFAULT_LANG;
  }

  /** A tag for Intl (private-use parts such as `-x-ls` removed, Gregorian calendar). */
  get locale(): string {
    return intlLocale(this.lang);
  }

  get dir(): 'ltr' | 'rtl' {
    return dirOf(this.lang);
  }

  /** Whether every bundle's texts for the language are here. */
  get ready(): boolean {
    const lang = this.lang;
    return !this.bundles.some((bundle) => textsPending(bundle, lang));
  }

  /** Registers a bundle; returns a function giving its texts in the current language. */
  use<T>(bundle: TextBundle<T>): () => T {
    if (!this.bundles.includes(bundle as TextBundle<unknown>))
      this.bundles.push(bundle as TextBundle<unknown>);
    return () => textsFor(bundle, this.lang);
  }

  hostConnected(): void {
    for (const name of this.ahead) prefetchTexts(name, this.lang);
    warmUpNumbers();
    // A page's `overrideTexts()` shows at once in elements already on it.
    this.stopListening = onOverride(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopListening?.();
  }

  hostUpdate(): void {
    const lang = this.lang;
    for (const bundle of this.bundles) {
      void loadTexts(bundle, lang).then((arrived) => arrived && this.host.requestUpdate());
    }
  }
}
