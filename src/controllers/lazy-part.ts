/**
 * A part of an element that is fetched only when a person first needs it
 * (a details panel, the sending code): loaded once per page, its styles
 * added to the element's shadow root on arrival, the element re-rendered.
 */
import type { CSSResultGroup, ReactiveControllerHost } from 'lit';

export interface PartModule {
  /** Styles the part needs, added to the element's shadow root when it arrives. */
  readonly styles?: CSSResultGroup;
}

/** Adds styles to a shadow root after the fact (constructable sheets: allowed under a strict CSP). */
export function addStyles(root: ShadowRoot, styles: CSSResultGroup): void {
  const sheets = [styles]
    .flat(Infinity as 1)
    .map((style) =>
      style instanceof CSSStyleSheet ? style : (style as { styleSheet?: CSSStyleSheet }).styleSheet,
    )
    .filter(
      (sheet): sheet is CSSStyleSheet =>
        sheet !== undefined && !root.adoptedStyleSheets.includes(sheet),
    );
  if (sheets.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}

export class LazyPart<T extends PartModule> {
  /** The part, once it has arrived. */
  module?: T;
  private loading?: Promise<T | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly load: () => Promise<T>,
  ) {}

  /**
   * Fetches the part (once); resolves with it, or with undefined when it could
   * not be fetched (offline) — then the next call tries again.
   */
  ensure(): Promise<T | undefined> {
    // A loader that throws at once (nothing to load) counts as a failed fetch.
    this.loading ??= Promise.resolve()
      .then(this.load)
      .then(
        (module) => {
          this.module = module;
          if (module.styles && this.host.shadowRoot) addStyles(this.host.shadowRoot, module.styles);
          this.host.requestUpdate();
          return module;
        },
        () => {
          this.loading = undefined;
          return undefined;
        },
      );
    // An element's `updateComplete` then waits for the part (QuartierElement.waitFor).
    (this.host as { waitFor?(work: Promise<unknown>): void }).waitFor?.(this.loading);
    return this.loading;
  }
}
