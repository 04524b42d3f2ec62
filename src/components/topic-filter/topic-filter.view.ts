/**
 * The topic filter's view: facets of options with counts, the active chips,
 * "Alle anzeigen" and the narrow disclosure.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadedData } from '../../data/load-all.js';
import { resolveText, textLang } from '../../data/text.js';
import { intlLocale } from '../../i18n/locale.js';
import { FACETS, type Facet, type FilterState } from '../../model/filter-state.js';
import { ACCESSIBILITY_FEATURES } from '../../model/vocabulary.js';
import { facetCounts, languagesOf, type Counted } from '../../state/counts.js';
import type { ElementView } from '../shared/quartier-element.js';
import type { QuartierTopicFilter } from './topic-filter.js';
import {
  change,
  facetList,
  removeChip,
  reset,
  scoped,
  toggle,
  toggleExpanded,
} from './topic-filter.actions.js';
import { topicFilterStyles } from './topic-filter.styles.js';

interface Option {
  id: string;
  label: string;
  /** The label's language when it is not the UI language (a topic from the data). */
  lang?: string;
  /** A label from the data: it takes its own direction. */
  data?: boolean;
  color?: string;
}

export const topicFilterView: ElementView<QuartierTopicFilter> = {
  styles: topicFilterStyles,
  render: (el) => el.renderData(el.data, (data) => renderFilter(el, data)),
};

function optionsOf(
  el: QuartierTopicFilter,
  facet: Facet,
  data: LoadedData,
  items: Counted,
): Option[] {
  const lang = el.language;
  switch (facet) {
    case 'topics': {
      const scope = el.scope.topics;
      return data.topics
        .filter((topic) => scope.length === 0 || scope.includes(topic.id))
        .map((topic) => ({
          id: topic.id,
          label: resolveText(topic.label, lang),
          lang: textLang(topic.label, lang),
          data: true,
          color: topic.color,
        }));
    }
    case 'accessibility':
      return ACCESSIBILITY_FEATURES.map((id) => ({ id, label: el.messages.feature[id] }));
    case 'languages': {
      const names = new Intl.DisplayNames([intlLocale(lang)], {
        type: 'language',
        fallback: 'code',
      });
      return languagesOf(items.events)
        .map((id) => ({ id, label: names.of(id) ?? id }))
        .sort((a, b) => a.label.localeCompare(b.label, intlLocale(lang)));
    }
  }
}

function renderFilter(el: QuartierTopicFilter, data: LoadedData): TemplateResult {
  const m = el.messages;
  const items = scoped(el, data);
  const current = el.filter.state;
  const activeCount = FACETS.reduce((sum, facet) => sum + current[facet].length, 0);
  const labels = new Map<string, Option>();
  const facets = facetList(el).map((facet) => {
    const options = optionsOf(el, facet, data, items);
    for (const option of options) labels.set(`${facet}:${option.id}`, option);
    return renderFacet(el, facet, options, items, current, data);
  });
  if (labels.size === 0) {
    return html`<p class="status empty" role="status">${m.filter.empty}</p>`;
  }
  const collapsed = el.narrow && !el.expanded;
  return html`
    ${
      el.narrow
        ? html`<button
            class="button secondary toggle"
            part="toggle"
            aria-expanded=${el.expanded ? 'true' : 'false'}
            aria-controls="facets"
            @click=${() => toggleExpanded(el)}
          >
            ${m.filter.toggle(activeCount)}
          </button>`
        : nothing
    }
    <div id="facets" class="facets" ?hidden=${collapsed}>${facets}</div>
    ${
      activeCount > 0
        ? html`<div class="active">
            <ul class="chips" aria-label=${m.filter.active}>
              ${FACETS.flatMap((facet) =>
                current[facet].map((id) => {
                  const option = labels.get(`${facet}:${id}`) ?? { id, label: id };
                  // The name is "Filter „…“ entfernen" in the UI language around the label in its
                  // own language (WCAG 3.1.2): hidden text, as an aria-label cannot mark a part; the
                  // label shown is the same word, so it is hidden from screen readers.
                  const [before, after] = m.filter.remove('\u0000').split('\u0000');
                  return html`<li>
                    <button
                      class="chip"
                      part="chip"
                      @click=${() => removeChip(el, facet, id, data)}
                    >
                      <span class="visually-hidden"
                        >${before}<span lang=${option.lang ?? nothing}>${option.label}</span
                        >${after}</span
                      ><span dir="auto" aria-hidden="true">${option.label}</span
                      ><span class="chip-x" aria-hidden="true">×</span>
                    </button>
                  </li>`;
                }),
              )}
            </ul>
            <button class="button secondary reset" part="reset" @click=${() => reset(el, data)}>
              ${m.filter.reset}
            </button>
          </div>`
        : nothing
    }
    ${el.announcer.region()}
  `;
}

function renderFacet(
  el: QuartierTopicFilter,
  facet: Facet,
  options: Option[],
  items: Counted,
  current: FilterState,
  data: LoadedData,
): TemplateResult | typeof nothing {
  if (options.length === 0) return nothing;
  const m = el.messages;
  const counts = facetCounts(
    items,
    current,
    facet,
    options.map((option) => option.id),
  );
  const radio = facet === 'topics' && el.single;
  return html`<fieldset class="facet" part="facet">
    <legend>${m.filter.facet[facet]}</legend>
    <ul class="options">
      ${
        radio
          ? html`<li>
              <label class="option" part="option">
                <input
                  type="radio"
                  name="topics"
                  .checked=${current.topics.length === 0}
                  @change=${() => change(el, { ...current, topics: [] }, data)}
                />
                <span>${m.filter.allTopics}</span>
              </label>
            </li>`
          : nothing
      }
      ${options.map((option) => {
        const checked = current[facet].includes(option.id);
        const count = counts.get(option.id) ?? 0;
        return html`<li>
          <label class="option" part="option">
            <input
              type=${radio ? 'radio' : 'checkbox'}
              name=${facet}
              value=${option.id}
              .checked=${checked}
              ?disabled=${count === 0 && !checked && !el.data.checking}
              @change=${(event: Event) =>
                toggle(el, facet, option.id, (event.target as HTMLInputElement).checked, data)}
            />
            ${
              option.color
                ? html`<span class="swatch" data-color=${option.color} aria-hidden="true"></span>`
                : nothing
            }
            <span lang=${option.lang ?? nothing} dir=${option.data ? 'auto' : nothing}
              >${m.filter.option(option.label, el.noCounts ? undefined : count)}</span
            >
          </label>
        </li>`;
      })}
    </ul>
  </fieldset>`;
}
