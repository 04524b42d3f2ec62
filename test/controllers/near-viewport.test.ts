/** near-viewport: the observer's first report, and elements noted near the viewport at start. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { noteNearViewport, whenNearViewport } from '../../src/controllers/near-viewport.js';

/** A page with a block at the top, one four screens down and one not rendered. */
async function page(): Promise<{ top: Element; below: Element; hidden: Element }> {
  const root = await fixture<HTMLDivElement>(
    html`<div>
      <test-near class="top"></test-near>
      <div style="block-size: 400vh"></div>
      <test-near class="below" style="display: block; block-size: 10px"></test-near>
      <test-near class="hidden" style="display: none"></test-near>
    </div>`,
  );
  window.scrollTo(0, 0);
  const find = (name: string) => root.querySelector(`.${name}`)!;
  return { top: find('top'), below: find('below'), hidden: find('hidden') };
}

describe('near-viewport', () => {
  it('calls back at once for an element noted near at start, even an empty inline one', async () => {
    const { top } = await page();
    noteNearViewport([top]);
    let called = 0;
    whenNearViewport(top, () => called++);
    // Before the observer could have reported: no frame has passed.
    expect(called).to.equal(1);
  });

  it('leaves elements far below and elements not rendered to the observer', async () => {
    const { below, hidden } = await page();
    noteNearViewport([below, hidden]);
    let far = 0;
    let notRendered = 0;
    whenNearViewport(below, () => far++);
    whenNearViewport(hidden, () => notRendered++);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    expect(far, 'four screens down').to.equal(0);
    expect(notRendered, 'display: none').to.equal(0);
    below.scrollIntoView();
    await waitUntil(() => far === 1, 'scrolled near, the observer reports');
    expect(notRendered).to.equal(0);
  });

  it('counts a note once: a second wait for the same element goes to the observer', async () => {
    const { top } = await page();
    noteNearViewport([top]);
    let first = 0;
    whenNearViewport(top, () => first++);
    expect(first).to.equal(1);
    let second = 0;
    whenNearViewport(top, () => second++);
    expect(second, 'not at once a second time').to.equal(0);
    await waitUntil(() => second === 1, 'the observer reports it, as it is on screen');
  });
});
