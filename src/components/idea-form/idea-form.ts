import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DataController } from '../../controllers/data-controller.js';
import {
  emptyIdeaValues,
  ideaFingerprint,
  IDEA_LIMITS,
  newSubmissionId,
  toPayload,
  type IdeaField,
  type IdeaValues,
} from '../../data/idea.js';
import { resolveText } from '../../data/text.js';
import { textsPending } from '../../i18n/bundle.js';
import { coreTexts, dirOf } from '../../i18n/locale.js';
import type { FormMessages } from '../../i18n/messages/de-form.js';
import { formTexts } from '../../i18n/messages/form.js';
import { sharedStyles } from '../../styles/shared.js';
import { QuartierElement } from '../shared/quartier-element.js';
import { DraftController } from './draft-controller.js';
import { isBlank, readDraft, type IdeaDraft } from './draft-storage.js';
import { inFieldOrder, toFieldErrors, type FieldErrors } from './field-errors.js';
import { FieldRechecks } from './field-rechecks.js';
import type { Failure, FormContext, Phase, TextField } from './form-context.js';
import { renderForm } from './form-layout.js';
import { renderSuccess } from './form-status.js';
import { ideaFormStyles } from './idea-form.styles.js';
import { actionUrlOf, warnIfIncomplete } from './page-setup.js';
import { DEFAULT_SEND_TIMINGS, sendIdea, type SendResult, type SendTimings } from './send-idea.js';

/** Waits of the form. Internal: tests and stories shorten them; pages cannot. */
export interface IdeaFormTimings extends SendTimings {
  /** A send sooner than this after the first input is held back (anti-spam, SPEC §3). */
  minFillTime: number;
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

/** Description lengths from which the remaining characters are announced (and at which again). */
const ANNOUNCE_REMAINING = [400, 200, 100, 50, 20, 10, 0];

/** Loaded when first needed, so the page does not pay for valibot before someone writes an idea. */
let schemaModule: Promise<typeof import('../../data/idea-schema.js')> | undefined;
const loadSchema = () => (schemaModule ??= import('../../data/idea-schema.js'));

/**
 * A form for residents' ideas that loses nothing: the draft stays on the
 * device, sends are retried with one idempotency key, and every problem is
 * said in plain words beside the field it concerns.
 *
 * @tag quartier-idea-form
 * @summary Sends an idea to the neighbourhood management; keeps a draft, retries safely, fully accessible.
 * @fires quartier-idea-submitted - The receiver accepted the idea. Detail: `{id, reference}`.
 * @fires quartier-idea-error - A send failed for good (after retries), or the receiver refused it. Detail: `{id, status}`; status 0 = no answer.
 * @fires quartier-data-warning - Items of the topic source were skipped or corrected. Detail: `{warnings}`.
 * @csspart base - The element's frame.
 * @csspart form - The form.
 * @csspart field - Each field with its label, hint and error message.
 * @csspart counter - The character counter of the description.
 * @csspart error-summary - The list of problems shown after a send attempt.
 * @csspart notice - The short privacy notice beside the consent.
 * @csspart submit - The "Idee senden" button.
 * @csspart failure - The message when sending failed, with "Erneut senden".
 * @csspart success - The thank-you with the reference number.
 * @csspart draft-note - The note about a restored or discarded draft.
 * @cssprop [--quartier-accent=#1f5fa6] - Accent colour of buttons, links and notes.
 * @cssprop [--quartier-text=#1b1b1b] - Text colour.
 * @cssprop [--quartier-text-muted=#4b5563] - Colour of hints.
 * @cssprop [--quartier-surface=#ffffff] - Background of fields.
 * @cssprop [--quartier-surface-muted=#f2f4f7] - Background of notes and messages.
 * @cssprop [--quartier-border=#6b7280] - Border colour of fields.
 * @cssprop [--quartier-error=#b3261e] - Colour of errors.
 * @cssprop [--quartier-radius=0.375rem] - Corner radius.
 * @cssprop [--quartier-spacing=1rem] - Space between fields.
 * @cssprop [--quartier-focus-color=#0b3d91] - Focus ring colour.
 * @cssprop [--quartier-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--quartier-form-max-width=42rem] - Widest the form grows.
 * @slot - Fallback content (say, an e-mail address), shown until the element is defined and when the form has no `action`.
 * @slot notice - Replaces the short privacy notice beside the consent (who keeps what, why, how long).
 * @slot next-steps - Replaces the "what happens next" text of the thank-you.
 */
export class QuartierIdeaForm extends QuartierElement {
  static override styles = [sharedStyles, ideaFormStyles];

