/** The form as a whole: notes, the fields in order, the send button and what it is doing. */
import { html, nothing, type TemplateResult } from 'lit';
import { IDEA_LIMITS } from '../../data/idea.js';
import type { FormContext } from './form-context.js';
import {
  renderCheck,
  renderConsent,
  renderDescription,
  renderHoneypot,
  renderText,
  renderTopic,
} from './form-fields.js';
import { renderDraftHint, renderDraftNote, renderFailure, renderSummary } from './form-status.js';
import { actionUrlOf } from './page-setup.js';

export function renderForm(ctx: FormContext): TemplateResult {
  const m = ctx.m;
  const sending = ctx.phase === 'sending';
  const topics = ctx.topicOptions();
  const source = ctx.topicSource;
  const showTopics = source.given && (topics.length > 0 || source.loading || source.failed);
  return html`<form
      part="form"
      novalidate
      aria-label=${m.formLabel}
      @submit=${(event: Event) => ctx.onSubmit(event)}
      @focusout=${(event: FocusEvent) => ctx.onFocusOut(event)}
      @pointerdown=${() => ctx.onPointerDown()}
    >
      ${renderDraftNote(ctx)} ${renderSummary(ctx)}
      <p class="intro">${m.intro}</p>
      ${renderText(ctx, 'title', { required: true, autocomplete: 'off', hint: m.hint.title(IDEA_LIMITS.title) })}
      ${renderDescription(ctx)} ${showTopics ? renderTopic(ctx, topics) : nothing}
      ${
        ctx.withLocation
          ? renderText(ctx, 'address', { autocomplete: 'off', hint: m.hint.address })
          : nothing
      }
      <fieldset>
        <legend>${m.contactLegend}</legend>
        <p class="hint">${m.contactHint}</p>
        ${renderText(ctx, 'name', { autocomplete: 'name' })}
        ${renderCheck(ctx, 'wantsReply', html`${m.label.wantsReply}`)}
        ${renderText(ctx, 'email', {
          type: 'email',
          autocomplete: 'email',
          required: ctx.values.wantsReply,
          hint: ctx.values.wantsReply ? m.hint.emailRequired : m.hint.email,
        })}
      </fieldset>
      ${renderConsent(ctx)} ${renderHoneypot(ctx)}
      ${ctx.phase === 'failed' ? renderFailure(ctx) : nothing}
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
        ${ctx.tooFast ? html`<p class="status-text">${m.tooFast}</p>` : nothing}
      </div>
      ${renderDraftHint(ctx)}
    </form>
    ${actionUrlOf(ctx.action) ? nothing : html`<slot></slot>`}`;
}
