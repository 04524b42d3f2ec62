/**
 * The project map's definition: its attributes, the consent this device remembers, the data, the
 * filter and the details dialog, and the public methods. The visitor's consent, the Leaflet map
 * and what a person's action does come with the view (project-map.actions.ts), its templates in
 * project-map.view.ts.
 */
import { property, state } from 'lit/decorators.js';
import { DataController } from '../../controllers/data-controller.js';
import { DialogController } from '../../controllers/dialog-controller.js';
import type { LazyPart } from '../../controllers/lazy-part.js';
import { FilterController } from '../../controllers/filter-controller.js';
import type { MapMessages } from '../../i18n/messages/de-map.js';
import { splitList } from '../../model/split-list.js';
import { sharedStyles } from '../../styles/shared.js';
import { QuartierElement } from '../shared/quartier-element.js';
import { RememberedConsent, type Consent } from './consent.js';
import type { ConsentController } from './consent-controller.js';
import type { LeafletController } from './map-controller.js';
import type {
  ConsentChangeDetail,
  DetailsOpening,
  MapDetailsPart,
  ProjectSelectDetail,
  Selection,
} from './map-state.js';
import type { LastResult, MapModel } from './view-model.js';

/** OpenStreetMap's standard tiles (its tile usage policy applies: fine for a neighbourhood site). */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** A zoom level Leaflet can show (3–19), or undefined for an empty or unusable value. */
function parseZoom(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const zoom = Number(value);
  return Number.isFinite(zoom) ? Math.min(19, Math.max(3, Math.round(zoom))) : undefined;
}

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
  static override ownTexts = ['map'] as const;

  /** @internal */
  readonly data = new DataController(
    this,
    () => this.src,
    undefined,
    () => splitList(this.imageOrigins),
  );
  /** @internal */
  readonly filter = new FilterController(this, () => this.group);
  /** @internal Consent remembered on this device: granted from the start, forgotten when withdrawn. */
  readonly remembered = new RememberedConsent(this);
  /** @internal The details dialog; closing returns focus to the marker or list button that opened it. */
  readonly details = new DialogController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    closed: () => this.opening.closed(),
  });

  /** @internal The dialog's content, fetched when a person first opens a project or cluster (set by the view's setup). */
  declare detailsPart: LazyPart<MapDetailsPart<QuartierProjectMap>>;
  /** @internal Consent given and withdrawn by the visitor (set by the view's setup). */
  declare gate: ConsentController;
  /** @internal The Leaflet map, loaded once consent is given and the data is there (set by the view's setup). */
  declare leaflet: LeafletController;
  /** @internal Opens projects and clusters in the dialog, and knows where focus returns (set by the view's setup). */
  declare opening: DetailsOpening;
  /** @internal The map's own texts in the current language (set by the view's setup). */
  declare mapText: () => MapMessages;
  /** @internal The last model, recomputed only on change (set by the view's setup). */
  declare lastModel: LastResult<MapModel>;
  /** @internal A project `showProject()` asked for, opened once the view and the data are here. */
  pendingProject?: string;

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

  /** Opens a project's details panel (before the view and data arrived: once they are here); fires no event. */
  showProject(id: string): void {
    this.pendingProject = id;
    this.requestUpdate();
    void this.loadView(); // the dialog is wanted now, wherever the element is on the page
  }

  /** Lets a site's consent manager load the map (as `consent = 'granted'`; fires no event). */
  grantConsent(): void {
    this.consent = 'granted';
    void this.loadView(); // the map is wanted now, wherever the element is on the page
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quartier-project-select': CustomEvent<ProjectSelectDetail>;
    'quartier-consent-change': CustomEvent<ConsentChangeDetail>;
  }
}
