/**
 * One filter state per group, anywhere on the page. A channel exists as soon
 * as anyone asks for it, so it does not matter whether the filter or the
 * widgets are defined first, or which copy of the library made it.
 */
import { emptyFilter, normaliseFilter, sameFilter, type FilterState } from './filter-state.js';
import { shared } from './shared.js';

export type FilterListener = (state: FilterState) => void;

export interface FilterChannel {
  readonly group: string;
  get(): FilterState;
  /** Replaces the state and tells every subscriber; an unchanged state tells no one. */
  set(state: Partial<FilterState>): void;
  /** Calls the listener on every change; returns the unsubscribe function. */
  subscribe(listener: FilterListener): () => void;
}

function createChannel(group: string): FilterChannel {
  let state = emptyFilter();
  const listeners = new Set<FilterListener>();
  return {
    group,
    get: () => state,
    set(next) {
      const clean = normaliseFilter(next);
      if (sameFilter(clean, state)) return;
      state = clean;
      for (const listener of [...listeners]) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const DEFAULT_GROUP = 'default';

export function getChannel(group: string = DEFAULT_GROUP): FilterChannel {
  const name = group.trim() || DEFAULT_GROUP;
  const channels = shared().channels;
  let channel = channels.get(name);
  if (!channel) {
    channel = createChannel(name);
    channels.set(name, channel);
  }
  return channel;
}
