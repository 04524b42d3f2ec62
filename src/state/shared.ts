/**
 * Page-wide state, kept on `globalThis[Symbol.for('quartier-widgets')]` so
 * that two copies of the library on one page (two CMS plugins, two versions)
 * still share filter channels and fetched sources. Its shape is public in that
 * sense: change it only in ways an older copy still understands.
 */
import type { SourceEntry } from '../data/loader.js';
import type { FilterChannel } from './channel.js';

export interface SharedState {
  /** Filter channels by group name. */
  channels: Map<string, FilterChannel>;
  /** Source requests and results by URL. */
  sources: Map<string, SourceEntry>;
  /** Warnings already written to the console, so each appears once per page. */
  warned: Set<string>;
  /** The group whose filter owns the address bar (`sync-url`); one per page. */
  urlSyncGroup?: string;
}

const KEY = Symbol.for('quartier-widgets');

export function shared(): SharedState {
  const holder = globalThis as typeof globalThis & { [KEY]?: Partial<SharedState> };
  const state = (holder[KEY] ??= {});
  state.channels ??= new Map();
  state.sources ??= new Map();
  state.warned ??= new Set();
  return state as SharedState;
}
