import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/project-map/define.js';
import { CONSENT_KEY } from '../../src/components/project-map/consent.js';
import type { QuartierProjectMap } from '../../src/components/project-map/project-map.js';
import * as stories from '../../stories/project-map.stories.js';
import type { ProjectMapArgs } from '../../stories/project-map.stories.js';
import type { StoryContext } from '@storybook/web-components-vite';
import { getChannel } from '../../src/state/channel.js';
import { emulateForcedColors } from '../helpers/forced-colors.js';
import {
  $,
  $$,
  SRC,
  TILES,
  clusters,
  drawn,
  grantedMap,
  listIds,
  loaded,
  markers,
  newGroup,
  renderMap,
  shadow,
  text,
} from '../helpers/project-map.js';

const MANY = new URL('../fixtures/map-many.json', import.meta.url).href;
/** Our own GeoJSON places (test/fixtures), in the shape of a derived open-data export. */
const PLACES = new URL('../fixtures/places.geojson', import.meta.url).href;
const markerIds = (el: HTMLElement) => markers(el).map((marker) => marker.dataset.id ?? '');
const buttonNamed = (el: HTMLElement, name: string) =>
  $$<HTMLButtonElement>(el, 'button').find((button) => text(button) === name);

/** The zoom level the map shows: that of its current tile level (Leaflet puts it on top). */
const tileZoom = (el: HTMLElement) => {
  const current = $$(el, '.leaflet-tile-container').find((level) => level.style.zIndex === '19');
  const tile = current?.querySelector<HTMLImageElement>('img.leaflet-tile');
  return tile ? Number(new URL(tile.src).pathname.split('/').at(-3)) : -1;
};

/** Resources the page has requested so far, by URL. */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => (entry as PerformanceResourceTiming).name);

/** The details panel, once it is open. */
async function openDialog(el: HTMLElement): Promise<HTMLDialogElement> {
  await waitUntil(() => $(el, 'dialog[open]'), 'the details panel did not open');
  return $<HTMLDialogElement>(el, 'dialog[open]')!;
}

beforeEach(() => localStorage.removeItem(CONSENT_KEY));
afterEach(() => setViewport({ width: 800, height: 600 }));

