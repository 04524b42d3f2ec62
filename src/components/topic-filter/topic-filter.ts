import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController } from '../../controllers/data-controller.js';
import { FilterController } from '../../controllers/filter-controller.js';
import type { LoadedData } from '../../data/load-all.js';
import { splitList } from '../../model/split-list.js';
import { ACCESSIBILITY_FEATURES } from '../../model/vocabulary.js';
import { resolveText } from '../../data/text.js';
import { intlLocale } from '../../i18n/locale.js';
import { plural } from '../../i18n/plural.js';
import { countMatches, facetCounts, languagesOf, type Counted } from '../../state/counts.js';
import { inScope } from '../../state/filter.js';
import { FACETS, type Facet, type FilterState } from '../../model/filter-state.js';
import { bindUrlSync } from '../../state/url-binding.js';
import { sharedStyles } from '../../styles/shared.js';
import { QuartierElement } from '../shared/quartier-element.js';
import { topicFilterStyles } from './topic-filter.styles.js';

/** Narrower than this, the facets fold into a "Filter (n)" disclosure. */
const NARROW_PX = 480;

interface Option {
  id: string;
  label: string;
  color?: string;
}

export interface FilterChangeDetail extends FilterState {
  group: string;
}

/**
 * One control that filters every widget of its group: topics, accessibility
 * features and event languages, with counts of what each choice would show.
 *
 * @tag quartier-topic-filter
 * @summary Filters the calendar and the map of its group; optionally kept in the page address.
 * @fires quartier-filter-change - The person changed the filter. Detail: `{group, topics, accessibility, languages}`.
 * @fires quartier-data-warning - Items of a source were skipped or corrected. Detail: `{warnings}`.
 * @csspart base - The element's frame.
 * @csspart facet - Each fieldset of options.
 * @csspart option - Each option (label with its control).
 * @csspart chip - Each removable chip of an active choice.
 * @csspart reset - The "Alle anzeigen" button.
 * @csspart toggle - The "Filter (n)" disclosure button on narrow widths.
 * @cssprop [--quartier-accent=#1f5fa6] - Accent colour of buttons and chosen options.
 * @cssprop [--quartier-text=#1b1b1b] - Text colour.
 * @cssprop [--quartier-surface=#ffffff] - Background of buttons and chips.
 * @cssprop [--quartier-border=#6b7280] - Border colour.
 * @cssprop [--quartier-radius=0.375rem] - Corner radius.
 * @cssprop [--quartier-focus-color=#0b3d91] - Focus ring colour.
 * @cssprop [--quartier-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--quartier-min-height=10rem] - Height kept free while loading.
 * @slot - Fallback content, shown until the element is defined and again if loading fails.
 */
export class QuartierTopicFilter extends QuartierElement {
  static override styles = [sharedStyles, topicFilterStyles];

  private readonly data = new DataController(this, () => this.src);
  private readonly filter = new FilterController(this, () => this.group);
  private unbindUrl?: () => void;
  private resizeObserver?: ResizeObserver;

  @state() private narrow = false;
  @state() private expanded = false;
  @state() private announcement = '';

  /** Facets to offer, in this order: `topics`, `accessibility`, `languages`. */
  @property({ attribute: 'facets' }) facets = 'topics accessibility';

  /** One topic at a time (radio buttons instead of checkboxes). */
  @property({ attribute: 'single', type: Boolean }) single = false;

  /** Keeps the filter in the page address (`?thema=…&barrierefrei=…&sprache=…`); one per page. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /** Hides the counts next to each option. */
  @property({ attribute: 'no-counts', type: Boolean }) noCounts = false;

