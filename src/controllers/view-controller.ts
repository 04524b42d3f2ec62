/**
 * Fetches an element's view when the element is shown: when it comes near the viewport, or at
 * once when a script, a link or focus needs it (`load()`). One request per definition however
 * many elements wait; a failed request is forgotten, so "Erneut versuchen" asks again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stopWatching, whenNearViewport } from './near-viewport.js';

/** What the controller needs of the element's definition (QuartierElement's static side). */
export interface ViewSource<V> {
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
  private arrival?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: ViewSource<unknown>,
    /** The view is here: add its styles, render. */
    private readonly arrived: () => void,
  ) {
    host.addController(this);
    // Focus moving into the fallback content (a link in it) means a person is here.
    host.addEventListener('focusin', () => void this.load());
  }

  get missing(): boolean {
    return !this.source.view && this.source.viewLoader !== undefined;
  }

  hostConnected(): void {
    if (this.missing) whenNearViewport(this.host, () => void this.load());
  }

  hostDisconnected(): void {
    stopWatching(this.host);
  }

  /** Fetches the view now if it is not here; resolves once it has arrived (or failed). */
  load(): Promise<void> {
    if (!this.missing) return Promise.resolve();
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
      () => {
        stopWatching(this.host);
        this.failed = false;
        this.arrived();
      },
      () => {
        this.arrival = undefined;
        this.failed = true;
        this.host.requestUpdate();
      },
    );
    return this.arrival;
  }
}
