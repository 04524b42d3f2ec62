/**
 * The contents of the details dialog: a cluster's projects as a list, or one project's details
 * with "Zurück" to its cluster. The element owns the dialog around it (opening, closing, focus).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { intlLocale } from '../../i18n/locale.js';
import { plural } from '../../i18n/plural.js';
import { renderDetails } from './details-panel.js';
import type { MapContext, Selection } from './map-context.js';
import { renderProjectList } from './project-list.js';
import type { ListEntry } from './view-model.js';

export function renderDialogContent(ctx: MapContext, selection: Selection): TemplateResult {
  const m = ctx.ui.map;
  const lang = intlLocale(ctx.lang);
  const close = html`<button
    type="button"
    class="button secondary pm-close"
    @click=${() => ctx.closeDialog()}
  >
    ${m.close}
  </button>`;
  if (selection.kind === 'cluster') {
    const entries = selection.ids
      .map((id) => ctx.entryFor(id))
      .filter((entry): entry is ListEntry => entry !== undefined);
    const title = m.atThisPlace(plural(lang, entries.length, ctx.ui.count.projects));
    return html`<div class="pm-dialog-bar">${close}</div>
      ${ctx.heading(title, 0, 'pm-dialog-title')}
      ${renderProjectList(entries, m, (project) => ctx.openFromCluster(project.id, selection.ids))}`;
  }
  const entry = ctx.entryFor(selection.id);
  if (!entry) return html`${close}`;
  return html`<div class="pm-dialog-bar">
      ${
        selection.cluster
          ? html`<button
              type="button"
              class="button secondary"
              @click=${() => ctx.showCluster(selection.cluster ?? [])}
            >
              ${m.back}
            </button>`
          : nothing
      }
      ${close}
    </div>
    ${renderDetails(entry, {
      lang: ctx.lang,
      m,
      heading: (text, offset, id) => ctx.heading(text, offset, id),
      imageAllowed: (src, source) => ctx.imageAllowed(src, source),
    })}`;
}
