/**
 * What a send may take and how it can end: the form's defaults and the
 * shapes its state machine uses, apart from the sending code (send-idea.ts),
 * which is fetched only when a person starts typing.
 */
export interface SendTimings {
  /** Retries after the first try. */
  retryLimit: number;
  /** Wait before retry number `attempt` (1-based), in ms, when the server names none. */
  retryDelay: (attempt: number) => number;
  /** Longest `Retry-After` we wait for (ms); a server asking for more gets a message instead. */
  maxRetryAfter: number;
  /** One try may take this long (ms). */
  tryTimeout: number;
}

export const DEFAULT_SEND_TIMINGS: SendTimings = {
  retryLimit: 3,
  retryDelay: (attempt) => 600 * 2 ** (attempt - 1),
  maxRetryAfter: 10_000,
  tryTimeout: 15_000,
};

export type FailureReason =
  'network' | 'timeout' | 'server' | 'busy' | 'too-large' | 'rejected' | 'offline' | 'no-action';

export type SendResult =
  | { kind: 'accepted'; reference?: string }
  | { kind: 'invalid'; errors: Record<string, string> }
  | {
      kind: 'failed';
      reason: FailureReason;
      /** HTTP status; 0 when no answer arrived. */
      status: number;
      /** What the server asked us to wait, in seconds. */
      retryAfter?: number;
    };
