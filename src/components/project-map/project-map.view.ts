/**
 * The project map's view: the toolbar, the consent placeholder or the map area, the list twin
 * and the details dialog, from the parts in this folder (map-toolbar.ts, map-frame.ts,
 * map-list-section.ts; the dialog's content arrives with map-details.ts on first use), each a
 * template function taking the element; what the element does comes with it
 * (project-map.actions.ts, given to each map by `setup`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LazyPart } from '../../controllers/lazy-part.js';
import type { LoadedData } from '../../data/load-all.js';
import type { ElementView } from '../shared/quartier-element.js';
import { renderMapArea, renderPlaceholder } from './map-frame.js';
import { renderListSection } from './map-list-section.js';
import { renderToolbar } from './map-toolbar.js';
import type { QuartierProjectMap } from './project-map.js';
import { model as modelOf, setup } from './project-map.actions.js';
import { projectMapStyles } from './project-map.styles.js';

export const projectMapView: ElementView<QuartierProjectMap> = {
  styles: projectMapStyles,
  setup: (el) => {
    setup(el);
    // The dialog's content, fetched when a person first opens a project or cluster.
    el.detailsPart = new LazyPart(el, () => import('./map-details.js'));
  },
  render: (el) => el.renderData(el.data, (data) => renderMap(el, data)),
};

function renderMap(el: QuartierProjectMap, data: LoadedData): TemplateResult {
  const model = modelOf(el, data);
  return html`
    ${renderToolbar(el, model)}
    <div class="pm-frame" ?hidden=${el.view !== 'map'}>
      ${el.gate.granted ? renderMapArea(el, model) : renderPlaceholder(el)}
    </div>
    ${renderListSection(el, model, data)}
    ${
      el.details.isOpen && el.selection && el.detailsPart.module
        ? html`<dialog class="pm-dialog" part="dialog" aria-labelledby="pm-dialog-title">
            ${el.detailsPart.module.renderDialogContent(el, el.selection)}
          </dialog>`
        : nothing
    }
  `;
}
