/** The project map on a test page, as the map tests (and test/realdata/) render it. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/components/project-map/define.js';
import type { QuartierProjectMap } from '../../src/components/project-map/project-map.js';

export const SRC = new URL('../fixtures/map-projects.json', import.meta.url).href;
export const TILES = '/__map-tiles/{z}/{x}/{y}.png';
let n = 0;
export const newGroup = () => `map-test-${n++}`;

export const shadow = (el: HTMLElement) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];
export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const markers = (el: HTMLElement) => $$<HTMLButtonElement>(el, '[part="marker"]');
export const clusters = (el: HTMLElement) => $$<HTMLButtonElement>(el, '[part="cluster"]');
export const listIds = (el: HTMLElement) =>
  $$(el, '.pm-item-button').map((button) => button.dataset.id ?? '');

export const loaded = (el: HTMLElement) =>
  waitUntil(() => $(el, '[aria-busy="false"]'), 'the map did not finish loading', {
    timeout: 5000,
  });
/** Leaflet is there and has drawn markers or clusters. */
export const drawn = (el: HTMLElement) =>
  waitUntil(
    () => markers(el).length + clusters(el).length > 0,
    'no markers or clusters were drawn',
    { timeout: 5000 },
  );

export interface MapAttrs {
  src?: string;
  group?: string;
  consent?: string;
  tileUrl?: string;
  lang?: string;
  topics?: string;
  organizer?: string;
  center?: string;
  zoom?: string;
  noCluster?: boolean;
  debug?: boolean;
  imageOrigins?: string;
}

export async function renderMap(attrs: MapAttrs = {}) {
  const el = await fixture<QuartierProjectMap>(
    html`<quartier-project-map
      src=${attrs.src ?? SRC}
      group=${attrs.group ?? newGroup()}
      consent=${attrs.consent ?? 'ask'}
      tile-url=${attrs.tileUrl ?? TILES}
      lang=${attrs.lang ?? 'de'}
      topics=${attrs.topics ?? nothing}
      organizer=${attrs.organizer ?? nothing}
      center=${attrs.center ?? nothing}
      zoom=${attrs.zoom ?? nothing}
      ?no-cluster=${attrs.noCluster ?? false}
      ?debug=${attrs.debug ?? false}
      image-origins=${attrs.imageOrigins ?? nothing}
      ><a href="https://example.org/projekte">Alle Projekte</a></quartier-project-map
    >`,
  );
  await loaded(el);
  return el;
}

export async function grantedMap(attrs: MapAttrs = {}) {
  const el = await renderMap({ consent: 'granted', ...attrs });
  await drawn(el);
  return el;
}
