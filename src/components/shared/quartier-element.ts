/**
 * What every widget shares (SPEC §2): language and direction, headings at the host page's level,
 * events, focus that never falls to the page, and the loading, error, empty and debug states.
 *
 * An element is a definition plus a view. The definition (a subclass: properties, controllers,
 * public methods, a skeleton) renders through the view attached with `useView()`, or fetched with
 * `viewFrom()` when the element is shown (element-view.ts); the view module (templates, styles,
 * keyboard handling) imports the definition, never the other way round.
 */
import {
  adoptStyles,
  html,
  nothing,
  type CSSResultOrNative,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { state } from 'lit/decorators.js';
import type { DataController } from '../../controllers/data-controller.js';
import { focusIsLost, focusSafely } from '../../controllers/focus.js';
import { addStyles } from '../../controllers/lazy-part.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { ViewController } from '../../controllers/view-controller.js';
import type { LoadedData } from '../../data/load-all.js';
import { safeLinkUrl } from '../../data/urls.js';
import type { TextBundle } from '../../i18n/bundle.js';
import type { BundleName } from '../../i18n/overrides.js';
import type { WarningTexts } from '../../i18n/data-warnings/de.js';
import { coreTexts } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages/de.js';
import { loadWarningTexts } from '../../i18n/warnings.js';
import { VERSION } from '../../model/version.js';
import { renderDataFrame, renderSkeleton, renderViewFailed } from './data-states.js';
import type { ElementView } from './element-view.js';
import { QuartierAttributes } from './shared-attributes.js';
export type { ElementView };

type Focusable = HTMLElement | null | undefined;

/** Outside the class, so the manifest analyzer does not list an event called `name`. */
const quartierEvent = <T>(name: string, detail: T) =>
  new CustomEvent<T>(name, { detail, bubbles: true, composed: true });

export abstract class QuartierElement extends QuartierAttributes {
  /** The library version that defined this element (see define.ts). */
  static readonly version = VERSION;

  /** @internal The element's view, once attached (see `useView`). */
  static view?: ElementView<never>;
  private static viewStyles: CSSResultOrNative[] = [];

  /** Attaches the view (templates, styles, keyboard handling) to a definition. */
  static useView<E extends QuartierElement>(
    this: abstract new (...args: never[]) => E,
    view: ElementView<E>,
  ): void {
    const definition = this as unknown as typeof QuartierElement;
    definition.view = view as ElementView<never>;
    definition.viewStyles = view.styles ? definition.finalizeStyles(view.styles) : [];
  }

  /** Where the view comes from when it is fetched on demand (the define entries; see `loadView`). */
  static viewFrom<E extends QuartierElement>(
    this: abstract new (...args: never[]) => E,
    load: () => Promise<ElementView<E>>,
  ): void {
    (this as unknown as typeof QuartierElement).viewLoader =
      load as typeof QuartierElement.viewLoader;
  }

  /** @internal Where the view comes from when fetched on demand (see `viewFrom`). */
  static viewLoader?: () => Promise<ElementView<never>>;

  private get definition(): typeof QuartierElement {
    return this.constructor as typeof QuartierElement;
  }

  /** The view, fetched when the element is shown (when the definition has a `viewFrom`). */
  private readonly viewLoading = new ViewController(
    this,
    this.constructor as typeof QuartierElement,
    () => {
      const { viewStyles } = this.constructor as typeof QuartierElement;
      if (this.shadowRoot) addStyles(this.shadowRoot, viewStyles);
      this.requestUpdate();
    },
  );

  /** The element's own text bundles: the view registers them; their language's come with it. */
  static ownTexts: readonly BundleName[] = [];
  /** Language, direction and text bundles (the shared texts and the element's own). */
  protected readonly localize = new LocalizeController(this, this.definition.ownTexts);
  private readonly coreMessages = this.localize.use(coreTexts);

  /** A focus move waiting for the next update (see `focusAfterUpdate`). */
  private focusPending = 0;

  /** Parts being fetched that `updateComplete` waits for (see `waitFor`). */
  private readonly pending = new Set<Promise<unknown>>();

  /** Texts of the debug view, loaded when `debug` is on. */
  @state() private warningTexts?: WarningTexts;

  /** @internal The language in effect: own `lang`, an ancestor's, or German. */
  get language(): string {
    return this.localize.lang;
  }

  /** @internal The texts every element shares, in the element's language. */
  get messages(): Messages {
    return this.coreMessages();
  }

  /** @internal Registers an element's own text bundle; returns its texts in the current language. */
  useTexts<T>(bundle: TextBundle<T>): () => T {
    return this.localize.use(bundle);
  }

  /** @internal Fetches the view now if it is not here (a method, a link); resolves when it arrived. */
  loadView(): Promise<void> {
    const loading = this.viewLoading.load();
    if (!this.viewLoading.ready) this.waitFor(loading);
    return loading;
  }

  /**
   * Public methods wait for the view: a call made before it arrived takes effect when it does
   * (SPEC §1), also after "Erneut versuchen" when the first request failed.
   */
  protected viewReady(): Promise<void> {
    void this.loadView();
    return this.viewLoading.whenAttached;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Connected now: the controllers the view's setup adds connect once, as they are added.
    this.viewLoading.attach();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const definition = this.constructor as typeof QuartierElement;
    if (definition.viewStyles.length > 0 && root instanceof ShadowRoot)
      adoptStyles(root, [...definition.elementStyles, ...definition.viewStyles]);
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const level = Math.round(this.headingLevel);
    if (!(level >= 1 && level <= 6)) this.headingLevel = 2;
    if (this.debug && this.warningTexts === undefined) {
      // Plain German for data editors, whatever language the widget speaks (SPEC §2).
      void loadWarningTexts('de').then((texts) => (this.warningTexts = texts));
    }
  }

  /** Rescues focus when the control that had it disappears in this update (a retry, a reset, a new dialog page). */
  protected override update(changed: PropertyValues<this>): void {
    const active = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    const dialog = active?.closest('dialog');
    super.update(changed);
    if (this.focusPending > 0 || !active) return;
    if (!active.isConnected && focusIsLost())
      this.rescueFocus(dialog?.isConnected && dialog.open ? dialog : this.renderRoot);
    // Held on the frame while loading: on to the content's heading or first control once it is there.
    else if (active === this.frame && active.ariaBusy !== 'true' && focusSafely(active))
      active.removeAttribute('tabindex');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Topic colours and the space kept while loading go through CSSOM (CSP blocks style attributes).
    for (const element of this.renderRoot.querySelectorAll<HTMLElement>('[data-color]'))
      element.style.setProperty('--topic-color', element.dataset.color!);
    const frame = this.frame;
    if (frame) frame.style.minBlockSize = frame.dataset.reserve ?? '';
  }

  /**
   * @internal `updateComplete` also waits for `work` (a part being fetched, then rendered), so a
   * page script that awaits it sees what the person sees.
   */
  waitFor(work: Promise<unknown>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work)).catch(() => undefined);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // A script waiting for the element sees it shown: with its view, not the skeleton.
    if (!this.viewLoading.ready) void this.loadView();
    let result = await super.getUpdateComplete();
    // A few rounds at most: a part that arrives renders once; something that keeps adding work must not hang.
    for (let round = 0; this.pending.size > 0 && round < 5; round++) {
      await Promise.allSettled([...this.pending]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** @internal Fires a `quartier-*` event that bubbles out of the shadow root (SPEC §3). */
  emit<K extends keyof GlobalEventHandlersEventMap>(
    name: K,
    detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): boolean {
    return this.dispatchEvent(quartierEvent(name, detail));
  }

  /**
   * @internal Moves focus once the next update has rendered: to what `find` returns then, or, if
   * that is gone, to a heading or control inside `scope` (default: the element), never the page.
   */
  focusAfterUpdate(find: () => Focusable, scope?: () => ParentNode | null | undefined): void {
    this.focusPending++;
    void this.updateComplete
      .then(() => this.rescueFocus(scope?.() ?? this.renderRoot, find()))
      .finally(() => this.focusPending--);
  }

  /** @internal "Barriere melden" to the page's feedback form, when `feedback-url` names a safe link. */
  feedbackLink(): TemplateResult | typeof nothing {
    const href = this.feedbackUrl ? safeLinkUrl(this.feedbackUrl, location.href) : undefined;
    return href
      ? html`<p class="feedback"><a href=${href}>${this.messages.reportBarrier}</a></p>`
      : nothing;
  }

  /** @internal A heading at `heading-level` (+ offset for sub-headings). */
  heading(text: string | TemplateResult, offset = 0, id?: string, lang?: string): TemplateResult {
    const level = Math.min(6, this.headingLevel + offset);
    return html`<div
      class="heading"
      role="heading"
      aria-level=${level}
      id=${id ?? nothing}
      lang=${lang ?? nothing}
    >
      ${text}
    </div>`;
  }

  /** The view once it is here; meanwhile the skeleton, or the fallback when it could not be fetched. */
  protected override render(): TemplateResult | typeof nothing {
    const { view } = this.constructor as typeof QuartierElement;
    if (view && this.viewLoading.ready) return (view as ElementView<this>).render(this);
    if (this.viewLoading.failed)
      return renderViewFailed(this.language, this.localize.dir, this.messages, () =>
        this.retryView(),
      );
    const loading = this.localize.ready ? this.messages.loading : undefined;
    return renderSkeleton(this.language, this.localize.dir, loading, this.reservedSpace());
  }

  /** Block space kept while the view or the first data loads (reserved-size.ts; default a screen). */
  protected reservedSpace(): string | undefined {
    return undefined;
  }

  private retryView(): void {
    void this.loadView();
    // The button goes with the skeleton: focus to the frame, then on to the content's heading.
    this.focusAfterUpdate(() => null);
  }

  /**
   * @internal The frame every element renders: busy while loading (space kept), the error with
   * "Erneut versuchen" and the fallback, else the content, failed sources and the debug list.
   */
  renderData(
    data: DataController,
    content: (data: LoadedData) => TemplateResult | typeof nothing,
    /** A list still being drawn in parts (partial-draw.ts): busy, its space kept meanwhile. */
    parts?: { readonly drawing: boolean },
  ): TemplateResult {
    const { language: lang, messages: m, debug, warningTexts } = this;
    const frame = { lang, dir: this.localize.dir, m, debug, warningTexts, parts };
    return renderDataFrame(
      data,
      content,
      { ...frame, space: this.reservedSpace() },
      this.localize.ready,
      this.feedbackLink(),
    );
  }

  private get frame(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.base');
  }

  /** Focus on a candidate or a heading or control in `scope`; nothing there yet (loading): the frame. */
  private rescueFocus(scope: ParentNode, ...candidates: Focusable[]): void {
    const frame = this.frame;
    if (focusSafely(scope, ...candidates) || !frame) return;
    frame.tabIndex = -1;
    frame.focus();
    // Only while it holds focus: a later click on the frame's text must not make it a focus stop.
    frame.addEventListener('blur', () => frame.removeAttribute('tabindex'), { once: true });
  }
}
