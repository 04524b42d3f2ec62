/**
 * Validates a Quartier-JSON-shaped document item by item. A fault in a field
 * an item cannot live without skips the item; a fault anywhere else drops just
 * that value. Either way a warning says what happened, so a data editor can
 * mend the source while residents still see every good item.
 */
import * as v from 'valibot';
import { yieldToMain } from '../model/yield-to-main.js';
import { findSwapped, isInRange } from './geo.js';
import type {
  DataWarning,
  ItemKind,
  Location,
  Project,
  QuartierEvent,
  SourceData,
  Topic,
  WarningCode,
} from '../model/types.js';
import { EventSchema, languageTag, ProjectSchema, REQUIRED_FIELDS, TopicSchema } from './schema.js';
import { safeImageUrl, safeLinkUrl } from './urls.js';

/** A document as adapters hand it over: the three lists, not yet checked. */
export interface RawDocument {
  /** The language of the plain-string texts (Quartier JSON `language`); German when absent. */
  language?: unknown;
  topics?: unknown;
  events?: unknown;
  projects?: unknown;
}

type Problem = Pick<DataWarning, 'field' | 'code' | 'value' | 'action'>;
type Path = (string | number)[];

const OWN_CODES = new Set<string>([
  'missing',
  'empty',
  'invalid-id',
  'invalid-text',
  'invalid-date',
  'invalid-language',
  'invalid-color',
  'invalid-email',
  'invalid-rrule',
  'unsupported-rrule',
  'unknown-timezone',
  'end-before-start',
  'unknown-feature',
  'unknown-status',
]);
const MAX_REPAIRS = 25;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A short, printable form of an offending value. */
export function preview(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function codeOf(issue: v.BaseIssue<unknown>): WarningCode {
  if (issue.input === undefined) return 'missing';
  if (OWN_CODES.has(issue.message)) return issue.message as WarningCode;
  return issue.kind === 'schema' ? 'wrong-type' : 'invalid';
}

function pathOf(issue: v.BaseIssue<unknown>): Path {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (value, key) => (value as Record<string | number, unknown> | undefined)?.[key],
    root,
  );
}

/** Removes the value at `path`; if it is absent already, removes the object holding it. */
function removeAt(root: Record<string, unknown>, path: Path): void {
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = path[path.length - 1];
  const container = parent as Record<string | number, unknown>;
  if (container[last] === undefined && path.length > 1) {
    removeAt(root, path.slice(0, -1));
  } else if (Array.isArray(container)) {
    container.splice(last as number, 1);
  } else {
    delete container[last];
  }
}

/** A deep copy without properties that are `null` or `undefined`: exports write those for "not given". */
export function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlanks);
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry !== null && entry !== undefined) copy[key] = withoutBlanks(entry);
  }
  return copy;
}

/** Validates one item, dropping faulty optional values until it passes or a required one fails. */
export function validateItem<T>(
  schema: v.GenericSchema<unknown, T>,
  raw: unknown,
  required: readonly string[],
): { item?: T; problems: Problem[] } {
  if (!isPlainObject(raw)) {
    return { problems: [{ code: 'not-an-object', value: preview(raw), action: 'skipped' }] };
  }
  // Most items are fine as they are: valibot builds a new output object, so nothing is copied.
  const direct = v.safeParse(schema, raw);
  if (direct.success) return { item: direct.output, problems: [] };
  const candidate = withoutBlanks(raw) as Record<string, unknown>;
  const problems: Problem[] = [];
  const dropped = new Set<string>();
  for (let repairs = 0; repairs < MAX_REPAIRS; repairs++) {
    const result = v.safeParse(schema, candidate);
    if (result.success) return { item: result.output, problems };
    const issue = result.issues[0];
    const path = pathOf(issue);
    // A value we dropped may have been required by its object: drop the object too, without a second report.
    if (dropped.has(path.join('.')) && path.length > 1) {
      removeAt(candidate, path);
      continue;
    }
    // Checks across fields report the whole item as input; show the field's own value instead.
    const value = path.length > 0 ? valueAt(candidate, path) : issue.input;
    const problem = {
      field: path.join('.') || undefined,
      code: codeOf(issue),
      value: preview(value),
    };
    if (path.length === 0 || required.includes(String(path[0]))) {
      return { problems: [...problems, { ...problem, action: 'skipped' }] };
    }
    removeAt(candidate, path);
    dropped.add(path.join('.'));
    problems.push({ ...problem, action: 'field-dropped' });
  }
  return { problems: [...problems, { code: 'invalid', action: 'skipped' }] };
}

type UrlField = { path: string; image?: boolean };
const URL_FIELDS: Record<ItemKind, UrlField[]> = {
  topics: [],
  events: [
    { path: 'url' },
    { path: 'organizer.url' },
    { path: 'registration.url' },
    { path: 'image.src', image: true },
  ],
  projects: [
    { path: 'url' },
    { path: 'contact.url' },
    { path: 'organizer.url' },
    { path: 'image.src', image: true },
  ],
};

/** Resolves URLs against the source and drops any that must not become a link or image. */
function normaliseUrls(item: Record<string, unknown>, kind: ItemKind, source: string): Problem[] {
  const problems: Problem[] = [];
  for (const { path, image } of URL_FIELDS[kind]) {
    const [head, tail] = path.split('.');
    const holder = (tail ? item[head] : item) as Record<string, unknown> | undefined;
    const key = tail ?? head;
    const value = holder?.[key];
    if (typeof value !== 'string') continue;
    const safe = image ? safeImageUrl(value, source) : safeLinkUrl(value, source);
    if (safe !== undefined) {
      holder![key] = safe;
      continue;
    }
    problems.push({
      field: path,
      code: 'unsafe-url',
      value: preview(value),
      action: 'field-dropped',
    });
    if (image) delete item[head];
    else delete holder![key];
  }
  return problems;
}

