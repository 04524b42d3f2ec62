import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { mapTexts, type MapUiMessages } from '../../i18n/messages/map.js';
import { property, query, state } from 'lit/decorators.js';
import { DataController } from '../../controllers/data-controller.js';
import { FilterController } from '../../controllers/filter-controller.js';
import type { LoadedData } from '../../data/load-all.js';
import { splitList } from '../../model/split-list.js';
import type { Project } from '../../model/types.js';
import { applyFilter } from '../../state/filter.js';
import type { FilterState } from '../../model/filter-state.js';
import { sharedStyles } from '../../styles/shared.js';
import { QuartierElement } from '../shared/quartier-element.js';
import { forgetConsent, isConsentRemembered, rememberConsent, type Consent } from './consent.js';
import type { ProjectMap } from './leaflet-map.js';
import type { MapContext, MapState, Selection } from './map-context.js';
import { renderDialogContent } from './map-dialog.js';
import { renderMapArea, renderPlaceholder } from './map-frame.js';
import { renderListSection } from './map-list-section.js';
import { mapSettings, parseCenter, parseZoom } from './map-settings.js';
import { renderToolbar } from './map-toolbar.js';
import { projectMapStyles } from './project-map.styles.js';
import type { MapCallbacks, ZoomState } from './types.js';
import { buildModel, type ListEntry, type MapModel } from './view-model.js';

/** OpenStreetMap's standard tiles (its tile usage policy applies: fine for a neighbourhood site). */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** The list shows this many projects at first, and this many more on each "Weitere anzeigen". */
const LIST_PAGE = 100;

/** How long the "use Ctrl to zoom" hint stays. */
const HINT_MS = 1800;

export interface ProjectSelectDetail {
  project: Project;
}

export interface ConsentChangeDetail {
  consent: Consent;
}

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
 * @cssprop [--quartier-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--quartier-min-height=10rem] - Height kept free while loading.
 * @slot - Fallback content, shown until the element is defined and again if loading fails.
 */
export class QuartierProjectMap extends QuartierElement {
  static override styles = [sharedStyles, projectMapStyles];

  private readonly data = new DataController(
    this,
    () => this.src,
    undefined,
    () => splitList(this.imageOrigins),
  );
  private readonly filter = new FilterController(this, () => this.group);
  private readonly mapText = this.useTexts(mapTexts);
  private map?: ProjectMap;
  /** The host element the map was made in; Lit may replace it (error and back). */
  private mapHostUsed?: HTMLElement;
  /** Bumped to ignore a map module that arrives after consent was withdrawn. */
  private mapToken = 0;
  private pushedPoints?: MapModel['points'];
  private opener?: HTMLElement;
  private hintTimer?: ReturnType<typeof setTimeout>;
  private focusMapWhenReady = false;
  /** A project `showProject()` asked for before the data arrived. */
  private pendingProject?: string;
  /** The map module is on its way. */
  private importing = false;
  private memo?: {
    data: LoadedData;
    state: FilterState;
    scope: string;
    lang: string;
    model: MapModel;
  };

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.pm-map-host') private mapHost?: HTMLElement;

  @state() private rememberChoice = false;
  @state() private mapState: MapState = 'off';
  @state() private tilesDown = false;
  @state() private zoomState?: ZoomState;
  @state() private hint?: 'wheel' | 'touch';
  @state() private selection?: Selection;
  /** How many projects of which result the list shows; a new result starts again at one page. */
  @state() private listShown?: { model: MapModel; count: number };

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

