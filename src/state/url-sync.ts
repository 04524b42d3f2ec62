/**
 * The filter in the address bar (`sync-url`): `?thema=…&barrierefrei=…&sprache=…`,
 * comma-separated ids, the same keys for every group. The page's other
 * parameters and its hash are kept as they are.
 */
import { emptyFilter, FACETS, type Facet, type FilterState } from '../model/filter-state.js';

export const URL_KEYS: Record<Facet, string> = {
  topics: 'thema',
  accessibility: 'barrierefrei',
  languages: 'sprache',
};

export function readFilterFromUrl(href: string): FilterState {
  const params = new URL(href).searchParams;
  const state = emptyFilter();
  for (const facet of FACETS) {
    const raw = params.get(URL_KEYS[facet]) ?? '';
    state[facet] = [...new Set(raw.split(/[\s,]+/).filter(Boolean))];
  }
  return state;
}

/** The address with the filter written into it; empty facets leave no parameter behind. */
export function writeFilterToUrl(href: string, state: FilterState): string {
  const url = new URL(href);
  for (const facet of FACETS) {
    if (state[facet].length > 0) url.searchParams.set(URL_KEYS[facet], state[facet].join(','));
    else url.searchParams.delete(URL_KEYS[facet]);
  }
  // Commas stay readable in a link people share.
  return url.href.replace(/%2C/gi, ',');
}
