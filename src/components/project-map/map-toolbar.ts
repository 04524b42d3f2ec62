/** The bar above the map: how many projects are shown, the "Karte | Liste" switch and "Karte ausblenden". */
import { html, nothing, type TemplateResult } from 'lit';
import { intlLocale } from '../../i18n/locale.js';
import { plural } from '../../i18n/plural.js';
import type { QuartierProjectMap } from './project-map.js';
import { hideMap, mapUi } from './project-map.actions.js';
import type { MapModel } from './view-model.js';

export function renderToolbar(el: QuartierProjectMap, model: MapModel): TemplateResult {
  const m = mapUi(el);
  const lang = intlLocale(el.language);
  const count = plural(lang, model.entries.length, m.count.projects);
  const unmapped =
    model.unmapped > 0
      ? `${m.separator}${m.map.unmapped(model.unmapped.toLocaleString(lang))}`
      : '';
  const showMap = el.view === 'map';
  return html`<div class="pm-toolbar" part="toolbar">
    <!-- Not a live region: on a filter change only the filter announces the result. -->
    <p class="pm-count">${count}${unmapped}</p>
    <div class="pm-views" role="group" aria-label=${m.map.view}>
      <button
        type="button"
        class="pm-view"
        aria-pressed=${showMap ? 'true' : 'false'}
        @click=${() => (el.view = 'map')}
      >
        ${m.map.viewMap}
      </button>
      <button
        type="button"
        class="pm-view"
        aria-pressed=${showMap ? 'false' : 'true'}
        @click=${() => (el.view = 'list')}
      >
        ${m.map.viewList}
      </button>
    </div>
    ${
      el.gate.granted && showMap
        ? html`<button type="button" class="button secondary pm-hide" @click=${() => hideMap(el)}>
            ${m.map.hide}
          </button>`
        : nothing
    }
  </div>`;
}
