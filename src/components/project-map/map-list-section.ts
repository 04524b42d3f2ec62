/** The list section under the map: its heading, the projects page by page, and "Weitere anzeigen". */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadedData } from '../../data/load-all.js';
import { intlLocale } from '../../i18n/locale.js';
import type { QuartierProjectMap } from './project-map.js';
import { listCount, mapUi, openProject, showMore } from './project-map.actions.js';
import { renderProjectList } from './project-list.js';
import type { MapModel } from './view-model.js';

export function renderListSection(
  el: QuartierProjectMap,
  model: MapModel,
  data: LoadedData,
): TemplateResult {
  const count = listCount(el, model);
  const ui = mapUi(el);
  const m = ui.map;
  const lang = intlLocale(el.language);
  const remaining = model.entries.length - count;
  return html`<section
    class="pm-list"
    id="pm-list"
    part="list"
    tabindex="-1"
    aria-labelledby="pm-list-heading"
  >
    ${el.heading(m.listHeading, 0, 'pm-list-heading')}
    ${
      model.entries.length > 0
        ? renderProjectList(model.entries.slice(0, count), m, ui.separator, (project, button) =>
            openProject(el, project.id, button),
          )
        : html`<p class="pm-empty">${data.projects.length > 0 ? m.empty : m.none}</p>`
    }
    ${
      remaining > 0
        ? html`<button
            type="button"
            class="button secondary pm-more"
            @click=${() => showMore(el, model, count)}
          >
            ${m.more(remaining.toLocaleString(lang))}
          </button>`
        : nothing
    }
  </section>`;
}
