/**
 * What the map's frame shows: the consent placeholder, or the map area with the element's own
 * controls (zoom, status, hints), the attribution and the legend around Leaflet's host.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseAttribution } from './attribution.js';
import { tileHost } from './consent.js';
import type { MapContext } from './map-context.js';
import { symbolOf } from './project-list.js';
import type { MapModel } from './view-model.js';

export function renderPlaceholder(ctx: MapContext): TemplateResult {
  const m = ctx.ui.map;
  const host = tileHost(ctx.tileUrl, document.baseURI);
  return html`<div class="pm-placeholder" part="placeholder">
    ${ctx.heading(m.consentHeading, 0)}
    <p>${m.consentText(host)}</p>
    <div class="pm-consent-actions">
      <button type="button" class="button" part="consent-button" @click=${() => ctx.loadMap()}>
        ${m.load}
      </button>
      <label class="pm-remember">
        <input
          type="checkbox"
          .checked=${ctx.rememberChoice}
          @change=${(event: Event) =>
            ctx.setRememberChoice((event.target as HTMLInputElement).checked)}
        />
        ${m.remember}
      </label>
    </div>
  </div>`;
}

export function renderMapArea(ctx: MapContext, model: MapModel): TemplateResult {
  const m = ctx.ui.map;
  const zoom = ctx.zoomState;
  const ready = ctx.mapState === 'ready';
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return html`
    <a class="pm-skip" href="#pm-list" @click=${(event: Event) => ctx.skipToList(event)}
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
                title=${m.zoomIn}
                aria-disabled=${zoom && zoom.zoom >= zoom.max ? 'true' : 'false'}
                @click=${() => ctx.zoomIn()}
              >
                <span aria-hidden="true">+</span>
              </button>
              <button
                type="button"
                class="pm-control"
                part="zoom-button"
                aria-label=${m.zoomOut}
                title=${m.zoomOut}
                aria-disabled=${zoom && zoom.zoom <= zoom.min ? 'true' : 'false'}
                @click=${() => ctx.zoomOut()}
              >
                <span aria-hidden="true">−</span>
              </button>
            </div>`
          : nothing
      }
      <div class="pm-map-host"></div>
      ${
        ctx.mapState === 'loading'
          ? html`<p class="pm-overlay-status" role="status">${m.mapLoading}</p>`
          : nothing
      }
      ${
        ctx.mapState === 'failed'
          ? html`<div class="pm-overlay-status" role="alert">
              <p>${m.mapFailed}</p>
              <button type="button" class="button" @click=${() => ctx.retryMap()}>
                ${ctx.ui.retry}
              </button>
            </div>`
          : nothing
      }
      ${
        ready && ctx.tilesDown
          ? html`<div class="pm-notice" role="status">
              ${m.tilesFailed}
              <a href="#pm-list" @click=${(event: Event) => ctx.skipToList(event)}>${m.showList}</a>
            </div>`
          : nothing
      }
      <div class="pm-hint" aria-hidden="true" ?hidden=${!ctx.hint}>
        ${ctx.hint === 'touch' ? m.touchHint : mac ? m.wheelHintMac : m.wheelHint}
      </div>
      ${ready ? renderAttribution(ctx) : nothing}
    </div>
    <p id="pm-keys" class="visually-hidden">${m.keyboardHint}</p>
    ${
      ready && model.legend.length > 0
        ? html`<ul class="pm-legend" part="legend" aria-label=${m.legend}>
            ${model.legend.map(
              (item) => html`<li>${symbolOf(item.appearance)}<span>${item.label}</span></li>`,
            )}
          </ul>`
        : nothing
    }
  `;
}

function renderAttribution(ctx: MapContext): TemplateResult | typeof nothing {
  const osm = tileHost(ctx.tileUrl, document.baseURI).endsWith('openstreetmap.org');
  const text = ctx.attribution || (osm ? ctx.ui.map.osmAttribution : '');
  if (!text) return nothing;
  const parts = parseAttribution(text, document.baseURI);
  return html`<p class="pm-attribution" part="attribution">
    ${parts.map((part) => (part.href ? html`<a href=${part.href}>${part.text}</a>` : part.text))}
  </p>`;
}
