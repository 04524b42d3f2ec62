/** The list section under the map: its heading, the projects page by page, and "Weitere anzeigen". */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadedData } from '../../data/load-all.js';
import { intlLocale } from '../../i18n/locale.js';
import type { MapContext } from './map-context.js';
import { renderProjectList } from './project-list.js';
import type { MapModel } from './view-model.js';

/** `count`: how many of the model's projects the list shows. */
export function renderListSection(
  ctx: MapContext,
  model: MapModel,
  data: LoadedData,
  count: number,
): TemplateResult {
  const m = ctx.ui.map;
  const lang = intlLocale(ctx.lang);
  const remaining = model.entries.length - count;
  return html`<section
    class="pm-list"
    id="pm-list"
    part="list"
    tabindex="-1"
    aria-labelledby="pm-list-heading"
  >
    ${ctx.heading(m.listHeading, 0, 'pm-list-heading')}
    ${
      model.entries.length > 0
        ? renderProjectList(model.entries.slice(0, count), m, (project, button) =>
            ctx.openProject(project.id, button),
          )
        : html`<p class="pm-empty">${data.projects.length > 0 ? m.empty : m.none}</p>`
    }
    ${
      remaining > 0
        ? html`<button
            type="button"
            class="button secondary pm-more"
            @click=${() => ctx.showMore(model, count)}
          >
            ${m.more(remaining.toLocaleString(lang))}
          </button>`
        : nothing
    }
  </section>`;
}
