/**
 * The last filter result, kept: an element renders often (a key in the grid,
 * a dialog) with the same items, scope and filter, and need not filter again.
 */
import type { FilterState } from '../model/filter-state.js';
import { applyFilter, type Filterable, type Scope } from './filter.js';

/** `applyFilter` for one kind of item, answering from the last call while nothing changed. */
export function memoFilter<T extends Filterable>(
  kind: 'events' | 'projects',
): (items: T[], scope: Scope, state: FilterState) => T[] {
  let last: { items: T[]; scope: string; state: FilterState; result: T[] } | undefined;
  return (items, scope, state) => {
    const key = `${scope.topics.join(' ')}|${scope.organizer ?? ''}`;
    if (last?.items === items && last.scope === key && last.state === state) return last.result;
    last = { items, scope: key, state, result: applyFilter(items, kind, scope, state) };
    return last.result;
  };
}
