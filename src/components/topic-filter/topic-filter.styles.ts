/** The topic filter's own styles: facets, options with counts and swatches, chips, the narrow disclosure. */
import { css } from 'lit';

export const topicFilterStyles = css`
  .facets {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .facets[hidden] {
    display: none;
  }

  .facet {
    flex: 1 1 14rem;
    min-inline-size: 0;
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  legend {
    padding-inline: 0.25rem;
    font-weight: 700;
  }

  .options {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    cursor: pointer;
  }

  .option input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }

  .option:has(input:disabled) {
    color: var(--_muted);
    cursor: not-allowed;
  }

  .swatch {
    flex: none;
    inline-size: 0.9rem;
    block-size: 0.9rem;
    border-radius: 50%;
    background: var(--topic-color, transparent);
    border: 1px solid var(--_border);
  }

  .toggle {
    margin-block-end: 0.5rem;
  }

  .active {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-block-size: 2.75rem;
    padding-inline: 0.75rem;
    border: 2px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
  }

  .chip-x {
    font-size: 1.25em;
  }

  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
    }

    .chip {
      border-color: ButtonText;
    }
  }
`;
