/**
 * The idea form's view: the frame (offline banner, "loading", the live
 * regions), the form with its fields in order and the send button, or the
 * thank-you. Fields are in form-fields.ts, what the form says about itself
 * in form-status.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { IDEA_LIMITS } from '../../data/idea.js';
import { resolveText, textLang } from '../../data/text.js';
import { textsPending } from '../../i18n/bundle.js';
import { coreTexts, dirOf } from '../../i18n/locale.js';
import { formTexts } from '../../i18n/messages/form.js';
import type { ElementView } from '../shared/quartier-element.js';
import {
  renderCheck,
  renderConsent,
  renderDescription,
  renderHoneypot,
  renderText,
  renderTopic,
} from './form-fields.js';
import {
  renderDraftHint,
  renderDraftNote,
  renderFailure,
  renderSuccess,
  renderSummary,
} from './form-status.js';
import type { QuartierIdeaForm } from './idea-form.js';
import { onSubmit, setup } from './idea-form.actions.js';
import { ideaFormStyles } from './idea-form.styles.js';
import { actionUrlOf } from './page-setup.js';

export const ideaFormView: ElementView<QuartierIdeaForm> = {
  styles: ideaFormStyles,
  setup,
  render: (el) => renderFrame(el),
};

function renderFrame(el: QuartierIdeaForm): TemplateResult {
  const lang = el.language;
  // Both the shared texts and the form's own, so no label shows in German meanwhile.
  const textsLoading = textsPending(coreTexts, lang) || textsPending(formTexts, lang);
  return html`<div
    class="base"
    part="base"
    lang=${lang}
    dir=${dirOf(lang)}
    aria-busy=${(el.src && el.data.loading) || textsLoading ? 'true' : 'false'}
  >
    ${el.network.online ? nothing : html`<p class="offline">${el.texts.offline.banner}</p>`}
    ${
      textsLoading
        ? // Not a form in two languages: "loading" until this language's texts are here.
          html`<p class="status" role="status">${el.messages.loading}</p>`
        : el.submission.phase === 'sent'
          ? renderSuccess(el)
          : renderForm(el)
    }
    ${el.feedbackLink()} ${el.announcer.region()} ${el.counter.region()}
  </div>`;
}

/** Topics to choose from: the source's, narrowed by `topics`. */
function topicOptions(el: QuartierIdeaForm): { id: string; label: string; lang?: string }[] {
  const scope = el.scope.topics;
  return (el.data.value?.topics ?? [])
    .filter((topic) => scope.length === 0 || scope.includes(topic.id))
    .map((topic) => ({
      id: topic.id,
      label: resolveText(topic.label, el.language),
      // A topic named only in German inside an English form is marked as German (WCAG 3.1.2).
      lang: textLang(topic.label, el.language),
    }));
}

function renderForm(el: QuartierIdeaForm): TemplateResult {
  const m = el.texts;
  const sending = el.submission.sending;
  const topics = topicOptions(el);
  const showTopics = Boolean(el.src) && (topics.length > 0 || el.data.loading || el.data.failed);
  return html`<form
      part="form"
      novalidate
      aria-label=${m.formLabel}
      @submit=${(event: Event) => onSubmit(el, event)}
      @focusout=${(event: FocusEvent) => el.rechecks.onFocusOut(event)}
      @pointerdown=${() => el.rechecks.onPointerDown()}
    >
      ${renderDraftNote(el)} ${renderSummary(el)}
      <p class="intro">${m.intro}</p>
      ${renderText(el, 'title', { required: true, autocomplete: 'off', hint: m.hint.title(IDEA_LIMITS.title) })}
      ${renderDescription(el)} ${showTopics ? renderTopic(el, topics) : nothing}
      ${
        el.withLocation
          ? renderText(el, 'address', { autocomplete: 'off', hint: m.hint.address })
          : nothing
      }
      <fieldset>
        <legend>${m.contactLegend}</legend>
        <p class="hint">${m.contactHint}</p>
        ${renderText(el, 'name', { autocomplete: 'name' })}
        ${renderCheck(el, 'wantsReply', html`${m.label.wantsReply}`)}
        ${renderText(el, 'email', {
          type: 'email',
          autocomplete: 'email',
          required: el.values.wantsReply,
          hint: el.values.wantsReply ? m.hint.emailRequired : m.hint.email,
        })}
      </fieldset>
      ${renderConsent(el)} ${renderHoneypot(el)} ${renderFailure(el)}
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
        ${el.submission.state.tooFast ? html`<p class="status-text">${m.tooFast}</p>` : nothing}
      </div>
      ${renderDraftHint(el)}
    </form>
    ${actionUrlOf(el.action) ? nothing : html`<slot></slot>`}`;
}
