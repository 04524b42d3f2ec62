/**
 * The contents of the details dialog: a cluster's projects as a list, or one project's details
 * with "Zurück" to its cluster. The element owns the dialog around it (opening, closing, focus).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { intlLocale } from '../../i18n/locale.js';
import { plural } from '../../i18n/plural.js';
import { renderDetails } from './details-panel.js';
import type { Selection } from './map-state.js';
import type { QuartierProjectMap } from './project-map.js';
import { entryFor, mapUi, openFromCluster, showCluster } from './project-map.actions.js';
import { renderProjectList } from './project-list.js';
import type { ListEntry } from './view-model.js';

export function renderDialogContent(el: QuartierProjectMap, selection: Selection): TemplateResult {
  const ui = mapUi(el);
  const m = ui.map;
  const lang = intlLocale(el.language);
  const close = html`<button
    type="button"
    class="button secondary pm-close"
    @click=${() => el.details.close()}
  >
    ${m.close}
  </button>`;
  if (selection.kind === 'cluster') {
    const entries = selection.ids
      .map((id) => entryFor(el, id))
      .filter((entry): entry is ListEntry => entry !== undefined);
    const title = m.atThisPlace(plural(lang, entries.length, ui.count.projects));
    return html`<div class="pm-dialog-bar">${close}</div>
      ${el.heading(title, 0, 'pm-dialog-title')}
      ${renderProjectList(entries, m, ui.separator, (project) => openFromCluster(el, project.id, selection.ids))}`;
  }
  const entry = entryFor(el, selection.id);
  if (!entry) return html`${close}`;
  return html`<div class="pm-dialog-bar">
      ${
        selection.cluster
          ? html`<button
              type="button"
              class="button secondary"
              @click=${() => showCluster(el, selection.cluster ?? [])}
            >
              ${m.back}
            </button>`
          : nothing
      }
      ${close}
    </div>
    ${renderDetails(entry, {
      lang: el.language,
      m,
      separator: ui.separator,
      heading: (text, offset, id, language) => el.heading(text, offset, id, language),
      imageAllowed: (src, source) => el.imageAllowed(src, source),
    })}`;
}
