/**
 * The idea form's sending as one state machine: editing → sending → (retrying) → sent | failed |
 * waiting-for-network. Every change of state goes through `transition()`, a pure function; the
 * controller runs one send at a time (checks first, holds back a send that comes too fast, waits
 * for the network) and tells its host of each step, so the host can speak, fire events and move focus.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newSubmissionId, type IdeaField } from '../../data/idea.js';
import { inFieldOrder, toFieldErrors, type FieldErrors } from './field-errors.js';
import { checkIdea, fingerprintOf, payloadOf, type IdeaInForm } from './idea-payload.js';
import type { FailureReason, SendResult, SendTimings } from './send-timings.js';

/** The sending code (ky's retries, the receiver's answers): a chunk of its own, see `prepare()`. */
const loadSender = () => import('./send-idea.js');
const browserOffline = () => globalThis.navigator?.onLine === false;

export type SubmissionPhase =
  'editing' | 'sending' | 'retrying' | 'sent' | 'failed' | 'waiting-for-network';

export interface Failure {
  reason: FailureReason;
  /** HTTP status of the final answer; 0 when none arrived. */
  status: number;
  /** What the server asked us to wait, in seconds. */
  retryAfter?: number;
}

/** A send that may have reached the receiver: a retry of the same content reuses its id. */
export interface PendingSend {
  id: string;
  fingerprint: string;
}

export interface SubmissionState {
  readonly phase: SubmissionPhase;
  /** Problems found by the last check, or named by the receiver, by field. */
  readonly errors: FieldErrors;
  /** After the first attempt, fields are checked again when they lose focus. */
  readonly attempted: boolean;
  /** The last attempt came sooner than the minimum time after the first input. */
  readonly tooFast: boolean;
  /** Why sending stopped (`failed`, `waiting-for-network`). */
  readonly failure?: Failure;
  /** The retry under way (`retrying`, 1-based). */
  readonly attempt: number;
  /** The receiver's reference number (`sent`); may be empty. */
  readonly reference: string;
  readonly pending?: PendingSend;
}

export type SubmissionEvent =
  /** A send begins: its check is under way. */
  | { type: 'attempt' }
  /** The check (or the receiver, with `status` 422) found problems: back to the fields. */
  | { type: 'invalid'; errors: FieldErrors; status?: number }
  /** A check without sending (`fields`: only these are looked at again). */
  | { type: 'checked'; errors: FieldErrors; fields?: readonly IdeaField[] }
  | { type: 'too-fast' }
  /** The browser is offline: nothing was tried, it goes out once the network is back. */
  | { type: 'offline' }
  | { type: 'sending'; pending: PendingSend }
  | { type: 'retrying'; attempt: number }
  | { type: 'sent'; reference: string }
  | { type: 'failed'; failure: Failure }
  /** The person changed something. */
  | { type: 'edited' }
  /** A restored draft brings the id of a send that may have arrived. */
  | { type: 'restored'; pending?: PendingSend }
  /** Start over (another idea, a discarded draft); a send on its way still finishes. */
  | { type: 'reset' };

export const INITIAL_SUBMISSION: SubmissionState = {
  phase: 'editing',
  errors: new Map(),
  attempted: false,
  tooFast: false,
  attempt: 0,
  reference: '',
};

const isSending = (phase: SubmissionPhase) => phase === 'sending' || phase === 'retrying';

/** The one place the state changes. */
export function transition(state: SubmissionState, event: SubmissionEvent): SubmissionState {
  const fresh = { errors: new Map(), failure: undefined, tooFast: false, attempt: 0 };
  switch (event.type) {
    case 'attempt':
      return { ...state, attempted: true, tooFast: false };
    case 'invalid':
      return { ...state, ...fresh, phase: 'editing', attempted: true, errors: event.errors };
    case 'checked': {
      if (!event.fields) return { ...state, attempted: true, errors: event.errors };
      const errors = new Map(state.errors);
      for (const field of event.fields) {
        const error = event.errors.get(field);
        if (error) errors.set(field, error);
        else errors.delete(field);
      }
      return { ...state, errors: inFieldOrder(errors) };
    }
    case 'too-fast':
      return { ...state, ...fresh, phase: 'editing', tooFast: true };
    case 'offline':
      return {
        ...state,
        ...fresh,
        phase: 'waiting-for-network',
        failure: { reason: 'offline', status: 0 },
      };
    case 'sending':
      return { ...state, ...fresh, phase: 'sending', pending: event.pending };
    case 'retrying':
      return { ...state, phase: 'retrying', attempt: event.attempt };
    case 'sent':
      return { ...INITIAL_SUBMISSION, phase: 'sent', reference: event.reference };
    case 'failed': {
      const phase = event.failure.reason === 'offline' ? 'waiting-for-network' : 'failed';
      return { ...state, ...fresh, phase, failure: event.failure };
    }
    case 'edited':
      return state.tooFast ? { ...state, tooFast: false } : state;
    case 'restored':
      return { ...state, pending: event.pending };
    case 'reset':
      return isSending(state.phase)
        ? { ...state, ...fresh, attempted: false, pending: undefined }
        : INITIAL_SUBMISSION;
  }
}

