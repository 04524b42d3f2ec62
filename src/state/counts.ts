/**
 * Faceted counts: for each option, how many items the group would show if the
 * person also chose it, given what is chosen in the other facets. Topics and
 * languages are OR facets (the option alone replaces that facet's choice),
 * accessibility is an AND facet (the option joins the features chosen).
 * A facet counts only kinds of item that have that field.
 */
import type { Project, QuartierEvent } from '../model/types.js';
import { facetApplies, matchesFacet, matchesFilter, type Filterable } from './filter.js';
import type { Facet, FilterState } from '../model/filter-state.js';

export interface Counted {
  events: QuartierEvent[];
  projects: Project[];
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

/**
 * One pass per kind: an item that matches the other facets counts for each
 * option it would match in this one. The same result as filtering all items
 * once per option, without looking at every item once per option.
 */
export function facetCounts(
  items: Counted,
  state: FilterState,
  facet: Facet,
  options: string[],
): Map<string, number> {
  const counts = new Map(options.map((option) => [option, 0]));
  // Topics and languages are OR facets: the option alone replaces the choice there.
  const others: FilterState = { ...state, [facet]: facet === 'accessibility' ? state[facet] : [] };
  const count = (item: Filterable, kind: 'events' | 'projects') => {
    if (!matchesFilter(item, others, kind)) return;
    const values = item[facet] ?? [];
    for (const option of options) {
      const matches =
        facet === 'languages'
          ? matchesFacet(item, facet, [option])
          : // An AND facet's option joins what is chosen; the item already has all of that.
            values.includes(option);
      if (matches) counts.set(option, counts.get(option)! + 1);
    }
  };
  for (const event of items.events) count(event, 'events');
  if (facetApplies(facet, 'projects'))
    for (const project of items.projects) count(project, 'projects');
  return counts;
}

/** The languages events are offered in, lower-cased, each once. */
export const languagesOf = (events: QuartierEvent[]): string[] => [
  ...new Set(events.flatMap((event) => event.languages ?? []).map((tag) => tag.toLowerCase())),
];
