/** The event calendar's own styles: toolbar, month grid, week, list, teaser, empty state (themed by --quartier-*). */
import { css } from 'lit';

export const eventCalendarStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-block-end: var(--_space);
  }

  .nav,
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }

  .range-title {
    font-size: 1.25em;
    font-weight: 700;
  }

  .icon {
    min-inline-size: 2.75rem;
    padding-inline: 0.5rem;
    font-size: 1.25em;
  }

  /* ‹ and › point to where the step goes: drawn left to right, then mirrored in right-to-left. */
  .arrow {
    display: inline-block;
    direction: ltr;
    unicode-bidi: isolate;
  }

  [dir='rtl'] .arrow {
    transform: scaleX(-1);
  }

  .views [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  /* Month grid */
  .month {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  .month th {
    padding-block: 0.25rem;
    font-weight: 700;
    text-align: center;
  }

  .day {
    block-size: 6.5rem;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    background: var(--_surface);
    vertical-align: top;
    cursor: pointer;
    overflow: hidden;
  }

  /* Focus is a double ring (the outline, a gap, a thin inner line): never mistaken for today's
     single ring, also when today has focus. */
  .day:focus-visible,
  .day.today:focus-visible {
    outline-offset: -3px;
    box-shadow:
      inset 0 0 0 6px var(--_surface),
      inset 0 0 0 8px var(--_focus);
  }

  .day.outside {
    background: var(--_surface-muted);
  }

  /* Past days: a texture, not faded text, so contrast stays at full strength. */
  .day.past {
    background-image: repeating-linear-gradient(
      135deg,
      transparent 0 6px,
      color-mix(in srgb, var(--_border) 18%, transparent) 6px 7px
    );
  }

  .day.outside .day-number {
    color: var(--_muted);
  }

  .day.today {
    box-shadow: inset 0 0 0 3px var(--_accent);
  }

  .day-head {
    display: flex;
    align-items: baseline;
    gap: 0.35rem;
    font-weight: 700;
  }

  .today-label {
    font-size: 0.8em;
    font-weight: 700;
    color: var(--_accent);
  }

  .chips {
    display: grid;
    gap: 2px;
    margin-block-start: 0.15rem;
  }

  .chip,
  .more {
    display: block;
    overflow: hidden;
    font-size: 0.8em;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  /* Time and status stay whole; the title is cut at its own end, whichever direction it runs. */
  .chip {
    display: flex;
    gap: 0.25em;
  }

  .chip-time,
  .chip-status {
    flex: none;
  }

  .chip-title {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .chip {
    padding-inline: 0.25rem;
    border-inline-start: 4px solid var(--topic-color, var(--_border));
    background: var(--_surface-muted);
  }

  .chip.continued {
    border-inline-start-style: dotted;
  }

  .chip.cancelled,
  .event.cancelled .event-title {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }

  .more {
    font-weight: 700;
  }

  /* Week and list */
  .week {
    display: grid;
    /* Days wide enough for German words in bold; fewer per row, or one, when the calendar is narrow. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.5rem;
  }

  /* Grid items may be narrower than their longest word: an event then wraps inside its day. */
  .week-day,
  .events > li {
    min-inline-size: 0;
  }

  .week-day {
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .week-day[aria-current='date'] {
    box-shadow: inset 0 0 0 3px var(--_accent);
  }

  .day-title {
    margin-block-end: 0.5rem;
    font-weight: 700;
  }

  .list-day + .list-day {
    margin-block-start: var(--_space);
  }

  .none {
    margin: 0;
    color: var(--_muted);
  }

  .events {
    display: grid;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .event {
    display: grid;
    gap: 0.1rem;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.4rem;
    padding-inline: 0.6rem;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--topic-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
  }

  .event:hover {
    background: var(--_surface-muted);
  }

  /* Times and dates keep their order next to a title in the other direction. */
  .event-when,
  .chip-time {
    unicode-bidi: isolate;
  }

  .event-when {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .event-title {
    font-weight: 700;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .badge {
    justify-self: start;
    padding-inline: 0.4rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
  }

  .more-link {
    margin-block: var(--_space) 0;
  }

  a {
    color: var(--_accent);
  }

  @media (forced-colors: active) {
    /* Box shadows are gone here: today is a dashed line, focus a wider solid one in Highlight. */
    .day.today,
    .week-day[aria-current='date'] {
      outline: 3px dashed CanvasText;
      outline-offset: -3px;
    }

    .day:focus-visible,
    .day.today:focus-visible {
      outline: 5px solid Highlight;
      outline-offset: -5px;
    }

    .chip,
    .event {
      border-inline-start-color: CanvasText;
    }

    /* Without forced-color-adjust the browser paints a backplate over the text: an empty box. */
    .views [aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