  private readonly data = new DataController(this, () => this.src);
  private readonly formText = this.useTexts(formTexts);
  private readonly draft = new DraftController(
    this,
    () => ({ action: this.action, enabled: !this.noDraft, draft: this.currentDraft() }),
    () => this.timings.draftDelay,
    (saved) => (this.draftSaved = saved),
  );

  /**
   * Shorter waits for tests and stories. Not public API.
   * @internal
   */
  timings: IdeaFormTimings = DEFAULT_FORM_TIMINGS;

  /**
   * A fetch used instead of the browser's, for stories without a receiver. Not public API.
   * @internal
   */
  transport?: typeof fetch;

  /** Set synchronously by a send, so a second click before the next render does nothing. */
  private busy = false;
  /** The action whose draft was looked for, so a draft is restored once. */
  private draftLookedUpFor?: string;
  /** ISO time of the first input; kept in the draft. */
  private startedAt?: string;
  /** A send that may have reached the receiver: retries of the same content reuse its id. */
  private pending?: { id: string; fingerprint: string };
  /** Send as soon as the browser is back online (the person already asked to send). */
  private sendWhenOnline = false;
  private lastAnnouncedRemaining?: number;
  /** After the first attempt, a field is checked again when focus leaves it. */
  private readonly rechecks = new FieldRechecks(
    () => this.attempted && this.phase !== 'sending',
    (fields) => void this.recheck(fields),
  );

  @query('#error-summary') private summary?: HTMLElement;
  @query('#success') private successPanel?: HTMLElement;

  @state() private values: IdeaValues = emptyIdeaValues();
  @state() private phase: Phase = 'editing';
  @state() private errors: FieldErrors = new Map();
  /** After the first send attempt, fields are checked again when they lose focus. */
  @state() private attempted = false;
  @state() private failure?: Failure;
  @state() private tooFast = false;
  @state() private online = true;
  @state() private reference = '';
  /** When the restored draft was saved; set while its note is shown. */
  @state() private restoredAt?: number;
  /** The values of a discarded draft, for "Rückgängig". */
  @state() private discarded?: IdeaValues;
  @state() private draftSaved = false;
  @state() private announcement = '';
  @state() private counterAnnouncement = '';

  /** Where the idea is sent (POST, JSON; SPEC §5). Required. */
  @property({ attribute: 'action' }) action = '';

  /** The page with the full privacy notice (Datenschutzhinweise). Required. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  /** `address` (default): a free-text "Ort" field; `none`: no location field. */
  @property({ attribute: 'location' }) location: 'address' | 'none' = 'address';

