/**
 * From a response body to validated data: strip a byte order mark, tell
 * formats apart by content, run the matching adapter, then validate. The
 * native format is built in; other adapters are chunks loaded when a source
 * needs them.
 */
import type { FormatAdapter } from './adapters/adapter.js';
import { isRecord } from './adapters/adapter.js';
import { quartierJson } from './adapters/quartier-json.js';
import { useFallbackRules } from '../calendar/fallback-rules.js';
import { isSupportedRule } from '../calendar/rrule.js';
import { SourceError } from '../model/errors.js';
import type { DateRange, SourceData } from '../model/types.js';
import { validateInSlices, withoutBlanks, type RawDocument } from './validate.js';

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

/** The iCalendar chunk (ical.js); loading it also lets the calendar expand any rule. */
async function icalendar() {
  const module = await import('./adapters/icalendar.js');
  useFallbackRules(module.icalRules);
  return module;
}

/** Whether a document has a rule the core cannot expand, so ical.js is needed after all. */
const needsFallback = (json: unknown): boolean =>
  isRecord(json) &&
  Array.isArray(json.events) &&
  json.events.some((event) => {
    const rrule =
      isRecord(event) && isRecord(event.recurrence) ? event.recurrence.rrule : undefined;
    return typeof rrule === 'string' && !isSupportedRule(rrule);
  });

async function parseIcalendar(
  text: string,
  source: string,
  toDocument: typeof import('./adapters/icalendar.js').icalendarToDocument,
): Promise<SourceData> {
  let mapped: ReturnType<typeof toDocument>;
  try {
    mapped = toDocument(text, source);
  } catch {
    throw new SourceError('malformed-calendar', source);
  }
  const data = await validateInSlices(withoutBlanks(mapped.document) as RawDocument, source);
  data.warnings.unshift(...mapped.warnings);
  data.topicsImplied = true;
  return data;
}

export async function parseSource(
  body: string,
  source: string,
  contentType = '',
  /** The days elements show from this source, read once the body is there. */
  focus?: () => DateRange | undefined,
): Promise<SourceData> {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(text) || /^text\/calendar\b/i.test(contentType)) {
    return parseIcalendar(text, source, (await icalendar()).icalendarToDocument);
  }
  if (text.startsWith('<')) throw new SourceError('not-data', source);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SourceError('malformed', source);
  }
  const adapter = await adapterFor(json);
  if (!adapter) throw new SourceError('unknown-format', source);
  if (needsFallback(json)) await icalendar();
  const { document, warnings } = adapter.toDocument(json, source);
  // Adapters map fields one to one and leave `undefined` where a source has nothing.
  const mapped = adapter === quartierJson ? document : (withoutBlanks(document) as RawDocument);
  const whole = async () => {
    const data = await validateInSlices(mapped, source);
    data.warnings.unshift(...warnings);
    return data;
  };
  const shown = focus?.();
  const events = mapped.events;
  if (!shown || !Array.isArray(events) || events.length < CHECK_NEAR_FIRST) return whole();
  const near = nearRange(shown);
  const isNear = nearTo(near);
  // An id seen earlier in the source waits for the whole check: the earlier item wins, and it may be far away.
  const ids = new Set<unknown>();
  const nearEvents = events.filter((event) => {
    const id = isRecord(event) && event.id !== undefined ? String(event.id) : undefined;
    const repeated = id !== undefined && ids.has(id);
    ids.add(id);
    return !repeated && isNear(event);
  });
  if (nearEvents.length > events.length / 2) return whole();
  // The events near the dates shown first; all of them (again, in order, for duplicates and
  // warnings) once the browser has painted those.
  const first = await validateInSlices({ ...mapped, events: nearEvents }, source);
  first.warnings = [];
  first.near = near;
  first.complete = new Promise((resolve) =>
    afterPaint(() =>
      // Never leave the elements waiting.
      whole().then(resolve, () => resolve({ ...first, complete: undefined, near: undefined })),
    ),
  );
  return first;
}

/** When the browser is idle after painting (soon, in any case). */
function afterPaint(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 300 });
  else setTimeout(run, 50);
}

/** Below this many events, checking them all is quick enough. */
const CHECK_NEAR_FIRST = 1000;
/** Days around those shown that are checked first too: an event's offset may move it a day. */
const MARGIN_DAYS = 2;

const shiftDay = (day: string, days: number) =>
  new Date(Date.parse(day) + days * 86400000).toISOString().slice(0, 10);

const nearRange = (shown: DateRange): DateRange => ({
  start: shiftDay(shown.start, -MARGIN_DAYS),
  end: shiftDay(shown.end, MARGIN_DAYS),
});

/**
 * Whether a raw event may show in the range: by its written dates. Series,
 * and anything odd, count as near, so nothing shown is missing; the rest only
 * comes later.
 */
function nearTo({ start: from, end: to }: DateRange): (event: unknown) => boolean {
  const dayOf = (value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
  return (event) => {
    if (!isRecord(event) || event.recurrence !== undefined) return true;
    const first = dayOf(event.start);
    const end = event.end === undefined ? first : dayOf(event.end);
    // Anything unusual waits for nothing: better checked twice than missing from the first paint.
    if (!first || !end) return true;
    const last = end >= first ? end : first;
    return first < to && last >= from;
  };
}
