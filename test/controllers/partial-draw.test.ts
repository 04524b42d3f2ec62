/** PartialDraw: a long list's first showing in parts, each in a task of its own; later ones whole. */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { PART, PartialDraw } from '../../src/controllers/partial-draw.js';

class PartsHost extends LitElement {
  @property({ type: Array }) items: number[] = [];
  @property({ type: Boolean }) list = true;
  /** Sizes of items (events per day); one each unless set. */
  size?: (item: number) => number;
  readonly drawing = new PartialDraw(this);
  /** How many items each update drew. */
  readonly drawn: number[] = [];
  private readonly pending = new Set<Promise<unknown>>();

  waitFor(work: Promise<unknown>): void {
    this.pending.add(work);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pending.size > 0) {
      const work = [...this.pending];
      this.pending.clear();
      await Promise.all(work);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Renders without a list after the controller said it was no longer drawing. */
  rendersAfterBusy = 0;

  override render() {
    if (!this.list) {
      if (!this.drawing.drawing) this.rendersAfterBusy++;
      return html`<p>Monat</p>`;
    }
    const shown = this.drawing.part(this.items, this.size);
    this.drawn.push(shown.length);
    return html`<ul>
      ${shown.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  }
}
customElements.define('test-parts-host', PartsHost);

const range = (count: number) => Array.from({ length: count }, (_, i) => i);

/** A host whose first render already has its items, as a calendar's first render with data. */
const host = (items: number[], size?: (item: number) => number) =>
  fixture<PartsHost>(
    fixtureHtml`<test-parts-host .items=${items} .size=${size}></test-parts-host>`,
  );

/**
 * A host on the page with its items, before its first update has run; `check` runs after that
 * update (and the microtasks after it), before the next part's task. The host is removed after.
 */
async function firstPart(items: number[], check: (el: PartsHost) => Promise<void>): Promise<void> {
  const el = document.createElement('test-parts-host') as PartsHost;
  el.items = items;
  document.body.append(el);
  try {
    // Lit's first update runs in a microtask; the next part waits for a task of its own.
    for (let i = 0; i < 50; i++) await null;
    await check(el);
  } finally {
    el.remove();
  }
}

describe('PartialDraw', () => {
  it('draws a long list first in parts of PART, each after a task, until all are there', () =>
    firstPart(range(3 * PART + 5), async (el) => {
      expect(el.renderRoot.querySelectorAll('li')).to.have.length(PART);
      expect(el.drawing.drawing, 'more to come').to.equal(true);
      await el.updateComplete;
      expect(el.drawn).to.deep.equal([PART, 2 * PART, 3 * PART, 3 * PART + 5]);
      expect(el.renderRoot.querySelectorAll('li')).to.have.length(3 * PART + 5);
      expect(el.drawing.drawing, 'nothing left to draw').to.equal(false);
    }));

  it('draws a short list at once, and a long list after it still in parts', async () => {
    const el = await host(range(PART - 1));
    expect(el.drawn).to.deep.equal([PART - 1]);
    el.items = range(3 * PART);
    await el.updateComplete;
    expect(el.drawn).to.deep.equal([PART - 1, PART, 2 * PART, 3 * PART]);
  });

  it('draws every list at once after a long one was drawn whole', async () => {
    const el = await host(range(2 * PART));
    await el.updateComplete;
    el.items = range(5 * PART);
    await el.updateComplete;
    expect(el.drawn).to.deep.equal([PART, 2 * PART, 5 * PART]);
  });

  it('counts sizes: days of four events each, three days make a first part of ten', async () => {
    const el = await host(range(8), () => 4);
    await el.updateComplete;
    expect(el.drawn[0]).to.equal(Math.ceil(PART / 4));
    expect(el.drawn.at(-1)).to.equal(8);
  });

  it('never draws fewer items than the part before, when the items grew meanwhile', () =>
    firstPart(range(4 * PART), async (el) => {
      expect(el.drawn).to.deep.equal([PART]);
      // Each item now counts as two (a second source brought more events to the same days).
      el.size = () => 2;
      el.requestUpdate();
      for (let i = 0; i < 50; i++) await null;
      expect(el.drawn.at(-1), 'not half as many').to.equal(PART);
      await el.updateComplete;
      expect(el.drawn.at(-1)).to.equal(4 * PART);
    }));

  it('ends, busy no more, when the list goes away before its last part', () =>
    firstPart(range(4 * PART), async (el) => {
      expect(el.drawing.drawing, 'parts to come').to.equal(true);
      el.list = false;
      await el.updateComplete;
      expect(el.drawing.drawing).to.equal(false);
      expect(el.rendersAfterBusy, 'drawn again once no longer busy').to.be.above(0);
      expect(el.renderRoot.querySelector('p')?.textContent).to.equal('Monat');
    }));
});