  /** The group's filter. Setting it updates every widget of the group without firing an event. */
  @property({ attribute: false })
  get value(): FilterState {
    const current = this.filter.state;
    return {
      topics: [...current.topics],
      accessibility: [...current.accessibility],
      languages: [...current.languages],
    };
  }
  set value(next: Partial<FilterState>) {
    this.filter.set(next);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved elsewhere in the page: take the address bar back (disconnecting gave it up).
    if (this.syncUrl && !this.unbindUrl && this.hasUpdated)
      this.unbindUrl = bindUrlSync(this.filter.channel);
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const narrow = entry.contentRect.width > 0 && entry.contentRect.width < NARROW_PX;
      // Next frame: changing layout inside the observer's callback would loop.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.unbindUrl?.();
    this.unbindUrl = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') || changed.has('group')) {
      this.unbindUrl?.();
      this.unbindUrl = this.syncUrl ? bindUrlSync(this.filter.channel) : undefined;
    }
  }

  private get facetList(): Facet[] {
    const wanted = splitList(this.facets);
    return FACETS.filter((facet) => wanted.includes(facet));
  }

  /** Items of the group's sources inside this element's fixed scope. */
  private scoped(data: LoadedData): Counted {
    return {
      events: data.events.filter((event) => inScope(event, this.scope)),
      projects: data.projects.filter((project) => inScope(project, this.scope)),
    };
  }

  private options(facet: Facet, data: LoadedData, items: Counted): Option[] {
    const lang = this.language;
    switch (facet) {
      case 'topics': {
        const scope = this.scope.topics;
        return data.topics
          .filter((topic) => scope.length === 0 || scope.includes(topic.id))
          .map((topic) => ({
            id: topic.id,
            label: resolveText(topic.label, lang),
            color: topic.color,
          }));
      }
      case 'accessibility':
        return ACCESSIBILITY_FEATURES.map((id) => ({ id, label: this.messages.feature[id] }));
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

  /** A person changed the filter: publish it, tell the page, announce the result. */
  private change(next: FilterState, data: LoadedData): void {
    this.filter.set(next);
    const current = this.value;
    this.dispatchEvent(
      new CustomEvent<FilterChangeDetail>('quartier-filter-change', {
        detail: { group: this.filter.channel.group, ...current },
        bubbles: true,
        composed: true,
      }),
    );
    this.announcement = this.describeResult(countMatches(this.scoped(data), current), data);
  }

  private describeResult(result: { events: number; projects: number }, data: LoadedData): string {
    const m = this.messages;
    const lang = intlLocale(this.language);
    const parts = [];
    if (data.events.length > 0) parts.push(plural(lang, result.events, m.count.events));
    if (data.projects.length > 0) parts.push(plural(lang, result.projects, m.count.projects));
    return parts.join(` ${m.filter.and} `);
  }

  private toggle(facet: Facet, id: string, on: boolean, data: LoadedData): void {
    const current = this.value;
    const single = facet === 'topics' && this.single;
    const chosen = on
      ? single
        ? [id]
        : [...current[facet], id]
      : current[facet].filter((x) => x !== id);
    this.change({ ...current, [facet]: chosen }, data);
  }

  private removeChip(facet: Facet, id: string, data: LoadedData): void {
    this.toggle(facet, id, false, data);
    this.keepFocus();
  }

  private reset(data: LoadedData): void {
    this.change({ topics: [], accessibility: [], languages: [] }, data);
    this.keepFocus();
  }

  /** The button that had focus is gone: keep focus in the widget instead of losing it to the page. */
  private keepFocus(): void {
    void this.updateComplete.then(() => {
      const target =
        this.renderRoot.querySelector<HTMLElement>('[part="reset"]') ??
        this.renderRoot.querySelector<HTMLElement>('[part="toggle"]') ??
        this.renderRoot.querySelector<HTMLElement>('input:not(:disabled)');
      target?.focus();
    });
  }

  override render(): TemplateResult {
    return this.renderData(this.data, (data) => this.renderFilter(data));
  }

  private renderFilter(data: LoadedData): TemplateResult {
    const m = this.messages;
    const items = this.scoped(data);
    const current = this.filter.state;
    const activeCount = FACETS.reduce((sum, facet) => sum + current[facet].length, 0);
    const labels = new Map<string, string>();
    const facets = this.facetList.map((facet) => {
      const options = this.options(facet, data, items);
      for (const option of options) labels.set(`${facet}:${option.id}`, option.label);
      return this.renderFacet(facet, options, items, current, data);
    });
    if (labels.size === 0) {
      return html`<p class="status empty" role="status">${m.filter.empty}</p>`;
    }
    const collapsed = this.narrow && !this.expanded;
    return html`
      ${
        this.narrow
          ? html`<button
              class="button secondary toggle"
              part="toggle"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls="facets"
              @click=${() => (this.expanded = !this.expanded)}
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
                    const label = labels.get(`${facet}:${id}`) ?? id;
                    return html`<li>
                      <button
                        class="chip"
                        part="chip"
                        aria-label=${m.filter.remove(label)}
                        @click=${() => this.removeChip(facet, id, data)}
                      >
                        ${label}<span class="chip-x" aria-hidden="true">×</span>
                      </button>
                    </li>`;
                  }),
                )}
              </ul>
              <button class="button secondary reset" part="reset" @click=${() => this.reset(data)}>
                ${m.filter.reset}
              </button>
            </div>`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderFacet(
    facet: Facet,
    options: Option[],
    items: Counted,
    current: FilterState,
    data: LoadedData,
  ): TemplateResult | typeof nothing {
    if (options.length === 0) return nothing;
    const m = this.messages;
    const counts = facetCounts(
      items,
      current,
      facet,
      options.map((option) => option.id),
    );
    const radio = facet === 'topics' && this.single;
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
                    @change=${() => this.change({ ...current, topics: [] }, data)}
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
                ?disabled=${count === 0 && !checked && !this.data.checking}
                @change=${(event: Event) =>
                  this.toggle(facet, option.id, (event.target as HTMLInputElement).checked, data)}
              />
              ${
                option.color
                  ? html`<span class="swatch" data-color=${option.color} aria-hidden="true"></span>`
                  : nothing
              }
              <span>${m.filter.option(option.label, this.noCounts ? undefined : count)}</span>
            </label>
          </li>`;
        })}
      </ul>
    </fieldset>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quartier-filter-change': CustomEvent<FilterChangeDetail>;
  }
}
