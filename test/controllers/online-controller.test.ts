/** OnlineController: follows the browser's online and offline events. */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { OnlineController } from '../../src/controllers/online-controller.js';

class OnlineHost extends LitElement {
  calls: string[] = [];
  readonly network = new OnlineController(this, {
    online: () => this.calls.push('online'),
    offline: () => this.calls.push('offline'),
  });
  override render() {
    return html`<p>${this.network.online ? 'online' : 'offline'}</p>`;
  }
}
customElements.define('test-online-host', OnlineHost);

describe('OnlineController', () => {
  it('re-renders and calls back on offline and online', async () => {
    const el = await fixture<OnlineHost>(fixtureHtml`<test-online-host></test-online-host>`);
    expect(el.network.online).to.be.true;
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(el.renderRoot.querySelector('p')!.textContent).to.equal('offline');
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(el.renderRoot.querySelector('p')!.textContent).to.equal('online');
    expect(el.calls).to.deep.equal(['offline', 'online']);
  });

  it('listens only while connected', async () => {
    const el = await fixture<OnlineHost>(fixtureHtml`<test-online-host></test-online-host>`);
    el.remove();
    window.dispatchEvent(new Event('offline'));
    expect(el.calls).to.deep.equal([]);
  });
});
