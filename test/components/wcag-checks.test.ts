/**
 * WCAG checks that the accessibility statement (docs/accessibility-statement.md) had marked as
 * manual: reflow at 320px (1.4.10), a visible focus ring in the form and the filter (2.4.7),
 * 200 % text (1.4.4), keys that act only inside the focused calendar grid and map (2.1.4) and
 * no motion with "reduce motion" (statement 11.7, 2.3.x).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/event-calendar/define.js';
import '../../src/components/idea-form/define.js';
import '../../src/components/topic-filter/define.js';
import { grantedMap } from '../helpers/project-map.js';
import { calendarTemplate, filterTemplate, TOPICS as FILTER } from '../helpers/elements.js';

const ALL_EVENTS = html`<a href="https://example.org/termine">Alle Termine</a>`;

let n = 0;
const newGroup = () => `wcag-checks-${n++}`;
const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const loaded = (el: HTMLElement) =>
  waitUntil(() => $(el, '[aria-busy="false"]'), `${el.localName} did not load`, {
    timeout: 10000,
  });
const describeNode = (node: Element) =>
  `<${node.tagName.toLowerCase()} class="${node.getAttribute('class') ?? ''}">`;
const shown = (node: Element) =>
  node.getClientRects().length > 0 && !getComputedStyle(node).clipPath.startsWith('inset(50%');

async function calendar() {
  const el = await fixture<HTMLElement>(
    calendarTemplate({ lang: 'de', group: newGroup(), fallback: ALL_EVENTS }),
  );
  await loaded(el);
  return el;
}
async function filter() {
  const el = await fixture<HTMLElement>(
    filterTemplate({ lang: 'de', group: newGroup(), fallback: ALL_EVENTS }),
  );
  await loaded(el);
  return el;
}
async function form() {
  const wrap = await fixture<HTMLElement>(
    html`<div>
      <button>before</button>
      <quartier-idea-form
        action="/api/ideas-test/ok/wcag-checks"
        privacy-url="https://example.org/datenschutz"
        src=${FILTER}
        lang="de"
        no-draft
        ><a href="mailto:ideen@example.org">ideen@example.org</a></quartier-idea-form
      >
    </div>`,
  );
  const el = wrap.querySelector<HTMLElement>('quartier-idea-form')!;
  await loaded(el);
  return el;
}

/** The host and each box in its shadow root that scrolls or clips, wider than it is. */
function sidewaysFaults(host: HTMLElement): string[] {
  const faults: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) {
    faults.push(`the page: scrollWidth ${page.scrollWidth}, clientWidth ${page.clientWidth}`);
  }
  for (const node of [host, ...host.shadowRoot!.querySelectorAll<HTMLElement>('*')]) {
    if (!shown(node) || node.clientWidth <= 1) continue;
    // Leaflet's panes move the map inside the map's own viewport.
    if (node.closest('.leaflet-container')) continue;
    if (node !== host && getComputedStyle(node).overflowX === 'visible') continue;
    if (node.scrollWidth > node.clientWidth + 1) {
      faults.push(`${describeNode(node)}: scrollWidth ${node.scrollWidth} > ${node.clientWidth}`);
    }
  }
  return faults;
}

/** Text that a box with hidden or clipped overflow cuts off; the month grid's chips ellipsize. */
function clippedFaults(host: HTMLElement): string[] {
  const faults: string[] = [];
  for (const node of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(node);
    if (!/hidden|clip/.test(`${style.overflowX} ${style.overflowY}`)) continue;
    if (!shown(node) || node.clientWidth <= 1 || !(node.textContent ?? '').trim()) continue;
    if (node.closest('.leaflet-container')) continue;
    if (node.closest('table.month .chips') && style.textOverflow === 'ellipsis') continue;
    if (node.scrollWidth > node.clientWidth || node.scrollHeight > node.clientHeight + 1) {
      faults.push(
        `${describeNode(node)}: scroll ${node.scrollWidth}×${node.scrollHeight}, ` +
          `client ${node.clientWidth}×${node.clientHeight}`,
      );
    }
  }
  return faults;
}

/** Press Tab until `match` has focus inside the host's shadow root. */
async function tabTo(host: HTMLElement, match: (node: Element) => boolean, what: string) {
  for (let i = 0; i < 60; i++) {
    await sendKeys({ press: 'Tab' });
    const active = host.shadowRoot!.activeElement;
    if (active && match(active)) return active as HTMLElement;
  }
  throw new Error(`Tab did not reach ${what}`);
}

