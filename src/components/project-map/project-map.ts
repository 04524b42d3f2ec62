/**
 * The project map's definition: its attributes, consent (given and withdrawn by the visitor or
 * the site), the Leaflet map and the details dialog as controllers, and what a person's action
 * does. Its templates are in project-map.view.ts.
 */
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController } from '../../controllers/data-controller.js';
import { DialogController } from '../../controllers/dialog-controller.js';
import { LazyPart } from '../../controllers/lazy-part.js';
import { FilterController } from '../../controllers/filter-controller.js';
import type { LoadedData } from '../../data/load-all.js';
import { mapTexts, type MapUiMessages } from '../../i18n/messages/map.js';
import { splitList } from '../../model/split-list.js';
import { applyFilter } from '../../state/filter.js';
import { sharedStyles } from '../../styles/shared.js';
import { QuartierElement } from '../shared/quartier-element.js';
import type { Consent } from './consent.js';
import { ConsentController } from './consent-controller.js';
import { LeafletController } from './map-controller.js';
import type {
  ConsentChangeDetail,
  MapDetailsPart,
  ProjectSelectDetail,
  Selection,
} from './map-state.js';
import { mapSettings, parseZoom } from './map-settings.js';
import { buildModel, LastResult, type ListEntry, type MapModel } from './view-model.js';

/** OpenStreetMap's standard tiles (its tile usage policy applies: fine for a neighbourhood site). */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** The list shows this many projects at first, and this many more on each "Weitere anzeigen". */
const LIST_PAGE = 100;

export type { ConsentChangeDetail, ProjectSelectDetail } from './map-state.js';

