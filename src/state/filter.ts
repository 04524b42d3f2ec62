/**
 * Pure filter functions (SPEC §3): topics OR, accessibility features AND,
 * languages OR, facets AND. A facet applies only to kinds of item that have
 * that field in the data format: projects have no languages and no
 * accessibility features, so choosing those never empties the map. An event
 * that simply leaves the field out counts as having none.
 */
import type { ItemKind, Organizer } from '../model/types.js';
import type { Facet, FilterState } from '../model/filter-state.js';

export interface Filterable {
  topics?: string[];
  accessibility?: string[];
  languages?: string[];
  organizer?: Organizer;
}

const FACETS_BY_KIND: Record<Exclude<ItemKind, 'topics'>, Facet[]> = {
  events: ['topics', 'accessibility', 'languages'],
  projects: ['topics'],
};

/** Whether the facet narrows items of this kind at all. */
export const facetApplies = (facet: Facet, kind: 'events' | 'projects'): boolean =>
  FACETS_BY_KIND[kind].includes(facet);

/** Language tags match on their primary subtag too: choosing `ar` finds `ar-SY`. */
const languageMatches = (wanted: string, offered: string) => {
  const w = wanted.toLowerCase();
  const o = offered.toLowerCase();
  return o === w || o.startsWith(`${w}-`);
};

export function matchesFacet(item: Filterable, facet: Facet, chosen: string[]): boolean {
  if (chosen.length === 0) return true;
  const values = item[facet] ?? [];
  switch (facet) {
    case 'topics':
      return chosen.some((topic) => values.includes(topic));
    case 'accessibility':
      return chosen.every((feature) => values.includes(feature));
    case 'languages':
      return chosen.some((lang) => values.some((offered) => languageMatches(lang, offered)));
  }
}

export function matchesFilter(
  item: Filterable,
  state: FilterState,
  kind: 'events' | 'projects',
): boolean {
  return FACETS_BY_KIND[kind].every((facet) => matchesFacet(item, facet, state[facet]));
}

/** An element's fixed scope: what a partner site shows at most, before any filter. */
export interface Scope {
  topics: string[];
  organizer?: string;
}

export function inScope(item: Filterable, scope: Scope): boolean {
  if (scope.topics.length > 0 && !scope.topics.some((topic) => item.topics?.includes(topic))) {
    return false;
  }
  const wanted = scope.organizer?.trim().toLowerCase();
  if (!wanted) return true;
  const { id, name } = item.organizer ?? {};
  return id?.toLowerCase() === wanted || name?.trim().toLowerCase() === wanted;
}

/** The items an element shows: in its scope and matching its group's filter. */
export function applyFilter<T extends Filterable>(
  items: T[],
  kind: 'events' | 'projects',
  scope: Scope,
  state: FilterState,
): T[] {
  return items.filter((item) => inScope(item, scope) && matchesFilter(item, state, kind));
}
