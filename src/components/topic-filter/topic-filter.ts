/**
 * The topic filter's definition: its attributes, its `value`, the group's
 * filter and what a person's choice does. Its templates are in topic-filter.view.ts.
 */
import { property } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { AnnouncerController } from '../../controllers/announcer-controller.js';
import { DataController } from '../../controllers/data-controller.js';
import { FilterController } from '../../controllers/filter-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { LoadedData } from '../../data/load-all.js';
import { intlLocale } from '../../i18n/locale.js';
import { formatList } from '../../i18n/lists.js';
import { plural } from '../../i18n/plural.js';
import { FACETS, type Facet, type FilterState } from '../../model/filter-state.js';
import { splitList } from '../../model/split-list.js';
import { countMatches, type Counted } from '../../state/counts.js';
import { inScope } from '../../state/filter.js';
import { bindUrlSync } from '../../state/url-binding.js';
import { sharedStyles } from '../../styles/shared.js';
import { QuartierElement } from '../shared/quartier-element.js';
import { filterSpace } from '../shared/reserved-size.js';

/** Narrower than this, the facets fold into a "Filter (n)" disclosure. */
const NARROW_PX = 480;

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
 * @csspart debug - The list of skipped items and why, shown with `debug`.
 * @cssprop [--quartier-accent=#1f5fa6] - Accent colour of buttons and chosen options.
 * @cssprop [--quartier-text=#1b1b1b] - Text colour.
 * @cssprop [--quartier-surface=#ffffff] - Background of buttons and chips.
 * @cssprop [--quartier-border=#6b7280] - Border colour.
 * @cssprop [--quartier-radius=0.375rem] - Corner radius.
 * @cssprop [--quartier-focus-color=#0b3d91] - Focus ring colour.
 * @cssprop [--quartier-focus-width=3px] - Focus ring width.
 * @cssprop [--quartier-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--quartier-font-size=inherit] - Base text size; the host page's by default.
 * @cssprop [--quartier-min-height] - Space kept while loading; by default the size the element will have (a screen for lists).
 * @cssprop [--quartier-paragraph-spacing] - Space after each paragraph (WCAG 1.4.12: 2em); the element's own by default.
 * @slot - Fallback content, shown until the element is defined and again if loading fails.
 */
export class QuartierTopicFilter extends QuartierElement {
  static override styles = [sharedStyles];

  /** @internal */
  readonly data = new DataController(this, () => this.src);
  /** @internal */
  readonly filter = new FilterController(this, () => this.group);
  /** @internal */
  readonly announcer = new AnnouncerController(this);
  private readonly size = new ResizeController(this, (width) => width < NARROW_PX !== this.narrow);
  private unbindUrl?: () => void;

  /** @internal Whether the narrow disclosure is open. */
  expanded = false;

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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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

  /** @internal Narrower than 480px: the facets fold into a disclosure. */
  get narrow(): boolean {
    return this.size.width > 0 && this.size.width < NARROW_PX;
  }

  /** @internal The facets to show, in their fixed order. */
  get facetList(): Facet[] {
    const wanted = splitList(this.facets);
    return FACETS.filter((facet) => wanted.includes(facet));
  }

  /** @internal Items of the group's sources inside this element's fixed scope. */
  scoped(data: LoadedData): Counted {
    return {
      events: data.events.filter((event) => inScope(event, this.scope)),
      projects: data.projects.filter((project) => inScope(project, this.scope)),
    };
  }

  /** @internal A person changed the filter: publish it, tell the page, announce the result. */
  change(next: FilterState, data: LoadedData): void {
    this.filter.set(next);
    const current = this.value;
    this.emit('quartier-filter-change', { group: this.filter.channel.group, ...current });
    this.announcer.announce(this.describeResult(countMatches(this.scoped(data), current), data));
  }

  /** @internal A person ticked or unticked an option. */
  toggle(facet: Facet, id: string, on: boolean, data: LoadedData): void {
    const current = this.value;
    const single = facet === 'topics' && this.single;
    const chosen = on
      ? single
        ? [id]
        : [...current[facet], id]
      : current[facet].filter((x) => x !== id);
    this.change({ ...current, [facet]: chosen }, data);
  }

  /** @internal A chip's "×": the chip is gone, so focus moves on to what stays. */
  removeChip(facet: Facet, id: string, data: LoadedData): void {
    this.toggle(facet, id, false, data);
    this.focusAfterUpdate(() => this.focusAfterChange());
  }

  /** @internal "Alle anzeigen". */
  reset(data: LoadedData): void {
    this.change({ topics: [], accessibility: [], languages: [] }, data);
    this.focusAfterUpdate(() => this.focusAfterChange());
  }

  protected override reservedSpace(): string {
    return filterSpace(this.narrow || (this.size.width === 0 && this.clientWidth < NARROW_PX));
  }

  /** @internal Opens or closes the narrow disclosure. */
  toggleExpanded(): void {
    this.expanded = !this.expanded;
    this.requestUpdate();
  }

  private focusAfterChange(): HTMLElement | null {
    return (
      this.renderRoot.querySelector<HTMLElement>('[part="reset"]') ??
      this.renderRoot.querySelector<HTMLElement>('[part="toggle"]') ??
      this.renderRoot.querySelector<HTMLElement>('input:not(:disabled)')
    );
  }

  private describeResult(result: { events: number; projects: number }, data: LoadedData): string {
    const m = this.messages;
    const lang = intlLocale(this.language);
    const parts = [];
    if (data.events.length > 0) parts.push(plural(lang, result.events, m.count.events));
    if (data.projects.length > 0) parts.push(plural(lang, result.projects, m.count.projects));
    return formatList(this.language, parts); // "3 Veranstaltungen und 2 Projekte"
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quartier-filter-change': CustomEvent<FilterChangeDetail>;
  }
}
