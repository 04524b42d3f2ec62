/** The day and event dialogs: the frame, the backdrop, the head, and an event's details. */
import { css } from 'lit';

export const calendarDialogStyles = css`
  .dialog {
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    /* Long compound words and addresses wrap instead of pushing the dialog sideways at 320px. */
    overflow-wrap: anywhere;
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  .dialog-head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
    margin-block-end: var(--_space);
  }

  /* On a narrow screen "Schließen" moves under the title rather than squeezing it; a word is
     broken only when it is too long for a line of its own, hyphenated where the browser can. */
  .dialog-head .heading {
    flex: 1 1 12rem;
    min-inline-size: 0;
    margin: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  .dialog-head .close {
    flex: none;
  }

  .facts {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 var(--_space);
  }

  .row {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: 1rem;
  }

  @media (max-width: 30rem) {
    .row {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: 0;
  }

  /* The time keeps its order next to the date and to data in the other direction. */
  .when-time {
    unicode-bidi: isolate;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tag,
  .feature {
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--topic-color, var(--_border));
    border-radius: var(--_radius);
  }

  .feature {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    border-inline-start-width: 1px;
  }

  .feature-icon {
    flex: none;
  }

  .muted {
    color: var(--_muted);
  }

  .text {
    white-space: pre-line;
  }

  .image {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    margin-block-end: var(--_space);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem;
  }

  @media (forced-colors: active) {
    .tag {
      border-inline-start-color: CanvasText;
    }
  }
`;
