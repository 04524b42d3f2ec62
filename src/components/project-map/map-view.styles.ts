/**
 * Styles of what exists only once the map has loaded (Leaflet's container, the element's own
 * controls, markers, clusters, legend). They travel in the map chunk, so pages that never
 * load the map do not download them; the element adopts them after Leaflet's stylesheet.
 */
import { css } from 'lit';

export const mapViewStyles = css`
  /* The map is a picture of the ground: west stays left in right-to-left languages too. */
  .pm-leaflet {
    position: absolute;
    inset: 0;
    z-index: 0;
    direction: ltr;
    font: inherit;
    background: #dddddd;
  }

  .pm-leaflet:focus-visible {
    outline: var(--quartier-focus-width, 3px) solid var(--_focus);
    outline-offset: -4px;
  }

  /* The element's own controls over the map (Leaflet's are built from markup strings). */
  .pm-zoom {
    position: absolute;
    z-index: 1;
    inset-block-start: 0.5rem;
    inset-inline-start: 0.5rem;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .pm-control {
    display: grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    padding: 0;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 1.5rem;
    font-weight: 700;
    cursor: pointer;
  }

  .pm-control[aria-disabled='true'] {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: not-allowed;
  }

  .pm-attribution {
    position: absolute;
    z-index: 1;
    inset-block-end: 0;
    inset-inline-end: 0;
    max-inline-size: 100%;
    margin: 0;
    padding-block: 0.125rem;
    padding-inline: 0.5rem;
    border-start-start-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.8125rem;
  }

  .pm-attribution a {
    color: inherit;
    text-decoration: underline;
  }

  .pm-hint {
    position: absolute;
    z-index: 2;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 1rem;
    background: rgb(0 0 0 / 0.6);
    color: #ffffff;
    font-size: 1.125rem;
    font-weight: 600;
    text-align: center;
    pointer-events: none;
  }

  .pm-hint[hidden] {
    display: none;
  }

  .pm-notice {
    position: absolute;
    z-index: 1;
    inset-block-start: 0.5rem;
    inset-inline: 3.75rem 0.5rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-inline-start: 4px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.3);
  }

  /* Markers and clusters: buttons inside Leaflet's (inert) icon wrappers. */
  .pm-icon {
    background: none;
    border: 0;
  }

  .pm-marker,
  .pm-cluster {
    pointer-events: auto;
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    padding: 0;
    border-radius: 50%;
    cursor: pointer;
  }

  .pm-marker {
    border: 2px solid #ffffff;
    background: var(--pm-color);
    box-shadow:
      0 0 0 1.5px #1b1b1b,
      0 2px 4px rgb(0 0 0 / 0.45);
  }

  .pm-symbol {
    inline-size: 26px;
    block-size: 26px;
    fill: var(--pm-ink);
  }

  /* Clusters look unlike any topic marker: white with a dark ring and the count. */
  .pm-cluster {
    border: 2px solid var(--_text);
    background: var(--_surface);
    color: var(--_text);
    box-shadow:
      0 0 0 4px rgb(255 255 255 / 0.85),
      0 0 0 5.5px var(--_text),
      0 2px 6px 5px rgb(0 0 0 / 0.25);
    font-size: 0.9375rem;
    font-weight: 700;
  }

  .pm-cluster[data-size='l'] {
    font-size: 1.0625rem;
  }

  .pm-marker:hover {
    box-shadow:
      0 0 0 3px #1b1b1b,
      0 2px 6px rgb(0 0 0 / 0.5);
  }

  .pm-cluster:hover {
    box-shadow:
      0 0 0 4px rgb(255 255 255 / 0.85),
      0 0 0 7px var(--_text),
      0 2px 6px 5px rgb(0 0 0 / 0.25);
  }

  .pm-marker:focus-visible,
  .pm-cluster:focus-visible {
    outline: var(--quartier-focus-width, 3px) solid var(--_focus);
    outline-offset: 3px;
  }

  .pm-cluster:focus-visible {
    outline-offset: 7px;
  }

  .pm-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-block: 0.5rem 0;
    margin-inline: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375em;
  }

  .pm-legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }

  @media (forced-colors: active) {
    .pm-marker,
    .pm-cluster {
      forced-color-adjust: none;
    }

    /* forced-color-adjust: none keeps colours as given: the ring must name a system colour. */
    .pm-marker:focus-visible,
    .pm-cluster:focus-visible {
      outline-color: Highlight;
    }
  }
`;
