/**
 * The rules of an idea submission (SPEC §5) that the form needs before the
 * schema (loaded when first needed) has arrived: the limits and the error
 * codes. A module of its own, without valibot, so it costs the page almost
 * nothing. Plain JavaScript: the receiver runs it in Node.
 */

/** Longest accepted values, in UTF-16 code units (what `String#length` counts, here and in the form). */
export const IDEA_LIMITS = Object.freeze({
  title: 120,
  description: 4000,
  topic: 100,
  address: 300,
  name: 200,
  email: 254,
  lang: 35,
  page: 2048,
  website: 500,
});

/** Every code a field error can carry (the receiver's 422 answer uses them too). */
export const IDEA_ERROR_CODES = Object.freeze([
  'required',
  'too-long',
  'invalid-email',
  'required-for-reply',
  'consent-required',
  'invalid',
]);