function dropCoordinates(location: Location): void {
  delete location.lat;
  delete location.lon;
}

/** Checks one coordinate pair on its own: both or neither, and within the globe. */
function checkCoordinates(location: Location | undefined): Problem | undefined {
  if (!location || (location.lat === undefined && location.lon === undefined)) return undefined;
  const value = preview({ lat: location.lat, lon: location.lon });
  const problem = (code: WarningCode): Problem => ({
    field: 'location',
    code,
    value,
    action: 'field-dropped',
  });
  if (location.lat === undefined || location.lon === undefined)
    return problem('coordinates-incomplete');
  if (isInRange(location.lat, location.lon)) return undefined;
  return problem('coordinates-out-of-range');
}

/** An item as it leaves its schema, before it is stamped with its source. */
type Validated = Omit<Topic | QuartierEvent | Project, 'source'> & { location?: Location };

/** The fields that are Text (a string or an object of language → string). */
const TEXT_FIELDS = ['label', 'title', 'summary', 'description'] as const;

/**
 * A source that declares another language than German: its plain strings become texts in that
 * language, so the widgets mark them with it (WCAG 3.1.2) and pick them like any other.
 */
function inLanguage(item: Validated, lang: string): void {
  const fields = item as unknown as Record<string, unknown>;
  for (const field of TEXT_FIELDS) {
    if (typeof fields[field] === 'string') fields[field] = { [lang]: fields[field] };
  }
}

/** The source's declared language, lower case; undefined for German or none (a bad one is reported). */
function languageOf(doc: RawDocument, data: SourceData, source: string): string | undefined {
  if (doc.language === undefined) return undefined;
  const checked = v.safeParse(languageTag, doc.language);
  if (!checked.success) {
    const value = preview(doc.language);
    data.warnings.push({
      source,
      kind: 'document',
      field: 'language',
      code: 'invalid-language',
      value,
      action: 'field-dropped',
    });
    return undefined;
  }
  const lang = checked.output.toLowerCase();
  return lang === 'de' ? undefined : lang;
}

/** Validates and normalises every item of one source. */
export function validateDocument(doc: RawDocument, source: string): SourceData {
  const steps = validationSteps(doc, source);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same, in slices of about `sliceMs`: between them the browser paints and answers input, so
 * a large source never makes a long task on a slow phone (issue 13).
 */
export async function validateInSlices(
  doc: RawDocument,
  source: string,
  sliceMs = 10,
  pause = yieldToMain,
): Promise<SourceData> {
  const steps = validationSteps(doc, source);
  let sliceEnd = performance.now() + sliceMs;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() < sliceEnd) continue;
    await pause();
    sliceEnd = performance.now() + sliceMs;
  }
}

/** The check, one item per step: `validateDocument` runs it through, `validateInSlices` in slices. */
function* validationSteps(doc: RawDocument, source: string): Generator<void, SourceData> {
  const data: SourceData = { topics: [], events: [], projects: [], warnings: [] };
  const language = languageOf(doc, data, source);
  const schemas: Record<ItemKind, v.GenericSchema<unknown, Validated>> = {
    topics: TopicSchema as v.GenericSchema<unknown, Validated>,
    events: EventSchema as v.GenericSchema<unknown, Validated>,
    projects: ProjectSchema as v.GenericSchema<unknown, Validated>,
  };
  const placed: { item: Validated; kind: ItemKind }[] = [];

  for (const kind of ['topics', 'events', 'projects'] as const) {
    const list = doc[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      data.warnings.push({
        source,
        kind: 'document',
        field: kind,
        code: 'wrong-type',
        action: 'skipped',
      });
      continue;
    }
    for (const [index, raw] of (list as unknown[]).entries()) {
      yield;
      const { item, problems } = validateItem(schemas[kind], raw, REQUIRED_FIELDS[kind]);
      if (item) {
        problems.push(...normaliseUrls(item as unknown as Record<string, unknown>, kind, source));
        const coordinateProblem = checkCoordinates(item.location);
        if (coordinateProblem) {
          dropCoordinates(item.location!);
          problems.push(coordinateProblem);
        }
        if (language) inLanguage(item, language);
        if (item.location?.lat !== undefined) placed.push({ item, kind });
        (data[kind] as unknown[]).push({ ...item, source });
      }
      const rawId = isPlainObject(raw) ? raw.id : undefined;
      const id =
        item?.id ??
        (typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined);
      for (const problem of problems) data.warnings.push({ source, kind, index, id, ...problem });
    }
  }

  // A pair that lies far from all others but would sit among them if swapped was typed lat/lon reversed.
  const swapped = findSwapped(placed.map(({ item }) => item.location as Required<Location>));
  for (const index of swapped) {
    const { item, kind } = placed[index];
    const location = item.location!;
    data.warnings.push({
      source,
      kind,
      id: item.id,
      field: 'location',
      code: 'coordinates-swapped',
      value: preview({ lat: location.lat, lon: location.lon }),
      action: 'field-dropped',
    });
    dropCoordinates(location);
  }
  return data;
}