describe('<quartier-project-map> before consent', () => {
  // First in the file: once Leaflet is imported it stays in the page.
  it('downloads no Leaflet and contacts no tile host until "Karte laden"', async () => {
    const el = await renderMap({ tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' });
    const placeholder = $(el, '[part="placeholder"]')!;
    expect(text(placeholder)).to.contain(
      'Beim Laden der Karte wird Ihre IP-Adresse an tile.openstreetmap.org übertragen',
    );
    const mapParts = /leaflet|supercluster|kdbush|openstreetmap|__map-tiles/;
    expect(requested().filter((url) => mapParts.test(url))).to.deep.equal([]);
    expect($(el, '.leaflet-container')).to.equal(null);
    // The list is there before consent.
    expect(listIds(el)).to.have.length(8);

    // The same observation sees the map parts once the visitor consents (so it can fail).
    el.tileUrl = TILES;
    await el.updateComplete;
    expect(text($(el, '[part="placeholder"]'))).to.contain('an localhost übertragen');
    $<HTMLButtonElement>(el, '[part="consent-button"]')!.click();
    await drawn(el);
    await waitUntil(() => requested().some((url) => url.includes('/__map-tiles/')), 'no tiles');
    const after = requested();
    expect(after.some((url) => url.includes('leaflet-src.esm.js'))).to.be.true;
    expect(after.some((url) => url.includes('openstreetmap'))).to.be.false;
  });
});

describe('<quartier-project-map> consent', () => {
  it('offers "Karte laden" and "Auf diesem Gerät merken"; accessible at 320px and 1280px', async () => {
    for (const width of [320, 1280]) {
      await setViewport({ width, height: 800 });
      const el = await renderMap();
      expect(text($(el, '[part="consent-button"]'))).to.equal('Karte laden');
      const remember = $<HTMLInputElement>(el, '.pm-remember input')!;
      expect(text(remember.closest('label'))).to.equal('Auf diesem Gerät merken');
      expect(remember.checked).to.be.false;
      await expect(el).to.be.accessible();
    }
  });

  it('loads on "Karte laden", fires quartier-consent-change and stores nothing unasked', async () => {
    const el = await renderMap();
    const changed = oneEvent(el, 'quartier-consent-change');
    $<HTMLButtonElement>(el, '[part="consent-button"]')!.click();
    expect((await changed).detail).to.deep.equal({ consent: 'granted' });
    await drawn(el);
    expect(el.consent).to.equal('granted');
    expect(localStorage.getItem(CONSENT_KEY)).to.equal(null);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    // The button is gone: focus went to the map, not to the page.
    await waitUntil(() => shadow(el).activeElement === $(el, '.leaflet-container'), 'map focus');
  });

  it('remembers consent only when asked, and "Karte ausblenden" withdraws and forgets it', async () => {
    const el = await renderMap();
    $<HTMLInputElement>(el, '.pm-remember input')!.click();
    $<HTMLButtonElement>(el, '[part="consent-button"]')!.click();
    await drawn(el);
    expect(localStorage.getItem(CONSENT_KEY)).to.equal('granted');

    // The next page view shows the map without asking.
    const next = await renderMap();
    await drawn(next);
    expect($(next, '[part="placeholder"]')).to.equal(null);

    const changed = oneEvent(next, 'quartier-consent-change');
    buttonNamed(next, 'Karte ausblenden')!.click();
    expect((await changed).detail).to.deep.equal({ consent: 'ask' });
    await next.updateComplete;
    expect(localStorage.getItem(CONSENT_KEY)).to.equal(null);
    expect($(next, '.leaflet-container')).to.equal(null);
    expect(markers(next)).to.have.length(0);
    expect($(next, '[part="placeholder"]')).to.not.equal(null);
    expect(shadow(next).activeElement).to.equal($(next, '[part="consent-button"]'));
  });

  it('lets the site decide: consent="granted", grantConsent() and consent = "ask", without events', async () => {
    let fired = 0;
    const el = await renderMap();
    el.addEventListener('quartier-consent-change', () => fired++);
    el.grantConsent();
    await drawn(el);
    el.consent = 'ask';
    await el.updateComplete;
    expect($(el, '.leaflet-container')).to.equal(null);
    expect(fired).to.equal(0);

    const granted = await grantedMap();
    expect($(granted, '[part="placeholder"]')).to.equal(null);
    expect(granted.getAttribute('consent')).to.equal('granted');
  });
});

describe('<quartier-project-map> markers and clusters', () => {
  it('draws one marker per project with coordinates, named by title and status', async () => {
    const el = await grantedMap({ noCluster: true });
    expect(markerIds(el).sort()).to.deep.equal([
      'garten',
      'gorkistrasse',
      'hausaufgaben',
      'lesepaten',
      'rathaus',
      'spielplatz',
      'zeitung',
    ]);
    const garten = markers(el).find((m) => m.dataset.id === 'garten')!;
    expect(garten.getAttribute('aria-label')).to.equal(
      'Gemeinschaftsgarten am Mariannenpark (läuft)',
    );
    expect(garten.localName).to.equal('button');
    expect(
      markers(el)
        .find((m) => m.dataset.id === 'zeitung')!
        .getAttribute('aria-label'),
    ).to.equal('Stadtteilzeitung Schönefeld (läuft)');
    await expect(el).to.be.accessible();
  });

  it('shows topic colour plus a shape per topic, with legible ink, and a legend', async () => {
    const { SHAPES } = await import('../../src/components/project-map/symbols.js');
    const el = await grantedMap({ noCluster: true });
    const marker = (id: string) => markers(el).find((m) => m.dataset.id === id)!;
    const shape = (id: string) => marker(id).querySelector('path')!.getAttribute('d');
    const color = (id: string) => marker(id).style.getPropertyValue('--pm-color');
    // Topic order in the data: migration, bildung, inklusion, begegnung, gesundheit, beteiligung.
    expect(color('garten')).to.equal('#2e7d32');
    expect(shape('garten')).to.equal(SHAPES.star);
    expect(color('lesepaten')).to.equal('#1f5fa6');
    expect(shape('lesepaten')).to.equal(SHAPES.square);
    expect(shape('rathaus')).to.equal(SHAPES.triangle);
    // A light topic colour gets dark ink; no topic gets the bar.
    expect(marker('spielplatz').style.getPropertyValue('--pm-ink')).to.equal('#000000');
    expect(marker('garten').style.getPropertyValue('--pm-ink')).to.equal('#ffffff');
    expect(shape('zeitung')).to.equal(SHAPES.bar);
    const legend = $$(el, '[part="legend"] li').map(text);
    expect(legend).to.deep.equal([
      'Bildung',
      'Inklusion',
      'Gesundheit',
      'Kinder- und Jugendbeteiligung',
      'ohne Thema',
    ]);
  });

  it('clusters projects at one place: text starts with the count, Enter lists them', async () => {
    const el = await grantedMap();
    const [cluster] = clusters(el);
    expect(clusters(el)).to.have.length(1);
    expect(text(cluster)).to.equal('2 Projekte');
    expect(markers(el)).to.have.length(5);
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openDialog(el);
    expect(text(shadow(el).getElementById(dialog.getAttribute('aria-labelledby')!))).to.equal(
      '2 Projekte an diesem Ort',
    );
    const choices = [...dialog.querySelectorAll<HTMLButtonElement>('.pm-item-button')];
    expect(choices.map(text)).to.deep.equal([
      'Hausaufgabenhilfe in der Bibliothek',
      'Lesepatenschaften',
    ]);
    await expect(el).to.be.accessible();
    choices[1].click();
    await waitUntil(() => text($(el, '#pm-dialog-title')) === 'Lesepatenschaften', 'no details');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, 'dialog[open]'), 'dialog still open');
    expect(shadow(el).activeElement).to.equal(cluster);
  });

  it('zooms into a cluster on Enter and moves focus to what was inside', async () => {
    const el = await grantedMap({ src: MANY });
    const before = clusters(el);
    expect(before.length).to.be.above(0);
    // Every project is drawn exactly once: in a cluster or as a marker.
    const total = () =>
      markers(el).length + clusters(el).reduce((sum, c) => sum + Number.parseInt(text(c), 10), 0);
    expect(total()).to.equal(150);
    const biggest = before.reduce((a, b) =>
      Number.parseInt(text(a), 10) >= Number.parseInt(text(b), 10) ? a : b,
    );
    const zoomBefore = tileZoom(el);
    biggest.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => tileZoom(el) > zoomBefore, 'the map did not zoom in', { timeout: 5000 });
    await waitUntil(
      () => {
        const active = shadow(el).activeElement as HTMLElement | null;
        return active !== biggest && active?.matches('[part="marker"], [part="cluster"]');
      },
      'focus did not move to a marker or cluster',
      { timeout: 5000 },
    );
  });

  it('draws every project on its own with no-cluster', async () => {
    const el = await grantedMap({ src: MANY, noCluster: true });
    expect(clusters(el)).to.have.length(0);
    expect(markers(el)).to.have.length(150);
  });

  it('reads GeoJSON in RFC 7946 order (longitude first): our own places land where they are', async () => {
    const el = await grantedMap({ src: PLACES, noCluster: true });
    const byName = (name: string) =>
      markers(el).find((m) => m.getAttribute('aria-label')!.startsWith(name))!;
    const nord = byName('Nachbarschaftsgarten Nord').getBoundingClientRect();
    const sued = byName('Spielplatz Süd').getBoundingClientRect();
    const ost = byName('Werkstatt Ost').getBoundingClientRect();
    const west = byName('Lesecafé West').getBoundingClientRect();
    expect(markers(el).length).to.equal(listIds(el).length);
    expect(markers(el)).to.have.length(4);
    expect(nord.top, 'the garden (51.36) lies north of the playground (51.351)').to.be.below(
      sued.top,
    );
    expect(ost.left, 'the workshop (12.43) lies east of the café (12.4)').to.be.above(west.left);
  });
});

