/**
 * LeafletController (src/components/project-map/map-controller.ts): Leaflet imported only once
 * the map is wanted, made, following its attributes and projects, sized again when shown, destroyed.
 */
import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { css, html, LitElement, nothing } from 'lit';
import { LeafletController } from '../../src/components/project-map/map-controller.js';
import { parseCenter } from '../../src/components/project-map/map-settings.js';
import type { MapPoint } from '../../src/components/project-map/types.js';

const TILES = '/__map-tiles/{z}/{x}/{y}.png';
const point = (id: string, lat: number, lon: number): MapPoint => ({
  id,
  lat,
  lon,
  name: id,
  color: '#1f5fa6',
  ink: '#ffffff',
  shape: 'circle',
});
const POINTS = [point('nord', 51.36, 12.41), point('sued', 51.351, 12.42)];

class MapHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
      width: 400px;
    }
    .pm-map-host {
      position: relative;
      height: 300px;
    }
  `;
  wanted = false;
  tileUrl = TILES;
  center = '';
  zoom?: number;
  noCluster = true;
  points?: MapPoint[] = POINTS;
  readonly selected: string[] = [];
  readonly map = new LeafletController(this, {
    mapHost: () => this.renderRoot.querySelector<HTMLElement>('.pm-map-host'),
    wanted: () => this.wanted,
    settings: () => ({
      tileUrl: this.tileUrl,
      center: parseCenter(this.center),
      zoom: this.zoom,
      cluster: !this.noCluster,
      clusterText: (count) => ({ count: String(count), name: `${count} Projekte` }),
      regionName: 'Karte',
      describedBy: 'keys',
    }),
    attributes: () => this,
    points: () => this.points,
    select: (id) => this.selected.push(id),
    listCluster: () => {},
  });

  override render() {
    return html`<p class="state">${this.map.state}</p>
      ${this.wanted ? html`<div class="pm-map-host"></div>` : nothing}
      <p id="keys">Pfeiltasten verschieben die Karte.</p>`;
  }
}
customElements.define('test-map-host', MapHost);

const $ = (el: MapHost, selector: string) => el.renderRoot.querySelector<HTMLElement>(selector);
const markers = (el: MapHost) => [
  ...el.renderRoot.querySelectorAll<HTMLButtonElement>('[part="marker"]'),
];
const shownState = (el: MapHost) => $(el, '.state')!.textContent;
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /leaflet|__map-tiles/.test(url));

async function want(el: MapHost, wanted = true) {
  el.wanted = wanted;
  el.requestUpdate();
  await el.updateComplete;
}

const drawn = (el: MapHost) =>
  waitUntil(() => markers(el).length > 0, 'no markers drawn', { timeout: 5000 });

describe('LeafletController', () => {
  // First in the file: once Leaflet is imported it stays in the page.
  it('imports nothing of Leaflet until the map is wanted, then shows "loading" at once and the map', async () => {
    const el = await fixture<MapHost>(fixtureHtml`<test-map-host></test-map-host>`);
    expect(shownState(el)).to.equal('off');
    expect(requested()).to.deep.equal([]);
    await want(el);
    // In the same update that showed the map's node.
    expect(shownState(el)).to.equal('loading');
    await drawn(el);
    await waitUntil(() => shownState(el) === 'ready', 'not ready');
    expect(requested().some((url) => url.includes('leaflet-map'))).to.be.true;
    expect(markers(el).map((m) => m.dataset.id)).to.have.members(['nord', 'sued']);
    markers(el)[0].click();
    expect(el.selected).to.have.length(1);
  });

  it('destroys the map when no longer wanted, and makes a new one when wanted again', async () => {
    const el = await fixture<MapHost>(fixtureHtml`<test-map-host></test-map-host>`);
    await want(el);
    await drawn(el);
    const first = $(el, '.leaflet-container');
    await want(el, false);
    expect(shownState(el)).to.equal('off');
    expect($(el, '.leaflet-container')).to.equal(null);
    expect(markers(el)).to.have.length(0);
    await want(el);
    await drawn(el);
    expect($(el, '.leaflet-container')).to.not.equal(first);
  });

  it('follows new projects and attributes without a new map', async () => {
    const el = await fixture<MapHost>(fixtureHtml`<test-map-host></test-map-host>`);
    await want(el);
    await drawn(el);
    const container = $(el, '.leaflet-container');
    el.points = [POINTS[0]];
    el.requestUpdate();
    await el.updateComplete;
    expect(markers(el).map((m) => m.dataset.id)).to.deep.equal(['nord']);
    el.tileUrl = '/__map-tiles/other/{z}/{x}/{y}.png';
    el.zoom = 17;
    el.center = '51.36, 12.41';
    el.requestUpdate();
    await el.updateComplete;
    await waitUntil(() => el.map.zoom?.zoom === 17, 'the zoom was not followed');
    await waitUntil(
      () => requested().some((url) => url.includes('/__map-tiles/other/17/')),
      'the tile URL was not followed',
    );
    expect($(el, '.leaflet-container')).to.equal(container);
    el.map.zoomOut();
    await waitUntil(() => el.map.zoom?.zoom === 16, 'zoom out did nothing');
  });

  it('sizes the map again when a map made while hidden is shown', async () => {
    const wrapper = await fixture<HTMLElement>(
      fixtureHtml`<div hidden><test-map-host></test-map-host></div>`,
    );
    const el = wrapper.querySelector<MapHost>('test-map-host')!;
    await want(el);
    await waitUntil(() => shownState(el) === 'ready', 'not ready', { timeout: 5000 });
    wrapper.hidden = false;
    await drawn(el);
    await waitUntil(() => {
      const box = $(el, '.pm-map-host')!.getBoundingClientRect();
      return markers(el).every((marker) => {
        const r = marker.getBoundingClientRect();
        return (
          r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom
        );
      });
    }, 'markers are outside the map after it was shown');
  });
});