/** The colour behind a node: the first ancestor (across shadow roots) with a background. */
function backgroundOf(node: Element): string {
  for (let at: Node | null = node; at;) {
    if (at instanceof Element) {
      const colour = getComputedStyle(at).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
    }
    at = at.parentNode instanceof ShadowRoot ? at.parentNode.host : at.parentNode;
  }
  return 'rgb(255, 255, 255)';
}

/** A focus ring: an outline or a box-shadow of at least 2px in a colour not the background's. */
function expectFocusRing(node: HTMLElement, what: string) {
  const style = getComputedStyle(node);
  const behind = backgroundOf(node.parentElement ?? node);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  // A computed box-shadow reads "rgb(…) x y blur spread"; the spread is the ring's width.
  const shadow = /^(rgba?\([^)]*\)) (-?[\d.]+)px (-?[\d.]+)px ([\d.]+)px ([\d.]+)px/.exec(
    style.boxShadow,
  );
  const ring = outline
    ? { width: parseFloat(style.outlineWidth), colour: style.outlineColor }
    : shadow
      ? { width: Number(shadow[5]), colour: shadow[1] }
      : undefined;
  expect(ring, `${what}: no outline or box-shadow (outline ${style.outline})`).to.exist;
  expect(ring!.width, `${what}: ring width`).to.be.at.least(2);
  expect(ring!.colour, `${what}: ring colour is the background's`).not.to.equal(behind);
}

/** Transitions and animations longer than 0.01s, set or running, in the host's shadow root. */
function motionFaults(host: HTMLElement): string[] {
  const longest = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v)));
  const faults: string[] = [];
  for (const node of [host, ...host.shadowRoot!.querySelectorAll<HTMLElement>('*')]) {
    const style = getComputedStyle(node);
    for (const property of ['transitionDuration', 'animationDuration'] as const) {
      if (longest(style[property]) > 0.01) {
        faults.push(`${describeNode(node)}: ${property} ${style[property]}`);
      }
    }
  }
  for (const animation of host.shadowRoot!.getAnimations()) {
    const duration = Number(animation.effect?.getTiming().duration ?? 0);
    if (animation.playState === 'running' && duration > 10) {
      faults.push(`a running animation of ${duration}ms`);
    }
  }
  return faults;
}

