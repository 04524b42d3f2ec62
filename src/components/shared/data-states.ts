/**
 * The states every element shows around its data (SPEC §2): the error with
 * "Erneut versuchen" and the light-DOM fallback, the notice for sources or
 * months that failed, and the debug list of skipped items for data editors.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DataController } from '../../controllers/data-controller.js';
import type { LoadedData } from '../../data/load-all.js';
import type { WarningTexts } from '../../i18n/data-warnings/de.js';
import { intlLocale } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages/de.js';
import { describeWarning } from '../../i18n/warnings.js';
import { SourceError } from '../../model/errors.js';
import { SCREEN } from './reserved-size.js';

/** Which sources or months are missing, in one sentence each. */
export function partialFailure(loaded: LoadedData, m: Messages, lang: string): string {
  const month = new Intl.DateTimeFormat(intlLocale(lang), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const months = new Intl.ListFormat(intlLocale(lang)).format([
    ...new Set(loaded.failedRanges.map((r) => month.format(Date.parse(r.start)))),
  ]);
  return [
    loaded.failures.length > 0 ? m.someSourcesFailed(loaded.failures.length, loaded.total) : '',
    months ? m.monthsFailed(months) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The notice above the content when some sources or months failed; an alert, so it is announced. */
export function renderPartialFailure(
  loaded: LoadedData,
  data: DataController,
  m: Messages,
  lang: string,
): TemplateResult | typeof nothing {
  if (loaded.failures.length === 0 && loaded.failedRanges.length === 0) return nothing;
  return html`<div class="notice" role="alert">
    ${partialFailure(loaded, m, lang)}
    <button class="button secondary" @click=${() => data.retry()}>${m.retry}</button>
  </div>`;
}

/** Loading failed: why, "Erneut versuchen", and the page's own fallback content. */
export function renderLoadError(data: DataController, m: Messages): TemplateResult {
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

/**
 * The space an element keeps while loading (reserved-size.ts; without a rule of its own, a screen);
 * a page's `--quartier-min-height` wins.
 */
export const reserve = (space = SCREEN): string => `var(--quartier-min-height, ${space})`;

/**
 * What shows until the view has arrived: the frame, busy, at the size the loaded element will
 * have where that does not depend on the data. Never waits for a language's texts: until they are
 * here (`loading` undefined), nothing is written in it.
 */
export function renderSkeleton(
  lang: string,
  dir: string,
  loading?: string,
  space?: string,
): TemplateResult {
  return html`<div
    class="base skeleton"
    part="base"
    lang=${lang}
    dir=${dir}
    aria-busy="true"
    data-reserve=${reserve(space)}
  >
    ${loading ? html`<div class="status" role="status">${loading}</div>` : nothing}
  </div>`;
}

/** The view could not be fetched (offline, a removed deployment): why, "Erneut versuchen", the fallback. */
export function renderViewFailed(
  lang: string,
  dir: string,
  m: Messages,
  retry: () => void,
): TemplateResult {
  return html`<div class="base" part="base" lang=${lang} dir=${dir}>
    <div class="status error" role="alert">
      <p><strong>${m.loadFailed}</strong> ${m.sourceError.network}</p>
      <button class="button" @click=${retry}>${m.retry}</button>
    </div>
    <slot></slot>
  </div>`;
}

/** Skipped items and why, in plain German (`debug`). */
export function renderDataWarnings(
  data: LoadedData,
  t: WarningTexts | undefined,
): TemplateResult | typeof nothing {
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

/** What the frame shows around the content: the element's language, texts, debug state and space. */
export interface FrameContext {
  lang: string;
  dir: string;
  m: Messages;
  debug: boolean;
  warningTexts?: WarningTexts;
  /** Block space kept while loading (reserved-size.ts). */
  space?: string;
  /** A list still being drawn in parts (partial-draw.ts): busy and space kept, as while loading. */
  parts?: { readonly drawing: boolean };
}

/**
 * The frame every element renders around its data: busy while loading (space kept), the error
 * with "Erneut versuchen", else the content with failed sources and the debug list.
 */
export function renderDataFrame(
  data: DataController,
  content: (data: LoadedData) => TemplateResult | typeof nothing,
  { lang, dir, m, debug, warningTexts, space, parts }: FrameContext,
  textsReady: boolean,
  footer: TemplateResult | typeof nothing,
): TemplateResult {
  let body: TemplateResult | typeof nothing = nothing;
  // Until a language's texts arrive, show "loading" rather than a page in two languages.
  const loading = (data.loading && !data.value) || !textsReady;
  if (loading) body = html`<div class="status" role="status">${m.loading}</div>`;
  else if (data.failed) body = renderLoadError(data, m);
  else if (data.value) {
    const loaded = data.value;
    body = html`${renderPartialFailure(loaded, data, m, lang)} ${content(loaded)}
    ${debug ? renderDataWarnings(loaded, warningTexts) : nothing}`;
  }
  // Read after the content was made: it decides whether parts are still to come.
  const drawing = parts?.drawing ?? false;
  return html`<div
    class="base"
    part="base"
    lang=${lang}
    dir=${dir}
    aria-busy=${loading || drawing || data.loading || data.checking ? 'true' : 'false'}
    data-reserve=${loading || drawing ? reserve(space) : nothing}
  >
    ${body} ${footer}
  </div>`;
}
