/**
 * The list twin of the map (WCAG 1.1.1): the same projects, always available, with what the
 * map shows as symbol and colour written out (status, topics, whether it is on the map).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Project } from '../../model/types.js';
import type { MapMessages } from '../../i18n/messages/de-map.js';
import { cssVars } from './css-vars.js';
import { SHAPES, type Appearance } from './symbols.js';
import type { ListEntry } from './view-model.js';

/** The topic symbol as drawn on the map, for the list and the legend. Decorative. */
export const symbolOf = (appearance: Appearance): TemplateResult =>
  html`<svg
    class="pm-swatch"
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
    ${cssVars({ '--pm-color': appearance.color, '--pm-ink': appearance.ink })}
  >
    <circle class="pm-swatch-bg" cx="12" cy="12" r="11"></circle>
    <path d=${SHAPES[appearance.shape]}></path>
  </svg>`;

/**
 * "Begegnung, Bildung" with the language's separator ("لقاء، تعليم"), each label marked with its
 * language when it is not the UI's, in its own direction. Not "A und B": labels such as
 * "Migration und Integration" would run into each other.
 */
export const renderTopics = (topics: ListEntry['topics'], separator: string): TemplateResult[] =>
  topics.map(
    (topic, i) =>
      html`${i > 0 ? separator : ''}<span lang=${topic.lang ?? nothing} dir="auto"
          >${topic.label}</span
        >`,
  );

export function renderProjectList(
  entries: ListEntry[],
  m: MapMessages,
  separator: string,
  select: (project: Project, button: HTMLElement) => void,
): TemplateResult {
  return html`<ul class="pm-items">
    ${repeat(
      entries,
      (entry) => entry.project.id,
      (entry) => {
        const meta = entry.status || entry.topics.length > 0;
        return html`<li class="pm-item" part="list-item">
          ${symbolOf(entry.appearance)}
          <div class="pm-item-text">
            <button
              type="button"
              class="pm-item-button"
              data-id=${entry.project.id}
              lang=${entry.titleLang ?? nothing}
              aria-haspopup="dialog"
              @click=${(event: Event) => select(entry.project, event.currentTarget as HTMLElement)}
            >
              <span dir="auto">${entry.title}</span>
            </button>
            ${
              meta
                ? html`<span class="pm-meta"
                    >${entry.status ?? ''}${entry.status && entry.topics.length > 0 ? ' · ' : ''}${renderTopics(entry.topics, separator)}</span
                  >`
                : nothing
            }
            ${entry.mapped ? nothing : html`<span class="pm-unmapped">${m.notOnMap}</span>`}
          </div>
        </li>`;
      },
    )}
  </ul>`;
}
