/**
 * The idea as the receiver gets it (SPEC §5) and its check with the
 * receiver's own schema, loaded when first needed so a page does not pay for
 * valibot before someone writes an idea.
 */
import { ideaFingerprint, newSubmissionId, toPayload, type IdeaValues } from '../../data/idea.js';
import { toFieldErrors, type FieldErrors } from './field-errors.js';

let schemaModule: Promise<typeof import('../../data/idea-schema.js')> | undefined;
export const loadSchema = () => (schemaModule ??= import('../../data/idea-schema.js'));

/** What the form holds of an idea. */
export interface IdeaInForm {
  values: IdeaValues;
  /** Ids of the topics offered now: a topic no longer offered is not sent. */
  topics: string[];
  lang: string;
  /** ISO time of the first input. */
  startedAt?: string;
  withLocation: boolean;
}

const sendable = (idea: IdeaInForm): IdeaValues => ({
  ...idea.values,
  topic: idea.topics.includes(idea.values.topic) ? idea.values.topic : '',
});

export const fingerprintOf = (idea: IdeaInForm): string =>
  ideaFingerprint(sendable(idea), idea.withLocation);

export function payloadOf(idea: IdeaInForm, id: string): Record<string, unknown> {
  return toPayload(sendable(idea), {
    id,
    lang: idea.lang,
    page: `${location.origin}${location.pathname}`,
    startedAt: idea.startedAt ?? new Date().toISOString(),
    withLocation: idea.withLocation,
  });
}

/** Errors of the idea, by field. */
export async function checkIdea(idea: IdeaInForm): Promise<FieldErrors> {
  const { validateIdea } = await loadSchema();
  const result = validateIdea(payloadOf(idea, newSubmissionId()));
  return result.ok ? new Map() : toFieldErrors(result.errors);
}
