/**
 * The host element's own width, for layouts that depend on the space a widget
 * gets rather than on the viewport (a calendar in a sidebar, a filter in a column).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  /** The host's content width in CSS pixels; 0 until measured or while hidden. */
  width = 0;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    /** Called with the new width before `width` changes; re-renders the host when it returns true. */
    private readonly changed: (width: number) => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      // Hidden (display: none) measures 0: keep the last layout rather than flip to the narrow one.
      if (width === 0 || width === this.width) return;
      // Asked before `width` changes, so the callback can compare with the layout shown now.
      const rerender = this.changed(width);
      this.width = width;
      // Next frame: changing layout inside the observer's callback would loop.
      if (rerender) requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
