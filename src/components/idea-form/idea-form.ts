import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
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
import { safeLinkUrl } from '../../data/urls.js';
import { textsPending } from '../../i18n/bundle.js';
import { coreTexts, dirOf, intlLocale } from '../../i18n/locale.js';
import type { FormMessages } from '../../i18n/messages/de-form.js';
import { formTexts } from '../../i18n/messages/form.js';
import { shared } from '../../state/shared.js';
import { sharedStyles } from '../../styles/shared.js';
import { QuartierElement } from '../shared/quartier-element.js';
import { DraftController } from './draft-controller.js';
import { isBlank, readDraft, type IdeaDraft } from './draft-storage.js';
import {
  describeFieldError,
  inFieldOrder,
  toFieldErrors,
  type FieldError,
  type FieldErrors,
} from './field-errors.js';
import { ideaFormStyles } from './idea-form.styles.js';
import {
  DEFAULT_SEND_TIMINGS,
  sendIdea,
  type FailureReason,
  type SendResult,
  type SendTimings,
} from './send-idea.js';

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

type Phase = 'editing' | 'sending' | 'failed' | 'success';

interface Failure {
  reason: FailureReason;
  status: number;
  retryAfter?: number;
}

/** Description lengths from which the remaining characters are announced (and at which again). */
const ANNOUNCE_REMAINING = [400, 200, 100, 50, 20, 10, 0];

/** Loaded when first needed, so the page does not pay for valibot before someone writes an idea. */
let schemaModule: Promise<typeof import('../../data/idea-schema.js')> | undefined;
const loadSchema = () => (schemaModule ??= import('../../data/idea-schema.js'));

