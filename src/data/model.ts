/** The validated model every element renders. Types follow the schemas, so they cannot drift apart. */
import type * as v from 'valibot';
import type { ACCESSIBILITY_FEATURES } from './vocabulary.js';
import type {
  EventSchema,
  LocationSchema,
  OrganizerSchema,
  ProjectSchema,
  TextSchema,
  TopicSchema,
} from './schema.js';

/** A string, or an object of language tag → string. */
export type Text = v.InferOutput<typeof TextSchema>;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];
export type Location = v.InferOutput<typeof LocationSchema>;
export type Organizer = v.InferOutput<typeof OrganizerSchema>;

/** Where an item came from: relative URLs are resolved against it and images must share its origin. */
interface FromSource {
  source: string;
}

export type Topic = v.InferOutput<typeof TopicSchema> & FromSource;
export type QuartierEvent = v.InferOutput<typeof EventSchema> & FromSource;
export type Project = v.InferOutput<typeof ProjectSchema> & FromSource;

export type ItemKind = 'topics' | 'events' | 'projects';

export interface QuartierData {
  topics: Topic[];
  events: QuartierEvent[];
  projects: Project[];
}

/** Why a value was not taken over. The i18n module turns a code into a sentence. */
export type WarningCode =
  | 'missing'
  | 'wrong-type'
  | 'empty'
  | 'invalid'
  | 'invalid-id'
  | 'invalid-text'
  | 'invalid-date'
  | 'invalid-language'
  | 'invalid-color'
  | 'invalid-rrule'
  | 'unsupported-rrule'
  | 'end-before-start'
  | 'unknown-feature'
  | 'unknown-status'
  | 'unknown-topic'
  | 'duplicate-id'
  | 'unsafe-url'
  | 'image-origin'
  | 'coordinates-incomplete'
  | 'coordinates-out-of-range'
  | 'coordinates-swapped'
  | 'unsupported-geometry'
  | 'not-an-object'
  | 'unsupported-version'
  | 'unknown-timezone'
  | 'private-event'
  | 'invalid-email';

/** One problem found in a source: either a whole item was skipped or only one of its fields. */
export interface DataWarning {
  source: string;
  kind: ItemKind | 'document';
  /** Position in the source's list, for items without a usable id. */
  index?: number;
  id?: string;
  /** Dotted path of the field, e.g. `location.lat` or `accessibility.2`. */
  field?: string;
  code: WarningCode;
  /** The offending value, shortened, for the data editor to find it. */
  value?: string;
  /** Skipped, a field dropped, or kept as read with a note (e.g. a time zone nobody knows). */
  action: 'skipped' | 'field-dropped' | 'noted';
}

export interface DateRange {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Day after the last, `YYYY-MM-DD` (exclusive). */
  end: string;
}

/** What one source contributes after its format adapter and validation ran. */
export interface SourceData extends QuartierData {
  warnings: DataWarning[];
  /** Topics made from iCalendar CATEGORIES: they yield silently to topics a source defines. */
  topicsImplied?: boolean;
  /**
   * Set while only the events near the dates shown have been checked (large
   * sources, so the first paint need not wait for all of them): the whole source.
   */
  complete?: Promise<SourceData>;
  /** While `complete` is pending: the days whose events have all been checked. */
  near?: DateRange;
}

export const emptyData = (): QuartierData => ({ topics: [], events: [], projects: [] });