describe('<quartier-project-map> details panel', () => {
  it('opens from a marker by keyboard, named by the title; Escape returns focus to the marker', async () => {
    const el = await grantedMap({ noCluster: true });
    $(el, '.leaflet-container')!.focus();
    await sendKeys({ press: 'Tab' });
    // Reading order: the northernmost project first.
    const first = shadow(el).activeElement as HTMLElement;
    expect(first.dataset.id).to.equal('rathaus');
    await sendKeys({ press: 'Tab' });
    expect((shadow(el).activeElement as HTMLElement).dataset.id).to.equal('gorkistrasse');
    const selected = oneEvent(el, 'quartier-project-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.project.id).to.equal('gorkistrasse');
    const dialog = await openDialog(el);
    expect(dialog.getAttribute('role') ?? 'dialog').to.equal('dialog');
    const name = shadow(el).getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(text(name)).to.equal('Komplexbaumaßnahme Gorkistraße');
    expect(dialog.contains(shadow(el).activeElement)).to.be.true;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, 'dialog[open]'), 'dialog still open');
    expect((shadow(el).activeElement as HTMLElement).dataset.id).to.equal('gorkistrasse');
  });

  it('shows status, period, topics, place, contact and a safe link; accessible at 320px and 1280px', async () => {
    for (const width of [320, 1280]) {
      await setViewport({ width, height: 800 });
      const el = await grantedMap({ noCluster: true });
      markers(el)
        .find((m) => m.dataset.id === 'garten')!
        .click();
      const dialog = await openDialog(el);
      const facts = Object.fromEntries(
        [...dialog.querySelectorAll('.pm-fact')].map((fact) => [
          text(fact.querySelector('dt')),
          fact.querySelector('dd')!.innerText.replace(/\s+/g, ' ').trim(),
        ]),
      );
      expect(facts).to.deep.equal({
        Stand: 'läuft',
        Zeitraum: 'seit 1. April 2024',
        Themen: 'Gesundheit, Begegnung',
        Ort: 'Mariannenpark',
        Träger: 'Stadtteilmanagement Schönefeld',
        Kontakt: 'Gartengruppe Mariannenpark E-Mail: garten@example.org Telefon: +49 341 123456',
      });
      const links = [...dialog.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.include.members([
        'https://example.org/stm',
        'mailto:garten@example.org',
        'tel:+49341123456',
        'https://example.org/garten/termine',
        'https://example.org/garten',
      ]);
      expect(text(dialog.querySelector('[part="project-link"]'))).to.equal('Zur Projektseite');
      // The image comes from the data source's own origin.
      expect(dialog.querySelector('img')!.getAttribute('alt')).to.equal(
        'Zeichnung: zwei Hochbeete mit Pflanzen',
      );
      await expect(el).to.be.accessible();
      buttonNamed(el, 'Schließen')!.click();
      await waitUntil(() => !$(el, 'dialog[open]'), 'dialog still open');
    }
  });

  it('closes with "Schließen" and returns focus to the marker', async () => {
    const el = await grantedMap({ noCluster: true });
    const marker = markers(el).find((m) => m.dataset.id === 'spielplatz')!;
    marker.focus();
    marker.click();
    const dialog = await openDialog(el);
    // javascript: never becomes a link.
    expect(dialog.querySelector('[part="project-link"]')).to.equal(null);
    buttonNamed(el, 'Schließen')!.click();
    await waitUntil(() => !$(el, 'dialog[open]'), 'dialog still open');
    expect(shadow(el).activeElement).to.equal(marker);
  });

  it('renders data as text, links only safe URLs and drops images from other origins', async () => {
    const el = await grantedMap({
      src: new URL('../fixtures/map-markup.json', import.meta.url).href,
    });
    const [marker] = markers(el);
    expect(marker.getAttribute('aria-label')).to.equal('<img src=x onerror=alert(1)> (läuft)');
    marker.click();
    const dialog = await openDialog(el);
    expect(text(dialog.querySelector('.pm-summary'))).to.equal('<b>fett</b>');
    expect(dialog.querySelector('b')).to.equal(null);
    expect(dialog.querySelector('img')).to.equal(null);
    expect([...dialog.querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
      'https://example.org/x',
    ]);
  });
});

