/** What the form's templates need from the element, handed over in one object. */
import type { TemplateResult } from 'lit';
import type { IdeaField, IdeaValues } from '../../data/idea.js';
import type { FormMessages } from '../../i18n/messages/de-form.js';
import type { Messages } from '../../i18n/messages/de.js';
import type { FieldErrors } from './field-errors.js';
import type { FailureReason } from './send-idea.js';

export type Phase = 'editing' | 'sending' | 'failed' | 'success';

export interface Failure {
  reason: FailureReason;
  status: number;
  retryAfter?: number;
}

export type TextField = 'title' | 'description' | 'topic' | 'address' | 'name' | 'email';

export interface FormContext {
  lang: string;
  messages: Messages;
  /** The form's own texts. */
  m: FormMessages;
  values: IdeaValues;
  errors: FieldErrors;
  phase: Phase;
  failure?: Failure;
  tooFast: boolean;
  /** The receiver's reference number, after success. */
  reference: string;
  /** The element's attributes, as set (`withLocation`: `location` is not `none`). */
  action: string;
  privacyUrl: string;
  noDraft: boolean;
  withLocation: boolean;
  /** The draft's state, for its notes. */
  draft: { saved: boolean; restoredAt?: number; discarded?: IdeaValues };
  /** The topic source: whether there is one, and how loading it goes. */
  topicSource: { given: boolean; loading: boolean; failed: boolean; retry(): void };
  topicOptions(): { id: string; label: string }[];
  /** The element's heading at its `heading-level`. */
  heading(text: string, offset: number, id: string): TemplateResult;
  onSubmit(event: Event): void;
  onFocusOut(event: FocusEvent): void;
  onPointerDown(): void;
  onInput(field: TextField, event: Event): void;
  onCheck(field: 'wantsReply' | 'consent', event: Event): void;
  onHoneypot(event: Event): void;
  jumpTo(event: Event, field: IdeaField): void;
  send(): void;
  discardDraft(): void;
  undoDiscard(): void;
  anotherIdea(): void;
}
