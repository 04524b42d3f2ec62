/**
 * The Leaflet map of <quartier-project-map>. Imported with `import()` only after consent, so
 * that before it the page downloads neither Leaflet nor supercluster (ES build) and contacts no
 * tile host. It owns the Leaflet container inside the element's shadow root; the element keeps
 * everything else (controls, attribution, details, list) in its own Lit template.
 *
 * Leaflet's own zoom and attribution controls, popups and string icons are not used: they build
 * markup from strings, which Trusted Types forbids (see scripts/leaflet-trusted-types.mjs).
 */
import * as L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { unsafeCSS, type CSSResult } from 'lit';
import { mapViewStyles } from './map-view.styles.js';
import { atOneSpot, createClusterIndex, type ClusterIndex, type MapItem } from './clusters.js';
import {
  clusterButton,
  clusterSize,
  MARKER_SIZE,
  markerButton,
  sameMarker,
  updateMarkerButton,
} from './marker-icon.js';
import { keepReadingOrder, keepTabOrderVisible } from './reading-order.js';
import { gateGestures } from './map-gestures.js';
import { watchTiles, type TileWatch } from './tile-watch.js';
import type { MapCallbacks, MapPoint, MapSettings } from './types.js';

/** Leaflet's stylesheet, for the element's shadow root (the page's styles do not reach it). */
export const leafletStyles: CSSResult = unsafeCSS(leafletCss);

/** The element's styles for the loaded map: adopted after its own, so they win over Leaflet's. */
export { mapViewStyles };

/** Where the map looks when there is nothing to fit: Leipzig-Schönefeld. */
const FALLBACK_CENTER: [number, number] = [51.3565, 12.4175];
const FALLBACK_ZOOM = 14;
/** A fitted view never zooms in further than this, so one project still shows its streets. */
const FIT_MAX_ZOOM = 16;
const MAX_ZOOM = 19;
const MIN_ZOOM = 3;

interface Drawn {
  marker: L.Marker;
  item: MapItem;
  /** The button inside Leaflet's icon. */
  button: HTMLElement;
}

export class ProjectMap {
  /** Leaflet's container, whose box the element watches (see `resize`). */
  readonly container: HTMLElement;
  private readonly map: L.Map;
  private readonly tiles: L.TileLayer;
  private readonly layer: L.LayerGroup;
  private readonly animate: boolean;
  private index?: ClusterIndex;
  private points: MapPoint[] = [];
  private drawn = new Map<string, Drawn>();
  /** The first fit waits until the map has a size (it may be created while hidden). */
  private fitPending: boolean;
  /** After a cluster zoom started from the keyboard: focus what lies nearest to it. */
  private focusNear?: L.LatLng;
  private readonly tileWatch: TileWatch;
  private destroyed = false;

  constructor(
    host: HTMLElement,
    private settings: MapSettings,
    private readonly callbacks: MapCallbacks,
  ) {
    this.animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    // Touch-first devices pan with two fingers, so one finger still scrolls the page.
    const touchFirst = matchMedia('(pointer: coarse)').matches;
    this.container = document.createElement('div');
    this.container.className = 'pm-leaflet';
    host.append(this.container);
    this.map = L.map(this.container, {
      zoomControl: false,
      attributionControl: false,
      dragging: !touchFirst,
      keyboard: true,
      maxZoom: MAX_ZOOM,
      minZoom: MIN_ZOOM,
      zoomAnimation: this.animate,
      fadeAnimation: this.animate,
      markerZoomAnimation: this.animate,
    });
    this.container.setAttribute('role', 'region');
    this.container.setAttribute('aria-label', settings.regionName);
    this.container.setAttribute('aria-describedby', settings.describedBy);
    this.fitPending = !settings.center;
    this.map.setView(settings.center ?? FALLBACK_CENTER, settings.zoom ?? FALLBACK_ZOOM, {
      animate: false,
    });
    this.tiles = L.tileLayer(settings.tileUrl, { maxZoom: MAX_ZOOM }).addTo(this.map);
    this.tileWatch = watchTiles(this.tiles, (failed) => this.callbacks.tilesFailed(failed));
    this.layer = L.layerGroup().addTo(this.map);
    this.map.on('moveend', () => this.draw());
    this.map.on('zoomend', () => this.reportZoom());
    gateGestures(
      host,
      () => this.map.dragging.enabled(),
      (kind) => this.callbacks.hint(kind),
    );
    this.reportZoom();
  }

