/**
 * One submission to the receiver (SPEC §5), with ky's retries. POST is not
 * idempotent by itself; here it is, because every try carries the same
 * `Idempotency-Key` and the receiver answers a repeated key with the first
 * result. So network failures, timeouts, 408, 429 and 5xx are retried (with
 * `Retry-After` honoured), and 413 and 422 are not: they need a change first.
 */
import ky, { HTTPError, TimeoutError } from 'ky';

import type { SendResult, SendTimings } from './send-timings.js';

export type { FailureReason, SendResult, SendTimings } from './send-timings.js';
export { DEFAULT_SEND_TIMINGS } from './send-timings.js';

export interface SendOptions {
  timings: SendTimings;
  /** Told before each retry, so the form can say that it is still trying. */
  onRetry?: (attempt: number) => void;
  /** Internal: a fetch to use instead of the browser's (stories). */
  fetch?: typeof fetch;
}

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/** `Retry-After` in seconds (delta seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after')?.trim();
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}

async function readJson(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Field errors of a 422 answer: `{errors: {field: message}}`; anything else counts as one general error. */
function fieldErrors(body: Record<string, unknown> | undefined): Record<string, string> {
  const errors = body?.errors;
  if (typeof errors !== 'object' || errors === null) return { '': '' };
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors as Record<string, unknown>)) {
    result[field] = typeof message === 'string' ? message : '';
  }
  return Object.keys(result).length > 0 ? result : { '': '' };
}

export async function sendIdea(
  action: string,
  payload: Record<string, unknown>,
  id: string,
  options: SendOptions,
): Promise<SendResult> {
  const { timings } = options;
  try {
    const response = await ky.post(action, {
      json: payload,
      headers: { 'Idempotency-Key': id, accept: 'application/json' },
      // No cookies (SPEC §6); the receiver needs none.
      credentials: 'omit',
      timeout: timings.tryTimeout,
      fetch: options.fetch,
      retry: {
        limit: timings.retryLimit,
        methods: ['post'],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: [429, 503],
        maxRetryAfter: timings.maxRetryAfter,
        retryOnTimeout: true,
        delay: timings.retryDelay,
        // A server that asks for a long pause gets it: we stop and say when to try again.
        shouldRetry: ({ error }) => {
          if (!(error instanceof HTTPError)) return undefined;
          const wait = retryAfterSeconds(error.response);
          return wait !== undefined && wait * 1000 > timings.maxRetryAfter ? false : undefined;
        },
      },
      hooks: {
        beforeRetry: [({ retryCount }) => options.onRetry?.(retryCount)],
      },
    });
    const body = await readJson(response);
    const reference = typeof body?.reference === 'string' ? body.reference : undefined;
    return { kind: 'accepted', reference };
  } catch (error) {
    if (error instanceof HTTPError) return failure(error.response);
    if (error instanceof TimeoutError) return { kind: 'failed', reason: 'timeout', status: 0 };
    return {
      kind: 'failed',
      reason: globalThis.navigator?.onLine === false ? 'offline' : 'network',
      status: 0,
    };
  }
}

async function failure(response: Response): Promise<SendResult> {
  const status = response.status;
  if (status === 422) return { kind: 'invalid', errors: fieldErrors(await readJson(response)) };
  if (status === 413) return { kind: 'failed', reason: 'too-large', status };
  if (status === 408) return { kind: 'failed', reason: 'timeout', status };
  if (status === 429 || status === 503)
    return { kind: 'failed', reason: 'busy', status, retryAfter: retryAfterSeconds(response) };
  if (status >= 500) return { kind: 'failed', reason: 'server', status };
  return { kind: 'failed', reason: 'rejected', status };
}
