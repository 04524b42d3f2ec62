/** ResizeController: the element's own width, not the viewport's. */
import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { ResizeController } from '../../src/controllers/resize-controller.js';

class ResizeHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  readonly size = new ResizeController(this, (width) => width >= 600 !== this.wide);
  get wide(): boolean {
    return this.size.width >= 600;
  }
  override render() {
    return html`<p>${this.wide ? 'breit' : 'schmal'}</p>`;
  }
}
customElements.define('test-resize-host', ResizeHost);

const text = (el: ResizeHost) => el.renderRoot.querySelector('p')!.textContent;

describe('ResizeController', () => {
  it('follows the width of its own box and re-renders', async () => {
    const box = await fixture<HTMLDivElement>(
      fixtureHtml`<div style="width: 300px"><test-resize-host></test-resize-host></div>`,
    );
    const el = box.querySelector<ResizeHost>('test-resize-host')!;
    await waitUntil(() => el.size.width === 300);
    expect(text(el)).to.equal('schmal');
    box.style.width = '700px';
    await waitUntil(() => text(el) === 'breit');
    expect(el.size.width).to.equal(700);
  });

  it('keeps the last width while hidden', async () => {
    const box = await fixture<HTMLDivElement>(
      fixtureHtml`<div style="width: 700px"><test-resize-host></test-resize-host></div>`,
    );
    const el = box.querySelector<ResizeHost>('test-resize-host')!;
    await waitUntil(() => text(el) === 'breit');
    box.style.display = 'none';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(el.size.width).to.equal(700);
  });

  it('stops observing when removed', async () => {
    const box = await fixture<HTMLDivElement>(
      fixtureHtml`<div style="width: 300px"><test-resize-host></test-resize-host></div>`,
    );
    const el = box.querySelector<ResizeHost>('test-resize-host')!;
    await waitUntil(() => el.size.width === 300);
    el.remove();
    box.style.width = '700px';
    document.body.append(el);
    el.remove();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(el.size.width).to.equal(300);
  });
});
