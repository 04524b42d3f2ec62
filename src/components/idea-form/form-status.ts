/**
 * What the form says about itself: the error summary, a failed send, the notes about the draft
 * and the thank-you after success.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { intlLocale } from '../../i18n/locale.js';
import { isBlank } from './draft-storage.js';
import type { FormContext } from './form-context.js';
import { errorText } from './form-fields.js';

export function renderSummary(ctx: FormContext): TemplateResult | typeof nothing {
  if (ctx.errors.size === 0) return nothing;
  const m = ctx.m;
  return html`<div
    id="error-summary"
    class="summary"
    part="error-summary"
    tabindex="-1"
    aria-labelledby="error-summary-heading"
  >
    ${ctx.heading(m.summaryHeading(ctx.errors.size), 0, 'error-summary-heading')}
    <ul>
      ${[...ctx.errors].map(([field, error]) => {
        const text = errorText(ctx, field, error);
        return html`<li>
          ${
            field === ''
              ? text
              : html`<a href=${`#${field}`} @click=${(event: Event) => ctx.jumpTo(event, field)}
                  >${text}</a
                >`
          }
        </li>`;
      })}
    </ul>
  </div>`;
}

export function renderFailure(ctx: FormContext): TemplateResult | typeof nothing {
  const failure = ctx.failure;
  if (!failure) return nothing;
  const m = ctx.m;
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
  const kept = ctx.draft.saved && !ctx.noDraft ? m.failed.keptOnDevice : m.failed.kept;
  const canRetry = failure.reason !== 'no-action';
  return html`<div class="failure" part="failure" role="alert">
    <strong>${m.failed.heading}</strong>
    <p>${reason} ${kept}</p>
    ${
      canRetry
        ? html`<button class="button secondary" type="button" @click=${() => ctx.send()}>
            ${m.resend}
          </button>`
        : nothing
    }
  </div>`;
}

export function renderDraftNote(ctx: FormContext): TemplateResult | typeof nothing {
  const m = ctx.m.draft;
  const { discarded, restoredAt } = ctx.draft;
  if (discarded) {
    return html`<div class="note" part="draft-note">
      <p>${m.discarded}</p>
      <button
        id="undo-discard"
        class="button secondary"
        type="button"
        @click=${() => ctx.undoDiscard()}
      >
        ${m.undo}
      </button>
    </div>`;
  }
  if (restoredAt === undefined || ctx.noDraft) return nothing;
  const savedAt = new Intl.DateTimeFormat(intlLocale(ctx.lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(restoredAt);
  return html`<div class="note" part="draft-note">
    <p>${m.restored(savedAt)}</p>
    <button class="button secondary" type="button" @click=${() => ctx.discardDraft()}>
      ${m.discard}
    </button>
  </div>`;
}

export function renderDraftHint(ctx: FormContext): TemplateResult | typeof nothing {
  if (ctx.noDraft || !ctx.action || !ctx.draft.saved || ctx.draft.restoredAt !== undefined)
    return nothing;
  const m = ctx.m.draft;
  return html`<p class="draft-hint">
    <span>${m.kept}</span>
    ${
      isBlank(ctx.values)
        ? nothing
        : html`<button class="text-button" type="button" @click=${() => ctx.discardDraft()}>
            ${m.discard}
          </button>`
    }
  </p>`;
}

export function renderSuccess(ctx: FormContext): TemplateResult {
  const m = ctx.m.success;
  return html`<div
    id="success"
    class="success"
    part="success"
    tabindex="-1"
    aria-labelledby="success-heading"
  >
    ${ctx.heading(m.heading, 0, 'success-heading')}
    ${
      ctx.reference
        ? html`<p>${m.reference} <strong class="reference">${ctx.reference}</strong></p>`
        : nothing
    }
    <slot name="next-steps"><p>${m.next}</p></slot>
    <button class="button secondary" type="button" @click=${() => ctx.anotherIdea()}>
      ${m.another}
    </button>
  </div>`;
}
