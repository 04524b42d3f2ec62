/**
 * What the form says about itself: the error summary, a failed send, the notes about the draft
 * and the thank-you after success.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { IdeaField } from '../../data/idea.js';
import { intlLocale } from '../../i18n/locale.js';
import { isBlank } from './draft-storage.js';
import type { QuartierIdeaForm } from './idea-form.js';
import { anotherIdea, discardDraft, undoDiscard } from './idea-form.actions.js';
import { errorText } from './form-fields.js';

/** A summary link: fragments do not cross the shadow boundary, so focus the field ourselves. */
function jumpTo(el: QuartierIdeaForm, event: Event, field: IdeaField): void {
  event.preventDefault();
  const target = el.renderRoot.querySelector<HTMLElement>(`#${field}`);
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}

/** An alert, so the errors are heard even where the focus move is not; focused as well. */
export function renderSummary(el: QuartierIdeaForm): TemplateResult | typeof nothing {
  if (el.submission.state.errors.size === 0) return nothing;
  const m = el.texts;
  return html`<div
    id="error-summary"
    class="summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-heading"
  >
    ${el.heading(m.summaryHeading(el.submission.state.errors.size), 0, 'error-summary-heading')}
    <ul>
      ${[...el.submission.state.errors].map(([field, error]) => {
        const text = errorText(el, field, error);
        return html`<li>
          ${
            field === ''
              ? text
              : html`<a href=${`#${field}`} @click=${(event: Event) => jumpTo(el, event, field)}
                  >${text}</a
                >`
          }
        </li>`;
      })}
    </ul>
  </div>`;
}

export function renderFailure(el: QuartierIdeaForm): TemplateResult | typeof nothing {
  const failure = el.submission.state.failure;
  if (!failure) return nothing;
  const m = el.texts;
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
  const kept = el.draftNote.saved && !el.noDraft ? m.failed.keptOnDevice : m.failed.kept;
  const canRetry = failure.reason !== 'no-action';
  return html`<div class="failure" part="failure" role="alert">
    <strong>${m.failed.heading}</strong>
    <p>${reason} ${kept}</p>
    ${
      canRetry
        ? html`<button
            class="button secondary"
            type="button"
            @click=${() => void el.submission.send()}
          >
            ${m.resend}
          </button>`
        : nothing
    }
  </div>`;
}

export function renderDraftNote(el: QuartierIdeaForm): TemplateResult | typeof nothing {
  const m = el.texts.draft;
  const { discarded, restoredAt } = el.draftNote;
  if (discarded) {
    return html`<div class="note" part="draft-note">
      <p>${m.discarded}</p>
      <button
        id="undo-discard"
        class="button secondary"
        type="button"
        @click=${() => undoDiscard(el)}
      >
        ${m.undo}
      </button>
    </div>`;
  }
  if (restoredAt === undefined || el.noDraft) return nothing;
  const savedAt = new Intl.DateTimeFormat(intlLocale(el.language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(restoredAt);
  return html`<div class="note" part="draft-note">
    <p>${m.restored(savedAt)}</p>
    <button class="button secondary" type="button" @click=${() => discardDraft(el)}>
      ${m.discard}
    </button>
  </div>`;
}

export function renderDraftHint(el: QuartierIdeaForm): TemplateResult | typeof nothing {
  if (el.noDraft || !el.action || !el.draftNote.saved || el.draftNote.restoredAt !== undefined)
    return nothing;
  const m = el.texts.draft;
  return html`<p class="draft-hint">
    <span>${m.kept}</span>
    ${
      isBlank(el.values)
        ? nothing
        : html`<button class="text-button" type="button" @click=${() => discardDraft(el)}>
            ${m.discard}
          </button>`
    }
  </p>`;
}

/** A named region, not a live one: the announcer already says once that the idea was sent. */
export function renderSuccess(el: QuartierIdeaForm): TemplateResult {
  const m = el.texts.success;
  return html`<div
    id="success"
    class="success"
    part="success"
    role="region"
    tabindex="-1"
    aria-labelledby="success-heading"
  >
    ${el.heading(m.heading, 0, 'success-heading')}
    ${
      el.submission.state.reference
        ? html`<p>
            ${m.reference} <strong class="reference">${el.submission.state.reference}</strong>
          </p>`
        : nothing
    }
    <slot name="next-steps"><p>${m.next}</p></slot>
    <button class="button secondary" type="button" @click=${() => anotherIdea(el)}>
      ${m.another}
    </button>
  </div>`;
}
