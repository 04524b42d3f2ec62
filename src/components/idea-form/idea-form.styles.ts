/** The idea form's own styles: fields, hints, errors, the summary, draft note and thank-you box (themed by --quartier-*). */
import { css } from 'lit';

export const ideaFormStyles = css`
  form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    max-inline-size: var(--quartier-form-max-width, 42rem);
  }

  .intro,
  .hint,
  .note p {
    margin: 0 0 var(--quartier-paragraph-spacing, 0);
  }

  .intro,
  .hint {
    color: var(--_muted);
  }

  .field {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
  }

  .field.invalid {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_error);
  }

  .label-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }

  label,
  legend {
    font-weight: 700;
  }

  .required-mark {
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_muted);
    white-space: nowrap;
  }

  input:not([type='checkbox']),
  textarea,
  select {
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }

  textarea {
    min-block-size: 10rem;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
  }

  input[readonly],
  textarea[readonly] {
    background: var(--_surface-muted);
  }

  .error-text {
    margin: 0 0 var(--quartier-paragraph-spacing, 0);
    color: var(--_error);
    font-weight: 700;
  }

  .counter {
    margin: 0 0 var(--quartier-paragraph-spacing, 0);
    color: var(--_muted);
    font-size: 0.9em;
  }

  .counter.over {
    color: var(--_error);
    font-weight: 700;
  }

  fieldset {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
    margin: 0;
    padding: 0.75rem var(--_space) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  legend {
    padding-inline: 0.25rem;
  }

  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: 0.5rem 0.75rem;
  }

  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_accent);
  }

  .check label {
    font-weight: 400;
  }

  .check .error-text {
    grid-column: 1 / -1;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .notice {
    margin: 0;
    padding: 0.75rem var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-muted);
    font-size: 0.95em;
  }

  .notice p {
    margin-block: 0 var(--quartier-paragraph-spacing, 0.5em);
  }

  .notice p:last-child {
    margin-block-end: var(--quartier-paragraph-spacing, 0);
  }

  .notice-heading {
    display: block;
    margin-block-end: 0.25em;
  }

  .summary,
  .failure,
  .success,
  .note {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }

  .summary,
  .failure {
    border: 3px solid var(--_error);
  }

  .summary ul {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .summary a {
    color: var(--_error);
    font-weight: 700;
  }

  .failure p,
  .success p {
    margin: 0 0 var(--quartier-paragraph-spacing, 0);
  }

  .success {
    border-inline-start: 6px solid var(--_accent);
  }

  .reference {
    display: inline-block;
    font-size: 1.25em;
    white-space: nowrap;
  }

  .note {
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-inline-start: 4px solid var(--_accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem var(--_space);
  }

  .actions .button,
  .note .button,
  .failure .button,
  .success .button {
    justify-self: start;
  }

  .button {
    cursor: pointer;
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  .status-text {
    margin: 0;
    font-weight: 600;
  }

  .text-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }

  .draft-hint {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .offline {
    margin-block-end: var(--_space);
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-inline-start: 4px solid var(--_error);
    background: var(--_surface-muted);
  }

  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }

  @media (forced-colors: active) {
    .field.invalid,
    .summary,
    .failure,
    .success,
    .note,
    .notice {
      border-color: CanvasText;
    }
  }
`;
