/**
 * From a response body to validated data: strip a byte order mark, tell
 * formats apart by content, run the matching adapter, then validate. The
 * native format is built in; other adapters are chunks loaded when a source
 * needs them.
 */
import type { FormatAdapter } from './adapters/adapter.js';
import { isRecord } from './adapters/adapter.js';
import { quartierJson } from './adapters/quartier-json.js';
import { SourceError } from './errors.js';
import type { SourceData } from './model.js';
import { validateDocument, withoutBlanks, type RawDocument } from './validate.js';

const isJsonLd = (json: unknown): boolean =>
  [json]
    .flat()
    .some((node) => isRecord(node) && ('@context' in node || '@type' in node || '@graph' in node));

/** The adapter for a parsed document, judged by content. */
async function adapterFor(json: unknown): Promise<FormatAdapter | undefined> {
  if (isRecord(json) && json.type === 'FeatureCollection') {
    return (await import('./adapters/geojson.js')).geoJson;
  }
  if (isJsonLd(json)) {
    const { jsonLd } = await import('./adapters/json-ld.js');
    return jsonLd.detect(json) ? jsonLd : undefined;
  }
  return quartierJson.detect(json) ? quartierJson : undefined;
}

export async function parseSource(body: string, source: string): Promise<SourceData> {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) throw new SourceError('not-data', source);
  if (/^BEGIN:VCALENDAR/i.test(text)) throw new SourceError('unknown-format', source);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SourceError('malformed', source);
  }
  const adapter = await adapterFor(json);
  if (!adapter) throw new SourceError('unknown-format', source);
  const { document, warnings } = adapter.toDocument(json, source);
  // Adapters map fields one to one and leave `undefined` where a source has nothing.
  const mapped = adapter === quartierJson ? document : (withoutBlanks(document) as RawDocument);
  const data = validateDocument(mapped, source);
  data.warnings.unshift(...warnings);
  return data;
}
