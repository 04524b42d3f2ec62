/**
 * The data format "Quartier JSON" v1 as valibot schemas (SPEC §4). The same
 * schemas validate data at run time and are exported as JSON Schema at build
 * time, so the editor completion a data editor sees is what the widget checks.
 *
 * Messages of our own checks are codes ("invalid-date"); src/i18n turns codes
 * into sentences, so the data layer holds no UI text.
 */
import * as v from 'valibot';
import { isIsoDate, isIsoDateOrDateTime, sortableLocal } from '../model/dates.js';
import { fallbackRules } from '../calendar/fallback-rules.js';
import { isSupportedRule } from '../calendar/rrule.js';
import { isKnownZone, wallToInstant } from '../calendar/zone.js';
import type {
  EventFields,
  Image,
  Location,
  Organizer,
  ProjectFields,
  Text,
  TopicFields,
} from '../model/types.js';
import { ACCESSIBILITY_FEATURES, EVENT_STATUSES, PROJECT_STATUSES } from '../model/vocabulary.js';

const nonEmptyString = v.pipe(v.string(), v.trim(), v.nonEmpty('empty'));

/** A language tag such as `de`, `en`, `de-x-ls` (Leichte Sprache), `uk`. */
export const languageTag = v.pipe(
  v.string(),
  v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/, 'invalid-language'),
  // The pattern is the editor's hint; Intl decides what browsers can name (`de-DE-DE` they cannot).
  v.check(isValidLanguageTag, 'invalid-language'),
);

const languageTags = new Map<string, boolean>();

/** Asked once per tag: thousands of events name the same few languages. */
function isValidLanguageTag(tag: string): boolean {
  let valid = languageTags.get(tag);
  if (valid === undefined) {
    try {
      Intl.getCanonicalLocales(tag);
      valid = true;
    } catch {
      valid = false;
    }
    languageTags.set(tag, valid);
  }
  return valid;
}

/** A string, or an object of language tag → string. */
export const TextSchema = v.union(
  [
    nonEmptyString,
    v.pipe(
      v.record(languageTag, v.string()),
      v.check((t) => Object.values(t).some((s) => s.trim() !== ''), 'empty'),
    ),
  ],
  'invalid-text',
);

/** Numbers are accepted as ids (exports often have them) and become strings. */
const id = v.union(
  [nonEmptyString, v.pipe(v.number(), v.integer(), v.transform(String))],
  'invalid-id',
);
// The patterns give editors a hint in the JSON Schema; the checks reject days that do not exist.
const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid-date'),
  v.check(isIsoDate, 'invalid-date'),
);
const isoDateOrDateTime = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}.*)?$/, 'invalid-date'),
  v.check(isIsoDateOrDateTime, 'invalid-date'),
);
/** An e-mail address: one word with an @, nothing that could break a link or a file it is written to. */
const email = v.pipe(v.string(), v.trim(), v.regex(/^[^\s@<>"()]+@[^\s@<>"()]+$/, 'invalid-email'));
/** A phone number as people write it; line breaks and other control characters are not. */
const phone = v.pipe(nonEmptyString, v.regex(/^[^\p{Cc}]+$/u, 'invalid'));
/** URLs are checked for their scheme when normalised, so an unsafe one costs only its field. */
const url = nonEmptyString;
const idList = v.array(v.pipe(v.string(), v.trim(), v.nonEmpty('empty')));

export const LocationSchema = v.object({
  name: v.optional(nonEmptyString),
  address: v.optional(nonEmptyString),
  lat: v.optional(v.number()),
  lon: v.optional(v.number()),
});

export const ImageSchema = v.object({ src: url, alt: v.string() });

export const OrganizerSchema = v.object({
  id: v.optional(id),
  name: nonEmptyString,
  url: v.optional(url),
  email: v.optional(email),
  phone: v.optional(phone),
});

export const TopicSchema = v.object({
  id,
  label: TextSchema,
  color: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'invalid-color'))),
  description: v.optional(TextSchema),
});

