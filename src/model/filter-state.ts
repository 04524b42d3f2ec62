/** The filter a group shares: each list empty means "no restriction". */
export interface FilterState {
  topics: string[];
  accessibility: string[];
  languages: string[];
}

export const FACETS = ['topics', 'accessibility', 'languages'] as const;
export type Facet = (typeof FACETS)[number];

export const emptyFilter = (): FilterState => ({ topics: [], accessibility: [], languages: [] });

/** Accepts a partial or sloppy value (missing keys count as []) and returns a clean, de-duplicated state. */
export function normaliseFilter(
  value: Partial<Record<Facet, unknown>> | null | undefined,
): FilterState {
  const list = (input: unknown) =>
    Array.isArray(input)
      ? [...new Set(input.filter((x): x is string => typeof x === 'string' && x !== ''))]
      : [];
  return {
    topics: list(value?.topics),
    accessibility: list(value?.accessibility),
    languages: list(value?.languages),
  };
}

export const sameFilter = (a: FilterState, b: FilterState): boolean =>
  FACETS.every(
    (facet) => a[facet].length === b[facet].length && a[facet].every((x, i) => x === b[facet][i]),
  );

export const isFilterEmpty = (state: FilterState): boolean =>
  FACETS.every((facet) => state[facet].length === 0);