describe('<quartier-project-map> focus in the details dialog', () => {
  /** The element focused inside the shadow root, and whether it is in the open dialog. */
  const focused = (el: HTMLElement) => shadow(el).activeElement as HTMLElement | null;
  const inDialog = (el: HTMLElement) => {
    const active = focused(el);
    return Boolean(active && $(el, 'dialog[open]')?.contains(active));
  };

  it('moves focus to the new heading from a cluster to a project and back, by keyboard', async () => {
    const el = await renderMap();
    $<HTMLButtonElement>(el, '[part="consent-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await drawn(el);
    const [cluster] = clusters(el);
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openDialog(el);
    expect(text($(el, '#pm-dialog-title'))).to.equal('2 Projekte an diesem Ort');
    expect(inDialog(el), 'focus inside the dialog').to.be.true;

    dialog.querySelector<HTMLButtonElement>('.pm-item-button[data-id="lesepaten"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '#pm-dialog-title')) === 'Lesepatenschaften', 'no details');
    await el.updateComplete;
    expect(document.activeElement, 'not on the page').to.not.equal(document.body);
    expect(focused(el), 'on the project title').to.equal($(el, '#pm-dialog-title'));
    expect(inDialog(el)).to.be.true;

    buttonNamed(el, 'Zurück zur Auswahl')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => text($(el, '#pm-dialog-title')) === '2 Projekte an diesem Ort',
      'not back at the cluster',
    );
    await el.updateComplete;
    expect(document.activeElement, 'not on the page').to.not.equal(document.body);
    expect(focused(el), 'on the cluster heading').to.equal($(el, '#pm-dialog-title'));
    expect(inDialog(el)).to.be.true;

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, 'dialog[open]'), 'dialog still open');
    expect(focused(el)).to.equal(cluster);
  });

  it('keeps focus off the page after "Erneut versuchen" for a failed source', async () => {
    const el = await renderMap({ src: `/__responder/fail-first?key=map-retry-${Date.now()}` });
    await waitUntil(() => $(el, '[role="alert"] button'), 'no error');
    $<HTMLButtonElement>(el, '[role="alert"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="list"]'), 'no list after retrying');
    await el.updateComplete;
    expect(document.activeElement, 'not on the page').to.not.equal(document.body);
    // Held on the frame while loading, then on the new content's first heading.
    await waitUntil(
      () => focused(el)?.matches('[role="heading"]'),
      'focus did not reach the new content',
    );
    expect(text(focused(el))).to.equal(text($(el, '[part="placeholder"] [role="heading"]')));
  });
});

