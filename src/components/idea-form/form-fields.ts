/** The form's fields: each control with its label, hint and error message, tied together for AT. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { IDEA_LIMITS, type IdeaField } from '../../data/idea.js';
import { safeLinkUrl } from '../../data/urls.js';
import { describeFieldError, type FieldError } from './field-errors.js';
import type { FormContext } from './form-context.js';

/** Label, hint and error are tied to the control; the "Pflichtangabe" mark is visual (`required` says it to AT). */
function renderLabel(ctx: FormContext, field: IdeaField, required: boolean): TemplateResult {
  const m = ctx.m;
  return html`<div class="label-row">
    <label for=${field}>${m.label[field]}</label>
    ${required ? html`<span class="required-mark" aria-hidden="true">${m.requiredMark}</span>` : nothing}
  </div>`;
}

function describedBy(ctx: FormContext, field: IdeaField, ...extra: (string | false)[]): string {
  return [...extra, ctx.errors.has(field) && `${field}-error`].filter(Boolean).join(' ');
}

function renderFieldError(ctx: FormContext, field: IdeaField): TemplateResult | typeof nothing {
  const error = ctx.errors.get(field);
  if (!error) return nothing;
  return html`<p id=${`${field}-error`} class="error-text">${errorText(ctx, field, error)}</p>`;
}

export function errorText(ctx: FormContext, field: IdeaField | '', error: FieldError): string {
  const value = field === '' ? '' : ctx.values[field];
  return describeFieldError(ctx.m, field, error, typeof value === 'string' ? value.length : 0);
}

export function renderText(
  ctx: FormContext,
  field: 'title' | 'address' | 'name' | 'email',
  options: { required?: boolean; autocomplete: string; type?: string; hint?: string },
): TemplateResult {
  const invalid = ctx.errors.has(field);
  const required = options.required ?? false;
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
    ${renderLabel(ctx, field, required)}
    ${options.hint ? html`<p id=${`${field}-hint`} class="hint">${options.hint}</p>` : nothing}
    ${renderFieldError(ctx, field)}
    <input
      id=${field}
      name=${field}
      data-field=${field}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete}
      spellcheck=${options.type === 'email' ? 'false' : nothing}
      inputmode=${options.type === 'email' ? 'email' : nothing}
      ?required=${required}
      ?readonly=${ctx.phase === 'sending'}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(ctx, field, Boolean(options.hint) && `${field}-hint`) || nothing}
      .value=${live(ctx.values[field])}
      @input=${(event: Event) => ctx.onInput(field, event)}
    />
  </div>`;
}

export function renderDescription(ctx: FormContext): TemplateResult {
  const m = ctx.m;
  const max = IDEA_LIMITS.description;
  const length = ctx.values.description.length;
  const invalid = ctx.errors.has('description');
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
    ${renderLabel(ctx, 'description', true)}
    <p id="description-hint" class="hint">${m.hint.description(max)}</p>
    ${renderFieldError(ctx, 'description')}
    <textarea
      id="description"
      name="description"
      data-field="description"
      rows="8"
      required
      ?readonly=${ctx.phase === 'sending'}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(ctx, 'description', 'description-hint', 'description-counter')}
      .value=${live(ctx.values.description)}
      @input=${(event: Event) => ctx.onInput('description', event)}
    ></textarea>
    <p id="description-counter" class="counter ${length > max ? 'over' : ''}" part="counter">
      ${m.counter(length, max)}
    </p>
  </div>`;
}

export function renderTopic(
  ctx: FormContext,
  topics: { id: string; label: string }[],
): TemplateResult {
  const m = ctx.m;
  const source = ctx.topicSource;
  const status = source.loading ? m.topicsLoading : source.failed ? m.topicsFailed : '';
  return html`<div class="field" part="field">
    ${renderLabel(ctx, 'topic', false)}
    <p id="topic-hint" class="hint">${status || m.hint.topic}</p>
    ${
      source.failed
        ? html`<button class="button secondary" type="button" @click=${() => source.retry()}>
            ${ctx.messages.retry}
          </button>`
        : nothing
    }
    <select
      id="topic"
      name="topic"
      data-field="topic"
      aria-describedby="topic-hint"
      @change=${(event: Event) => ctx.onInput('topic', event)}
    >
      <option value="" .selected=${live(ctx.values.topic === '')}>${m.topicNone}</option>
      ${topics.map(
        (topic) =>
          html`<option value=${topic.id} .selected=${live(ctx.values.topic === topic.id)}>
            ${topic.label}
          </option>`,
      )}
    </select>
  </div>`;
}

export function renderCheck(
  ctx: FormContext,
  field: 'wantsReply',
  label: TemplateResult,
): TemplateResult {
  return html`<div class="check" part="field">
    <input
      id=${field}
      name=${field}
      data-field=${field}
      type="checkbox"
      .checked=${live(ctx.values[field])}
      @change=${(event: Event) => ctx.onCheck(field, event)}
    />
    <label for=${field}>${label}</label>
  </div>`;
}

export function renderConsent(ctx: FormContext): TemplateResult {
  const m = ctx.m;
  const privacy = safeLinkUrl(ctx.privacyUrl, document.baseURI);
  const invalid = ctx.errors.has('consent');
  const link = privacy
    ? html`<a href=${privacy} target="_blank" rel="noopener"
        >${m.consent.link}<span class="visually-hidden"> ${m.consent.newWindow}</span></a
      >`
    : html`${m.consent.link}`;
  return html`<div class="field ${invalid ? 'invalid' : ''}">
    <div class="check" part="field">
      ${renderFieldError(ctx, 'consent')}
      <input
        id="consent"
        name="consent"
        data-field="consent"
        type="checkbox"
        required
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy(ctx, 'consent', 'notice')}
        .checked=${live(ctx.values.consent)}
        @change=${(event: Event) => ctx.onCheck('consent', event)}
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
export function renderHoneypot(ctx: FormContext): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true" inert>
    <label for="website">${ctx.m.honeypot}</label>
    <input
      id="website"
      name="website"
      type="text"
      tabindex="-1"
      autocomplete="off"
      .value=${live(ctx.values.website)}
      @input=${(event: Event) => ctx.onHoneypot(event)}
    />
  </div>`;
}
