/** Field errors of the idea form: from the shared schema's codes or a receiver's own words. */
import type { IdeaErrorCode, IdeaErrors } from '../../data/idea-schema.js';
import {
  fieldOfPath,
  IDEA_ERROR_CODES,
  IDEA_FIELDS,
  IDEA_LIMITS,
  type IdeaField,
} from '../../data/idea.js';
import type { FormMessages } from '../../i18n/messages/de-form.js';

/** A code the form words itself, or a sentence a receiver sent, shown as it is. */
export type FieldError = { code: IdeaErrorCode } | { text: string };

/** Field → error; `''` holds a problem that belongs to no field of the form. */
export type FieldErrors = Map<IdeaField | '', FieldError>;

const MAX_LENGTH: Partial<Record<IdeaField, number>> = {
  title: IDEA_LIMITS.title,
  description: IDEA_LIMITS.description,
  topic: IDEA_LIMITS.topic,
  address: IDEA_LIMITS.address,
  name: IDEA_LIMITS.name,
  email: IDEA_LIMITS.email,
};

export const maxLengthOf = (field: IdeaField): number | undefined => MAX_LENGTH[field];

const isCode = (value: string): value is IdeaErrorCode =>
  (IDEA_ERROR_CODES as readonly string[]).includes(value);

/**
 * Errors keyed by payload path (from the schema or a 422 answer) as form
 * fields. Paths of values the form sets itself (id, lang, page, …) cannot be
 * fixed by the person and are reported as one general problem.
 */
export function toFieldErrors(errors: IdeaErrors | Record<string, string>): FieldErrors {
  const result: FieldErrors = new Map();
  for (const [path, message] of Object.entries(errors)) {
    const field = fieldOfPath(path) ?? '';
    if (result.has(field)) continue;
    result.set(field, isCode(message) ? { code: message } : { text: message });
  }
  return inFieldOrder(result);
}

/** The errors in the order of the form's fields, so the summary lists them as they appear. */
export function inFieldOrder(errors: FieldErrors): FieldErrors {
  const ordered: FieldErrors = new Map();
  for (const field of ['', ...IDEA_FIELDS] as const) {
    const error = errors.get(field);
    if (error) ordered.set(field, error);
  }
  return ordered;
}

/** The sentence for one error, in the form's language; `length` is the field's current length. */
export function describeFieldError(
  m: FormMessages,
  field: IdeaField | '',
  error: FieldError,
  length: number,
): string {
  if ('text' in error && error.text.trim() !== '') return error.text;
  if (field === '' || 'text' in error) return m.error.general;
  switch (error.code) {
    case 'required':
      return m.error.required[field] ?? m.error.invalid(m.label[field]);
    case 'too-long': {
      const max = maxLengthOf(field) ?? length;
      return m.error.tooLong(m.label[field], Math.max(1, length - max), max);
    }
    case 'invalid-email':
      return m.error.invalidEmail;
    case 'required-for-reply':
      return m.error.requiredForReply;
    case 'consent-required':
      return m.error.consent;
    default:
      return m.error.invalid(m.label[field]);
  }
}
