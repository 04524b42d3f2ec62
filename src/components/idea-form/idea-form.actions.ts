/**
 * What the idea form does: the controllers the view's setup gives each form (the send, the draft,
 * the counter, the network), what a person's typing and clicking does, and what each step of a
 * send means for the person and the page. Part of the view, so it is fetched with it.
 */
import type { ReactiveController } from 'lit';
import { OnlineController } from '../../controllers/online-controller.js';
import { emptyIdeaValues, type IdeaValues } from '../../data/idea.js';
import { formTexts } from '../../i18n/messages/form.js';
import { DescriptionCounter } from './description-counter.js';
import { DraftController } from './draft-controller.js';
import { isBlank } from './draft-storage.js';
import { FieldRechecks } from './field-rechecks.js';
import type { QuartierIdeaForm } from './idea-form.js';
import type { DraftNote, TextField } from './idea-form.types.js';
import { loadSchema, type IdeaInForm } from './idea-payload.js';
import { actionUrlOf, warnIfIncomplete } from './page-setup.js';
import { SubmissionController, type SubmissionEvent } from './submission-controller.js';

/** The view's setup: the form's texts, empty fields and its own controllers, once per element. */
export function setup(el: QuartierIdeaForm): void {
  el.formText = el.useTexts(formTexts);
  el.values = emptyIdeaValues();
  el.submission = new SubmissionController(el, {
    idea: () => ideaOf(el),
    action: () => actionUrlOf(el.action),
    timings: () => el.timings,
    transport: () => el.transport,
    stepped: (event, id) => stepped(el, event, id ?? ''),
  });
  el.counter = new DescriptionCounter(el, () => el.texts);
  el.network = new OnlineController(el, {
    online: () => el.submission.resume() || el.announcer.announce(el.texts.offline.back),
    offline: () => el.announcer.announce(el.texts.offline.banner),
  });
  el.draft = new DraftController(
    el,
    () => ({
      action: el.action,
      enabled: !el.noDraft,
      values: el.values,
      startedAt: el.startedAt,
      pending: el.submission.state.pending,
    }),
    () => el.timings.draftDelay,
    (saved) => saved !== el.draftNote.saved && (el.draftNote = { ...el.draftNote, saved }),
  );
  el.rechecks = new FieldRechecks(
    () => el.submission.state.attempted && !el.submission.sending,
    (fields) => void el.submission.check(fields),
  );
  new FormPageSetup(el);
}

/**
 * What follows from the page's attributes: the draft for `action` restored (at once, so a public
 * method called before the view arrived sees it; again when `action` changes), the receiver's
 * schema fetched ahead, a missing `action` or `privacy-url` reported.
 */
class FormPageSetup implements ReactiveController {
  /** The action whose draft was looked for, so a draft is restored once. */
  private draftLookedUpFor?: string;
  /** The attributes a draft was last looked for with, and those last checked for a warning. */
  private looked?: { action: string; noDraft: boolean };
  private checked?: { action: string; privacyUrl: string };

  constructor(private readonly el: QuartierIdeaForm) {
    el.addController(this);
    this.lookForDraft();
  }

  hostConnected(): void {
    // Fetched ahead for the first check, when the browser is idle: building its schemas in the
    // task that draws the form would make that task long on a phone.
    if ('requestIdleCallback' in window) requestIdleCallback(() => void loadSchema());
    else setTimeout(() => void loadSchema(), 200);
  }

  /** Before the form renders, so a draft for a new `action` shows in the same update. */
  hostUpdate(): void {
    this.lookForDraft();
  }

  hostUpdated(): void {
    const { action, privacyUrl } = this.el;
    if (action === this.checked?.action && privacyUrl === this.checked.privacyUrl) return;
    this.checked = { action, privacyUrl };
    warnIfIncomplete(action, privacyUrl);
  }

  private lookForDraft(): void {
    const { action, noDraft } = this.el;
    if (action === this.looked?.action && noDraft === this.looked.noDraft) return;
    this.looked = { action, noDraft };
    if (this.draftLookedUpFor !== action) this.restoreDraft();
  }

  private restoreDraft(): void {
    const el = this.el;
    if (el.noDraft || !el.action || el.submission.phase !== 'editing') return;
    this.draftLookedUpFor = el.action;
    // Someone who already typed here keeps what they typed.
    if (!isBlank(el.values)) return;
    const draft = el.draft.read();
    if (!draft) return;
    el.values = { ...emptyIdeaValues(), ...draft.values };
    el.startedAt = draft.startedAt;
    el.submission.dispatch({ type: 'restored', pending: draft.pending });
    el.draftNote = { saved: true, restoredAt: draft.savedAt };
  }
}

