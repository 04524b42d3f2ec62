/**
 * What every widget shares (SPEC §2): the common attributes, language and
 * direction, headings at the host page's level, and the loading, error,
 * empty and debug states. Elements extend it and render their own content.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SourceError } from '../../data/errors.js';
import type { LoadedData } from '../../data/load-all.js';
import { splitList } from '../../data/load-all.js';
import { isImageOriginAllowed } from '../../data/urls.js';
import { VERSION } from '../../version.js';
import { loadTexts, textsFor, textsPending, type TextBundle } from '../../i18n/bundle.js';
import { coreTexts, dirOf, intlLocale, langOf, normaliseLang } from '../../i18n/locale.js';
import type { WarningTexts } from '../../i18n/data-warnings/de.js';
import type { Messages } from '../../i18n/messages/de.js';
import { describeWarning, loadWarningTexts } from '../../i18n/warnings.js';
import type { Scope } from '../../state/filter.js';
import type { DataController } from '../../controllers/data-controller.js';

export abstract class QuartierElement extends LitElement {
  /** The library version that defined this element (see define.ts). */
  static readonly version = VERSION;

  /** The text bundles this element renders with: the shared one and its own. */
  private readonly bundles: TextBundle<unknown>[] = [coreTexts];

  /** Texts of the debug view, loaded when `debug` is on. */
  @state() private warningTexts?: WarningTexts;

  /** One or more data source URLs (commas and/or spaces); merged in order. */
  @property({ attribute: 'src' }) src = '';

  /** Filter channel this element joins. */
  @property({ attribute: 'group' }) group = 'default';

  /** Topic ids: a fixed scope; the group's filter narrows further inside it. */
  @property({ attribute: 'topics' }) topics = '';

  /** Only items whose organizer `id` or `name` matches. */
  @property({ attribute: 'organizer' }) organizer = '';

  /** UI language; otherwise the nearest ancestor's `lang`, then German. */
  @property({ attribute: 'lang' }) override lang = '';

  /** Level of the element's own headings, so they fit the page outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Extra origins images may come from, besides each data source's own. */
  @property({ attribute: 'image-origins' }) imageOrigins = '';

  /** Shows skipped items and why, in plain German, for data editors. */
  @property({ attribute: 'debug', type: Boolean }) debug = false;

  /** The language in effect: own `lang`, an ancestor's, or German. */
  protected get language(): string {
    return normaliseLang(this.lang || langOf(this));
  }

  protected get messages(): Messages {
    return textsFor(coreTexts, this.language);
  }

  /**
   * Registers an element's own text bundle and returns its texts in the
   * current language. Until they arrive the element shows "loading", not a
   * page in two languages.
   */
  protected useTexts<T>(bundle: TextBundle<T>): () => T {
    this.bundles.push(bundle as TextBundle<unknown>);
    return () => textsFor(bundle, this.language);
  }

  protected get scope(): Scope {
    return { topics: splitList(this.topics), organizer: this.organizer || undefined };
  }

  /** Whether an image may be shown (its origin is the source's own or listed in `image-origins`). */
  protected imageAllowed(src: string, source: string): boolean {
    return isImageOriginAllowed(src, source, splitList(this.imageOrigins));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const level = Math.round(this.headingLevel);
    if (!(level >= 1 && level <= 6)) this.headingLevel = 2;
    const lang = this.language;
    for (const bundle of this.bundles) {
      void loadTexts(bundle, lang).then((arrived) => arrived && this.requestUpdate());
    }
    if (this.debug && this.warningTexts === undefined) {
      // Plain German for data editors, whatever language the widget speaks (SPEC §2).
      void loadWarningTexts('de').then((texts) => (this.warningTexts = texts));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Topic colours from the data go through CSSOM: a strict CSP blocks style attributes.
    for (const element of this.renderRoot.querySelectorAll<HTMLElement>('[data-color]')) {
      element.style.setProperty('--topic-color', element.dataset.color!);
    }
  }

  /** A heading at `heading-level` (+ offset for sub-headings). */
  protected heading(text: string, offset = 0, id?: string): TemplateResult {
    const level = Math.min(6, this.headingLevel + offset);
    return html`<div class="heading" role="heading" aria-level=${level} id=${id ?? nothing}>
      ${text}
    </div>`;
  }

  /**
   * The frame every element renders: busy while loading (height reserved),
   * an error with "Erneut versuchen" and the light-DOM fallback when loading
   * failed, else the content, a notice for sources that failed, and the debug list.
   */
  protected renderData(
    data: DataController,
    content: (data: LoadedData) => TemplateResult | typeof nothing,
  ): TemplateResult {
    const m = this.messages;
    const lang = this.language;
    let body: TemplateResult | typeof nothing;
    // Until a language's texts arrive, show "loading" rather than a page in two languages.
    const loading =
      (data.loading && !data.value) || this.bundles.some((bundle) => textsPending(bundle, lang));
    if (loading) {
      body = html`<div class="status" role="status">${m.loading}</div>`;
    } else if (data.failed) {
      body = this.renderLoadError(data);
    } else if (data.value) {
      const loaded = data.value;
      body = html`
        ${
          // An alert: announced when it appears (a status inserted with its text often is not).
          loaded.failures.length > 0 || loaded.failedRanges.length > 0
            ? html`<div class="notice" role="alert">
                ${this.partialFailure(loaded)}
                <button class="button secondary" @click=${() => data.retry()}>${m.retry}</button>
              </div>`
            : nothing
        }
        ${content(loaded)} ${this.debug ? this.renderDataWarnings(loaded) : nothing}
      `;
    } else {
      body = nothing;
    }
    return html`<div
      class="base"
      part="base"
      lang=${lang}
      dir=${dirOf(lang)}
      aria-busy=${loading || data.loading || data.checking ? 'true' : 'false'}
    >
      ${body}
    </div>`;
  }

  /** Which sources or months are missing, in one sentence each. */
  private partialFailure(loaded: LoadedData): string {
    const m = this.messages;
    const month = new Intl.DateTimeFormat(intlLocale(this.language), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const months = new Intl.ListFormat(intlLocale(this.language)).format([
      ...new Set(loaded.failedRanges.map((r) => month.format(Date.parse(r.start)))),
    ]);
    return [
      loaded.failures.length > 0 ? m.someSourcesFailed(loaded.failures.length, loaded.total) : '',
      months ? m.monthsFailed(months) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  private renderLoadError(data: DataController): TemplateResult {
    const m = this.messages;
    const error = data.error;
    const reason =
      error instanceof SourceError
        ? `${m.sourceError[error.code]}${error.status ? ` (${m.httpStatus(error.status)})` : ''}`
        : m.sourceError.network;
    return html`<div class="status error" role="alert">
        <p><strong>${m.loadFailed}</strong> ${reason}</p>
        <button class="button" @click=${() => data.retry()}>${m.retry}</button>
      </div>
      <slot></slot>`;
  }

  private renderDataWarnings(data: LoadedData): TemplateResult | typeof nothing {
    const t = this.warningTexts;
    if (!t) return nothing;
    return html`<section class="debug" part="debug" aria-label=${t.debugHeading}>
      <strong>${t.debugHeading}</strong>
      ${
        data.warnings.length === 0
          ? html`<p>${t.debugNone}</p>`
          : html`<ul>
              ${data.warnings.map((warning) => html`<li>${describeWarning(warning, t)}</li>`)}
            </ul>`
      }
    </section>`;
  }
}
