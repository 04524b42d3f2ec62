/** Styles of the details dialog: a cluster's projects or one project's details. */
import { css } from 'lit';

export const mapDialogStyles = css`
  /* The details panel */
  .pm-dialog {
    inline-size: min(36rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow: auto;
  }

  .pm-dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .pm-dialog-bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }

  .pm-details-title {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }

  .pm-details-title .pm-swatch {
    margin-block-start: 0.125rem;
  }

  .pm-summary {
    font-weight: 600;
  }

  .pm-image {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    margin-block: 0.75rem;
    border-radius: var(--_radius);
  }

  .pm-facts {
    display: grid;
    gap: 0.375rem;
    margin-block: 0.75rem;
    margin-inline: 0;
  }

  .pm-fact {
    display: grid;
    grid-template-columns: minmax(6rem, 28%) 1fr;
    gap: 0.75rem;
  }

  .pm-fact dt {
    font-weight: 700;
  }

  .pm-fact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .pm-lines {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .pm-link {
    display: inline-block;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 600;
  }

  @media (max-width: 30rem) {
    .pm-fact {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
`;
