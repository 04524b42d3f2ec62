/**
 * The idea form's definition: its attributes, what a person's typing and
 * clicking does, the draft, and the send (a state machine in
 * submission-controller.ts). Its templates are in idea-form.view.ts.
 */
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnnouncerController } from '../../controllers/announcer-controller.js';
import { DataController } from '../../controllers/data-controller.js';
import { OnlineController } from '../../controllers/online-controller.js';
import { emptyIdeaValues, type IdeaValues } from '../../data/idea.js';
import type { FormMessages } from '../../i18n/messages/de-form.js';
import { formTexts } from '../../i18n/messages/form.js';
import { sharedStyles } from '../../styles/shared.js';
import { QuartierElement } from '../shared/quartier-element.js';
import { formSpace } from '../shared/reserved-size.js';
import { DraftController } from './draft-controller.js';
import { isBlank } from './draft-storage.js';
import { FieldRechecks } from './field-rechecks.js';
import { DescriptionCounter } from './description-counter.js';
import { DEFAULT_FORM_TIMINGS, type IdeaFormTimings } from './idea-form.types.js';
import type { DraftNote, TextField } from './idea-form.types.js';
import { loadSchema, type IdeaInForm } from './idea-payload.js';
import { actionUrlOf, warnIfIncomplete } from './page-setup.js';
import { SubmissionController, type SubmissionEvent } from './submission-controller.js';

export type { IdeaErrorDetail, IdeaSubmittedDetail } from './idea-form.types.js';
export { DEFAULT_FORM_TIMINGS, type IdeaFormTimings };

/**
 * A form for residents' ideas that loses nothing: the draft stays on the device, sends are
 * retried with one idempotency key, and every problem is said in plain words beside the field it concerns.
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
 * @cssprop [--quartier-focus-width=3px] - Focus ring width.
 * @cssprop [--quartier-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--quartier-font-size=inherit] - Base text size; the host page's by default.
 * @cssprop [--quartier-form-max-width=42rem] - Widest the form grows.
 * @cssprop [--quartier-paragraph-spacing] - Space after each paragraph (WCAG 1.4.12: 2em); the element's own by default.
 * @slot - Fallback content (say, an e-mail address), shown until the element is defined and when the form has no `action`.
 * @slot notice - Replaces the short privacy notice beside the consent (who keeps what, why, how long).
 * @slot next-steps - Replaces the "what happens next" text of the thank-you.
 */
export class QuartierIdeaForm extends QuartierElement {
  static override styles = [sharedStyles];

  /** @internal The topic source. */
  readonly data = new DataController(this, () => this.src);
  private readonly formText = this.useTexts(formTexts);
  /** @internal Sending, as a state machine. */
  readonly submission = new SubmissionController(this, {
    idea: () => this.idea(),
    action: () => actionUrlOf(this.action),
    timings: () => this.timings,
    transport: () => this.transport,
    stepped: (event, id) => this.stepped(event, id ?? ''),
  });
  /** @internal */ readonly announcer = new AnnouncerController(this);
  /** @internal */
  readonly counter = new DescriptionCounter(this, () => this.texts);
  /** @internal */ readonly network = new OnlineController(this, {
    online: () => this.submission.resume() || this.announcer.announce(this.texts.offline.back),
    offline: () => this.announcer.announce(this.texts.offline.banner),
  });
  private readonly draft = new DraftController(
    this,
    () => ({
      action: this.action,
      enabled: !this.noDraft,
      values: this.values,
      startedAt: this.startedAt,
      pending: this.submission.state.pending,
    }),
    () => this.timings.draftDelay,
    (saved) => saved !== this.draftNote.saved && (this.draftNote = { ...this.draftNote, saved }),
  );
  /** @internal After the first attempt, a field is checked again when focus leaves it. */
  readonly rechecks = new FieldRechecks(
    () => this.submission.state.attempted && !this.submission.sending,
    (fields) => void this.submission.check(fields),
  );

  /** @internal Shorter waits for tests and stories. Not public API. */
  timings: IdeaFormTimings = DEFAULT_FORM_TIMINGS;

  /** @internal A fetch used instead of the browser's, for stories without a receiver. Not public API. */
  transport?: typeof fetch;

  /** The action whose draft was looked for, so a draft is restored once. */
  private draftLookedUpFor?: string;
  /** ISO time of the first input; kept in the draft. */
  private startedAt?: string;

  /** @internal What the person typed. */
  @state() values: IdeaValues = emptyIdeaValues();
  /** @internal */ @state() draftNote: DraftNote = { saved: false };

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
    void loadSchema();
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

  /** @internal The form's own texts in the current language. */
  get texts(): FormMessages {
    return this.formText();
  }

  /** @internal */
  get withLocation(): boolean {
    return this.location !== 'none';
  }

  protected override reservedSpace(): string {
    return formSpace(this.clientWidth);
  }

