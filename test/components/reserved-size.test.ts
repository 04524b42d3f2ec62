/**
 * Nothing jumps (issue 13): while its data loads, an element keeps the block size it will have
 * once loaded wherever that does not depend on the data (a month grid, the narrow filter, the
 * form), and a screen where it does (a list): reserved-size.ts against the loaded elements.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import '../../src/components/idea-form/define.js';
import '../../src/components/topic-filter/define.js';
import type { QuartierElement } from '../../src/components/shared/quartier-element.js';

const SLOW = '/__responder/slow?ms=2000&key=';
const DATA = '/test/fixtures/calendar.json';

/** The element in a box of `width`; its height while its data loads and once loaded. */
async function heights(tag: string, width: number, attributes: Record<string, string> = {}) {
  const make = async (src: string) => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px"></div>`);
    const el = document.createElement(tag) as QuartierElement;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.setAttribute('src', src);
    box.append(el);
    return el;
  };
  const busy = await make(`${SLOW}${tag}-${width}-${Math.random()}`);
  await busy.loadView();
  await waitUntil(() => busy.shadowRoot!.querySelector('.base[aria-busy="true"]'));
  await new Promise(requestAnimationFrame);
  const loaded = await make(DATA);
  await loaded.updateComplete;
  await waitUntil(() => loaded.shadowRoot!.querySelector('.base[aria-busy="false"]'));
  await new Promise(requestAnimationFrame);
  return { busy: busy.offsetHeight, loaded: loaded.offsetHeight };
}

describe('space kept while loading', () => {
  for (const width of [400, 900]) {
    it(`a month grid keeps its loaded height at ${width} px`, async () => {
      const { busy, loaded } = await heights('quartier-event-calendar', width, {
        view: 'month',
        date: '2026-05-01',
      });
      // A day's row grows a little with its events (2 % with the demo data): close, not exact.
      expect(Math.abs(busy - loaded), `busy ${busy}, loaded ${loaded}`).to.be.at.most(16);
    });
  }

  it('the narrow filter keeps the height of its disclosure button', async () => {
    const { busy, loaded } = await heights('quartier-topic-filter', 400);
    expect(Math.abs(busy - loaded), `busy ${busy}, loaded ${loaded}`).to.be.at.most(6);
  });

  for (const width of [320, 412, 900]) {
    it(`the form keeps about its loaded height at ${width} px`, async () => {
      const { busy, loaded } = await heights('quartier-idea-form', width, {
        action: '/api/ideas',
        'privacy-url': '/datenschutz',
      });
      // The form's height follows how its texts wrap in the page's font: close, not exact.
      expect(Math.abs(busy - loaded) / loaded, `busy ${busy}, loaded ${loaded}`).to.be.below(0.1);
    });
  }

  it('a list (data of any length) keeps a screen while loading', async () => {
    const { busy } = await heights('quartier-event-calendar', 400, { date: '2026-05-01' });
    expect(busy).to.equal(window.innerHeight);
  });
});
