/**
 * Joins the host to its group's filter channel and re-renders it on every
 * change. Follows the `group` attribute when it changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getChannel, type FilterChannel } from '../state/channel.js';
import type { FilterState } from '../model/filter-state.js';

export class FilterController implements ReactiveController {
  private current?: FilterChannel;
  private unsubscribe?: () => void;
  /** Subscribed only while the host is in the document, so a removed element is not kept alive. */
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly group: () => string,
  ) {
    host.addController(this);
  }

  /** The channel of the host's current group. */
  get channel(): FilterChannel {
    return this.connect();
  }

  /** The group's current filter. */
  get state(): FilterState {
    return this.connect().get();
  }

  /** Publishes a new filter to everyone in the group. */
  set(state: Partial<FilterState>): void {
    this.connect().set(state);
  }

  hostConnected(): void {
    this.connected = true;
    this.connect();
  }

  hostUpdate(): void {
    this.connect();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = undefined;
  }

  private connect(): FilterChannel {
    const channel = getChannel(this.group());
    if (this.connected && (channel !== this.current || !this.unsubscribe)) {
      this.unsubscribe?.();
      this.current = channel;
      this.unsubscribe = channel.subscribe(() => this.host.requestUpdate());
    }
    return channel;
  }
}
