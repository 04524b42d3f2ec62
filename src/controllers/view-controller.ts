/**
 * Fetches an element's view when the element is shown: when it comes near the viewport, or at
 * once when a script, a link or focus needs it (`load()`). One request per definition however
 * many elements wait; a failed request is forgotten, so "Erneut versuchen" asks again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stopWatching, whenNearViewport } from './near-viewport.js';

/** What the controller needs of the element's definition (QuartierElement's static side). */
export interface ViewSource<V extends { setup?(host: never): void }> {
  /** The view, once attached. */
  readonly view?: V;
  /** Where it comes from when fetched on demand; without one, the view is attached at once. */
  readonly viewLoader?: () => Promise<V>;
  /** Attaches the view that arrived. */
  useView(view: V): void;
}

const requests = new WeakMap<object, Promise<void>>();

export class ViewController implements ReactiveController {
  /** The last request failed: the element shows its fallback and "Erneut versuchen". */
  failed = false;
  /** The view has given this element what it needs (`ElementView.setup`): it may render. */
  ready = false;
  private arrival?: Promise<void>;
  private attached!: () => void;
  /** Resolves once the view is attached to this element, however many tries that takes. */
  readonly whenAttached = new Promise<void>((resolve) => (this.attached = resolve));

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: ViewSource<{ setup?(host: never): void }>,
    /** The view is attached to this element: add its styles, render. */
    private readonly arrived: () => void,
  ) {
    host.addController(this);
    // Focus moving into the fallback content (a link in it) means a person is here.
    host.addEventListener('focusin', () => void this.load());
  }

  get missing(): boolean {
    return !this.source.view && this.source.viewLoader !== undefined;
  }

  /**
   * When the view is here: gives it to this element, once (the view's setup, its styles, a render).
   * The element calls this once it is connected (the controllers the setup adds connect at once).
   */
  attach(): void {
    const view = this.source.view;
    if (this.ready || !view) return;
    this.ready = true;
    this.failed = false;
    stopWatching(this.host);
    view.setup?.(this.host as never);
    this.arrived();
    this.attached();
  }

  hostConnected(): void {
    if (this.missing) whenNearViewport(this.host, () => void this.load());
  }

  hostDisconnected(): void {
    stopWatching(this.host);
  }

  /** Fetches the view now if it is not here; resolves once it has arrived (or failed). */
  load(): Promise<void> {
    if (this.ready) return Promise.resolve();
    if (this.source.view) {
      // Here already: attached from the start, or fetched by another element of this kind.
      this.attach();
      return Promise.resolve();
    }
    let request = requests.get(this.source);
    if (!request) {
      const source = this.source;
      request = source.viewLoader!().then((view) => source.useView(view));
      request = request.catch((error: unknown) => {
        requests.delete(this.source);
        throw error;
      });
      requests.set(this.source, request);
    }
    this.arrival ??= request.then(
      () => this.attach(),
      () => {
        this.arrival = undefined;
        this.failed = true;
        this.host.requestUpdate();
      },
    );
    return this.arrival;
  }
}