  /** Keeps no draft in the browser's storage. */
  @property({ attribute: 'no-draft', type: Boolean }) noDraft = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.online = navigator.onLine !== false;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    void loadSchema();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('action') || changed.has('noDraft')) && this.draftLookedUpFor !== this.action)
      this.restoreDraft();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('action') || changed.has('privacyUrl'))
      warnIfIncomplete(this.action, this.privacyUrl);
  }

  private restoreDraft(): void {
    if (this.noDraft || !this.action || this.phase !== 'editing') return;
    this.draftLookedUpFor = this.action;
    // Someone who already typed here keeps what they typed.
    if (!isBlank(this.values)) return;
    const draft = readDraft(this.action);
    if (!draft || isBlank(draft.values)) return;
    this.values = { ...emptyIdeaValues(), ...draft.values };
    this.startedAt = draft.startedAt;
    this.pending = draft.pending;
    this.restoredAt = draft.savedAt;
    this.draftSaved = true;
  }

  private currentDraft(): IdeaDraft | undefined {
    if (isBlank(this.values)) return undefined;
    return {
      values: this.values,
      savedAt: Date.now(),
      startedAt: this.startedAt,
      pending: this.pending,
    };
  }

  private readonly onOnline = () => {
    this.online = true;
    if (this.sendWhenOnline && this.phase === 'failed') {
      this.sendWhenOnline = false;
      void this.send();
    } else {
      this.announce(this.texts.offline.back);
    }
  };

  private readonly onOffline = () => {
    this.online = false;
    this.announce(this.texts.offline.banner);
  };

  private onInput(field: TextField, event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (this.phase === 'sending') {
      // Text fields are read-only while sending; a select cannot be, so its change is undone.
      this.requestUpdate();
      return;
    }
    this.change({ [field]: target.value });
    if (field === 'description') this.announceRemaining(target.value.length);
  }

  private onCheck(field: 'wantsReply' | 'consent', event: Event): void {
    if (this.phase === 'sending') {
      this.requestUpdate();
      return;
    }
    const checked = (event.target as HTMLInputElement).checked;
    this.change({ [field]: checked });
    // Ticking "Ich möchte eine Antwort" changes what the e-mail field needs.
    if (field === 'wantsReply' && this.attempted) void this.recheck(['email']);
  }

  private change(patch: Partial<IdeaValues>): void {
    this.startedAt ??= new Date().toISOString();
    this.values = { ...this.values, ...patch };
    this.tooFast = false;
    this.discarded = undefined;
    this.draft.schedule();
  }

  private onHoneypot(event: Event): void {
    this.values = { ...this.values, website: (event.target as HTMLInputElement).value };
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.send();
  }

  private announceRemaining(length: number): void {
    const max = IDEA_LIMITS.description;
    const remaining = max - length;
    const threshold = ANNOUNCE_REMAINING.find(
      (limit, i) => remaining <= limit && remaining > (ANNOUNCE_REMAINING[i + 1] ?? -Infinity),
    );
    const mark = remaining < 0 ? -1 : threshold;
    if (mark === this.lastAnnouncedRemaining) return;
    this.lastAnnouncedRemaining = mark;
    if (mark !== undefined) this.counterAnnouncement = this.texts.counterAnnouncement(length, max);
  }

  /** Polite announcement; the same text twice is announced twice. */
  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  /** The form's own texts in the current language. */
  private get texts(): FormMessages {
    return this.formText();
  }

  private get withLocation(): boolean {
    return this.location !== 'none';
  }

  /** Topics to choose from: the source's, narrowed by `topics`. */
  private topicOptions(): { id: string; label: string }[] {
    const scope = this.scope.topics;
    return (this.data.value?.topics ?? [])
      .filter((topic) => scope.length === 0 || scope.includes(topic.id))
      .map((topic) => ({ id: topic.id, label: resolveText(topic.label, this.language) }));
  }

  /** The values as sent: a topic no longer offered is not sent. */
  private sendableValues(): IdeaValues {
    const topics = this.topicOptions();
    const topic = topics.some((option) => option.id === this.values.topic) ? this.values.topic : '';
    return { ...this.values, topic };
  }

  private payload(id: string): Record<string, unknown> {
    return toPayload(this.sendableValues(), {
      id,
      lang: this.language,
      page: `${location.origin}${location.pathname}`,
      startedAt: this.startedAt ?? new Date().toISOString(),
      withLocation: this.withLocation,
    });
  }

  /** Errors of the current values, by field, checked with the receiver's schema. */
  private async check(): Promise<FieldErrors> {
    const { validateIdea } = await loadSchema();
    const result = validateIdea(this.payload(newSubmissionId()));
    return result.ok ? new Map() : toFieldErrors(result.errors);
  }

  private async recheck(fields: IdeaField[]): Promise<void> {
    const found = await this.check();
    const errors = new Map(this.errors);
    for (const field of fields) {
      const error = found.get(field);
      if (error) errors.set(field, error);
      else errors.delete(field);
    }
    this.errors = inFieldOrder(errors);
  }

  private async showErrors(errors: FieldErrors): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    this.summary?.focus();
  }

  private fireError(id: string, status: number): void {
    this.dispatchEvent(
      new CustomEvent<IdeaErrorDetail>('quartier-idea-error', {
        detail: { id, status },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private fail(failure: Failure, id: string): void {
    this.phase = 'failed';
    this.failure = failure;
    this.fireError(id, failure.status);
  }

  private async send(): Promise<void> {
    if (this.busy || this.phase === 'sending' || this.phase === 'success') return;
    this.busy = true;
    try {
      await this.trySend();
    } finally {
      this.busy = false;
    }
  }

  private async trySend(): Promise<void> {
    const m = this.texts;
    this.attempted = true;
    this.tooFast = false;
    const errors = await this.check();
    if (errors.size > 0) {
      this.phase = 'editing';
      this.failure = undefined;
      await this.showErrors(errors);
      return;
    }
    this.errors = new Map();
    const started = this.startedAt ? Date.parse(this.startedAt) : Date.now();
    if (Date.now() - started < this.timings.minFillTime) {
      this.tooFast = true;
      this.announce(m.tooFast);
      return;
    }
    const values = this.sendableValues();
    const fingerprint = ideaFingerprint(values, this.withLocation);
    const id = this.pending?.fingerprint === fingerprint ? this.pending.id : newSubmissionId();
    const action = actionUrlOf(this.action);
    if (!action) {
      this.fail({ reason: 'no-action', status: 0 }, id);
      return;
    }
    if (!navigator.onLine) {
      // Not a failed send (nothing was tried), so no error event: it goes out once the browser is online.
      this.sendWhenOnline = true;
      this.phase = 'failed';
      this.failure = { reason: 'offline', status: 0 };
      return;
    }
    // Kept before the first byte leaves: a reload during the send retries with the same id.
    this.pending = { id, fingerprint };
    this.draft.save();
    this.phase = 'sending';
    this.failure = undefined;
    this.announce(m.sending);
    const result = await sendIdea(action, this.payload(id), id, {
      timings: this.timings,
      fetch: this.transport,
      onRetry: (attempt) => this.announce(m.retrying(attempt)),
    });
    await this.settle(result, id);
  }

  private async settle(result: SendResult, id: string): Promise<void> {
    switch (result.kind) {
      case 'accepted':
        return this.succeed(id, result.reference ?? '');
      case 'invalid':
        this.phase = 'editing';
        this.fireError(id, 422);
        return this.showErrors(toFieldErrors(result.errors));
      case 'failed':
        if (result.reason === 'offline') this.sendWhenOnline = true;
        this.fail(
          { reason: result.reason, status: result.status, retryAfter: result.retryAfter },
          id,
        );
        return;
    }
  }

  private async succeed(id: string, reference: string): Promise<void> {
    this.draft.clear();
    this.pending = undefined;
    this.startedAt = undefined;
    this.values = emptyIdeaValues();
    this.errors = new Map();
    this.attempted = false;
    this.failure = undefined;
    this.restoredAt = undefined;
    this.draftSaved = false;
    this.reference = reference;
    this.phase = 'success';
    this.announce(this.texts.success.announcement(reference || undefined));
    this.dispatchEvent(
      new CustomEvent<IdeaSubmittedDetail>('quartier-idea-submitted', {
        detail: { id, reference },
        bubbles: true,
        composed: true,
      }),
    );
    await this.updateComplete;
    this.successPanel?.focus();
  }

  private discardDraft(): void {
    this.discarded = this.values;
    this.draft.clear();
    this.values = emptyIdeaValues();
    this.startedAt = undefined;
    this.pending = undefined;
    this.errors = new Map();
    this.attempted = false;
    this.restoredAt = undefined;
    this.failure = undefined;
    this.tooFast = false;
    if (this.phase === 'failed') this.phase = 'editing';
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#undo-discard'));
  }

  private undoDiscard(): void {
    if (!this.discarded) return;
    this.values = this.discarded;
    this.discarded = undefined;
    this.startedAt = new Date().toISOString();
    this.draft.save();
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#title'));
  }

  private anotherIdea(): void {
    this.phase = 'editing';
    this.reference = '';
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#title'));
  }

  /** A summary link: fragments do not cross the shadow boundary, so focus the field ourselves. */
  private jumpTo(event: Event, field: IdeaField): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${field}`);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  /**
   * Checks the fields and shows what needs fixing, as a send would, without
   * sending. Resolves true when everything is fine.
   */
  async reportValidity(): Promise<boolean> {
    this.attempted = true;
    const errors = await this.check();
    await this.showErrors(errors);
    return errors.size === 0;
  }

  /** Sends the idea, as the "Idee senden" button does (checks first; never twice at once). */
  requestSubmit(): Promise<void> {
    return this.send();
  }

  override render(): TemplateResult {
    const lang = this.language;
    const m = this.texts;
    const textsLoading = textsPending(coreTexts, lang);
    return html`<div
      class="base"
      part="base"
      lang=${lang}
      dir=${dirOf(lang)}
      aria-busy=${(this.src && this.data.loading) || textsLoading ? 'true' : 'false'}
    >
      ${this.online ? nothing : html`<p class="offline">${m.offline.banner}</p>`}
      ${
        textsLoading
          ? // Not a form in two languages: "loading" until this language's texts are here.
            html`<p class="status" role="status">${this.messages.loading}</p>`
          : this.phase === 'success'
            ? renderSuccess(this.context())
            : renderForm(this.context())
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div class="visually-hidden" aria-live="polite">${this.counterAnnouncement}</div>
    </div>`;
  }

  /** What the templates need from the element, for this render. */
  private context(): FormContext {
    return {
      lang: this.language,
      messages: this.messages,
      m: this.texts,
      values: this.values,
      errors: this.errors,
      phase: this.phase,
      failure: this.failure,
      tooFast: this.tooFast,
      reference: this.reference,
      action: this.action,
      privacyUrl: this.privacyUrl,
      noDraft: this.noDraft,
      withLocation: this.withLocation,
      draft: { saved: this.draftSaved, restoredAt: this.restoredAt, discarded: this.discarded },
      topicSource: {
        given: Boolean(this.src),
        loading: this.data.loading,
        failed: this.data.failed,
        retry: () => this.data.retry(),
      },
      topicOptions: () => this.topicOptions(),
      heading: (text, offset, id) => this.heading(text, offset, id),
      onSubmit: (event) => this.onSubmit(event),
      onFocusOut: (event) => this.rechecks.onFocusOut(event),
      onPointerDown: () => this.rechecks.onPointerDown(),
      onInput: (field, event) => this.onInput(field, event),
      onCheck: (field, event) => this.onCheck(field, event),
      onHoneypot: (event) => this.onHoneypot(event),
      jumpTo: (event, field) => this.jumpTo(event, field),
      send: () => void this.send(),
      discardDraft: () => this.discardDraft(),
      undoDiscard: () => this.undoDiscard(),
      anotherIdea: () => this.anotherIdea(),
    };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quartier-idea-submitted': CustomEvent<IdeaSubmittedDetail>;
    'quartier-idea-error': CustomEvent<IdeaErrorDetail>;
  }
}
