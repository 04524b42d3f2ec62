/**
 * What the map's frame shows: the consent placeholder, or the map area with the element's own
 * controls (zoom, status, hints), the attribution and the legend around Leaflet's host.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseAttribution, tileHost } from './attribution.js';
import type { QuartierProjectMap } from './project-map.js';
import { loadMap, mapUi, skipToList } from './project-map.actions.js';
import { symbolOf } from './project-list.js';
import type { MapModel } from './view-model.js';

export function renderPlaceholder(el: QuartierProjectMap): TemplateResult {
  const m = mapUi(el).map;
  const host = tileHost(el.tileUrl, document.baseURI);
  return html`<div class="pm-placeholder" part="placeholder">
    ${el.heading(m.consentHeading, 0)}
    <p>${m.consentText(host)}</p>
    <div class="pm-consent-actions">
      <button type="button" class="button" part="consent-button" @click=${() => loadMap(el)}>
        ${m.load}
      </button>
      <label class="pm-remember">
        <input
          type="checkbox"
          .checked=${el.gate.remember}
          @change=${(event: Event) =>
            (el.gate.remember = (event.target as HTMLInputElement).checked)}
        />
        ${m.remember}
      </label>
    </div>
  </div>`;
}

export function renderMapArea(el: QuartierProjectMap, model: MapModel): TemplateResult {
  const ui = mapUi(el);
  const m = ui.map;
  const zoom = el.leaflet.zoom;
  const ready = el.leaflet.state === 'ready';
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return html`
    <a class="skip pm-skip" href="#pm-list" @click=${(event: Event) => skipToList(el, event)}
      >${m.skipMap}</a
    >
    <div class="pm-map" part="map">
      ${
        ready
          ? html`<div class="pm-zoom">
              <button
                type="button"
                class="pm-control"
                part="zoom-button"
                aria-label=${m.zoomIn}
                aria-disabled=${zoom && zoom.zoom >= zoom.max ? 'true' : 'false'}
                @click=${() => el.leaflet.zoomIn()}
              >
                <span aria-hidden="true">+</span>
              </button>
              <button
                type="button"
                class="pm-control"
                part="zoom-button"
                aria-label=${m.zoomOut}
                aria-disabled=${zoom && zoom.zoom <= zoom.min ? 'true' : 'false'}
                @click=${() => el.leaflet.zoomOut()}
              >
                <span aria-hidden="true">−</span>
              </button>
            </div>`
          : nothing
      }
      <div class="pm-map-host"></div>
      ${
        el.leaflet.state === 'loading'
          ? html`<p class="pm-overlay-status" role="status">${m.mapLoading}</p>`
          : nothing
      }
      ${
        el.leaflet.state === 'failed'
          ? html`<div class="pm-overlay-status" role="alert">
              <p>${m.mapFailed}</p>
              <button type="button" class="button" @click=${() => el.leaflet.retry()}>
                ${ui.retry}
              </button>
            </div>`
          : nothing
      }
      ${
        ready && el.leaflet.tilesDown
          ? html`<div class="pm-notice" role="status">
              ${m.tilesFailed}
              <a href="#pm-list" @click=${(event: Event) => skipToList(el, event)}>${m.showList}</a>
            </div>`
          : nothing
      }
      <div class="pm-hint" aria-hidden="true" ?hidden=${!el.leaflet.hint}>
        ${el.leaflet.hint === 'touch' ? m.touchHint : mac ? m.wheelHintMac : m.wheelHint}
      </div>
      ${ready ? renderAttribution(el) : nothing}
    </div>
    <p id="pm-keys" class="visually-hidden">${m.keyboardHint}</p>
    ${
      ready && model.legend.length > 0
        ? html`<ul class="pm-legend" part="legend" aria-label=${m.legend}>
            ${model.legend.map(
              (item) =>
                html`<li>
                  ${symbolOf(item.appearance)}<span lang=${item.lang ?? nothing} dir="auto"
                    >${item.label}</span
                  >
                </li>`,
            )}
          </ul>`
        : nothing
    }
  `;
}

function renderAttribution(el: QuartierProjectMap): TemplateResult | typeof nothing {
  const osm = tileHost(el.tileUrl, document.baseURI).endsWith('openstreetmap.org');
  const text = el.attribution || (osm ? mapUi(el).map.osmAttribution : '');
  if (!text) return nothing;
  const parts = parseAttribution(text, document.baseURI);
  return html`<p class="pm-attribution" part="attribution">
    ${parts.map((part) => (part.href ? html`<a href=${part.href}>${part.text}</a>` : part.text))}
  </p>`;
}
