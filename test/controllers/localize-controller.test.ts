/** LocalizeController: own lang, then an ancestor's across shadow roots, then German; dir; lazy bundles. */
import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { LocalizeController } from '../../src/controllers/localize-controller.js';
import { textBundle } from '../../src/i18n/bundle.js';

let resolveEnglish!: (texts: { hello: string }) => void;
const greetings = textBundle(
  { hello: 'Hallo' },
  { en: () => new Promise<{ hello: string }>((resolve) => (resolveEnglish = resolve)) },
);

class LocalizeHost extends LitElement {
  readonly localize = new LocalizeController(this);
  readonly t = this.localize.use(greetings);
  override render() {
    return html`<p>${this.localize.ready ? this.t().hello : '…'}</p>`;
  }
}
customElements.define('test-localize-host', LocalizeHost);

class ShadowParent extends LitElement {
  override render() {
    return html`<test-localize-host></test-localize-host>`;
  }
}
customElements.define('test-localize-parent', ShadowParent);

const text = (el: LocalizeHost) => el.renderRoot.querySelector('p')!.textContent;

describe('LocalizeController', () => {
  it('is German without any lang', async () => {
    const el = await fixture<LocalizeHost>(fixtureHtml`<test-localize-host></test-localize-host>`);
    document.documentElement.removeAttribute('lang');
    expect(el.localize.lang).to.equal('de');
    expect(el.localize.dir).to.equal('ltr');
    expect(text(el)).to.equal('Hallo');
  });

  it("takes an ancestor's lang across a shadow root, and right-to-left for Arabic", async () => {
    const box = await fixture<HTMLElement>(
      fixtureHtml`<div lang="ar"><test-localize-parent></test-localize-parent></div>`,
    );
    const parent = box.querySelector<ShadowParent>('test-localize-parent')!;
    await parent.updateComplete;
    const el = parent.renderRoot.querySelector<LocalizeHost>('test-localize-host')!;
    expect(el.localize.lang).to.equal('ar');
    expect(el.localize.dir).to.equal('rtl');
  });

  it('makes page spellings valid and keeps Leichte Sprache', async () => {
    const el = await fixture<LocalizeHost>(
      fixtureHtml`<test-localize-host lang="de_DE"></test-localize-host>`,
    );
    expect(el.localize.lang).to.equal('de-DE');
    el.lang = 'de-x-ls';
    expect(el.localize.lang).to.equal('de-x-ls');
    expect(el.localize.locale).to.equal('de');
  });

  it('loads a language on first use and is not ready until it is here', async () => {
    const el = await fixture<LocalizeHost>(
      fixtureHtml`<test-localize-host lang="en"></test-localize-host>`,
    );
    expect(el.localize.ready).to.be.false;
    expect(text(el)).to.equal('…');
    resolveEnglish({ hello: 'Hello' });
    await waitUntil(() => text(el) === 'Hello');
    expect(el.localize.ready).to.be.true;
  });
});
