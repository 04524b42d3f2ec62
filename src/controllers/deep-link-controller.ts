/**
 * `#quartier-event=<id>` (SPEC §3): a page loaded with a link to an event
 * opens it once the element's data is whole — also an event of a month not
 * loaded yet, which the data layer looks up (data/find-event.ts) — and so does
 * such a link followed later on the page. The link is written only when a
 * person opens an event, and taken out when it closes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DayKey } from '../calendar/days.js';
import { findEvent } from '../data/find-event.js';
import type { LoadedData } from '../data/load-all.js';
import type { QuartierEvent } from '../model/types.js';

const KEY = 'quartier-event=';

export interface DeepLinkOptions {
  /** The element's data; the link is read once it is there and whole. */
  data(): LoadedData | undefined;
  /** The element's sources, asked again for an event beyond the loaded months. */
  sources(): string[];
  /** Whether the element may show the event: a partner's calendar does not open the city's others. */
  accepts(event: QuartierEvent): boolean;
  /** The first day an event is looked for ahead. */
  from(): DayKey;
  /** Whether an event is open already (the person was quicker than the look-up). */
  isOpen(): boolean;
  /** Opens the linked event. */
  open(event: QuartierEvent): void;
}

/** The id in the address; undefined without one, or when it is mangled (never a reason not to render). */
export function linkedEventId(): string | undefined {
  if (!location.hash.startsWith(`#${KEY}`)) return undefined;
  try {
    return decodeURIComponent(location.hash.slice(KEY.length + 1));
  } catch {
    return undefined;
  }
}

export class DeepLinkController implements ReactiveController {
  /** The address was read (when the element's data first was whole, and again when the link changes). */
  private read = false;
  private lookup?: AbortController;

  /**
   * `open` may move the element to the event's date: it should ask for that date's data in the
   * same update when it can, or request another (the calendar opens it after the update).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DeepLinkOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.linkChanged);
  }

  /** A link to another event followed on the page: read the address again. */
  private readonly linkChanged = () => {
    this.read = false;
    this.host.requestUpdate();
  };

  hostUpdate(): void {
    const { accepts, open, ...options } = this.options;
    const data = options.data();
    if (this.read || !data || data.complete) return;
    this.read = true;
    const id = linkedEventId();
    if (id === undefined) return;
    const known = data.events.find((event) => event.id === id && accepts(event));
    if (known) return open(known);
    this.lookup = new AbortController();
    findEvent(options.sources(), id, accepts, options.from(), this.lookup.signal)
      // The year's data is only searched, not shown: its problems are not reported here (the
      // element reports those of the months it shows).
      .then(({ event }) => {
        if (event && !options.isOpen()) open(event);
      })
      // Not found, offline, or the element was removed: the calendar simply stays as it is.
      .catch(() => undefined);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.linkChanged);
    this.lookup?.abort();
    this.lookup = undefined;
  }

  /** A person opened an event: its link replaces the address (opening an event is no navigation). */
  write(id: string): void {
    history.replaceState(history.state, '', `#${KEY}${encodeURIComponent(id)}`);
  }

  /** The event closed: its link leaves the address, if it is there. */
  clear(): void {
    if (location.hash.startsWith(`#${KEY}`)) {
      history.replaceState(history.state, '', location.pathname + location.search);
    }
  }
}
