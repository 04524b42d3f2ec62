/**
 * The idea submission (SPEC §5) as one valibot schema, shared by
 * <quartier-idea-form> (in the browser) and the reference receiver (in Node).
 *
 * Plain ES module JavaScript on purpose: Node 20 cannot import TypeScript, and
 * the receiver must check with exactly the rules the form checks with. Types
 * live in idea-schema.d.ts beside it; test/receiver.test.ts checks that the
 * two agree. Nothing here touches the DOM or Node APIs.
 *
 * Messages are codes ("too-long"), not sentences: the form words them in the
 * visitor's language, and the receiver answers 422 with the same codes.
 */
import * as v from 'valibot';
import { IDEA_ERROR_CODES, IDEA_LIMITS } from './idea-rules.js';

export { IDEA_ERROR_CODES, IDEA_LIMITS };

/** Random UUID version 4 (the submission id and the `Idempotency-Key`). */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const text = (max) => v.pipe(v.string('invalid'), v.trim(), v.maxLength(max, 'too-long'));
const requiredText = (max) =>
  v.pipe(v.string('invalid'), v.trim(), v.nonEmpty('required'), v.maxLength(max, 'too-long'));
/** Leaves out keys without a value; an object left empty counts as not given. */
const withoutBlanks = (value) => {
  const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
};
/** Optional text: a blank value counts as not given. */
const optionalText = (max) =>
  v.optional(
    v.pipe(
      text(max),
      v.transform((value) => (value === '' ? undefined : value)),
    ),
  );

const LocationSchema = v.pipe(
  v.object({
    address: optionalText(IDEA_LIMITS.address),
    lat: v.optional(
      v.pipe(v.number('invalid'), v.minValue(-90, 'invalid'), v.maxValue(90, 'invalid')),
    ),
    lon: v.optional(
      v.pipe(v.number('invalid'), v.minValue(-180, 'invalid'), v.maxValue(180, 'invalid')),
    ),
  }),
  v.transform(withoutBlanks),
);

const ContactSchema = v.pipe(
  v.object({
    name: optionalText(IDEA_LIMITS.name),
    email: v.optional(
      v.pipe(
        text(IDEA_LIMITS.email),
        v.transform((value) => (value === '' ? undefined : value)),
        v.optional(v.pipe(v.string(), v.email('invalid-email'))),
      ),
    ),
  }),
  v.transform(withoutBlanks),
);

export const IdeaSchema = v.pipe(
  v.object(
    {
      id: v.pipe(v.string('invalid'), v.regex(UUID_V4, 'invalid')),
      title: requiredText(IDEA_LIMITS.title),
      description: requiredText(IDEA_LIMITS.description),
      topic: optionalText(IDEA_LIMITS.topic),
      location: v.optional(LocationSchema),
      contact: v.optional(ContactSchema),
      wantsReply: v.optional(v.boolean('invalid')),
      consent: v.literal(true, 'consent-required'),
      lang: v.pipe(
        v.string('invalid'),
        v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/, 'invalid'),
        v.maxLength(IDEA_LIMITS.lang, 'invalid'),
      ),
      page: v.pipe(v.string('invalid'), v.maxLength(IDEA_LIMITS.page, 'too-long')),
      startedAt: v.pipe(v.string('invalid'), v.isoTimestamp('invalid')),
      website: v.optional(v.pipe(v.string('invalid'), v.maxLength(IDEA_LIMITS.website, 'invalid'))),
    },
    'invalid',
  ),
  // Asking for a reply without saying where to send it cannot work. A partial check runs even
  // while other fields are wrong, so the form can show every problem at once.
  // Its issue belongs to `contact.email` (see validateIdea: `contact` may be missing altogether).
  v.partialCheck(
    [['wantsReply'], ['contact', 'email']],
    (idea) => idea.wantsReply !== true || Boolean(idea.contact?.email),
    'required-for-reply',
  ),
  v.transform(withoutBlanks),
);

/**
 * Checks a submission. Either the cleaned idea (trimmed, blanks removed,
 * unknown keys dropped) or one error code per field, keyed by dotted path
 * (`title`, `contact.email`, `location.address`, …; `''` for the whole body).
 *
 * @param {unknown} input
 */
export function validateIdea(input) {
  const result = v.safeParse(IdeaSchema, input);
  if (result.success) return { ok: true, idea: result.output };
  /** @type {Record<string, string>} */
  const errors = {};
  for (const issue of result.issues) {
    let field = v.getDotPath(issue) ?? '';
    let code = IDEA_ERROR_CODES.includes(issue.message) ? issue.message : 'invalid';
    if (code === 'required-for-reply') field = 'contact.email';
    // valibot reports a missing key with the message of the object around it.
    else if (issue.kind === 'schema' && issue.input === undefined && field !== '')
      code = field === 'consent' ? 'consent-required' : 'required';
    // The first problem of a field is the one to fix first.
    if (!(field in errors)) errors[field] = code;
  }
  return { ok: false, errors };
}