describe('WCAG checks', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('1.4.10 Reflow: the calendar and the map do not scroll sideways at 320px', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const el of [await calendar(), await grantedMap()]) {
      expect(sidewaysFaults(el), el.localName).to.deep.equal([]);
    }
  });

  it('1.4.10 Reflow: the filter does not scroll sideways at 320px, folded or opened', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await filter();
    expect(sidewaysFaults(el), 'folded').to.deep.equal([]);
    await waitUntil(() => $(el, '[part="toggle"]'), 'no disclosure');
    $(el, '[part="toggle"]')!.click();
    await waitUntil(() => !$(el, '#facets')!.hidden, 'the disclosure did not open');
    expect(sidewaysFaults(el), 'opened').to.deep.equal([]);
  });

  it('1.4.10 Reflow: the form does not scroll sideways at 320px, with the error summary too', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await form();
    expect(sidewaysFaults(el), 'empty').to.deep.equal([]);
    $(el, 'button[type="submit"]')!.click();
    await waitUntil(() => $(el, '#error-summary'), 'no error summary');
    expect(sidewaysFaults(el), 'with errors').to.deep.equal([]);
  });

  it('2.4.7 Focus visible: Tab shows a ring on the form’s field, checkbox and send button', async () => {
    const el = await form();
    (el.parentElement!.querySelector('button') as HTMLElement).focus();
    const targets: [string, (node: Element) => boolean][] = [
      ['a text input', (node) => node.matches('input[type="text"], input:not([type])')],
      ['a checkbox', (node) => node.matches('input[type="checkbox"]')],
      ['the send button', (node) => node.matches('button[type="submit"]')],
    ];
    for (const [what, match] of targets) {
      expectFocusRing(await tabTo(el, match, what), `form: ${what}`);
    }
  });

  it('2.4.7 Focus visible: Tab shows a ring on the filter’s checkbox and chip', async () => {
    const el = await filter();
    $<HTMLInputElement>(el, 'input[value="bildung"]')!.click();
    await waitUntil(() => $(el, '.chip'), 'no chip');
    el.blur();
    const checkbox = await tabTo(el, (node) => node.matches('input[type="checkbox"]'), 'a box');
    expectFocusRing(checkbox, 'filter: a checkbox');
    expectFocusRing(await tabTo(el, (node) => node.matches('.chip'), 'a chip'), 'filter: a chip');
  });

  it('1.4.4 Resize text: at 200 % text and 1280px no widget cuts text off or overlaps its toolbar', async () => {
    await setViewport({ width: 1280, height: 900 });
    document.documentElement.style.fontSize = '200%';
    const cal = await calendar();
    await waitUntil(() => $(cal, 'table.month'), 'no month grid');
    const topics = await filter();
    $<HTMLInputElement>(topics, 'input[value="bildung"]')!.click();
    const idea = await form();
    $(idea, 'button[type="submit"]')!.click();
    await waitUntil(() => $(idea, '#error-summary'), 'no error summary');
    for (const el of [cal, topics, idea, await grantedMap()]) {
      expect(parseFloat(getComputedStyle(el).fontSize), el.localName).to.be.at.least(31);
      expect(clippedFaults(el), el.localName).to.deep.equal([]);
    }
    // The toolbar's parts sit side by side or wrap, never on top of each other.
    const parts = [...$(cal, '.toolbar')!.children].map((part) => part.getBoundingClientRect());
    for (let i = 1; i < parts.length; i++) {
      const [a, b] = [parts[i - 1], parts[i]];
      const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5;
      expect(apart, `toolbar parts ${i - 1} and ${i} overlap`).to.be.true;
    }
    // Cut chip titles end in "…"; the day dialog shows them whole.
    const chip = [...cal.shadowRoot!.querySelectorAll<HTMLElement>('.chip-title')].find(
      (title) => title.scrollWidth > title.clientWidth,
    );
    expect(chip, 'a title long enough to be cut').to.exist;
    expect(getComputedStyle(chip!).textOverflow).to.equal('ellipsis');
    (chip!.closest('td') as HTMLElement).click();
    await waitUntil(() => $(cal, 'dialog[open]'), 'no day dialog');
    expect($(cal, 'dialog[open]')!.textContent).to.contain(chip!.textContent!.trim());
  });

  it('2.1.4 Character key shortcuts: calendar and map keys act only with focus inside them', async () => {
    const cal = await calendar();
    const map = await grantedMap();
    const tileZoom = () => {
      const level = [...map.shadowRoot!.querySelectorAll<HTMLElement>('.leaflet-tile-container')];
      const tile = level.find((l) => l.style.zIndex === '19')?.querySelector('img');
      return tile ? Number(new URL(tile.src).pathname.split('/').at(-3)) : -1;
    };
    await waitUntil(() => tileZoom() > 0, 'no tiles');
    const before = {
      title: $(cal, '#range-title')!.textContent,
      day: $(cal, 'td[tabindex="0"]')!.dataset.day,
      zoom: tileZoom(),
      pane: $(map, '.leaflet-map-pane')!.style.transform,
    };
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).to.equal(document.body);
    for (const press of ['+', '-', 'ArrowRight', 'ArrowDown', 'PageDown', 'Home', 'n', 't', 'j']) {
      await sendKeys({ press });
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect({
      title: $(cal, '#range-title')!.textContent,
      day: $(cal, 'td[tabindex="0"]')!.dataset.day,
      zoom: tileZoom(),
      pane: $(map, '.leaflet-map-pane')!.style.transform,
    }).to.deep.equal(before);
    // The same keys do act inside: the test would see a change.
    $(cal, 'td[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect($(cal, 'td[tabindex="0"]')!.dataset.day).not.to.equal(before.day);
  });

  it('2.3.3 / 11.7 Reduce motion: no transition or animation on focus, hover or zoom', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
    const widgets = [await calendar(), await filter(), await form(), await grantedMap()];
    for (const el of widgets) {
      const focusable = el.shadowRoot!.querySelectorAll<HTMLElement>(
        'button, a[href], input, select, textarea, [tabindex="0"]',
      );
      for (const node of [...focusable].filter(shown).slice(0, 12)) {
        node.focus();
        const box = node.getBoundingClientRect();
        if (box.width > 0 && box.bottom > 0 && box.top < innerHeight) {
          await sendMouse({
            type: 'move',
            position: [Math.round(box.x + 2), Math.round(box.y + 2)],
          });
        }
        expect(motionFaults(el), `${el.localName}: ${describeNode(node)}`).to.deep.equal([]);
      }
    }
    const map = widgets[3];
    $(map, '[part="zoom-button"]')!.click();
    expect($(map, '.leaflet-zoom-anim'), 'the map animates its zoom').to.equal(null);
    expect(motionFaults(map), 'map while zooming').to.deep.equal([]);
  });
});
