/**
 * The form's fields: each control with its label, hint and error message, tied together for AT.
 * What a person types takes its own direction (`dir="auto"`): an Arabic title in a German form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { IDEA_LIMITS, type IdeaField } from '../../data/idea.js';
import { safeLinkUrl } from '../../data/urls.js';
import { describeFieldError, type FieldError } from './field-errors.js';
import { onCheck, onHoneypot, onInput } from './idea-form.actions.js';
import type { QuartierIdeaForm } from './idea-form.js';

/** Label, hint and error are tied to the control; the "Pflichtangabe" mark is visual (`required` says it to AT). */
function renderLabel(el: QuartierIdeaForm, field: IdeaField, required: boolean): TemplateResult {
  const m = el.texts;
  return html`<div class="label-row">
    <label for=${field}>${m.label[field]}</label>
    ${required ? html`<span class="required-mark" aria-hidden="true">${m.requiredMark}</span>` : nothing}
  </div>`;
}

function describedBy(el: QuartierIdeaForm, field: IdeaField, ...extra: (string | false)[]): string {
  return [...extra, el.submission.state.errors.has(field) && `${field}-error`]
    .filter(Boolean)
    .join(' ');
}

function renderFieldError(el: QuartierIdeaForm, field: IdeaField): TemplateResult | typeof nothing {
  const error = el.submission.state.errors.get(field);
  if (!error) return nothing;
  return html`<p id=${`${field}-error`} class="error-text">${errorText(el, field, error)}</p>`;
}

export function errorText(el: QuartierIdeaForm, field: IdeaField | '', error: FieldError): string {
  const value = field === '' ? '' : el.values[field];
  return describeFieldError(el.texts, field, error, typeof value === 'string' ? value.length : 0);
}

export function renderText(
  el: QuartierIdeaForm,
  field: 'title' | 'address' | 'name' | 'email',
  options: { required?: boolean; autocomplete: string; type?: string; hint?: string },
): TemplateResult {
  const invalid = el.submission.state.errors.has(field);
  const required = options.required ?? false;
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
    ${renderLabel(el, field, required)}
    ${options.hint ? html`<p id=${`${field}-hint`} class="hint">${options.hint}</p>` : nothing}
    ${renderFieldError(el, field)}
    <input
      id=${field}
      name=${field}
      data-field=${field}
      type=${options.type ?? 'text'}
      dir="auto"
      autocomplete=${options.autocomplete}
      spellcheck=${options.type === 'email' ? 'false' : nothing}
      inputmode=${options.type === 'email' ? 'email' : nothing}
      ?required=${required}
      ?readonly=${el.submission.sending}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(el, field, Boolean(options.hint) && `${field}-hint`) || nothing}
      .value=${live(el.values[field])}
      @input=${(event: Event) => onInput(el, field, event)}
    />
  </div>`;
}

export function renderDescription(el: QuartierIdeaForm): TemplateResult {
  const m = el.texts;
  const max = IDEA_LIMITS.description;
  const length = el.values.description.length;
  const invalid = el.submission.state.errors.has('description');
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
    ${renderLabel(el, 'description', true)}
    <p id="description-hint" class="hint">${m.hint.description(max)}</p>
    ${renderFieldError(el, 'description')}
    <textarea
      id="description"
      name="description"
      data-field="description"
      rows="8"
      dir="auto"
      required
      ?readonly=${el.submission.sending}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(el, 'description', 'description-hint', 'description-counter')}
      .value=${live(el.values.description)}
      @input=${(event: Event) => onInput(el, 'description', event)}
    ></textarea>
    <p id="description-counter" class="counter ${length > max ? 'over' : ''}" part="counter">
      ${m.counter(length, max)}
    </p>
  </div>`;
}

export function renderTopic(
  el: QuartierIdeaForm,
  topics: { id: string; label: string; lang?: string }[],
): TemplateResult {
  const m = el.texts;
  const status = el.data.loading ? m.topicsLoading : el.data.failed ? m.topicsFailed : '';
  return html`<div class="field" part="field">
    ${renderLabel(el, 'topic', false)}
    <p id="topic-hint" class="hint">${status || m.hint.topic}</p>
    ${
      el.data.failed
        ? html`<button class="button secondary" type="button" @click=${() => el.data.retry()}>
            ${el.messages.retry}
          </button>`
        : nothing
    }
    <select
      id="topic"
      name="topic"
      data-field="topic"
      aria-describedby="topic-hint"
      @change=${(event: Event) => onInput(el, 'topic', event)}
    >
      <option value="" .selected=${live(el.values.topic === '')}>${m.topicNone}</option>
      ${topics.map(
        (topic) =>
          html`<option
            value=${topic.id}
            dir="auto"
            lang=${topic.lang ?? nothing}
            .selected=${live(el.values.topic === topic.id)}
          >
            ${topic.label}
          </option>`,
      )}
    </select>
  </div>`;
}

export function renderCheck(
  el: QuartierIdeaForm,
  field: 'wantsReply',
  label: TemplateResult,
): TemplateResult {
  return html`<div class="check" part="field">
    <input
      id=${field}
      name=${field}
      data-field=${field}
      type="checkbox"
      .checked=${live(el.values[field])}
      @change=${(event: Event) => onCheck(el, field, event)}
    />
    <label for=${field}>${label}</label>
  </div>`;
}

export function renderConsent(el: QuartierIdeaForm): TemplateResult {
  const m = el.texts;
  const privacy = safeLinkUrl(el.privacyUrl, document.baseURI);
  const invalid = el.submission.state.errors.has('consent');
  const link = privacy
    ? html`<a href=${privacy} target="_blank" rel="noopener"
        >${m.consent.link}<span class="visually-hidden"> ${m.consent.newWindow}</span></a
      >`
    : html`${m.consent.link}`;
  return html`<div class="field ${invalid ? 'invalid' : ''}">
    <div class="check" part="field">
      ${renderFieldError(el, 'consent')}
      <input
        id="consent"
        name="consent"
        data-field="consent"
        type="checkbox"
        required
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy(el, 'consent', 'notice')}
        .checked=${live(el.values.consent)}
        @change=${(event: Event) => onCheck(el, 'consent', event)}
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
export function renderHoneypot(el: QuartierIdeaForm): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true" inert>
    <label for="website">${el.texts.honeypot}</label>
    <input
      id="website"
      name="website"
      type="text"
      dir="auto"
      tabindex="-1"
      autocomplete="off"
      .value=${live(el.values.website)}
      @input=${(event: Event) => onHoneypot(el, event)}
    />
  </div>`;
}
