/**
 * GeoJSON FeatureCollection of Points → projects. `properties` use the Project
 * field names (`name` stands in for a missing `title`, `address` is the
 * location's); coordinates are in RFC 7946 order, longitude first.
 */
import type { DataWarning } from '../../model/types.js';
import { preview } from '../validate.js';
import { isRecord, type FormatAdapter } from './adapter.js';

function toProject(
  feature: unknown,
  index: number,
  source: string,
  warnings: DataWarning[],
): unknown {
  if (!isRecord(feature)) return feature;
  const properties = isRecord(feature.properties) ? feature.properties : {};
  const project: Record<string, unknown> = {
    ...properties,
    id: properties.id ?? feature.id,
    title: properties.title ?? properties.name,
  };
  const geometry = feature.geometry;
  if (!isRecord(geometry)) return project;
  const coordinates = geometry.coordinates;
  if (geometry.type === 'Point' && Array.isArray(coordinates) && coordinates.length >= 2) {
    const [lon, lat] = coordinates;
    // A top-level `address` is common in GeoJSON; it belongs to the location here.
    const location = isRecord(properties.location)
      ? properties.location
      : { address: properties.address };
    project.location = { ...location, lat, lon };
    delete project.address;
  } else {
    warnings.push({
      source,
      kind: 'projects',
      index,
      id: typeof project.id === 'string' ? project.id : undefined,
      field: 'geometry',
      code: 'unsupported-geometry',
      value: preview(geometry.type),
      action: 'field-dropped',
    });
  }
  return project;
}

export const geoJson: FormatAdapter = {
  detect: (json) => isRecord(json) && json.type === 'FeatureCollection',
  toDocument: (json, source) => {
    const warnings: DataWarning[] = [];
    const features = (json as Record<string, unknown>).features;
    const projects = Array.isArray(features)
      ? features.map((feature, index) => toProject(feature, index, source, warnings))
      : features;
    return { document: { projects }, warnings };
  },
};
