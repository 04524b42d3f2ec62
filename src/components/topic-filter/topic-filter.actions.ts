/**
 * What a person's choice in the topic filter does (publish, tell the page, announce the result).
 * Part of the view, so it is fetched with it.
 */
import type { LoadedData } from '../../data/load-all.js';
import { intlLocale } from '../../i18n/locale.js';
import { formatList } from '../../i18n/lists.js';
import { plural } from '../../i18n/plural.js';
import { FACETS, type Facet, type FilterState } from '../../model/filter-state.js';
import { splitList } from '../../model/split-list.js';
import { countMatches, type Counted } from '../../state/counts.js';
import { inScope } from '../../state/filter.js';
import type { QuartierTopicFilter } from './topic-filter.js';

/** The facets to show, in their fixed order. */
export function facetList(el: QuartierTopicFilter): Facet[] {
  const wanted = splitList(el.facets);
  return FACETS.filter((facet) => wanted.includes(facet));
}

/** Items of the group's sources inside this element's fixed scope. */
export function scoped(el: QuartierTopicFilter, data: LoadedData): Counted {
  return {
    events: data.events.filter((event) => inScope(event, el.scope)),
    projects: data.projects.filter((project) => inScope(project, el.scope)),
  };
}

/** A person changed the filter: publish it, tell the page, announce the result. */
export function change(el: QuartierTopicFilter, next: FilterState, data: LoadedData): void {
  el.filter.set(next);
  const current = el.value;
  el.emit('quartier-filter-change', { group: el.filter.channel.group, ...current });
  el.announcer.announce(describeResult(el, countMatches(scoped(el, data), current), data));
}

/** A person ticked or unticked an option. */
export function toggle(
  el: QuartierTopicFilter,
  facet: Facet,
  id: string,
  on: boolean,
  data: LoadedData,
): void {
  const current = el.value;
  const single = facet === 'topics' && el.single;
  const chosen = on
    ? single
      ? [id]
      : [...current[facet], id]
    : current[facet].filter((x) => x !== id);
  change(el, { ...current, [facet]: chosen }, data);
}

/** A chip's "×": the chip is gone, so focus moves on to what stays. */
export function removeChip(el: QuartierTopicFilter, facet: Facet, id: string, data: LoadedData) {
  toggle(el, facet, id, false, data);
  el.focusAfterUpdate(() => focusAfterChange(el));
}

/** "Alle anzeigen". */
export function reset(el: QuartierTopicFilter, data: LoadedData): void {
  change(el, { topics: [], accessibility: [], languages: [] }, data);
  el.focusAfterUpdate(() => focusAfterChange(el));
}

/** Opens or closes the narrow disclosure. */
export function toggleExpanded(el: QuartierTopicFilter): void {
  el.expanded = !el.expanded;
  el.requestUpdate();
}

function focusAfterChange(el: QuartierTopicFilter): HTMLElement | null {
  const root = el.renderRoot;
  return (
    root.querySelector<HTMLElement>('[part="reset"]') ??
    root.querySelector<HTMLElement>('[part="toggle"]') ??
    root.querySelector<HTMLElement>('input:not(:disabled)')
  );
}

/** "3 Veranstaltungen und 2 Projekte". */
function describeResult(
  el: QuartierTopicFilter,
  result: { events: number; projects: number },
  data: LoadedData,
): string {
  const m = el.messages;
  const lang = intlLocale(el.language);
  const parts = [];
  if (data.events.length > 0) parts.push(plural(lang, result.events, m.count.events));
  if (data.projects.length > 0) parts.push(plural(lang, result.projects, m.count.projects));
  return formatList(el.language, parts);
}
