/**
 * From a response body to validated data: strip a byte order mark, tell
 * formats apart by content, run the matching adapter, then validate.
 */
import { geoJson } from './adapters/geojson.js';
import { jsonLd } from './adapters/json-ld.js';
import { quartierJson } from './adapters/quartier-json.js';
import { SourceError } from './errors.js';
import type { SourceData } from './model.js';
import { validateDocument } from './validate.js';

// Order matters: GeoJSON and JSON-LD are recognised by markers the native format never has.
const ADAPTERS = [geoJson, jsonLd, quartierJson];

export function parseSource(body: string, source: string): SourceData {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) throw new SourceError('not-data', source);
  if (/^BEGIN:VCALENDAR/i.test(text)) throw new SourceError('unknown-format', source);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SourceError('malformed', source);
  }
  const adapter = ADAPTERS.find((candidate) => candidate.detect(json));
  if (!adapter) throw new SourceError('unknown-format', source);
  const { document, warnings } = adapter.toDocument(json, source);
  const data = validateDocument(document, source);
  data.warnings.unshift(...warnings);
  return data;
}
