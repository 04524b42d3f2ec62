/** Whether the browser says it is online, and a call when that changes. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface OnlineCallbacks {
  online?(): void;
  offline?(): void;
}

export class OnlineController implements ReactiveController {
  /** False only when the browser knows it is offline (`navigator.onLine` is not a promise of reach). */
  online = true;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: OnlineCallbacks = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.online = globalThis.navigator?.onLine !== false;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
  }

  private onOnline = (): void => {
    this.online = true;
    this.host.requestUpdate();
    this.callbacks.online?.();
  };

  private onOffline = (): void => {
    this.online = false;
    this.host.requestUpdate();
    this.callbacks.offline?.();
  };
}