describe('<quartier-project-map> list twin', () => {
  it('lists the same projects as the map, with the count and those without a place marked', async () => {
    const el = await grantedMap({ noCluster: true });
    expect(text($(el, '.pm-count'))).to.equal('8 Projekte, 1 ohne Ort auf der Karte');
    expect(listIds(el)).to.have.length(8);
    expect(
      listIds(el)
        .filter((id) => id !== 'cafe')
        .sort(),
    ).to.deep.equal(markerIds(el).sort());
    const cafe = $$(el, '.pm-item').find((item) =>
      item.textContent!.includes('Nachbarschaftscafé'),
    )!;
    expect(text(cafe.querySelector('.pm-unmapped'))).to.equal('ohne Ort auf der Karte');
    expect(text(cafe.querySelector('.pm-meta'))).to.equal(
      'läuft · Begegnung, Migration und Integration',
    );
  });

  it('switches "Karte | Liste", skips past the map, and opens details from the list', async () => {
    for (const width of [320, 1280]) {
      await setViewport({ width, height: 800 });
      const el = await grantedMap();
      const skip = $<HTMLAnchorElement>(el, '.pm-skip')!;
      expect(text(skip)).to.equal('Karte überspringen, zur Projektliste');
      skip.click();
      expect(shadow(el).activeElement).to.equal($(el, '#pm-list'));

      buttonNamed(el, 'Liste')!.click();
      await el.updateComplete;
      expect($(el, '.pm-frame')!.hidden).to.be.true;
      expect(buttonNamed(el, 'Liste')!.getAttribute('aria-pressed')).to.equal('true');
      expect(buttonNamed(el, 'Karte')!.getAttribute('aria-pressed')).to.equal('false');
      await expect(el).to.be.accessible();

      const item = $<HTMLButtonElement>(el, '.pm-item-button[data-id="cafe"]')!;
      item.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, 'dialog[open]'), 'no dialog from the list');
      expect(text($(el, '#pm-dialog-title'))).to.equal('Nachbarschaftscafé auf Rädern');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !$(el, 'dialog[open]'), 'dialog still open');
      expect(shadow(el).activeElement).to.equal(item);

      // Back to the map: the same Leaflet map, sized again.
      buttonNamed(el, 'Karte')!.click();
      await el.updateComplete;
      expect($(el, '.pm-frame')!.hidden).to.be.false;
      expect(markers(el).length + clusters(el).length).to.be.above(0);
    }
  });
  it('shows a long list page by page, focus on the first added project', async () => {
    const el = await renderMap({ src: MANY });
    expect(text($(el, '.pm-count'))).to.equal('150 Projekte');
    expect(listIds(el)).to.have.length(100);
    const more = $<HTMLButtonElement>(el, '.pm-more')!;
    expect(text(more)).to.equal('Weitere Projekte anzeigen (noch 50)');
    more.click();
    await el.updateComplete;
    expect(listIds(el)).to.have.length(150);
    expect($(el, '.pm-more')).to.equal(null);
    await waitUntil(() => shadow(el).activeElement === $$(el, '.pm-item-button')[100], 'focus');
  });

  it('opens a project for the page with showProject(), even before the data is there', async () => {
    let fired = 0;
    const el = document.createElement('quartier-project-map');
    el.addEventListener('quartier-project-select', () => fired++);
    el.setAttribute('src', SRC);
    el.setAttribute('group', newGroup());
    el.setAttribute('view', 'list');
    el.showProject('cafe');
    document.body.append(el);
    try {
      await openDialog(el);
      expect(text($(el, '#pm-dialog-title'))).to.equal('Nachbarschaftscafé auf Rädern');
      expect($(el, '.pm-frame')!.hidden).to.be.true;
      expect(fired).to.equal(0);
    } finally {
      el.remove();
    }
  });
});

describe('<quartier-project-map> filter and scope', () => {
  it("follows its group's filter without refetching or recreating the map", async () => {
    const group = newGroup();
    const el = await grantedMap({ group, noCluster: true });
    const container = $(el, '.leaflet-container');
    const fetches = () => requested().filter((url) => url === SRC).length;
    const before = fetches();
    getChannel(group).set({ topics: ['bildung'] });
    await el.updateComplete;
    expect(markerIds(el).sort()).to.deep.equal(['hausaufgaben', 'lesepaten']);
    expect(listIds(el)).to.deep.equal(['hausaufgaben', 'lesepaten']);
    expect(text($(el, '.pm-count'))).to.equal('2 Projekte');
    // A facet projects do not have never empties the map.
    getChannel(group).set({ languages: ['ar'], accessibility: ['wheelchair'] });
    await el.updateComplete;
    expect(markers(el)).to.have.length(7);
    expect(listIds(el)).to.have.length(8);
    expect($(el, '.leaflet-container')).to.equal(container);
    expect(fetches()).to.equal(before);
  });

  it('draws a chosen topic in its own colour when a project has several', async () => {
    const group = newGroup();
    const el = await grantedMap({ group, noCluster: true });
    const garten = () => markers(el).find((m) => m.dataset.id === 'garten')!;
    expect(garten().style.getPropertyValue('--pm-color')).to.equal('#2e7d32');
    getChannel(group).set({ topics: ['begegnung'] });
    await el.updateComplete;
    expect(garten().style.getPropertyValue('--pm-color')).to.equal('#ad1457');
  });

  it('shows an empty state when the filter leaves nothing', async () => {
    const group = newGroup();
    const el = await grantedMap({ group });
    getChannel(group).set({ topics: ['gibt-es-nicht'] });
    await el.updateComplete;
    expect(markers(el).length + clusters(el).length).to.equal(0);
    expect(text($(el, '.pm-empty'))).to.equal('Für diese Auswahl gibt es keine Projekte.');
    expect(text($(el, '.pm-count'))).to.equal('0 Projekte');
    await expect(el).to.be.accessible();
  });

  it('keeps to its fixed scope: topics and organizer', async () => {
    const partner = await grantedMap({ topics: 'inklusion', noCluster: true });
    expect(markerIds(partner).sort()).to.deep.equal(['gorkistrasse', 'rathaus']);
    const library = await renderMap({ organizer: 'Bibliothek Schönefeld' });
    expect(listIds(library)).to.deep.equal(['hausaufgaben', 'lesepaten']);
  });
});

