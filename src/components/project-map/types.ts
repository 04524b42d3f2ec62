/**
 * What the element hands the lazily loaded map module. Type-only, so importing it never
 * pulls Leaflet into the page.
 */
import type { Shape } from './symbols.js';

/** A project as the map draws it: position, accessible name and symbol, nothing else. */
export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  /** Accessible name: title and status (no tooltip repeats it). */
  name: string;
  color: string;
  ink: string;
  shape: Shape;
}

/** The map's zoom, for the element's own zoom buttons. */
export interface ZoomState {
  zoom: number;
  min: number;
  max: number;
}

export interface MapCallbacks {
  /** A marker was activated (click, Enter, Space). */
  select(id: string, marker: HTMLElement): void;
  /** A cluster of projects at one spot was activated: list them. */
  listCluster(ids: string[], cluster: HTMLElement): void;
  /** After every zoom. */
  zoomed(state: ZoomState): void;
  /** No tile could be loaded (`true`), or tiles arrive again (`false`). */
  tilesFailed(failed: boolean): void;
  /** A wheel without Ctrl, or one finger on touch: say how to zoom or pan instead. */
  hint(kind: 'wheel' | 'touch'): void;
}

export interface MapSettings {
  tileUrl: string;
  /** `[lat, lon]`; fit to the projects when missing. */
  center?: [number, number];
  zoom?: number;
  cluster: boolean;
  /** A cluster's shown number ("12") and its name, the counted phrase whole ("12 Projekte", "مشروعان (2)"). */
  clusterText(count: number): { count: string; name: string };
  /** Accessible name of the map region. */
  regionName: string;
  /** Id of the element that explains the keys. */
  describedBy: string;
}