const hasOffset = (value: string) => /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value);
/** The instant of a date-time with offset; tolerates "+0200" and a space instead of "T". */
const instantOf = (value: string) =>
  Date.parse(value.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
/** A wall-clock time without offset lies within these of the same text read as UTC (UTC−12 to UTC+14). */
const WIDEST_OFFSETS = 26 * 3600_000;

/**
 * True unless `end` lies before `start`. Two date-times with offsets are
 * compared as instants ("…T23:30+01:00" to "…T23:45Z" is valid); a wall time
 * is read in the event's `timeZone`, else (the calendar's zone being unknown
 * here) only an end before the start in every zone is refused. A date is
 * compared by its day.
 */
function endNotBeforeStart(item: { start: string; end?: string; timeZone?: string }): boolean {
  const { start, end, timeZone } = item;
  if (end === undefined) return true;
  if (start.length === 10 || end.length === 10) {
    const a = sortableLocal(start).slice(0, 10);
    const b = sortableLocal(end).slice(0, 10);
    // An instant may fall on the day before or after in the calendar's zone.
    return hasOffset(start) || hasOffset(end) ? Date.parse(b) >= Date.parse(a) - 86400_000 : b >= a;
  }
  if (!hasOffset(start) && !hasOffset(end)) return sortableLocal(end) >= sortableLocal(start);
  const zone = timeZone && isKnownZone(timeZone) ? timeZone : undefined;
  const read = (value: string) => {
    if (hasOffset(value)) return { instant: instantOf(value), slack: 0 };
    const wall = sortableLocal(value);
    return zone
      ? {
          instant: wallToInstant(
            wall.slice(0, 10),
            +wall.slice(11, 13) * 60 + +wall.slice(14, 16),
            0,
            zone,
          ),
          slack: 0,
        }
      : { instant: instantOf(`${sortableLocal(value)}Z`), slack: WIDEST_OFFSETS };
  };
  const a = read(start);
  const b = read(end);
  return b.instant + a.slack + b.slack >= a.instant;
}

/** The core's subset, or any rule once ical.js has been loaded for a source that needs it. */
const isExpandableRule = (rule: string): boolean =>
  isSupportedRule(rule) || fallbackRules()?.accepts(rule) === true;

export const EventSchema = v.pipe(
  v.object({
    id,
    title: TextSchema,
    start: isoDateOrDateTime,
    end: v.optional(isoDateOrDateTime),
    recurrence: v.optional(
      v.pipe(
        v.object({
          rrule: v.optional(
            v.pipe(
              nonEmptyString,
              v.regex(/(^|;)FREQ=/i, 'invalid-rrule'),
              // A rule nobody here can expand is dropped (the first date still shows), not guessed.
              v.check(isExpandableRule, 'unsupported-rrule'),
            ),
          ),
          exdates: v.optional(v.array(isoDateOrDateTime)),
          /** Extra dates of the series (iCalendar RDATE). */
          rdates: v.optional(v.array(isoDateOrDateTime)),
          /** Dates of the series that stay visible as "abgesagt" (iCalendar: a cancelled RECURRENCE-ID instance). */
          cancelled: v.optional(v.array(isoDateOrDateTime)),
        }),
        // Reported at `rrule`: when the rule itself was dropped, validation then drops the rest quietly.
        v.forward(
          v.partialCheck(
            [['rrule'], ['rdates']],
            (r) => r.rrule !== undefined || (r.rdates?.length ?? 0) > 0,
            'missing',
          ),
          ['rrule'],
        ),
      ),
    ),
    /** IANA zone a recurring event keeps its clock time in (iCalendar TZID); default the calendar's. */
    timeZone: v.optional(v.pipe(v.string(), v.check(isKnownZone, 'unknown-timezone'))),
    topics: v.optional(idList),
    description: v.optional(TextSchema),
    location: v.optional(LocationSchema),
    organizer: v.optional(OrganizerSchema),
    url: v.optional(url),
    registration: v.optional(
      v.object({
        url: v.optional(url),
        required: v.optional(v.boolean()),
        deadline: v.optional(isoDateOrDateTime),
      }),
    ),
    accessibility: v.optional(v.array(v.picklist(ACCESSIBILITY_FEATURES, 'unknown-feature'))),
    languages: v.optional(v.array(languageTag)),
    status: v.optional(v.picklist(EVENT_STATUSES, 'unknown-status')),
    image: v.optional(ImageSchema),
  }),
  v.forward(
    v.partialCheck([['start'], ['end'], ['timeZone']], endNotBeforeStart, 'end-before-start'),
    ['end'],
  ),
);

export const ProjectSchema = v.object({
  id,
  title: TextSchema,
  summary: v.optional(TextSchema),
  description: v.optional(TextSchema),
  topics: v.optional(idList),
  status: v.optional(v.picklist(PROJECT_STATUSES, 'unknown-status')),
  location: v.optional(LocationSchema),
  period: v.optional(v.object({ start: v.optional(isoDate), end: v.optional(isoDate) })),
  url: v.optional(url),
  contact: v.optional(
    v.object({
      name: v.optional(nonEmptyString),
      email: v.optional(email),
      phone: v.optional(phone),
      url: v.optional(url),
    }),
  ),
  organizer: v.optional(OrganizerSchema),
  image: v.optional(ImageSchema),
});

/** The whole document; items are validated one by one (see validate.ts), so here they are only listed. */
export const QuartierDataSchema = v.object({
  version: v.optional(v.literal(1)),
  /** The language of the plain-string texts in this file (default German), e.g. `en` for an English feed. */
  language: v.optional(languageTag),
  topics: v.optional(v.array(TopicSchema)),
  events: v.optional(v.array(EventSchema)),
  projects: v.optional(v.array(ProjectSchema)),
});

/** Fields without which an item is meaningless: a fault there skips the item, elsewhere only the field. */
export const REQUIRED_FIELDS = {
  topics: ['id', 'label'],
  events: ['id', 'title', 'start'],
  projects: ['id', 'title'],
} as const;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;

/** Fails to compile when a schema and the model's type (model/types.ts) part ways. */
export type SchemasMatchModel = [
  Expect<Same<v.InferOutput<typeof TextSchema>, Text>>,
  Expect<Same<v.InferOutput<typeof LocationSchema>, Location>>,
  Expect<Same<v.InferOutput<typeof ImageSchema>, Image>>,
  Expect<Same<v.InferOutput<typeof OrganizerSchema>, Organizer>>,
  Expect<Same<v.InferOutput<typeof TopicSchema>, TopicFields>>,
  Expect<Same<v.InferOutput<typeof EventSchema>, EventFields>>,
  Expect<Same<v.InferOutput<typeof ProjectSchema>, ProjectFields>>,
];
