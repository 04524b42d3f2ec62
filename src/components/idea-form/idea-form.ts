/**
 * The idea form's definition: its attributes, what the templates read, and the public methods.
 * What a person's typing and clicking does, the draft and the send (a state machine in
 * submission-controller.ts) come with the view (idea-form.actions.ts), its templates in
 * idea-form.view.ts.
 */
import { property, state } from 'lit/decorators.js';
import { AnnouncerController } from '../../controllers/announcer-controller.js';
import { DataController } from '../../controllers/data-controller.js';
import type { OnlineController } from '../../controllers/online-controller.js';
import type { IdeaValues } from '../../data/idea.js';
import type { FormMessages } from '../../i18n/messages/de-form.js';
import { sharedStyles } from '../../styles/shared.js';
import { QuartierElement } from '../shared/quartier-element.js';
import { formSpace } from '../shared/reserved-size.js';
import type { DescriptionCounter } from './description-counter.js';
import type { DraftController } from './draft-controller.js';
import type { FieldRechecks } from './field-rechecks.js';
import { DEFAULT_FORM_TIMINGS, type DraftNote, type IdeaFormTimings } from './idea-form.types.js';
import type { SubmissionController } from './submission-controller.js';

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
  /** @internal */
  static override ownTexts = ['form'] as const;

  /** @internal The topic source. */
  readonly data = new DataController(this, () => this.src);
  /** @internal */ readonly announcer = new AnnouncerController(this);

  // The form's own controllers and texts: set by the view's setup (idea-form.actions.ts), so a
  // page without a form shown never fetches them.
  /** @internal Sending, as a state machine. */ declare submission: SubmissionController;
  /** @internal */ declare counter: DescriptionCounter;
  /** @internal */ declare network: OnlineController;
  /** @internal */ declare draft: DraftController;
  /** @internal After the first attempt, a field is checked again when focus leaves it. */
  declare rechecks: FieldRechecks;
  /** @internal The form's own texts in the current language. */
  declare formText: () => FormMessages;

  /** @internal Shorter waits for tests and stories. Not public API. */
  timings: IdeaFormTimings = DEFAULT_FORM_TIMINGS;

  /** @internal A fetch used instead of the browser's, for stories without a receiver. Not public API. */
  transport?: typeof fetch;

  /** @internal What the person typed (empty fields from the view's setup on). */
  @state() values!: IdeaValues;
  /** @internal */ @state() draftNote: DraftNote = { saved: false };
  /** @internal ISO time of the first input; kept in the draft. */
  startedAt?: string;

  /** Where the idea is sent (POST, JSON; SPEC §5). Required. */
  @property({ attribute: 'action' }) action = '';

  /** The page with the full privacy notice (Datenschutzhinweise). Required. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  /** `address` (default): a free-text "Ort" field; `none`: no location field. */
  @property({ attribute: 'location' }) location: 'address' | 'none' = 'address';

  /** Keeps no draft in the browser's storage. */
  @property({ attribute: 'no-draft', type: Boolean }) noDraft = false;

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

  /** Checks the fields and shows what needs fixing, as a send would, without sending; true if fine. */
  async reportValidity(): Promise<boolean> {
    await this.viewReady();
    const errors = await this.submission.check();
    if (errors.size > 0)
      this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#error-summary'));
    return errors.size === 0;
  }

  /** Sends the idea, as the "Idee senden" button does (checks first; never twice at once). */
  async requestSubmit(): Promise<void> {
    await this.viewReady();
    return this.submission.send();
  }
}
