/** LazyPart: a part fetched on first use, its styles added, the element re-rendered; a failure can be retried. */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { LazyPart } from '../../src/controllers/lazy-part.js';

interface Part {
  styles: ReturnType<typeof css>;
  label: string;
}

let attempts = 0;
let failNext = false;
const load = async (): Promise<Part> => {
  attempts++;
  if (failNext) {
    failNext = false;
    throw new TypeError('Failed to fetch dynamically imported module');
  }
  return {
    styles: css`
      .part {
        color: rgb(1, 2, 3);
      }
    `,
    label: 'Details',
  };
};

class LazyHost extends LitElement {
  readonly details = new LazyPart(this, load);
  override render() {
    return html`<p class="part">${this.details.module?.label ?? '…'}</p>`;
  }
}
customElements.define('test-lazy-host', LazyHost);

describe('LazyPart', () => {
  beforeEach(() => {
    attempts = 0;
    failNext = false;
  });

  it('fetches once, adds the styles to the shadow root and re-renders', async () => {
    const el = await fixture<LazyHost>(fixtureHtml`<test-lazy-host></test-lazy-host>`);
    const p = el.renderRoot.querySelector('p')!;
    expect(p.textContent).to.equal('…');
    const [first, second] = await Promise.all([el.details.ensure(), el.details.ensure()]);
    expect(first).to.equal(second);
    expect(attempts).to.equal(1);
    await el.updateComplete;
    expect(p.textContent).to.equal('Details');
    expect(getComputedStyle(p).color).to.equal('rgb(1, 2, 3)');
  });

  it('resolves undefined when the fetch fails, and the next call tries again', async () => {
    const el = await fixture<LazyHost>(fixtureHtml`<test-lazy-host></test-lazy-host>`);
    failNext = true;
    expect(await el.details.ensure()).to.equal(undefined);
    expect(el.details.module).to.equal(undefined);
    expect((await el.details.ensure())?.label).to.equal('Details');
    expect(attempts).to.equal(2);
  });
});