type TextField = 'title' | 'description' | 'topic' | 'address' | 'name' | 'email';

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
  /** Fields to check once the pointer is up: a message must not move the target of a click away. */
  private recheckAfterPointer = new Set<IdeaField>();
  private pointerHeld = false;

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
    if (changed.has('action') || changed.has('privacyUrl')) this.warnIfIncomplete();
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

  /** A missing `action` or `privacy-url` is the page's mistake: say so once, for the webmaster. */
  private warnIfIncomplete(): void {
    const missing = [
      this.action ? '' : 'action',
      safeLinkUrl(this.privacyUrl, document.baseURI) ? '' : 'privacy-url',
    ].filter(Boolean);
    if (missing.length === 0) return;
    const key = `idea-form:missing:${missing.join(',')}`;
    if (shared().warned.has(key)) return;
    shared().warned.add(key);
    console.warn(
      `quartier-widgets: <quartier-idea-form> braucht ${missing.map((name) => `„${name}“`).join(' und ')}.`,
    );
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

  /** After the first attempt, a field is checked again when focus leaves it. */
  private onFocusOut(event: FocusEvent): void {
    if (!this.attempted || this.phase === 'sending') return;
    const field = (event.target as HTMLElement).dataset.field as IdeaField | undefined;
    if (!field) return;
    if (this.pointerHeld) this.recheckAfterPointer.add(field);
    else void this.recheck([field]);
  }

  private onPointerDown(): void {
    this.pointerHeld = true;
    // On the window: the pointer may be released outside the form.
    window.addEventListener('pointerup', this.onPointerUp, { once: true });
    window.addEventListener('pointercancel', this.onPointerUp, { once: true });
  }

  /** After the click has landed where the person aimed, the deferred checks may move things. */
  private readonly onPointerUp = (): void => {
    window.removeEventListener('pointerup', this.onPointerUp);
    window.removeEventListener('pointercancel', this.onPointerUp);
    this.pointerHeld = false;
    if (this.recheckAfterPointer.size === 0) return;
    const fields = [...this.recheckAfterPointer];
    this.recheckAfterPointer.clear();
    setTimeout(() => void this.recheck(fields));
  };

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
    const action = this.actionUrl();
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

  private actionUrl(): string | undefined {
    if (!this.action) return undefined;
    try {
      const url = new URL(this.action, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
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
    this.focusAfterUpdate('#undo-discard');
  }

  private undoDiscard(): void {
    if (!this.discarded) return;
    this.values = this.discarded;
    this.discarded = undefined;
    this.startedAt = new Date().toISOString();
    this.draft.save();
    this.focusAfterUpdate('#title');
  }

  private anotherIdea(): void {
    this.phase = 'editing';
    this.reference = '';
    this.focusAfterUpdate('#title');
  }

  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
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
            ? this.renderSuccess()
            : this.renderForm()
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div class="visually-hidden" aria-live="polite">${this.counterAnnouncement}</div>
    </div>`;
  }

  private renderSuccess(): TemplateResult {
    const m = this.texts.success;
    return html`<div
      id="success"
      class="success"
      part="success"
      tabindex="-1"
      aria-labelledby="success-heading"
    >
      ${this.heading(m.heading, 0, 'success-heading')}
      ${
        this.reference
          ? html`<p>${m.reference} <strong class="reference">${this.reference}</strong></p>`
          : nothing
      }
      <slot name="next-steps"><p>${m.next}</p></slot>
      <button class="button secondary" type="button" @click=${this.anotherIdea}>
        ${m.another}
      </button>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const m = this.texts;
    const sending = this.phase === 'sending';
    const topics = this.topicOptions();
    const showTopics =
      Boolean(this.src) && (topics.length > 0 || this.data.loading || this.data.failed);
    return html`<form
        part="form"
        novalidate
        aria-label=${m.formLabel}
        @submit=${this.onSubmit}
        @focusout=${this.onFocusOut}
        @pointerdown=${this.onPointerDown}
      >
        ${this.renderDraftNote()} ${this.renderSummary()}
        <p class="intro">${m.intro}</p>
        ${this.renderText('title', { required: true, autocomplete: 'off', hint: m.hint.title(IDEA_LIMITS.title) })}
        ${this.renderDescription()} ${showTopics ? this.renderTopic(topics) : nothing}
        ${
          this.withLocation
            ? this.renderText('address', { autocomplete: 'off', hint: m.hint.address })
            : nothing
        }
        <fieldset>
          <legend>${m.contactLegend}</legend>
          <p class="hint">${m.contactHint}</p>
          ${this.renderText('name', { autocomplete: 'name' })}
          ${this.renderCheck('wantsReply', html`${m.label.wantsReply}`)}
          ${this.renderText('email', {
            type: 'email',
            autocomplete: 'email',
            required: this.values.wantsReply,
            hint: this.values.wantsReply ? m.hint.emailRequired : m.hint.email,
          })}
        </fieldset>
        ${this.renderConsent()} ${this.renderHoneypot()}
        ${this.phase === 'failed' ? this.renderFailure() : nothing}
        <div class="actions">
          <button
            class="button"
            part="submit"
            type="submit"
            aria-disabled=${sending ? 'true' : 'false'}
          >
            ${m.submit}
          </button>
          ${sending ? html`<p class="status-text">${m.sending}</p>` : nothing}
          ${this.tooFast ? html`<p class="status-text">${m.tooFast}</p>` : nothing}
        </div>
        ${this.renderDraftHint()}
      </form>
      ${this.actionUrl() ? nothing : html`<slot></slot>`}`;
  }

  /** Label, hint and error are tied to the control; the "Pflichtangabe" mark is visual (`required` says it to AT). */
  private renderLabel(field: IdeaField, required: boolean): TemplateResult {
    const m = this.texts;
    return html`<div class="label-row">
      <label for=${field}>${m.label[field]}</label>
      ${required ? html`<span class="required-mark" aria-hidden="true">${m.requiredMark}</span>` : nothing}
    </div>`;
  }

  private describedBy(field: IdeaField, ...extra: (string | false)[]): string {
    return [...extra, this.errors.has(field) && `${field}-error`].filter(Boolean).join(' ');
  }

  private renderFieldError(field: IdeaField): TemplateResult | typeof nothing {
    const error = this.errors.get(field);
    if (!error) return nothing;
    return html`<p id=${`${field}-error`} class="error-text">${this.errorText(field, error)}</p>`;
  }

  private errorText(field: IdeaField | '', error: FieldError): string {
    const value = field === '' ? '' : this.values[field];
    return describeFieldError(
      this.texts,
      field,
      error,
      typeof value === 'string' ? value.length : 0,
    );
  }

  private renderText(
    field: 'title' | 'address' | 'name' | 'email',
    options: { required?: boolean; autocomplete: string; type?: string; hint?: string },
  ): TemplateResult {
    const invalid = this.errors.has(field);
    const required = options.required ?? false;
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
      ${this.renderLabel(field, required)}
      ${options.hint ? html`<p id=${`${field}-hint`} class="hint">${options.hint}</p>` : nothing}
      ${this.renderFieldError(field)}
      <input
        id=${field}
        name=${field}
        data-field=${field}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete}
        spellcheck=${options.type === 'email' ? 'false' : nothing}
        inputmode=${options.type === 'email' ? 'email' : nothing}
        ?required=${required}
        ?readonly=${this.phase === 'sending'}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${this.describedBy(field, Boolean(options.hint) && `${field}-hint`) || nothing}
        .value=${live(this.values[field])}
        @input=${(event: Event) => this.onInput(field, event)}
      />
    </div>`;
  }

  private renderDescription(): TemplateResult {
    const m = this.texts;
    const max = IDEA_LIMITS.description;
    const length = this.values.description.length;
    const invalid = this.errors.has('description');
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
      ${this.renderLabel('description', true)}
      <p id="description-hint" class="hint">${m.hint.description(max)}</p>
      ${this.renderFieldError('description')}
      <textarea
        id="description"
        name="description"
        data-field="description"
        rows="8"
        required
        ?readonly=${this.phase === 'sending'}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${this.describedBy('description', 'description-hint', 'description-counter')}
        .value=${live(this.values.description)}
        @input=${(event: Event) => this.onInput('description', event)}
      ></textarea>
      <p id="description-counter" class="counter ${length > max ? 'over' : ''}" part="counter">
        ${m.counter(length, max)}
      </p>
    </div>`;
  }

  private renderTopic(topics: { id: string; label: string }[]): TemplateResult {
    const m = this.texts;
    const status = this.data.loading ? m.topicsLoading : this.data.failed ? m.topicsFailed : '';
    return html`<div class="field" part="field">
      ${this.renderLabel('topic', false)}
      <p id="topic-hint" class="hint">${status || m.hint.topic}</p>
      ${
        this.data.failed
          ? html`<button class="button secondary" type="button" @click=${() => this.data.retry()}>
              ${this.messages.retry}
            </button>`
          : nothing
      }
      <select
        id="topic"
        name="topic"
        data-field="topic"
        aria-describedby="topic-hint"
        @change=${(event: Event) => this.onInput('topic', event)}
      >
        <option value="" .selected=${live(this.values.topic === '')}>${m.topicNone}</option>
        ${topics.map(
          (topic) =>
            html`<option value=${topic.id} .selected=${live(this.values.topic === topic.id)}>
              ${topic.label}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private renderCheck(field: 'wantsReply', label: TemplateResult): TemplateResult {
    return html`<div class="check" part="field">
      <input
        id=${field}
        name=${field}
        data-field=${field}
        type="checkbox"
        .checked=${live(this.values[field])}
        @change=${(event: Event) => this.onCheck(field, event)}
      />
      <label for=${field}>${label}</label>
    </div>`;
  }

  private renderConsent(): TemplateResult {
    const m = this.texts;
    const privacy = safeLinkUrl(this.privacyUrl, document.baseURI);
    const invalid = this.errors.has('consent');
    const link = privacy
      ? html`<a href=${privacy} target="_blank" rel="noopener"
          >${m.consent.link}<span class="visually-hidden"> ${m.consent.newWindow}</span></a
        >`
      : html`${m.consent.link}`;
    return html`<div class="field ${invalid ? 'invalid' : ''}">
      <div class="check" part="field">
        ${this.renderFieldError('consent')}
        <input
          id="consent"
          name="consent"
          data-field="consent"
          type="checkbox"
          required
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.describedBy('consent', 'notice')}
          .checked=${live(this.values.consent)}
          @change=${(event: Event) => this.onCheck('consent', event)}
        />
        <label for="consent"
          >${m.consent.before}${link}${m.consent.after}
          <span class="required-mark" aria-hidden="true">${m.requiredMark}</span></label
        >
      </div>
      <div id="notice" class="notice" part="notice">
        <slot name="notice">
          <strong class="notice-heading">${m.notice.heading}</strong>
          <p>${m.notice.what} ${m.notice.why}</p>
          <p>${m.notice.howLong}</p>
          <p>${m.notice.more}</p>
        </slot>
      </div>
    </div>`;
  }

  /**
   * The honeypot: out of sight, out of the tab order and out of the
   * accessibility tree (`inert`), so only a machine filling every field fills it.
   */
  private renderHoneypot(): TemplateResult {
    return html`<div class="honeypot" aria-hidden="true" inert>
      <label for="website">${this.texts.honeypot}</label>
      <input
        id="website"
        name="website"
        type="text"
        tabindex="-1"
        autocomplete="off"
        .value=${live(this.values.website)}
        @input=${this.onHoneypot}
      />
    </div>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (this.errors.size === 0) return nothing;
    const m = this.texts;
    return html`<div
      id="error-summary"
      class="summary"
      part="error-summary"
      tabindex="-1"
      aria-labelledby="error-summary-heading"
    >
      ${this.heading(m.summaryHeading(this.errors.size), 0, 'error-summary-heading')}
      <ul>
        ${[...this.errors].map(([field, error]) => {
          const text = this.errorText(field, error);
          return html`<li>
            ${
              field === ''
                ? text
                : html`<a href=${`#${field}`} @click=${(event: Event) => this.jumpTo(event, field)}
                    >${text}</a
                  >`
            }
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const failure = this.failure;
    if (!failure) return nothing;
    const m = this.texts;
    const reason = {
      network: m.failed.network,
      offline: m.offline.waiting,
      timeout: m.failed.timeout,
      server: m.failed.server(failure.status),
      busy: m.failed.busy(failure.retryAfter),
      'too-large': m.failed.tooLarge,
      rejected: m.failed.rejected(failure.status),
      'no-action': m.failed.noAction,
    }[failure.reason];
    const kept = this.draftSaved && !this.noDraft ? m.failed.keptOnDevice : m.failed.kept;
    const canRetry = failure.reason !== 'no-action';
    return html`<div class="failure" part="failure" role="alert">
      <strong>${m.failed.heading}</strong>
      <p>${reason} ${kept}</p>
      ${
        canRetry
          ? html`<button class="button secondary" type="button" @click=${() => void this.send()}>
              ${m.resend}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderDraftNote(): TemplateResult | typeof nothing {
    const m = this.texts.draft;
    if (this.discarded) {
      return html`<div class="note" part="draft-note">
        <p>${m.discarded}</p>
        <button id="undo-discard" class="button secondary" type="button" @click=${this.undoDiscard}>
          ${m.undo}
        </button>
      </div>`;
    }
    if (this.restoredAt === undefined || this.noDraft) return nothing;
    const savedAt = new Intl.DateTimeFormat(intlLocale(this.language), {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(this.restoredAt);
    return html`<div class="note" part="draft-note">
      <p>${m.restored(savedAt)}</p>
      <button class="button secondary" type="button" @click=${this.discardDraft}>
        ${m.discard}
      </button>
    </div>`;
  }

  private renderDraftHint(): TemplateResult | typeof nothing {
    if (this.noDraft || !this.action || !this.draftSaved || this.restoredAt !== undefined)
      return nothing;
    const m = this.texts.draft;
    return html`<p class="draft-hint">
      <span>${m.kept}</span>
      ${
        isBlank(this.values)
          ? nothing
          : html`<button class="text-button" type="button" @click=${this.discardDraft}>
              ${m.discard}
            </button>`
      }
    </p>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quartier-idea-submitted': CustomEvent<IdeaSubmittedDetail>;
    'quartier-idea-error': CustomEvent<IdeaErrorDetail>;
  }
}
