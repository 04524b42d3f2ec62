/** Styles of the project map's view: toolbar, consent placeholder, map frame, list. */
import { css } from 'lit';

export const projectMapStyles = css`
  :host {
    --_map-height: var(--quartier-map-height, 26rem);
    --_text: var(--quartier-text, #1b1b1b);
    --_line: #d1d5db;
  }

  a {
    color: var(--_accent);
  }

  /* Toolbar: count, "Karte | Liste", "Karte ausblenden" */
  .pm-toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-end: 0.75rem;
  }

  .pm-count {
    flex: 1 1 12rem;
    margin: 0 0 var(--quartier-paragraph-spacing, 0);
    font-weight: 600;
  }

  .pm-views {
    display: inline-flex;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .pm-view {
    min-block-size: 2.5rem;
    min-inline-size: 4.5rem;
    padding-inline: 0.875rem;
    border: 0;
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }

  .pm-view + .pm-view {
    border-inline-start: 2px solid var(--_accent);
  }

  .pm-view[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .pm-view:focus-visible {
    outline-offset: -6px;
    outline-color: currentColor;
  }

  .pm-hide {
    min-block-size: 2.75rem;
  }

  /* The map, or its placeholder, in one frame of fixed height, so nothing jumps on consent. */
  .pm-frame {
    position: relative;
  }

  .pm-frame[hidden] {
    display: none;
  }

  .pm-placeholder {
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: flex-start;
    gap: 0.5rem;
    min-block-size: var(--_map-height);
    padding-block: var(--_space);
    padding-inline: clamp(1rem, 6%, 3rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }

  .pm-placeholder p {
    margin: 0 0 var(--quartier-paragraph-spacing, 0);
    max-inline-size: 40rem;
  }

  .pm-consent-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1.5rem;
    margin-block-start: 0.5rem;
  }

  .pm-remember {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    cursor: pointer;
  }

  .pm-remember input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .pm-map {
    position: relative;
    /* Leaflet's panes use z-index 400–1000: keep them from covering the host page's menus. */
    isolation: isolate;
    block-size: var(--_map-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: #dddddd;
  }

  .pm-map-host {
    position: absolute;
    inset: 0;
  }

  /* Over the map, beside the zoom buttons; looks as every skip link (shared.ts). */
  .pm-skip {
    position: absolute;
    z-index: 3;
    inset-block-start: 0.5rem;
    inset-inline-start: 3.75rem;
  }

  .pm-overlay-status {
    position: absolute;
    z-index: 1;
    inset-block-start: 50%;
    inset-inline: 1rem;
    margin: 0;
    margin-block-start: -2rem;
    margin-inline: auto;
    max-inline-size: 26rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: center;
  }

  .pm-overlay-status p {
    margin-block: 0 var(--quartier-paragraph-spacing, 0.75rem);
  }

  /* Topic symbols in the legend, the list and the details panel. */
  .pm-swatch {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }

  .pm-swatch-bg {
    fill: var(--pm-color);
    stroke: #1b1b1b;
    stroke-width: 1;
  }

  .pm-swatch path {
    fill: var(--pm-ink);
  }

  /* The list twin */
  .pm-list {
    margin-block-start: 1.5rem;
  }

  .pm-items {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .pm-item {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding-block: 0.625rem;
    border-block-end: 1px solid var(--_line);
  }

  .pm-item .pm-swatch {
    margin-block-start: 0.125rem;
  }

  .pm-item-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }

  .pm-item-button {
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .pm-meta {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .pm-unmapped {
    align-self: flex-start;
    margin-block-start: 0.25rem;
    padding-inline: 0.375rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.875em;
  }

  .pm-empty {
    margin: 0;
  }

  .pm-more {
    margin-block-start: 0.75rem;
  }

  @media (forced-colors: active) {
    .pm-swatch {
      forced-color-adjust: none;
    }

    .pm-view[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
`;