/** A text field or the topic changed. */
export function onInput(el: QuartierIdeaForm, field: TextField, event: Event): void {
  const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  // Text fields are read-only while sending; a select cannot be, so its change is undone.
  if (el.submission.sending) return el.requestUpdate();
  el.submission.prepare();
  change(el, { [field]: target.value });
  if (field === 'description') el.counter.typed(target.value.length);
}

/** A checkbox changed. */
export function onCheck(el: QuartierIdeaForm, field: 'wantsReply' | 'consent', event: Event) {
  if (el.submission.sending) return el.requestUpdate();
  change(el, { [field]: (event.target as HTMLInputElement).checked });
  // Ticking "Ich möchte eine Antwort" changes what the e-mail field needs.
  if (field === 'wantsReply' && el.submission.state.attempted) void el.submission.check(['email']);
}

/** The honeypot changed (a machine filled it). */
export function onHoneypot(el: QuartierIdeaForm, event: Event): void {
  el.values = { ...el.values, website: (event.target as HTMLInputElement).value };
}

/** "Idee senden" or Enter. */
export function onSubmit(el: QuartierIdeaForm, event: Event): void {
  event.preventDefault();
  void el.submission.send();
}

/** "Entwurf verwerfen": everything goes, but "Rückgängig" brings it back. */
export function discardDraft(el: QuartierIdeaForm): void {
  const discarded = el.values;
  startOver(el, { saved: el.draftNote.saved, discarded });
  el.submission.dispatch({ type: 'reset' });
  el.announcer.announce(el.texts.draft.discarded);
  el.focusAfterUpdate(() => el.renderRoot.querySelector<HTMLElement>('#undo-discard'));
}

/** "Rückgängig". */
export function undoDiscard(el: QuartierIdeaForm): void {
  if (!el.draftNote.discarded) return;
  el.values = el.draftNote.discarded;
  el.draftNote = { ...el.draftNote, discarded: undefined };
  el.startedAt = new Date().toISOString();
  el.draft.save();
  el.focusAfterUpdate(() => el.renderRoot.querySelector<HTMLElement>('#title'));
}

/** "Weitere Idee einreichen". */
export function anotherIdea(el: QuartierIdeaForm): void {
  el.submission.dispatch({ type: 'reset' });
  el.focusAfterUpdate(() => el.renderRoot.querySelector<HTMLElement>('#title'));
}

/** What each step of a send means for the person and the page. */
function stepped(el: QuartierIdeaForm, event: SubmissionEvent, id: string): void {
  const m = el.texts;
  switch (event.type) {
    case 'invalid':
      if (event.status) el.emit('quartier-idea-error', { id, status: event.status });
      return el.focusAfterUpdate(() => el.renderRoot.querySelector<HTMLElement>('#error-summary'));
    case 'too-fast':
      return el.announcer.announce(m.tooFast);
    case 'sending':
      el.draft.save();
      return el.announcer.announce(m.sending);
    case 'retrying':
      return el.announcer.announce(m.retrying(event.attempt));
    case 'failed':
      el.emit('quartier-idea-error', { id, status: event.failure.status });
      return;
    case 'sent':
      startOver(el, { saved: false });
      el.announcer.announce(m.success.announcement(event.reference || undefined));
      el.emit('quartier-idea-submitted', { id, reference: event.reference });
      return el.focusAfterUpdate(() => el.renderRoot.querySelector<HTMLElement>('#success'));
  }
}

/** Empty fields, no draft kept; the submission resets itself. */
function startOver(el: QuartierIdeaForm, note: DraftNote): void {
  el.draft.clear();
  el.values = emptyIdeaValues();
  el.startedAt = undefined;
  el.draftNote = note;
}

function change(el: QuartierIdeaForm, patch: Partial<IdeaValues>): void {
  el.startedAt ??= new Date().toISOString();
  el.values = { ...el.values, ...patch };
  if (el.draftNote.discarded) el.draftNote = { ...el.draftNote, discarded: undefined };
  el.submission.dispatch({ type: 'edited' });
  el.draft.schedule();
}

/** The idea as the form holds it now. */
function ideaOf(el: QuartierIdeaForm): IdeaInForm {
  const { values, startedAt, withLocation } = el;
  const scope = el.scope.topics;
  const known = (el.data.value?.topics ?? []).map((topic) => topic.id);
  const topics = known.filter((id) => scope.length === 0 || scope.includes(id));
  return { values, topics, lang: el.language, startedAt, withLocation };
}
