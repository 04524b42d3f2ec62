/** Plausibility checks for coordinates typed by hand. */

export interface LatLon {
  lat: number;
  lon: number;
}

export const isInRange = (lat: number, lon: number): boolean =>
  Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const distance = (a: LatLon, b: LatLon): number => Math.hypot(a.lat - b.lat, a.lon - b.lon);

/**
 * Indexes of points that are obviously swapped: far (over one degree, about
 * 100 km) from the median of all points, yet ten times closer once lat and lon
 * trade places. Needs three points to know where "here" is.
 */
export function findSwapped(points: LatLon[]): number[] {
  if (points.length < 3) return [];
  const centre = { lat: median(points.map((p) => p.lat)), lon: median(points.map((p) => p.lon)) };
  const swapped: number[] = [];
  points.forEach((point, index) => {
    const asGiven = distance(point, centre);
    const reversed = distance({ lat: point.lon, lon: point.lat }, centre);
    if (asGiven > 1 && reversed * 10 < asGiven) swapped.push(index);
  });
  return swapped;
}
