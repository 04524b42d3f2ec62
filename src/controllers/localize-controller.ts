/**
 * The language an element speaks and the texts it speaks with: its own
 * `lang`, else the nearest ancestor's (across shadow roots), else German;
 * the writing direction; and text bundles loaded for that language on first
 * use. Until a bundle has arrived the element is not `ready` and shows
 * "loading" rather than a page in two languages.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadTexts, textsFor, textsPending, type TextBundle } from '../i18n/bundle.js';
import { dirOf, intlLocale, langOf, normaliseLang } from '../i18n/locale.js';

export class LocalizeController implements ReactiveController {
  private readonly bundles: TextBundle<unknown>[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The language tag in effect, made valid (`de_DE` → `de-DE`). */
  get lang(): string {
    return normaliseLang(this.host.lang || langOf(this.host));
  }

  /** A tag for Intl (private-use parts such as `-x-ls` removed). */
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

  hostUpdate(): void {
    const lang = this.lang;
    for (const bundle of this.bundles) {
      void loadTexts(bundle, lang).then((arrived) => arrived && this.host.requestUpdate());
    }
  }
}