/** The event that ends a send, from the transport's result. */
export function outcomeOf(result: SendResult): SubmissionEvent {
  switch (result.kind) {
    case 'accepted':
      return { type: 'sent', reference: result.reference ?? '' };
    case 'invalid':
      return { type: 'invalid', errors: toFieldErrors(result.errors), status: 422 };
    case 'failed':
      return {
        type: 'failed',
        failure: { reason: result.reason, status: result.status, retryAfter: result.retryAfter },
      };
  }
}

export interface SubmissionTimings extends SendTimings {
  /** A send sooner than this after the first input is held back (anti-spam). */
  minFillTime: number;
}

/** What the controller needs from the form. */
export interface SubmissionTarget {
  /** The idea as the form holds it now. */
  idea(): IdeaInForm;
  /** Where it goes: an absolute http(s) URL, or none when the page gave none. */
  action(): string | undefined;
  timings(): SubmissionTimings;
  /** A fetch used instead of the browser's (stories). */
  transport(): typeof fetch | undefined;
  /** Told after each step, once the state has changed; `id` is the submission's, when it has one. */
  stepped(event: SubmissionEvent, id?: string): void;
}

export class SubmissionController implements ReactiveController {
  state: SubmissionState = INITIAL_SUBMISSION;
  /** Set synchronously by a send, so a second click before the next render does nothing. */
  private running = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: SubmissionTarget,
  ) {
    host.addController(this);
  }

  /** Fetches the sending code ahead, when a person starts typing, so "Idee senden" does not wait for it. */
  prepare(): void {
    if (!browserOffline()) void loadSender().catch(() => undefined);
  }

  get phase(): SubmissionPhase {
    return this.state.phase;
  }

  /** Whether a send is on its way (fields are read-only). */
  get sending(): boolean {
    return isSending(this.state.phase);
  }

  /** Nothing to set up: the host calls `resume()` when the network is back. */
  hostConnected(): void {}

  /** Applies an event, re-renders, and tells the host. */
  dispatch(event: SubmissionEvent, id?: string): void {
    this.state = transition(this.state, event);
    this.host.requestUpdate();
    this.target.stepped(event, id);
  }

  /** Checks and, when everything is fine, sends; never twice at once, never after success. */
  async send(): Promise<void> {
    if (this.running || this.sending || this.phase === 'sent') return;
    this.running = true;
    try {
      await this.attempt();
    } finally {
      this.running = false;
    }
  }

  /** Back online: a send that waited for the network goes out. Returns whether one did. */
  resume(): boolean {
    if (this.phase !== 'waiting-for-network') return false;
    void this.send();
    return true;
  }

  /** Checks all fields (`fields`: only these) without sending; resolves with what was found. */
  async check(fields?: readonly IdeaField[]): Promise<FieldErrors> {
    const errors = await checkIdea(this.target.idea());
    this.dispatch({ type: 'checked', errors, fields });
    return errors;
  }

  private async attempt(): Promise<void> {
    const target = this.target;
    this.dispatch({ type: 'attempt' });
    const errors = await checkIdea(target.idea());
    if (errors.size > 0) return this.dispatch({ type: 'invalid', errors });
    const timings = target.timings();
    const idea = target.idea();
    const started = idea.startedAt ? Date.parse(idea.startedAt) : Date.now();
    if (Date.now() - started < timings.minFillTime) return this.dispatch({ type: 'too-fast' });
    const fingerprint = fingerprintOf(idea);
    const pending = this.state.pending;
    const id = pending?.fingerprint === fingerprint ? pending.id : newSubmissionId();
    const action = target.action();
    if (!action)
      return this.dispatch({ type: 'failed', failure: { reason: 'no-action', status: 0 } }, id);
    // Not a failed send (nothing was tried): it goes out once the browser is online.
    if (globalThis.navigator?.onLine === false) return this.dispatch({ type: 'offline' }, id);
    // Kept before the first byte leaves: a reload during the send retries with the same id.
    this.dispatch({ type: 'sending', pending: { id, fingerprint } }, id);
    const sender = await loadSender().catch(() => undefined);
    const result: SendResult = sender
      ? await sender.sendIdea(action, payloadOf(idea, id), id, {
          timings,
          fetch: target.transport(),
          onRetry: (attempt) => this.dispatch({ type: 'retrying', attempt }, id),
        })
      : // The sending code could not be fetched: offline, it waits for the network as a send would.
        { kind: 'failed', reason: browserOffline() ? 'offline' : 'network', status: 0 };
    this.dispatch(outcomeOf(result), id);
  }
}