describe('<quartier-project-map> map behaviour', () => {
  it('zooms with its own buttons and with + on the keyboard', async () => {
    const el = await grantedMap();
    await waitUntil(() => tileZoom(el) > 0, 'no tiles');
    const start = tileZoom(el);
    const zoomIn = $$<HTMLButtonElement>(el, '[part="zoom-button"]').find(
      (b) => b.getAttribute('aria-label') === 'Vergrößern',
    )!;
    zoomIn.click();
    await waitUntil(() => tileZoom(el) === start + 1, 'the zoom button did nothing');
    // Leaflet ignores a zoom while it still animates the last one.
    await waitUntil(() => !$(el, '.leaflet-zoom-anim'), 'the zoom animation did not end');
    $(el, '.leaflet-container')!.focus();
    await sendKeys({ press: '-' });
    await waitUntil(() => tileZoom(el) === start, 'minus on the keyboard did nothing');
  });

  it('scroll-wheel zoom needs Ctrl; without it a hint says so and the page scrolls', async () => {
    const el = await grantedMap();
    await waitUntil(() => tileZoom(el) > 0, 'no tiles');
    const start = tileZoom(el);
    const map = $(el, '.leaflet-container')!;
    const wheel = (ctrlKey: boolean) =>
      map.dispatchEvent(
        new WheelEvent('wheel', { deltaY: -240, ctrlKey, bubbles: true, cancelable: true }),
      );
    expect(wheel(false), 'a plain wheel is not cancelled').to.be.true;
    await el.updateComplete;
    const hint = $(el, '.pm-hint')!;
    expect(hint.hidden).to.be.false;
    expect(text(hint)).to.match(/Zum Zoomen (Strg|⌘)-Taste gedrückt halten und scrollen/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(tileZoom(el)).to.equal(start);
    expect(wheel(true), 'Ctrl + wheel is the map’s').to.be.false;
    await waitUntil(() => tileZoom(el) > start, 'Ctrl + wheel did not zoom');
  });

  it('has its own stacking context and attribution, and says when tiles fail', async () => {
    const el = await grantedMap({ tileUrl: '/__map-tiles/broken/{z}/{x}/{y}.png' });
    expect(getComputedStyle($(el, '.pm-map')!).isolation).to.equal('isolate');
    await waitUntil(() => $(el, '.pm-notice'), 'no notice about the tiles', { timeout: 5000 });
    expect(text($(el, '.pm-notice'))).to.contain('Die Kartenbilder konnten nicht geladen werden.');
    // The list is still the way to the projects.
    expect(listIds(el)).to.have.length(8);
    for (const width of [320, 1280]) {
      await setViewport({ width, height: 800 });
      await expect(el).to.be.accessible();
    }
  });

  it("shows OpenStreetMap's attribution for its tiles, the page's own otherwise", async () => {
    const osm = await renderMap({
      consent: 'granted',
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    });
    await drawn(osm);
    const attribution = $(osm, '[part="attribution"]')!;
    expect(text(attribution)).to.equal('© OpenStreetMap-Mitwirkende');
    expect(attribution.querySelector('a')!.href).to.equal(
      'https://www.openstreetmap.org/copyright',
    );
    osm.consent = 'ask';
    await osm.updateComplete;

    const own = await grantedMap();
    own.attribution =
      'Karte: © [Stadt Leipzig](https://example.org/geodaten), [x](javascript:alert(1))';
    await own.updateComplete;
    const parts = $(own, '[part="attribution"]')!;
    expect(text(parts)).to.equal('Karte: © Stadt Leipzig, [x](javascript:alert(1))');
    expect([...parts.querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
      'https://example.org/geodaten',
    ]);
  });

  it('uses center and zoom when given', async () => {
    const el = await grantedMap({ center: '51.3597, 12.4107', zoom: '17' });
    await waitUntil(() => tileZoom(el) > 0, 'no tiles');
    expect(tileZoom(el)).to.equal(17);
    const rathaus = markers(el)
      .find((m) => m.dataset.id === 'rathaus')!
      .getBoundingClientRect();
    const box = $(el, '.pm-map')!.getBoundingClientRect();
    expect(Math.abs(rathaus.left + rathaus.width / 2 - (box.left + box.width / 2))).to.be.below(30);
  });

  it('renders correctly when a map created while hidden is shown', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div hidden>
        <quartier-project-map
          src=${SRC}
          group=${newGroup()}
          consent="granted"
          tile-url=${TILES}
          no-cluster
        ></quartier-project-map>
      </div>`,
    );
    const el = wrapper.querySelector('quartier-project-map')!;
    await loaded(el);
    await waitUntil(() => $(el, '.leaflet-container'), 'no map');
    wrapper.hidden = false;
    await drawn(el);
    await waitUntil(() => {
      const box = $(el, '.pm-map')!.getBoundingClientRect();
      return markers(el).every((marker) => {
        const r = marker.getBoundingClientRect();
        return (
          r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom
        );
      });
    }, 'markers are outside the map after it was shown');
  });
});

describe('<quartier-project-map> states and languages', () => {
  it('shows the error with "Erneut versuchen" and the fallback; accessible at 320px and 1280px', async () => {
    for (const width of [320, 1280]) {
      await setViewport({ width, height: 800 });
      const el = await renderMap({
        src: `/__responder/not-found?key=map-${width}`,
        consent: 'granted',
      });
      await waitUntil(() => $(el, '[role="alert"]'), 'no error');
      expect(text($(el, '[role="alert"]'))).to.contain('Erneut versuchen');
      expect($<HTMLSlotElement>(el, 'slot')!.assignedElements()[0].textContent).to.equal(
        'Alle Projekte',
      );
      expect($(el, '.leaflet-container')).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('is accessible with the map shown, at 320px and 1280px', async () => {
    for (const width of [320, 1280]) {
      await setViewport({ width, height: 800 });
      const el = await grantedMap();
      await expect(el).to.be.accessible();
    }
  });

  it('speaks English with lang="en"', async () => {
    const el = await renderMap({
      lang: 'en',
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    });
    await waitUntil(() => text($(el, '[part="consent-button"]')) === 'Load map', 'no English');
    expect(text($(el, '[part="placeholder"] p'))).to.contain(
      'Loading the map sends your IP address to tile.openstreetmap.org',
    );
    expect(text($(el, '.pm-count'))).to.equal('8 projects, 1 without a place on the map');
    el.tileUrl = TILES;
    el.grantConsent();
    await drawn(el);
    expect(text(clusters(el)[0])).to.equal('2 projects');
    expect(
      markers(el)
        .find((m) => m.dataset.id === 'garten')!
        .getAttribute('aria-label'),
    ).to.equal('Community garden at Mariannenpark (running)');
  });
});

describe('<quartier-project-map> under a strict CSP with Trusted Types', () => {
  /** Loads a page served with the policy of TOOLCHAIN.md into a frame of this test page. */
  async function cspFrame(path: string) {
    const frame = document.createElement('iframe');
    frame.src = path;
    frame.style.width = '1000px';
    frame.style.height = '900px';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    return frame;
  }
  type Watched = Window & { __violations: string[]; __errors: string[]; __leaflet?: string };

  it('shows the placeholder, the map, markers and details without a single violation', async () => {
    const frame = await cspFrame('/__map-csp/map.html');
    try {
      const win = frame.contentWindow as Watched;
      const el = frame.contentDocument!.querySelector<QuartierProjectMap>('quartier-project-map')!;
      await waitUntil(
        () => el.shadowRoot?.querySelector('[part="consent-button"]'),
        'no placeholder',
        {
          timeout: 5000,
        },
      );
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="consent-button"]')!.click();
      await waitUntil(
        () => el.shadowRoot!.querySelector('[part="marker"]'),
        'no markers under CSP',
        {
          timeout: 5000,
        },
      );
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="marker"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'no dialog under CSP');
      await waitUntil(() => el.shadowRoot!.querySelector('img.leaflet-tile'), 'no tiles');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('would fail without the transform: untransformed Leaflet throws under the same policy', async () => {
    const frame = await cspFrame('/__map-csp/raw.html');
    try {
      const win = frame.contentWindow as Watched;
      await waitUntil(() => win.__leaflet, 'the raw import did not settle', { timeout: 5000 });
      expect(win.__leaflet).to.match(/^failed: .*TrustedHTML/);
      // The violation report is queued as a task of its own: wait for it rather than race it.
      await waitUntil(() => win.__violations.length > 0, 'no violation reported', {
        timeout: 5000,
      });
      expect(win.__violations.join('\n')).to.contain('require-trusted-types-for');
    } finally {
      frame.remove();
    }
  });
});

describe('<quartier-project-map> stories', () => {
  const { default: meta, ...all } = stories;
  for (const [name, story] of Object.entries(all)) {
    it(`${name} renders and is accessible`, async () => {
      // As Storybook merges them, but with the local grey tiles instead of the internet.
      const args = { ...meta.args, ...story.args, 'tile-url': TILES } as ProjectMapArgs;
      const render = story.render ?? meta.render!;
      const root = await fixture<HTMLElement>(
        html`<div>${render(args, { args } as StoryContext<ProjectMapArgs>)}</div>`,
      );
      const el = root.querySelector<QuartierProjectMap>('quartier-project-map')!;
      await loaded(el);
      if (name === 'LoadingError') {
        await waitUntil(() => $(el, '[role="alert"]'), 'no error shown');
      } else {
        expect(listIds(el).length, 'projects in the list').to.be.above(0);
        if (args.consent === 'granted') await drawn(el);
        else expect($(el, '.leaflet-container')).to.equal(null);
      }
      if (name === 'DetailsOpen') await openDialog(el);
      await expect(root).to.be.accessible();
    });
  }
});

describe('<quartier-project-map> the audit of issue 16', () => {
  /** Zooms in `times` with the "+" button, waiting for each zoom to end. */
  async function zoomIn(el: QuartierProjectMap, times: number): Promise<void> {
    const plus = $$<HTMLButtonElement>(el, '[part="zoom-button"]').find(
      (b) => b.getAttribute('aria-label') === 'Vergrößern',
    )!;
    for (let i = 0; i < times; i++) {
      const start = el.leaflet.zoom?.zoom ?? 0;
      plus.click();
      await waitUntil(() => (el.leaflet.zoom?.zoom ?? 0) > start, 'the map did not zoom in');
      await waitUntil(() => !$(el, '.leaflet-zoom-anim'), 'the zoom animation did not end');
    }
  }

  it('marks data texts that are not in the UI language with their own language (defect 7)', async () => {
    const el = await renderMap({
      lang: 'en',
      src: new URL('../fixtures/german-only.json', import.meta.url).href,
    });
    const button = (id: string) => $<HTMLButtonElement>(el, `.pm-item-button[data-id="${id}"]`)!;
    await waitUntil(() => button('garten'), 'no list');
    expect(button('garten').getAttribute('lang')).to.equal('de');
    expect(button('lesepaten').getAttribute('lang') ?? 'en').to.equal('en');
    const meta = button('garten').parentElement!.querySelector('.pm-meta')!;
    expect(meta.querySelector('[lang="de"]')?.textContent).to.equal('Begegnung');
    button('garten').click();
    await waitUntil(() => $(el, 'dialog[open]'), 'the details did not open');
    expect($(el, '#pm-dialog-title')!.getAttribute('lang')).to.equal('de');
    expect($(el, '.pm-summary')!.getAttribute('lang')).to.equal('de');
    const description = [...$$(el, 'dialog p')].find((p) => text(p).includes('mitmachen'))!;
    expect(description.closest('[lang]')?.getAttribute('lang')).to.equal('de');
    await expect(el).to.be.accessible();
  });

  it('keeps markers outside the visible map out of the tab order after zooming in (defect 4)', async () => {
    // 150 projects over the quarter, each its own marker.
    const el = await grantedMap({ src: MANY, noCluster: true });
    await zoomIn(el, 3);
    const map = $(el, '.pm-map')!;
    const box = map.getBoundingClientRect();
    // Tab from "−" through the map until focus leaves it: every stop is something one can see.
    $$<HTMLButtonElement>(el, '[part="zoom-button"]')[1].focus();
    const stops: string[] = [];
    const hidden: string[] = [];
    for (let i = 0; i < 200; i++) {
      await sendKeys({ press: 'Tab' });
      const now = shadow(el).activeElement as HTMLElement | null;
      if (!now || !map.contains(now)) break;
      if (!now.matches('[part="marker"], [part="cluster"]')) continue;
      const at = now.getBoundingClientRect();
      const x = at.x + at.width / 2;
      const y = at.y + at.height / 2;
      const inside = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      (inside ? stops : hidden).push(now.dataset.id ?? text(now));
    }
    expect(hidden, 'markers outside the visible map in the tab order').to.deep.equal([]);
    expect(stops.length, 'the visible markers are still in the tab order').to.be.greaterThan(0);
    // The list twin stays complete.
    expect(text($(el, '.pm-count'))).to.equal('150 Projekte');
  });

  it('draws the marker focus ring in a system colour in forced colours (defect 3)', async () => {
    const el = await grantedMap();
    await emulateForcedColors(true);
    try {
      const probe = document.createElement('span');
      probe.style.cssText = 'forced-color-adjust: none; color: Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      const marker = markers(el)[0] ?? clusters(el)[0];
      $$<HTMLButtonElement>(el, '[part="zoom-button"]')[1].focus();
      marker.focus();
      await sendKeys({ press: 'Shift' });
      expect(marker.matches(':focus-visible')).to.be.true;
      expect(getComputedStyle(marker).outlineColor).to.equal(highlight);
      await expect(el).to.be.accessible();
    } finally {
      await emulateForcedColors(false);
    }
  });

  it('does not repeat a marker’s, cluster’s or zoom button’s name as its title (defect 8)', async () => {
    const el = await grantedMap();
    const named = [...markers(el), ...clusters(el), ...$$(el, '[part="zoom-button"]')];
    expect(named.length).to.be.greaterThan(2);
    expect(
      named.filter((node) => node.hasAttribute('title')).map((node) => text(node)),
    ).to.deep.equal([]);
  });

  it('does not announce its count: on a filter change only the filter speaks (defect 8)', async () => {
    const group = newGroup();
    const el = await grantedMap({ group });
    const count = $(el, '.pm-count')!;
    const live =
      '[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"])';
    expect(count.closest(live), 'the count is a live region').to.equal(null);
    getChannel(group).set({ topics: ['bildung'] });
    await el.updateComplete;
    expect($(el, '.pm-count')!.closest(live)).to.equal(null);
  });
});
