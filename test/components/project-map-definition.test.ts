/**
 * The map's definition before its view arrived (issue 13): it holds its attributes, loads its
 * data and honours consent remembered on this device; the visitor's consent, the Leaflet map and
 * the dialog's opener come with the view; `grantConsent()` and `showProject()` take effect once
 * it is here.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/project-map/define.js';
import { CONSENT_KEY } from '../../src/components/project-map/consent.js';
import { QuartierProjectMap } from '../../src/components/project-map/project-map.js';
import { projectMapView } from '../../src/components/project-map/project-map.view.js';
import type { ElementView } from '../../src/components/shared/quartier-element.js';
import { $, SRC, TILES, drawn, newGroup, text } from '../helpers/project-map.js';

/** The map's definition under a tag of its own, its view arriving when the test says so. */
function withoutView(tag: string) {
  class Bare extends QuartierProjectMap {
    static arrive?: (view: ElementView<QuartierProjectMap>) => void;
  }
  // Not the view another map of the page may have fetched already.
  Bare.view = undefined;
  Bare.viewFrom(() => new Promise((resolve) => (Bare.arrive = resolve)));
  customElements.define(tag, Bare);
  return Bare;
}

const added: HTMLElement[] = [];
/** On the page, by hand: `fixture()` awaits `updateComplete`, which waits for the view. */
function add(tag: string): QuartierProjectMap {
  const el = document.createElement(tag) as QuartierProjectMap;
  el.setAttribute('src', SRC);
  el.setAttribute('group', newGroup());
  el.setAttribute('tile-url', TILES);
  document.body.append(el);
  added.push(el);
  return el;
}
const leafletRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /leaflet/i.test(entry.name));
const frame = () => new Promise(requestAnimationFrame);

beforeEach(() => localStorage.removeItem(CONSENT_KEY));
afterEach(() => {
  added.splice(0).forEach((el) => el.remove());
  localStorage.removeItem(CONSENT_KEY);
});

describe('<quartier-project-map> before its view arrived', () => {
  // First in the file: once Leaflet is imported it stays in the page.
  it('holds its attributes and data; grantConsent() and showProject() take effect when the view comes', async () => {
    const Bare = withoutView('test-map-without-view');
    const el = add('test-map-without-view');
    let events = 0;
    for (const name of ['quartier-project-select', 'quartier-consent-change'])
      el.addEventListener(name, () => events++);
    el.setAttribute('zoom', '25');
    el.setAttribute('view', 'list');
    expect(el.zoom).to.equal(19);
    el.removeAttribute('zoom');
    expect(el.zoom).to.equal(undefined);
    await waitUntil(() => el.data.value, 'the data did not load before the view');
    // The element's own controllers come with the view, not with the definition.
    const missing = () => [el.gate, el.leaflet, el.opening].map((part) => part === undefined);
    expect(missing()).to.deep.equal([true, true, true]);

    el.showProject('cafe');
    el.grantConsent();
    expect(el.consent, 'granted at once').to.equal('granted');
    await frame();
    expect(el.getAttribute('consent')).to.equal('granted');
    expect(el.getAttribute('view')).to.equal('list');
    expect(leafletRequested(), 'no Leaflet before the view').to.be.false;
    expect($(el, '[part="dialog"]')).to.equal(null);

    await waitUntil(() => Bare.arrive, 'the view was not asked for');
    Bare.arrive!(projectMapView);
    await waitUntil(() => $(el, 'dialog[open]'), 'the asked-for project did not open');
    expect(text($(el, '#pm-dialog-title'))).to.equal('Nachbarschaftscafé auf Rädern');
    el.view = 'map';
    await drawn(el);
    expect(missing()).to.deep.equal([false, false, false]);
    expect(el.gate.granted).to.be.true;
    expect(events, 'the page asked: no events').to.equal(0);
  });

  it('applies consent remembered on this device from the start and forgets it when the site withdraws it', async () => {
    const Bare = withoutView('test-map-remembered');
    localStorage.setItem(CONSENT_KEY, 'granted');
    const el = add('test-map-remembered');
    expect(el.consent).to.equal('granted');
    await frame();
    expect(el.getAttribute('consent')).to.equal('granted');

    el.consent = 'ask';
    await waitUntil(() => localStorage.getItem(CONSENT_KEY) === null, 'not forgotten');
    expect(el.gate === undefined, 'without the view').to.be.true;

    await waitUntil(() => Bare.arrive, 'the view was not asked for');
    Bare.arrive!(projectMapView);
    await el.updateComplete;
    expect(el.consent, 'the withdrawal holds once the view is here').to.equal('ask');
    expect($(el, '[part="placeholder"]')).to.not.equal(null);
  });
});
