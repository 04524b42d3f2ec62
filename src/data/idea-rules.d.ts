/** Types of idea-rules.js (plain JavaScript, so that Node runs it without a build step). */
export declare const IDEA_LIMITS: Readonly<{
  title: number;
  description: number;
  topic: number;
  address: number;
  name: number;
  email: number;
  lang: number;
  page: number;
  website: number;
}>;

export type IdeaErrorCode =
  'required' | 'too-long' | 'invalid-email' | 'required-for-reply' | 'consent-required' | 'invalid';

export declare const IDEA_ERROR_CODES: readonly IdeaErrorCode[];
