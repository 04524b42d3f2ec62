/**
 * The buttons Leaflet places as marker and cluster icons. Built with DOM calls, never from
 * markup strings (Leaflet's string icons are an HTML sink), and styled by the element's
 * shadow styles; per-project colours go through CSSOM so a strict CSP allows them.
 */
import { SHAPES, type Shape } from './symbols.js';
import type { MapPoint } from './types.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Pixel size of a marker, and of clusters by how many projects they hold. */
export const MARKER_SIZE = 36;
export const clusterSize = (count: number): number => (count < 10 ? 40 : count < 100 ? 48 : 56);

/** One prototype per shape, cloned per marker: far cheaper than building each anew. */
const prototypes = new Map<Shape, SVGSVGElement>();

function symbol(shape: Shape): SVGSVGElement {
  let prototype = prototypes.get(shape);
  if (!prototype) {
    prototype = document.createElementNS(SVG_NS, 'svg');
    prototype.setAttribute('viewBox', '0 0 24 24');
    prototype.setAttribute('aria-hidden', 'true');
    prototype.setAttribute('focusable', 'false');
    prototype.setAttribute('class', 'pm-symbol');
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', SHAPES[shape]);
    prototype.append(path);
    prototypes.set(shape, prototype);
  }
  return prototype.cloneNode(true) as SVGSVGElement;
}

export function markerButton(point: MapPoint): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'pm-marker';
  button.setAttribute('part', 'marker');
  button.setAttribute('aria-haspopup', 'dialog');
  button.dataset.id = point.id;
  updateMarkerButton(button, point);
  return button;
}

/** A project's name or symbol changed (language, chosen topic): the same button, new looks. */
export function updateMarkerButton(button: HTMLElement, point: MapPoint): void {
  button.setAttribute('aria-label', point.name);
  button.style.setProperty('--pm-color', point.color);
  button.style.setProperty('--pm-ink', point.ink);
  button.replaceChildren(symbol(point.shape));
}

/** A cluster: the count shown, the whole counted phrase for screen readers ("12 Projekte"). */
export function clusterButton(text: { count: string; name: string }, count: number): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'pm-cluster';
  button.setAttribute('part', 'cluster');
  button.dataset.size = count < 10 ? 's' : count < 100 ? 'm' : 'l';
  // The name is the phrase whole: the shown number starts it ("12" + " Projekte") or is hidden
  // from the name, never glued before a phrase that already says it ("2 مشروعان").
  const leads = text.name.startsWith(text.count);
  const shown = document.createElement('span');
  if (!leads) shown.setAttribute('aria-hidden', 'true');
  shown.textContent = text.count;
  const spoken = document.createElement('span');
  spoken.className = 'visually-hidden';
  spoken.textContent = leads ? text.name.slice(text.count.length) : text.name;
  button.append(shown, spoken);
  return button;
}

/** Whether a marker drawn for `a` already shows `b`: the same place and the same looks. */
export const sameMarker = (a: MapPoint, b: MapPoint): boolean =>
  a.lat === b.lat &&
  a.lon === b.lon &&
  a.name === b.name &&
  a.color === b.color &&
  a.ink === b.ink &&
  a.shape === b.shape;
