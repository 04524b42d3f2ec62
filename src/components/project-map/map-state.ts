/** What the details dialog shows, and where the map is: the states the element and its parts share. */

/** What the details dialog shows: one project (perhaps picked from a cluster), or a cluster's list. */
export type Selection =
  { kind: 'project'; id: string; cluster?: string[] } | { kind: 'cluster'; ids: string[] };

/** Where the map is: not wanted, its module on the way, shown, or failed to load. */
export type MapState = 'off' | 'loading' | 'ready' | 'failed';
