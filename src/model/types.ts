/**
 * The validated model every element renders. Written out here so the ground
 * floor needs nothing above it; data/schema.ts checks at compile time that
 * its schemas produce exactly these shapes, so the two cannot drift apart.
 */
import type { ACCESSIBILITY_FEATURES, EVENT_STATUSES, PROJECT_STATUSES } from './vocabulary.js';

/** A string, or an object of language tag → string. */
export type Text = string | Record<string, string>;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export interface Location {
  name?: string;
  address?: string;
  lat?: number;
  lon?: number;
}

export interface Image {
  src: string;
  alt: string;
}

export interface Organizer {
  id?: string;
  name: string;
  url?: string;
  email?: string;
  phone?: string;
}

/** A topic as its schema reads it (without `source`). */
export interface TopicFields {
  id: string;
  label: Text;
  color?: string;
  description?: Text;
}

/** An event as its schema reads it (without `source`). */
export interface EventFields {
  id: string;
  title: Text;
  start: string;
  end?: string;
  recurrence?: {
    rrule?: string;
    exdates?: string[];
    /** Extra dates of the series (iCalendar RDATE). */
    rdates?: string[];
    /** Dates of the series that stay visible as "abgesagt" (iCalendar: a cancelled RECURRENCE-ID instance). */
    cancelled?: string[];
  };
  /** IANA zone a recurring event keeps its clock time in (iCalendar TZID); default the calendar's. */
  timeZone?: string;
  topics?: string[];
  description?: Text;
  location?: Location;
  organizer?: Organizer;
  url?: string;
  registration?: { url?: string; required?: boolean; deadline?: string };
  accessibility?: AccessibilityFeature[];
  languages?: string[];
  status?: EventStatus;
  image?: Image;
}

/** A project as its schema reads it (without `source`). */
export interface ProjectFields {
  id: string;
  title: Text;
  summary?: Text;
  description?: Text;
  topics?: string[];
  status?: ProjectStatus;
  location?: Location;
  period?: { start?: string; end?: string };
  url?: string;
  contact?: { name?: string; email?: string; phone?: string; url?: string };
  organizer?: Organizer;
  image?: Image;
}

/** Where an item came from: relative URLs are resolved against it and images must share its origin. */
interface FromSource {
  source: string;
}

export type Topic = TopicFields & FromSource;
export type QuartierEvent = EventFields & FromSource;
export type Project = ProjectFields & FromSource;

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
