/**
 * Which markers and clusters to draw for a view: supercluster (data only) over the visible
 * projects, or every project in view with `no-cluster`. Pure: no DOM, no Leaflet.
 */
import Supercluster from 'supercluster';
import type { MapPoint } from './types.js';

export type MapItem =
  | { kind: 'point'; key: string; point: MapPoint; lat: number; lon: number }
  | { kind: 'cluster'; key: string; clusterId: number; count: number; lat: number; lon: number };

/** West, south, east, north in degrees. */
export type BBox = [number, number, number, number];

export interface ClusterIndex {
  /** What to draw in the box at this zoom, in reading order (north to south, then west to east). */
  itemsIn(bbox: BBox, zoom: number): MapItem[];
  /** The zoom at which a cluster falls apart. */
  expansionZoom(clusterId: number): number;
  /** The projects inside a cluster. */
  leaves(clusterId: number): MapPoint[];
}

export interface ClusterOptions {
  cluster: boolean;
  /** Above this zoom every project is drawn on its own. */
  maxZoom?: number;
  /** Cluster radius in pixels. */
  radius?: number;
}

let generation = 0;

const readingOrder = (a: MapItem, b: MapItem) => b.lat - a.lat || a.lon - b.lon;

const pointItem = (point: MapPoint): MapItem => ({
  kind: 'point',
  key: `p:${point.id}`,
  point,
  lat: point.lat,
  lon: point.lon,
});

const inBox = (point: MapPoint, [west, south, east, north]: BBox) =>
  point.lat >= south && point.lat <= north && point.lon >= west && point.lon <= east;

export function createClusterIndex(points: MapPoint[], options: ClusterOptions): ClusterIndex {
  if (!options.cluster) {
    return {
      itemsIn: (bbox) =>
        points
          .filter((point) => inBox(point, bbox))
          .map(pointItem)
          .sort(readingOrder),
      expansionZoom: () => 0,
      leaves: () => [],
    };
  }
  // Cluster ids repeat between indexes; keys must not, or a stale cluster marker is reused.
  const run = ++generation;
  const index = new Supercluster<{ i: number }, Record<string, never>>({
    maxZoom: options.maxZoom ?? 16,
    radius: options.radius ?? 56,
  });
  index.load(
    points.map((point, i) => ({
      type: 'Feature',
      properties: { i },
      geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
    })),
  );
  return {
    itemsIn(bbox, zoom) {
      return index
        .getClusters(bbox, Math.round(zoom))
        .map((feature): MapItem => {
          const [lon, lat] = feature.geometry.coordinates;
          const properties = feature.properties;
          if ('cluster' in properties && properties.cluster) {
            return {
              kind: 'cluster',
              key: `c:${run}:${properties.cluster_id}`,
              clusterId: properties.cluster_id,
              count: properties.point_count,
              lat,
              lon,
            };
          }
          return pointItem(points[(properties as { i: number }).i]);
        })
        .sort(readingOrder);
    },
    expansionZoom: (clusterId) => index.getClusterExpansionZoom(clusterId),
    leaves: (clusterId) =>
      index.getLeaves(clusterId, Infinity).map((feature) => points[feature.properties.i]),
  };
}

/** Whether all projects share one spot (to about a metre): zooming cannot split them. */
export function atOneSpot(points: MapPoint[]): boolean {
  return points.every(
    (point) =>
      Math.abs(point.lat - points[0].lat) < 1e-5 && Math.abs(point.lon - points[0].lon) < 1e-5,
  );
}
