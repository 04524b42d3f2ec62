/**
 * The idea submission on the form's side: what a person typed, the payload
 * made from it (SPEC §5), and the submission id. The rules both sides check
 * live in idea-schema.js, which the receiver imports too.
 */
import type { IdeaErrorCode, IdeaErrors, IdeaSubmission } from './idea-schema.js';

export type { IdeaErrorCode, IdeaErrors, IdeaSubmission };
export { IDEA_ERROR_CODES, IDEA_LIMITS } from './idea-rules.js';

/** The form's fields as a person fills them in; everything a draft keeps. */
export interface IdeaValues {
  title: string;
  description: string;
  topic: string;
  address: string;
  name: string;
  email: string;
  wantsReply: boolean;
  consent: boolean;
  /** The honeypot; people never see it. */
  website: string;
}

export const emptyIdeaValues = (): IdeaValues => ({
  title: '',
  description: '',
  topic: '',
  address: '',
  name: '',
  email: '',
  wantsReply: false,
  consent: false,
  website: '',
});

/** The form fields, in the order they appear; each maps to a dotted path of the payload. */
export const IDEA_FIELDS = [
  'title',
  'description',
  'topic',
  'address',
  'name',
  'email',
  'wantsReply',
  'consent',
] as const;
export type IdeaField = (typeof IDEA_FIELDS)[number];

const PATH_OF: Record<IdeaField, string> = {
  title: 'title',
  description: 'description',
  topic: 'topic',
  address: 'location.address',
  name: 'contact.name',
  email: 'contact.email',
  wantsReply: 'wantsReply',
  consent: 'consent',
};

/**
 * The form field a receiver's error key names. Receivers in other stacks may
 * use the last part only (`email` instead of `contact.email`); both work.
 */
export function fieldOfPath(path: string): IdeaField | undefined {
  return IDEA_FIELDS.find((field) => PATH_OF[field] === path || field === path);
}

/**
 * A random UUID version 4 from `crypto.getRandomValues`, which, unlike
 * `crypto.randomUUID`, also exists on pages served over plain http.
 */
export function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface PayloadContext {
  id: string;
  lang: string;
  /** Where the form is; origin and path only, since a query string may carry personal data. */
  page: string;
  startedAt: string;
  /** Whether the form asked for an address (`location="address"`). */
  withLocation: boolean;
}

/** The JSON body of SPEC §5. Blank optional fields are left out, not sent empty. */
export function toPayload(values: IdeaValues, context: PayloadContext): Record<string, unknown> {
  const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value);
  const address = context.withLocation ? blankToUndefined(values.address) : undefined;
  const name = blankToUndefined(values.name);
  const email = blankToUndefined(values.email);
  return {
    id: context.id,
    title: values.title,
    description: values.description,
    topic: blankToUndefined(values.topic),
    location: address === undefined ? undefined : { address },
    contact: name === undefined && email === undefined ? undefined : { name, email },
    wantsReply: values.wantsReply,
    consent: values.consent,
    lang: context.lang,
    page: context.page,
    startedAt: context.startedAt,
    website: values.website,
  };
}

/**
 * What makes two submissions the same idea. A retry of unchanged content
 * keeps its id (so the receiver stores it once); changed content gets a new
 * one (so no edit is swallowed by an earlier attempt that did arrive).
 */
export function ideaFingerprint(values: IdeaValues, withLocation: boolean): string {
  const { consent: _consent, ...content } = values;
  return JSON.stringify({ ...content, address: withLocation ? content.address : '' });
}