  /** The projects to show; markers and clusters follow without a new map. */
  setPoints(points: MapPoint[]): void {
    this.index = createClusterIndex(points, { cluster: this.settings.cluster });
    this.points = points;
    if (this.fitPending && this.hasSize()) this.fit();
    else this.draw();
  }

  /** Follows `center`/`zoom` set by the page after the map was made. */
  setView(center: [number, number] | undefined, zoom: number | undefined): void {
    this.settings = { ...this.settings, center, zoom };
    if (center) this.map.setView(center, zoom ?? this.map.getZoom());
    else if (zoom !== undefined) this.map.setZoom(zoom);
    else this.fit();
  }

  setTileUrl(url: string): void {
    this.tileWatch.reset();
    this.tiles.setUrl(url);
  }

  setCluster(cluster: boolean): void {
    this.settings = { ...this.settings, cluster };
    this.setPoints(this.points);
  }

  zoomIn(): void {
    this.map.zoomIn();
  }

  zoomOut(): void {
    this.map.zoomOut();
  }

  /** Moves focus to the map itself (after "Karte laden", whose button is then gone). */
  focus(): void {
    this.container.focus({ preventScroll: true });
  }

  /** The marker of a project, or the cluster that holds it, if drawn. */
  elementFor(id: string): HTMLElement | undefined {
    const own = this.drawn.get(`p:${id}`);
    if (own) return own.button;
    for (const { item, button } of this.drawn.values()) {
      if (item.kind === 'cluster' && this.index?.leaves(item.clusterId).some((p) => p.id === id))
        return button;
    }
    return undefined;
  }

  destroy(): void {
    this.destroyed = true;
    this.container.remove();
    this.drawn.clear();
    this.map.stop();
    // Leaflet ends a zoom animation on a timer that remove() does not cancel; removing the map
    // before it fires makes that timer throw. Remove it once the animation is over.
    const animating = this.container.querySelector('.leaflet-zoom-anim') !== null;
    if (animating) setTimeout(() => this.map.remove(), 400);
    else this.map.remove();
  }

  private hasSize(): boolean {
    return this.container.clientWidth > 0 && this.container.clientHeight > 0;
  }

  private fit(): void {
    this.fitPending = false;
    const { zoom } = this.settings;
    if (this.points.length === 0) {
      this.map.setView(FALLBACK_CENTER, zoom ?? FALLBACK_ZOOM, { animate: false });
    } else {
      const bounds = L.latLngBounds(this.points.map((p) => [p.lat, p.lon] as [number, number]));
      if (zoom !== undefined) this.map.setView(bounds.getCenter(), zoom, { animate: false });
      else this.map.fitBounds(bounds, { padding: [40, 40], maxZoom: FIT_MAX_ZOOM, animate: false });
    }
    // setView to the same view fires no moveend.
    this.draw();
  }

  /** The container's box changed (shown after being hidden, resized): Leaflet measures again. */
  resize(): void {
    if (this.destroyed || !this.hasSize()) return;
    this.map.invalidateSize({ pan: false });
    if (this.fitPending) this.fit();
  }