  /** @internal A text field or the topic changed. */
  onInput(field: TextField, event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    // Text fields are read-only while sending; a select cannot be, so its change is undone.
    if (this.submission.sending) return this.requestUpdate();
    this.submission.prepare();
    this.change({ [field]: target.value });
    if (field === 'description') this.counter.typed(target.value.length);
  }

  /** @internal A checkbox changed. */
  onCheck(field: 'wantsReply' | 'consent', event: Event): void {
    if (this.submission.sending) return this.requestUpdate();
    this.change({ [field]: (event.target as HTMLInputElement).checked });
    // Ticking "Ich möchte eine Antwort" changes what the e-mail field needs.
    if (field === 'wantsReply' && this.submission.state.attempted)
      void this.submission.check(['email']);
  }

  /** @internal The honeypot changed (a machine filled it). */
  onHoneypot(event: Event): void {
    this.values = { ...this.values, website: (event.target as HTMLInputElement).value };
  }

  /** @internal "Idee senden" or Enter. */
  onSubmit(event: Event): void {
    event.preventDefault();
    void this.submission.send();
  }

  /** @internal "Entwurf verwerfen": everything goes, but "Rückgängig" brings it back. */
  discardDraft(): void {
    const discarded = this.values;
    this.startOver({ saved: this.draftNote.saved, discarded });
    this.submission.dispatch({ type: 'reset' });
    this.announcer.announce(this.texts.draft.discarded);
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#undo-discard'));
  }

  /** @internal "Rückgängig". */
  undoDiscard(): void {
    if (!this.draftNote.discarded) return;
    this.values = this.draftNote.discarded;
    this.draftNote = { ...this.draftNote, discarded: undefined };
    this.startedAt = new Date().toISOString();
    this.draft.save();
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#title'));
  }

  /** @internal "Weitere Idee einreichen". */
  anotherIdea(): void {
    this.submission.dispatch({ type: 'reset' });
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#title'));
  }

  /** Checks the fields and shows what needs fixing, as a send would, without sending; true if fine. */
  async reportValidity(): Promise<boolean> {
    const errors = await this.submission.check();
    if (errors.size > 0) this.focusSummary();
    return errors.size === 0;
  }

  /** Sends the idea, as the "Idee senden" button does (checks first; never twice at once). */
  requestSubmit(): Promise<void> {
    return this.submission.send();
  }

  /** What each step of a send means for the person and the page. */
  private stepped(event: SubmissionEvent, id: string): void {
    const m = this.texts;
    switch (event.type) {
      case 'invalid':
        if (event.status) this.emit('quartier-idea-error', { id, status: event.status });
        return this.focusSummary();
      case 'too-fast':
        return this.announcer.announce(m.tooFast);
      case 'sending':
        this.draft.save();
        return this.announcer.announce(m.sending);
      case 'retrying':
        return this.announcer.announce(m.retrying(event.attempt));
      case 'failed':
        this.emit('quartier-idea-error', { id, status: event.failure.status });
        return;
      case 'sent':
        this.startOver({ saved: false });
        this.announcer.announce(m.success.announcement(event.reference || undefined));
        this.emit('quartier-idea-submitted', { id, reference: event.reference });
        return this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#success'));
    }
  }

  private focusSummary(): void {
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#error-summary'));
  }

  /** Empty fields, no draft kept; the submission resets itself. */
  private startOver(note: DraftNote): void {
    this.draft.clear();
    this.values = emptyIdeaValues();
    this.startedAt = undefined;
    this.draftNote = note;
  }

  private change(patch: Partial<IdeaValues>): void {
    this.startedAt ??= new Date().toISOString();
    this.values = { ...this.values, ...patch };
    if (this.draftNote.discarded) this.draftNote = { ...this.draftNote, discarded: undefined };
    this.submission.dispatch({ type: 'edited' });
    this.draft.schedule();
  }

  private restoreDraft(): void {
    if (this.noDraft || !this.action || this.submission.phase !== 'editing') return;
    this.draftLookedUpFor = this.action;
    // Someone who already typed here keeps what they typed.
    if (!isBlank(this.values)) return;
    const draft = this.draft.read();
    if (!draft) return;
    this.values = { ...emptyIdeaValues(), ...draft.values };
    this.startedAt = draft.startedAt;
    this.submission.dispatch({ type: 'restored', pending: draft.pending });
    this.draftNote = { saved: true, restoredAt: draft.savedAt };
  }

  /** The idea as the form holds it now. */
  private idea(): IdeaInForm {
    const { values, startedAt, withLocation } = this;
    const scope = this.scope.topics;
    const known = (this.data.value?.topics ?? []).map((topic) => topic.id);
    const topics = known.filter((id) => scope.length === 0 || scope.includes(id));
    return { values, topics, lang: this.language, startedAt, withLocation };
  }
}
