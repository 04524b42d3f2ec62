/**
 * Tokens, a reset against host-page styles leaking in, and the states every
 * element shares. Theme only through these `--quartier-*` properties and
 * `::part`; the defaults meet WCAG AA contrast on white.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    /*
     * What a host page sets on its text and would break ours is reset here; letter and word
     * spacing pass (WCAG 1.4.12), and so does a line height that a rule for the element sets.
     */
    display: block;
    color: var(--quartier-text, #1b1b1b);
    font-family: var(--quartier-font-family, inherit);
    font-size: var(--quartier-font-size, inherit);
    font-style: normal;
    font-variant: normal;
    font-weight: 400;
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    text-transform: none;
    white-space: normal;
    --_accent: var(--quartier-accent, #1f5fa6);
    --_accent-text: var(--quartier-accent-text, #fff);
    --_surface: var(--quartier-surface, #fff);
    --_surface-muted: var(--quartier-surface-muted, #f2f4f7);
    --_border: var(--quartier-border, #6b7280);
    --_muted: var(--quartier-text-muted, #4b5563);
    --_radius: var(--quartier-radius, 0.375rem);
    --_space: var(--quartier-spacing, 1rem);
    --_focus: var(--quartier-focus-color, #0b3d91);
    --_error: var(--quartier-error, #b3261e);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: var(--quartier-focus-width, 3px) solid var(--_focus);
    outline-offset: 2px;
  }

  /* Form controls take the spacing too: the browser's own sheet sets it to normal. */
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }

  /* WCAG 1.4.12: paragraph spacing from a page (p { margin-bottom }) cannot reach in; this property can. */
  p {
    margin-block-end: var(--quartier-paragraph-spacing, 1em);
  }

  .button {
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }

  .button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }

  .heading {
    margin-block: 0 0.5em;
    font-size: 1.25em;
    font-weight: 700;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* A skip link (map, calendar) and its target: shown only while focused. */
  .skip {
    display: inline-block;
    margin-block-end: 0.5rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 600;
  }

  .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .base[aria-busy='true'] {
    min-block-size: var(--quartier-min-height, 10rem);
  }

  .status {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }

  .status.error {
    border-inline-start: 4px solid var(--_error);
  }

  .status p {
    margin-block: 0 var(--quartier-paragraph-spacing, 0.75em);
  }

  .notice {
    margin-block-end: var(--_space);
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-inline-start: 4px solid var(--_error);
    background: var(--_surface-muted);
  }

  .debug {
    margin-block-start: var(--_space);
    padding: 0.75rem;
    border: 2px dashed var(--_border);
    font-size: 0.9em;
  }

  .debug ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .button,
    .status,
    .notice {
      border: 1px solid CanvasText;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
