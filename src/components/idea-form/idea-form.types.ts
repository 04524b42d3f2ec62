/** The idea form's types: its events (typed once, for `emit` and pages), its waits, its field names. */
import type { IdeaValues } from '../../data/idea.js';
import { DEFAULT_SEND_TIMINGS } from './send-timings.js';
import type { SubmissionTimings } from './submission-controller.js';

/** Waits of the form. Internal: tests and stories shorten them; pages cannot. */
export interface IdeaFormTimings extends SubmissionTimings {
  /** The draft is saved at most this long after an input (SPEC: ≤ 500 ms). */
  draftDelay: number;
}

export const DEFAULT_FORM_TIMINGS: IdeaFormTimings = {
  ...DEFAULT_SEND_TIMINGS,
  minFillTime: 3000,
  draftDelay: 300,
};

export interface IdeaSubmittedDetail {
  id: string;
  /** The receiver's reference number for the person; may be empty if a receiver sends none. */
  reference: string;
}

export interface IdeaErrorDetail {
  id: string;
  /** HTTP status of the final answer; 0 when none arrived (offline, server down, timeout). */
  status: number;
}

export type TextField = 'title' | 'description' | 'topic' | 'address' | 'name' | 'email';

/** What the notes about the draft show: whether it is kept, when it was restored, what was discarded. */
export interface DraftNote {
  saved: boolean;
  restoredAt?: number;
  discarded?: IdeaValues;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quartier-idea-submitted': CustomEvent<IdeaSubmittedDetail>;
    'quartier-idea-error': CustomEvent<IdeaErrorDetail>;
  }
}
