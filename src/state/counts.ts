/**
 * Faceted counts: for each option, how many items the group would show if the
 * person also chose it, given what is chosen in the other facets. Topics and
 * languages are OR facets (the option alone replaces that facet's choice),
 * accessibility is an AND facet (the option joins the features chosen).
 * A facet counts only kinds of item that have that field.
 */
import type { Project, QuartierEvent } from '../data/model.js';
import { facetApplies, matchesFilter } from './filter.js';
import type { Facet, FilterState } from './filter-state.js';

export interface Counted {
  events: QuartierEvent[];
  projects: Project[];
}

function hypothetical(state: FilterState, facet: Facet, option: string): FilterState {
  const chosen = facet === 'accessibility' ? [...new Set([...state[facet], option])] : [option];
  return { ...state, [facet]: chosen };
}

/** Items matching a filter, per kind. */
export function countMatches(
  items: Counted,
  state: FilterState,
): { events: number; projects: number } {
  return {
    events: items.events.filter((e) => matchesFilter(e, state, 'events')).length,
    projects: items.projects.filter((p) => matchesFilter(p, state, 'projects')).length,
  };
}

export function facetCounts(
  items: Counted,
  state: FilterState,
  facet: Facet,
  options: string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const option of options) {
    const next = hypothetical(state, facet, option);
    let count = items.events.filter((e) => matchesFilter(e, next, 'events')).length;
    if (facetApplies(facet, 'projects')) {
      count += items.projects.filter((p) => matchesFilter(p, next, 'projects')).length;
    }
    counts.set(option, count);
  }
  return counts;
}

/** The languages events are offered in, lower-cased, each once. */
export const languagesOf = (events: QuartierEvent[]): string[] => [
  ...new Set(events.flatMap((event) => event.languages ?? []).map((tag) => tag.toLowerCase())),
];