  override connectedCallback(): void {
    super.connectedCallback();
    // A visitor who asked to be remembered has consented on this device before.
    if (this.consent !== 'granted' && isConsentRemembered()) this.consent = 'granted';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.destroyMap();
    clearTimeout(this.hintTimer);
    this.selection = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Consent withdrawn, by the visitor or the site's consent manager: forget it on this device too.
    if (
      changed.has('consent') &&
      changed.get('consent') === 'granted' &&
      this.consent !== 'granted'
    )
      forgetConsent();
    // Decided here, before rendering, so the map area shows "loading" in the same update.
    const wanted = this.granted && this.data.value !== undefined && !this.data.failed;
    if (!wanted && this.mapState !== 'off') this.destroyMap();
    if (wanted && this.mapState === 'off') this.mapState = 'loading';
    // A project asked for before the data arrived: open it in this same update.
    if (this.pendingProject && this.data.value) {
      const id = this.pendingProject;
      this.pendingProject = undefined;
      this.showProject(id);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncMap(changed);
    const dialog = this.dialog;
    if (dialog && this.selection && !dialog.open && this.isConnected) dialog.showModal();
    if (dialog && !this.selection && dialog.open) dialog.close();
  }

  private get granted(): boolean {
    return this.consent === 'granted';
  }

  private get centerPosition(): [number, number] | undefined {
    return parseCenter(this.center);
  }

  /** The shown projects and what map, list and legend make of them; recomputed only on change. */
  private model(data: LoadedData): MapModel {
    const state = this.filter.state;
    const scope = this.scope;
    const scopeKey = `${scope.topics.join(',')}|${scope.organizer ?? ''}`;
    const lang = this.language;
    const memo = this.memo;
    if (
      memo &&
      memo.data === data &&
      memo.state === state &&
      memo.scope === scopeKey &&
      memo.lang === lang
    ) {
      return memo.model;
    }
    const projects = applyFilter(data.projects, 'projects', scope, state);
    const model = buildModel(projects, data.topics, lang, this.ui, [
      ...state.topics,
      ...scope.topics,
    ]);
    this.memo = { data, state, scope: scopeKey, lang, model };
    return model;
  }

  private entryFor(id: string): ListEntry | undefined {
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

  /** Starts, updates or drops the Leaflet map to match consent, data and attributes. */
  private syncMap(changed: PropertyValues<this>): void {
    const host = this.mapHost;
    // Lit replaced the map's host (an error state came and went): start again in the new one.
    if (this.mapHostUsed && host !== this.mapHostUsed) {
      this.destroyMap();
      this.requestUpdate();
      return;
    }
    if (!host) return;
    if (!this.map) {
      if (this.mapState === 'loading' && !this.importing) this.startMap(host);
      return;
    }
    if (changed.has('center') || changed.has('zoom'))
      this.map.setView(this.centerPosition, this.zoom);
    if (changed.has('tileUrl')) this.map.setTileUrl(this.tileUrl);
    if (changed.has('noCluster')) this.map.setCluster(!this.noCluster);
    this.pushPoints();
  }

  private pushPoints(): void {
    const data = this.data.value;
    if (!this.map || !data) return;
    const points = this.model(data).points;
    if (points === this.pushedPoints) return;
    this.pushedPoints = points;
    this.map.setPoints(points);
  }

  private startMap(host: HTMLElement): void {
    const token = ++this.mapToken;
    this.importing = true;
    import('./leaflet-map.js').then(
      (module) => {
        if (token !== this.mapToken) return;
        this.importing = false;
        if (!host.isConnected) {
          this.destroyMap();
          this.requestUpdate();
          return;
        }
        const root = this.renderRoot as ShadowRoot;
        const leaflet = module.leafletStyles.styleSheet;
        const own = module.mapViewStyles.styleSheet;
        // Leaflet's rules first, the element's map rules last, so the element's win.
        if (leaflet && own && !root.adoptedStyleSheets.includes(leaflet))
          root.adoptedStyleSheets = [leaflet, ...root.adoptedStyleSheets, own];
        this.map = new module.ProjectMap(
          host,
          mapSettings(this, this.ui, this.language),
          this.mapCallbacks(),
        );
        this.mapHostUsed = host;
        this.pushedPoints = undefined;
        this.pushPoints();
        this.mapState = 'ready';
        if (this.focusMapWhenReady) {
          this.focusMapWhenReady = false;
          this.map.focus();
        }
      },
      (error: unknown) => {
        if (token !== this.mapToken) return;
        this.importing = false;
        this.mapState = 'failed';
        console.warn('quartier-widgets: Die Karte konnte nicht geladen werden.', error);
      },
    );
  }

  private destroyMap(): void {
    this.mapToken++;
    this.importing = false;
    this.map?.destroy();
    this.map = undefined;
    this.mapHostUsed = undefined;
    this.pushedPoints = undefined;
    this.mapState = 'off';
    this.tilesDown = false;
    this.zoomState = undefined;
  }

  private mapCallbacks(): MapCallbacks {
    return {
      select: (id, marker) => this.openProject(id, marker),
      listCluster: (ids, cluster) => {
        this.opener = cluster;
        this.selection = { kind: 'cluster', ids };
      },
      zoomed: (zoom) => (this.zoomState = zoom),
      tilesFailed: (failed) => (this.tilesDown = failed),
      hint: (kind) => {
        this.hint = kind;
        clearTimeout(this.hintTimer);
        this.hintTimer = setTimeout(() => (this.hint = undefined), HINT_MS);
      },
    };
  }

  private openProject(id: string, opener: HTMLElement, cluster?: string[]): void {
    const entry = this.entryFor(id);
    if (!entry) return;
    this.opener = opener;
    this.selection = { kind: 'project', id, cluster };
    this.dispatchEvent(
      new CustomEvent<ProjectSelectDetail>('quartier-project-select', {
        detail: { project: entry.project },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private onDialogClose(): void {
    const selection = this.selection;
    this.selection = undefined;
    const id = selection?.kind === 'project' ? selection.id : undefined;
    const target =
      (this.opener?.isConnected ? this.opener : undefined) ??
      (id ? this.map?.elementFor(id) : undefined) ??
      (id
        ? this.renderRoot.querySelector<HTMLElement>(`.pm-item-button[data-id="${CSS.escape(id)}"]`)
        : null);
    this.opener = undefined;
    target?.focus();
  }

  private onLoadMap(): void {
    if (this.rememberChoice) rememberConsent();
    this.focusMapWhenReady = true;
    this.consent = 'granted';
    this.fireConsent();
  }

  private onHideMap(): void {
    this.consent = 'ask';
    // Remembered or not, hiding means: ask again next time.
    forgetConsent();
    this.rememberChoice = false;
    this.fireConsent();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part="consent-button"]')?.focus(),
    );
  }

  private fireConsent(): void {
    this.dispatchEvent(
      new CustomEvent<ConsentChangeDetail>('quartier-consent-change', {
        detail: { consent: this.consent },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** The skip link: past the map to the list, without changing the page's address. */
  private onSkip(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#pm-list')?.focus();
  }

  /** A long list grows page by page; focus goes to the first project that was added. */
  private onShowMore(model: MapModel, shown: number): void {
    this.listShown = { model, count: shown + LIST_PAGE };
    void this.updateComplete.then(() =>
      this.renderRoot.querySelectorAll<HTMLElement>('.pm-item-button')[shown]?.focus(),
    );
  }

  private onRetryMap(): void {
    this.mapState = 'off';
  }

  /**
   * Opens the details panel of a project, e.g. for a link from elsewhere on the page. Before the
   * data has arrived it opens once it is there. Fires no event (the page asked for it).
   */
  showProject(id: string): void {
    if (!this.data.value) {
      this.pendingProject = id;
      return;
    }
    if (!this.entryFor(id)) return;
    this.opener = undefined;
    this.selection = { kind: 'project', id };
  }

  /** Lets a site's consent manager load the map (as `consent = 'granted'`; fires no event). */
  grantConsent(): void {
    this.consent = 'granted';
  }

  /** The shared texts with the map's own, in the current language. */
  private get ui(): MapUiMessages {
    return { ...this.messages, map: this.mapText() };
  }

  override render(): TemplateResult {
    return this.renderData(this.data, (data) => this.renderMap(data));
  }

  private renderMap(data: LoadedData): TemplateResult {
    const ctx = this.context();
    const model = this.model(data);
    const showMap = this.view === 'map';
    const listCount = this.listShown?.model === model ? this.listShown.count : LIST_PAGE;
    return html`
      ${renderToolbar(ctx, model)}
      <div class="pm-frame" ?hidden=${!showMap}>
        ${this.granted ? renderMapArea(ctx, model) : renderPlaceholder(ctx)}
      </div>
      ${renderListSection(ctx, model, data, listCount)}
      <dialog
        class="pm-dialog"
        part="dialog"
        aria-labelledby="pm-dialog-title"
        @close=${this.onDialogClose}
      >
        ${this.selection ? renderDialogContent(ctx, this.selection) : nothing}
      </dialog>
    `;
  }

  /** What the templates need from the element, for this render. */
  private context(): MapContext {
    return {
      lang: this.language,
      ui: this.ui,
      heading: (text, offset, id) => this.heading(text, offset, id),
      view: this.view,
      tileUrl: this.tileUrl,
      attribution: this.attribution,
      granted: this.granted,
      rememberChoice: this.rememberChoice,
      mapState: this.mapState,
      zoomState: this.zoomState,
      tilesDown: this.tilesDown,
      hint: this.hint,
      selection: this.selection,
      entryFor: (id) => this.entryFor(id),
      imageAllowed: (src, source) => this.imageAllowed(src, source),
      setView: (view) => (this.view = view),
      setRememberChoice: (remember) => (this.rememberChoice = remember),
      loadMap: () => this.onLoadMap(),
      hideMap: () => this.onHideMap(),
      retryMap: () => this.onRetryMap(),
      zoomIn: () => this.map?.zoomIn(),
      zoomOut: () => this.map?.zoomOut(),
      skipToList: (event) => this.onSkip(event),
      showMore: (model, shown) => this.onShowMore(model, shown),
      openProject: (id, opener) => this.openProject(id, opener),
      openFromCluster: (id, cluster) => this.openProject(id, this.opener ?? this, cluster),
      showCluster: (ids) => (this.selection = { kind: 'cluster', ids }),
      closeDialog: () => this.dialog?.close(),
    };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quartier-project-select': CustomEvent<ProjectSelectDetail>;
    'quartier-consent-change': CustomEvent<ConsentChangeDetail>;
  }
}
