/**
 * The topic filter's definition: its attributes, its `value` and the group's filter. What a
 * person's choice does comes with the view (topic-filter.actions.ts), its templates in
 * topic-filter.view.ts.
 */
import { property } from 'lit/decorators.js';
import { AnnouncerController } from '../../controllers/announcer-controller.js';
import { DataController } from '../../controllers/data-controller.js';
import { FilterController } from '../../controllers/filter-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { FilterState } from '../../model/filter-state.js';
import { sharedStyles } from '../../styles/shared.js';
import { QuartierElement } from '../shared/quartier-element.js';
import { filterSpace } from '../shared/reserved-size.js';
import { UrlSyncController } from './url-sync-controller.js';

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
  /** @internal `sync-url`: the address counts from the start, before the view has arrived. */
  readonly urlSync = new UrlSyncController(
    this,
    () => this.syncUrl,
    () => this.filter.channel,
  );

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

  /** @internal Narrower than 480px: the facets fold into a disclosure. */
  get narrow(): boolean {
    return this.size.width > 0 && this.size.width < NARROW_PX;
  }

  protected override reservedSpace(): string {
    return filterSpace(this.narrow || (this.size.width === 0 && this.clientWidth < NARROW_PX));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quartier-filter-change': CustomEvent<FilterChangeDetail>;
  }
}
