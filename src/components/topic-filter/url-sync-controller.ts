/** Keeps a topic filter's group in the page address (`sync-url`), from the element's first connection. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FilterChannel } from '../../state/channel.js';
import { bindUrlSync } from '../../state/url-binding.js';

/**
 * `sync-url`: the group's filter in the page address while the element is on the page (one per
 * page, url-binding.ts); let go when it leaves, taken back when it returns. Part of the
 * definition, so the address counts from the start: the group's widgets and `value` see it
 * before the filter's view has arrived.
 */
export class UrlSyncController implements ReactiveController {
  private unbind?: () => void;
  private bound?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Whether the element asks for it (`sync-url`). */
    private readonly enabled: () => boolean,
    /** The channel of the element's group. */
    private readonly channel: () => FilterChannel,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.release();
  }

  private sync(): void {
    // An element removed from the page still updates (its data arriving): it takes nothing then.
    const wanted = this.enabled() && this.host.isConnected ? this.channel().group : undefined;
    if (wanted === this.bound) return;
    this.release();
    if (wanted === undefined) return;
    this.unbind = bindUrlSync(this.channel());
    this.bound = wanted;
  }

  private release(): void {
    this.unbind?.();
    this.unbind = undefined;
    this.bound = undefined;
  }
}
