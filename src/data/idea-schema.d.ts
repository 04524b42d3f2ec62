/**
 * Types of idea-schema.js (plain JavaScript, so that Node runs it without a
 * build step). test/receiver.test.ts checks that the schema's output fits them.
 */
import type { GenericSchema } from 'valibot';
import type { IdeaErrorCode } from './idea-rules.js';

export type { IdeaErrorCode };
export { IDEA_ERROR_CODES, IDEA_LIMITS } from './idea-rules.js';

/** What the form sends and the receiver accepts (SPEC §5), after cleaning. */
export interface IdeaSubmission {
  /** Random UUID v4; also the `Idempotency-Key` header. */
  id: string;
  title: string;
  description: string;
  /** A topic id of the form's data source. */
  topic?: string;
  location?: { address?: string; lat?: number; lon?: number };
  contact?: { name?: string; email?: string };
  wantsReply?: boolean;
  consent: true;
  /** The form's UI language. */
  lang: string;
  /** The page the form was on (origin and path). */
  page: string;
  /** ISO time of the first input. */
  startedAt: string;
  /** The honeypot: people leave it empty. */
  website?: string;
}

/** Dotted path of a field (`title`, `contact.email`, …); `''` for the body as a whole. */
export type IdeaErrors = Record<string, IdeaErrorCode>;

export type IdeaValidation = { ok: true; idea: IdeaSubmission } | { ok: false; errors: IdeaErrors };

export declare const UUID_V4: RegExp;

export declare const IdeaSchema: GenericSchema<unknown, IdeaSubmission>;

export declare function validateIdea(input: unknown): IdeaValidation;
