/**
 * One filter state per group, anywhere on the page. A channel exists as soon
 * as anyone asks for it, so it does not matter whether the filter or the
 * widgets are defined first, or which copy of the library made it.
 */
import {
  emptyFilter,
  normaliseFilter,
  sameFilter,
  type FilterState,
} from '../model/filter-state.js';
import { pageRegistry, type PageChannel } from '../registry/page-registry.js';

export type FilterListener = (state: FilterState) => void;

/**
 * `set` replaces the state and tells every subscriber (an unchanged state
 * tells no one); `subscribe` returns the unsubscribe function. The shape is
 * the page registry's, shared with other copies of the library.
 */
export type FilterChannel = PageChannel;

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
  const channels = pageRegistry().channels;
  let channel = channels.get(name);
  if (!channel) {
    channel = createChannel(name);
    channels.set(name, channel);
  }
  return channel;
}
