/**
 * Leaflet's lifecycle in the element: the map module (Leaflet, its styles, supercluster) is
 * imported only once the map is wanted (consent given, data there; SPEC §3, §6), the map is made
 * in the element's host node, follows the attributes and the projects, is sized again whenever
 * its box changes (shown after being hidden, "Karte | Liste"), and is destroyed on withdrawal.
 * (The file's name leaves out "leaflet": it loads with the element's view, before consent, and
 * the tests watch that no request before consent names Leaflet.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProjectMap } from './leaflet-map.js';
import type { MapState } from './map-state.js';
import { parseCenter, type MapAttributes } from './map-settings.js';
import type { MapPoint, MapSettings, ZoomState } from './types.js';

/** How long the "use Ctrl to zoom" hint stays. */
const HINT_MS = 1800;

export interface LeafletOptions {
  /** The node the map lives in, once rendered; Lit may replace it (an error came and went). */
  mapHost(): HTMLElement | null | undefined;
  /** Whether there should be a map now: consent given and the data there. */
  wanted(): boolean;
  /** What the map starts with: tiles, view, clustering, texts. */
  settings(): MapSettings;
  /** The attributes the map follows after it was made (read, never kept). */
  attributes(): MapAttributes;
  /** The projects to draw; the same array until they change. */
  points(): MapPoint[] | undefined;
  /** A marker was activated. */
  select(id: string, marker: HTMLElement): void;
  /** A cluster of projects at one spot was activated. */
  listCluster(ids: string[], cluster: HTMLElement): void;
}

export class LeafletController implements ReactiveController {
  /** Where the map is: not wanted, its module on the way, shown, or failed to load. */
  state: MapState = 'off';
  /** No tile could be loaded: the list is the way to the projects. */
  tilesDown = false;
  /** The map's zoom, for the element's own zoom buttons. */
  zoom?: ZoomState;
  /** A wheel without Ctrl or one finger on touch: say how to zoom or pan instead. */
  hint?: 'wheel' | 'touch';

  private map?: ProjectMap;
  /** The node the map was made in. */
  private hostUsed?: HTMLElement;
  /** Bumped to ignore a map module that arrives after the map stopped being wanted. */
  private token = 0;
  private importing = false;
  private pushed?: MapPoint[];
  private followed?: MapAttributes;
  private focusWhenReady = false;
  private hintTimer?: ReturnType<typeof setTimeout>;
  private resizeObserver?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LeafletOptions,
  ) {
    host.addController(this);
  }

  /** Decided before rendering, so the map area shows "loading" in the same update. */
  hostUpdate(): void {
    const wanted = this.options.wanted();
    if (!wanted && this.state !== 'off') this.destroy();
    if (wanted && this.state === 'off') this.state = 'loading';
  }

  hostUpdated(): void {
    const node = this.options.mapHost();
    // Lit replaced the map's node: start again in the new one.
    if (this.hostUsed && node !== this.hostUsed) {
      this.destroy();
      this.host.requestUpdate();
      return;
    }
    if (!node) return;
    if (!this.map) {
      if (this.state === 'loading' && !this.importing) this.start(node);
      return;
    }
    this.follow();
    this.pushPoints();
  }

  hostDisconnected(): void {
    this.destroy();
    clearTimeout(this.hintTimer);
    this.hint = undefined;
  }

  /** Focus the map once it is there (after "Karte laden", whose button is then gone). */
  focusOnReady(): void {
    this.focusWhenReady = true;
  }

  /** "Erneut versuchen" after the map module failed to load. */
  retry(): void {
    this.state = 'off';
    this.host.requestUpdate();
  }

  zoomIn(): void {
    this.map?.zoomIn();
  }

  zoomOut(): void {
    this.map?.zoomOut();
  }

  /** The marker of a project, or the cluster that holds it, if drawn. */
  elementFor(id: string): HTMLElement | undefined {
    return this.map?.elementFor(id);
  }

  private start(node: HTMLElement): void {
    const token = ++this.token;
    this.importing = true;
    import('./leaflet-map.js').then(
      (module) => {
        if (token !== this.token) return;
        this.importing = false;
        if (!node.isConnected) {
          this.destroy();
          this.host.requestUpdate();
          return;
        }
        const root = this.host.shadowRoot!;
        const leaflet = module.leafletStyles.styleSheet;
        const own = module.mapViewStyles.styleSheet;
        // Leaflet's rules first, the element's map rules last, so the element's win.
        if (leaflet && own && !root.adoptedStyleSheets.includes(leaflet))
          root.adoptedStyleSheets = [leaflet, ...root.adoptedStyleSheets, own];
        const map = new module.ProjectMap(node, this.options.settings(), {
          select: (id, marker) => this.options.select(id, marker),
          listCluster: (ids, cluster) => this.options.listCluster(ids, cluster),
          zoomed: (zoom) => this.set(() => (this.zoom = zoom)),
          tilesFailed: (failed) => this.set(() => (this.tilesDown = failed)),
          hint: (kind) => this.showHint(kind),
        });
        this.map = map;
        this.hostUsed = node;
        this.followed = this.snapshot();
        this.pushed = undefined;
        this.pushPoints();
        this.resizeObserver = new ResizeObserver(() => map.resize());
        this.resizeObserver.observe(map.container);
        this.set(() => (this.state = 'ready'));
        if (this.focusWhenReady) {
          this.focusWhenReady = false;
          map.focus();
        }
      },
      (error: unknown) => {
        if (token !== this.token) return;
        this.importing = false;
        this.set(() => (this.state = 'failed'));
        console.warn('quartier-widgets: Die Karte konnte nicht geladen werden.', error);
      },
    );
  }

  private destroy(): void {
    this.token++;
    this.importing = false;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.map?.destroy();
    this.map = undefined;
    this.hostUsed = undefined;
    this.pushed = undefined;
    this.followed = undefined;
    this.state = 'off';
    this.tilesDown = false;
    this.zoom = undefined;
  }

  /** Centre, zoom, tiles and clustering the page set after the map was made. */
  private follow(): void {
    const map = this.map!;
    const was = this.followed!;
    const now = this.snapshot();
    if (now.center !== was.center || now.zoom !== was.zoom)
      map.setView(parseCenter(now.center), now.zoom);
    if (now.tileUrl !== was.tileUrl) map.setTileUrl(now.tileUrl);
    if (now.noCluster !== was.noCluster) map.setCluster(!now.noCluster);
    this.followed = now;
  }

  private snapshot(): MapAttributes {
    const { tileUrl, center, zoom, noCluster } = this.options.attributes();
    return { tileUrl, center, zoom, noCluster };
  }

  private pushPoints(): void {
    const points = this.options.points();
    if (!this.map || !points || points === this.pushed) return;
    this.pushed = points;
    this.map.setPoints(points);
  }

  private showHint(kind: 'wheel' | 'touch'): void {
    this.set(() => (this.hint = kind));
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => this.set(() => (this.hint = undefined)), HINT_MS);
  }

  /** A change the element shows: render again. */
  private set(change: () => unknown): void {
    change();
    this.host.requestUpdate();
  }
}
