/**
 * The page registry: what lives on `globalThis[Symbol.for('quartier-widgets')]`,
 * so that two copies of the library on one page (two CMS plugins, two
 * versions) still share filter channels and source requests. Everything here
 * is in a shape that does not depend on the version: a channel's methods, a
 * source's answer as it came over the wire, strings. What a version makes of
 * an answer (parsed, validated) it keeps to itself (data/loader.ts). Change
 * this shape only in ways an older copy still understands.
 */
import type { FilterState } from '../model/filter-state.js';

/** One group's filter state, as every copy of the library sees it. */
export interface PageChannel {
  readonly group: string;
  get(): FilterState;
  set(state: Partial<FilterState>): void;
  subscribe(listener: (state: FilterState) => void): () => void;
}

/** A source's answer as it came: the same for every version of the library. */
export interface RawAnswer {
  /** The HTTP status; 0 when no answer came. */
  status: number;
  /** The `content-type` header, '' without one. */
  contentType: string;
  /** The body, decoded ('' when `failure` is set). */
  text: string;
  /** Why there is no usable answer: 'timeout', 'network', 'http', 'too-large' or 'aborted'. */
  failure?: string;
}

/** One source request, shared by URL. A failed one is removed, so the next caller asks again. */
export interface SharedRequest {
  /** Settles with the answer; never rejects. */
  answer: Promise<RawAnswer>;
  /** Copies of the library still waiting for it; when the last leaves, `abort()` ends it. */
  users: number;
  abort(): void;
}

export interface PageRegistry {
  /** Filter channels by group name. */
  channels: Map<string, PageChannel>;
  /**
   * Source requests by URL. (Copies before 0.2 kept their own, version-bound
   * entries under `sources`; that key is left to them.)
   */
  requests: Map<string, SharedRequest>;
  /** Warnings already written to the console, so each appears once per page. */
  warned: Set<string>;
  /** The group whose filter owns the address bar (`sync-url`); one per page. */
  urlSyncGroup?: string;
}

const KEY = Symbol.for('quartier-widgets');

export function pageRegistry(): PageRegistry {
  const holder = globalThis as typeof globalThis & { [KEY]?: Partial<PageRegistry> };
  const registry = (holder[KEY] ??= {});
  registry.channels ??= new Map();
  registry.requests ??= new Map();
  registry.warned ??= new Set();
  return registry as PageRegistry;
}