/**
 * The neighbourhood's projects on a map, with a list of the same projects beside it. The map
 * loads only after consent (nothing is sent to the tile host before), works by keyboard, and
 * runs under a strict CSP with Trusted Types.
 *
 * @tag quartier-project-map
 * @summary Projects on a consent-gated Leaflet map, with clustering, a details panel and a list twin.
 * @fires quartier-project-select - The person opened a project (marker or list). Detail: `{project}`.
 * @fires quartier-consent-change - The person loaded ("Karte laden") or hid ("Karte ausblenden") the map. Detail: `{consent}`.
 * @fires quartier-data-warning - Items of a source were skipped or corrected. Detail: `{warnings}`.
 * @csspart base - The element's frame.
 * @csspart toolbar - The count, the "Karte | Liste" switch and "Karte ausblenden".
 * @csspart placeholder - The consent placeholder shown instead of the map.
 * @csspart consent-button - The "Karte laden" button.
 * @csspart map - The map area (Leaflet and the element's own controls).
 * @csspart marker - Each project marker.
 * @csspart cluster - Each cluster of markers.
 * @csspart zoom-button - The zoom in and zoom out buttons.
 * @csspart attribution - The tile attribution.
 * @csspart legend - The legend of topic symbols under the map.
 * @csspart list - The list of projects.
 * @csspart list-item - Each project in the list.
 * @csspart dialog - The details panel.
 * @csspart project-link - The "Zur Projektseite" link in the details panel.
 * @csspart debug - The list of skipped items and why, shown with `debug`.
 * @cssprop [--quartier-map-height=26rem] - Height of the map and of its placeholder.
 * @cssprop [--quartier-accent=#1f5fa6] - Buttons, clusters and projects without a topic colour.
 * @cssprop [--quartier-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--quartier-text=#1b1b1b] - Text colour.
 * @cssprop [--quartier-text-muted=#4b5563] - Secondary text (status and topics in the list).
 * @cssprop [--quartier-surface=#ffffff] - Background of panels and controls.
 * @cssprop [--quartier-surface-muted=#f2f4f7] - Background of the placeholder.
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
export class QuartierProjectMap extends QuartierElement {
  static override styles = [sharedStyles];

  /** @internal */
  readonly data = new DataController(
    this,
    () => this.src,
    undefined,
    () => splitList(this.imageOrigins),
  );
  private readonly filter = new FilterController(this, () => this.group);
  /** @internal Consent given and withdrawn by the visitor, remembered only when asked. */
  readonly gate = new ConsentController(this, (consent) =>
    this.emit('quartier-consent-change', { consent }),
  );
  /** @internal The Leaflet map, loaded only once consent is given and the data is there. */
  readonly leaflet = new LeafletController(this, {
    mapHost: () => this.renderRoot.querySelector<HTMLElement>('.pm-map-host'),
    wanted: () => this.gate.granted && this.data.value !== undefined && !this.data.failed,
    settings: () => mapSettings(this, this.ui, this.language),
    attributes: () => this,
    points: () => (this.data.value ? this.model(this.data.value).points : undefined),
    select: (id, marker) => this.openProject(id, marker),
    listCluster: (ids, cluster) => this.openDetails({ kind: 'cluster', ids }, cluster),
  });
  /** @internal The details dialog; closing returns focus to the marker or list button that opened it. */
  readonly details = new DialogController(this, {
    dialog: () => this.dialog,
    closed: () => {
      this.returnTo = this.openerOf(this.selection);
      this.selection = undefined;
      this.opener = undefined;
    },
  });
  /** @internal Fetches the dialog's content (set in index.ts: a definition never imports its view). */
  static loadDetails?: () => Promise<MapDetailsPart<QuartierProjectMap>>;
  /** @internal The dialog's content, fetched when a person first opens a project or cluster. */
  readonly detailsPart = new LazyPart(this, () => QuartierProjectMap.loadDetails!());
  private readonly mapText = this.useTexts(mapTexts);
  /** The marker, cluster or list button that opened the dialog. */
  private opener?: HTMLElement;
  /** Where focus goes when the dialog has closed. */
  private returnTo?: HTMLElement | null;
  /** A project `showProject()` asked for before the data arrived. */
  private pendingProject?: string;
  private readonly lastModel = new LastResult<MapModel>();

  /** @internal What the details dialog shows. */
  @state() selection?: Selection;
  /** @internal How many projects of which result the list shows; a new result starts again at one page. */
  @state() listShown?: { model: MapModel; count: number };

  /** Tile URL template (`{z}`, `{x}`, `{y}`, optionally `{s}`); its host is named before consent. */
  @property({ attribute: 'tile-url' }) tileUrl = DEFAULT_TILE_URL;

  /** Tile attribution as text; `[label](url)` becomes a link. Default: OpenStreetMap's, for its tiles. */
  @property({ attribute: 'attribution' }) attribution = '';

  /** Centre as `lat,lon`; without it the map fits all shown projects. */
  @property({ attribute: 'center' }) center = '';

  /** Zoom level (3–19); without it the fitted zoom, or 15 with `center`. */
  @property({ attribute: 'zoom', converter: { fromAttribute: parseZoom } }) zoom?: number;

  /** `ask` shows a placeholder until the visitor loads the map; `granted` loads it right away. */
  @property({ attribute: 'consent', reflect: true }) consent: Consent = 'ask';

  /** What is shown: `map` (the map or its placeholder, with the list below) or `list` only. */
  @property({ attribute: 'view', reflect: true }) view: 'map' | 'list' = 'map';

  /** Draws every project on its own instead of grouping nearby ones. */
  @property({ attribute: 'no-cluster', type: Boolean }) noCluster = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A project asked for before the data arrived: open it in this same update.
    if (this.pendingProject && this.data.value) {
      const id = this.pendingProject;
      this.pendingProject = undefined;
      this.showProject(id);
    }
  }

  /** @internal The shared texts with the map's own, in the current language. */
  get ui(): MapUiMessages {
    return { ...this.messages, map: this.mapText() };
  }

  /** @internal The shown projects and what map, list and legend make of them; recomputed only on change. */
  model(data: LoadedData): MapModel {
    const { filter, scope, language } = this;
    const state = filter.state;
    const scopeKey = `${scope.topics.join(',')}|${scope.organizer ?? ''}`;
    return this.lastModel.get([data, state, scopeKey, language], () =>
      buildModel(
        applyFilter(data.projects, 'projects', scope, state),
        data.topics,
        language,
        this.ui,
        [...state.topics, ...scope.topics],
      ),
    );
  }

  /** @internal The list entry of a project, also of one filtered away while its panel is open. */
  entryFor(id: string): ListEntry | undefined {
    const data = this.data.value;
    if (!data) return undefined;
    const shown = this.model(data).entries.find((entry) => entry.project.id === id);
    if (shown) return shown;
    // Filtered away while its panel is open: keep showing it.
    const project = data.projects.find((p) => p.id === id);
    return project
      ? buildModel([project], data.topics, this.language, this.ui, []).entries[0]
      : undefined;
  }

  /** @internal How many projects of `model` the list shows. */
  listCount(model: MapModel): number {
    return this.listShown?.model === model ? this.listShown.count : LIST_PAGE;
  }

  /** @internal "Karte laden": the visitor's consent; focus goes to the map once it is there. */
  loadMap(): void {
    this.leaflet.focusOnReady();
    this.gate.grant();
  }

  /** @internal "Karte ausblenden": consent withdrawn and forgotten; focus to "Karte laden". */
  hideMap(): void {
    this.gate.withdraw();
    this.focusAfterUpdate(() =>
      this.renderRoot.querySelector<HTMLElement>('[part="consent-button"]'),
    );
  }

  /** @internal The skip link: past the map to the list, without changing the page's address. */
  skipToList(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#pm-list')?.focus();
  }

  /** @internal A long list grows page by page; focus goes to the first project that was added. */
  showMore(model: MapModel, shown: number): void {
    this.listShown = { model, count: shown + LIST_PAGE };
    this.focusAfterUpdate(
      () => this.renderRoot.querySelectorAll<HTMLElement>('.pm-item-button')[shown],
    );
  }

  /** @internal A marker or list button opened a project: show it and tell the page. */
  openProject(id: string, opener: HTMLElement, cluster?: string[]): void {
    const entry = this.entryFor(id);
    if (!entry) return;
    this.openDetails({ kind: 'project', id, cluster }, opener);
    this.emit('quartier-project-select', { project: entry.project });
  }

  /** @internal A project picked from a cluster's list: its panel leads back to the list. */
  openFromCluster(id: string, cluster: string[]): void {
    this.openProject(id, this.opener ?? this, cluster);
  }

  /** @internal "Zurück zur Auswahl": the cluster's list again. */
  showCluster(ids: string[]): void {
    this.openDetails({ kind: 'cluster', ids }, this.opener);
  }

  /** Opens a project's details panel (before the data arrived: once it is there); fires no event. */
  showProject(id: string): void {
    if (!this.data.value) {
      this.pendingProject = id;
      return;
    }
    if (!this.entryFor(id)) return;
    this.openDetails({ kind: 'project', id }, undefined);
  }

  /** Lets a site's consent manager load the map (as `consent = 'granted'`; fires no event). */
  grantConsent(): void {
    this.consent = 'granted';
    void this.loadView(); // the map is wanted now, wherever the element is on the page
  }

  /** Shows `selection` in the dialog (fetched first); replacing content, focus goes to its heading. */
  private openDetails(selection: Selection, opener: HTMLElement | undefined): void {
    if (!this.detailsPart.module)
      return void this.detailsPart.ensure().then((p) => p && this.openDetails(selection, opener));
    const replacing = this.details.isOpen;
    this.selection = selection;
    this.opener = opener;
    if (!replacing) {
      this.details.open(() => this.returnTo);
      return;
    }
    this.focusAfterUpdate(
      () => this.dialog?.querySelector<HTMLElement>('#pm-dialog-title'),
      () => this.dialog,
    );
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** The marker or list button to return to: the opener, else the project's marker or list entry. */
  private openerOf(selection: Selection | undefined): HTMLElement | null | undefined {
    if (this.opener?.isConnected || selection?.kind !== 'project') return this.opener;
    const button = `.pm-item-button[data-id="${CSS.escape(selection.id)}"]`;
    return (
      this.leaflet.elementFor(selection.id) ?? this.renderRoot.querySelector<HTMLElement>(button)
    );
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quartier-project-select': CustomEvent<ProjectSelectDetail>;
    'quartier-consent-change': CustomEvent<ConsentChangeDetail>;
  }
}