  /** Adds and removes markers so that exactly what the view needs is drawn. */
  private draw(): void {
    const index = this.index;
    if (!index || this.destroyed) return;
    const bounds = this.map.getBounds().pad(0.25);
    const items = index.itemsIn(
      [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      this.map.getZoom(),
    );
    const next = new Map<string, Drawn>();
    for (const item of items) {
      const old = this.drawn.get(item.key);
      if (old && item.kind === 'point' && old.item.kind === 'point') {
        // The same project: keep its marker (and focus), only its place or looks may change.
        if (old.item.lat !== item.lat || old.item.lon !== item.lon)
          old.marker.setLatLng([item.lat, item.lon]);
        if (!sameMarker(old.item.point, item.point)) updateMarkerButton(old.button, item.point);
        old.item = item;
        next.set(item.key, old);
      } else {
        next.set(item.key, old ?? this.createMarker(item));
      }
    }
    const root = this.container.getRootNode() as Document | ShadowRoot;
    const focused = root.activeElement;
    for (const [key, drawn] of this.drawn) {
      if (next.get(key) !== drawn) this.layer.removeLayer(drawn.marker);
    }
    for (const [key, drawn] of next) {
      if (this.drawn.get(key) !== drawn) this.layer.addLayer(drawn.marker);
    }
    this.drawn = next;
    keepReadingOrder(
      this.map.getPane('markerPane'),
      items.map((item) => this.drawn.get(item.key)?.marker.getElement()),
    );
    const at = (d: Drawn) => this.map.latLngToContainerPoint([d.item.lat, d.item.lon]);
    keepTabOrderVisible(this.drawn.values(), at, this.map.getSize());
    if (focused instanceof HTMLElement && focused.isConnected && root.activeElement !== focused)
      focused.focus({ preventScroll: true });
    this.focusAfterZoom();
  }

  private createMarker(item: MapItem): Drawn {
    const button =
      item.kind === 'point'
        ? markerButton(item.point)
        : clusterButton(this.settings.clusterText(item.count), item.count);
    const size = item.kind === 'point' ? MARKER_SIZE : clusterSize(item.count);
    // Clicks on a marker are the marker's: no map drag, no double-click zoom.
    L.DomEvent.disableClickPropagation(button);
    button.addEventListener('click', () => this.activate(item, button));
    const marker = L.marker([item.lat, item.lon], {
      icon: L.divIcon({ html: button, className: 'pm-icon', iconSize: [size, size] }),
      // The button inside is the interactive, focusable part; Leaflet's wrapper stays inert.
      keyboard: false,
      interactive: false,
    });
    return { marker, item, button };
  }

  private activate(item: MapItem, button: HTMLElement): void {
    if (item.kind === 'point') {
      this.callbacks.select(item.point.id, button);
      return;
    }
    const index = this.index;
    if (!index) return;
    const leaves = index.leaves(item.clusterId);
    const zoom = index.expansionZoom(item.clusterId);
    if (atOneSpot(leaves) || zoom > this.map.getMaxZoom()) {
      this.callbacks.listCluster(
        leaves.map((point) => point.id),
        button,
      );
      return;
    }
    const here = L.latLng(item.lat, item.lon);
    const root = this.container.getRootNode() as Document | ShadowRoot;
    if (root.activeElement === button) this.focusNear = here;
    this.map.setView(here, zoom, { animate: this.animate });
  }

  /** The cluster that had focus is gone after zooming in: focus the nearest marker instead. */
  private focusAfterZoom(): void {
    const near = this.focusNear;
    if (!near) return;
    this.focusNear = undefined;
    const origin = this.map.latLngToContainerPoint(near);
    let best: { button: HTMLElement; distance: number } | undefined;
    for (const { item, button } of this.drawn.values()) {
      const distance = origin.distanceTo(this.map.latLngToContainerPoint([item.lat, item.lon]));
      if (!best || distance < best.distance) best = { button, distance };
    }
    (best?.button ?? this.container).focus({ preventScroll: true });
  }

  private reportZoom(): void {
    this.callbacks.zoomed({
      zoom: this.map.getZoom(),
      min: this.map.getMinZoom(),
      max: this.map.getMaxZoom(),
    });
  }
}
