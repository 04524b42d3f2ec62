/** LocalizeController: own lang, then an ancestor's across shadow roots, then German; dir; lazy bundles; overrides. */
import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { LocalizeController } from '../../src/controllers/localize-controller.js';
import { textBundle, type TextBundle } from '../../src/i18n/bundle.js';
import { coreTexts } from '../../src/i18n/locale.js';
import { overrideTexts } from '../../src/i18n/overrides.js';

let resolveEnglish!: (texts: { hello: string }) => void;
const greetings = textBundle(
  'recurrence',
  { hello: 'Hallo' },
  {
    en: () => new Promise<{ hello: string }>((resolve) => (resolveEnglish = resolve)),
  },
) as unknown as TextBundle<{ hello: string }>;

class LocalizeHost extends LitElement {
  readonly localize = new LocalizeController(this);
  readonly t = this.localize.use(greetings);
  readonly core = this.localize.use(coreTexts);
  override render() {
    return html`<p>${this.localize.ready ? this.t().hello : '…'}</p>
      <button>${this.core().retry}</button>`;
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
const button = (el: LocalizeHost) => el.renderRoot.querySelector('button')!.textContent;

/** Runs `body` with console.warn recorded; returns what was warned. */
async function warnings(body: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => said.push(message);
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return said;
}

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

  it('makes page spellings valid, keeps regions and Leichte Sprache, and Dari is Farsi', async () => {
    const el = await fixture<LocalizeHost>(
      fixtureHtml`<test-localize-host lang="de_DE"></test-localize-host>`,
    );
    expect(el.localize.lang).to.equal('de-DE');
    el.lang = 'de-x-ls';
    expect(el.localize.lang).to.equal('de-x-ls');
    expect(el.localize.locale).to.equal('de-u-ca-gregory');
    el.lang = 'ar-SY';
    expect(el.localize.lang).to.equal('ar-SY');
    el.lang = 'prs';
    expect(el.localize.lang).to.equal('fa');
    expect(el.localize.dir).to.equal('rtl');
  });

  it('speaks German for an own lang it does not support, and says so once per tag', async () => {
    const said = await warnings(async () => {
      const box = await fixture<HTMLElement>(fixtureHtml`<div>
        <test-localize-host lang="fr"></test-localize-host>
        <test-localize-host lang="fr"></test-localize-host>
        <test-localize-host lang="xx-!"></test-localize-host>
      </div>`);
      const hosts = [...box.querySelectorAll<LocalizeHost>('test-localize-host')];
      await Promise.all(hosts.map((host) => host.updateComplete));
      expect(hosts.map((host) => host.localize.lang)).to.deep.equal(['de', 'de', 'de']);
      expect(hosts.map((host) => host.localize.dir)).to.deep.equal(['ltr', 'ltr', 'ltr']);
      expect(button(hosts[0])).to.equal('Erneut versuchen');
    });
    expect(said).to.have.length(2);
    expect(said[0]).to.contain('„fr“').and.contain('deutsch');
    expect(said[1]).to.contain('„xx-!“');
  });

  it('falls back silently to German for an inherited language it does not support', async () => {
    const said = await warnings(async () => {
      const box = await fixture<HTMLElement>(
        fixtureHtml`<div lang="ja"><test-localize-host></test-localize-host></div>`,
      );
      const el = box.querySelector<LocalizeHost>('test-localize-host')!;
      await el.updateComplete;
      expect(el.localize.lang).to.equal('de');
    });
    expect(said).to.deep.equal([]);
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

  it('shows a text override at once in elements already on the page, in their language only', async () => {
    const box = await fixture<HTMLElement>(fixtureHtml`<div>
      <test-localize-host></test-localize-host>
      <test-localize-host lang="de-AT"></test-localize-host>
      <test-localize-host lang="de-x-ls"></test-localize-host>
    </div>`);
    const [german, austrian, easy] = [...box.querySelectorAll<LocalizeHost>('test-localize-host')];
    await waitUntil(() => easy.localize.ready);
    const easyBefore = button(easy);
    await overrideTexts('de', { core: { retry: 'Nochmal laden' } });
    await waitUntil(() => button(german) === 'Nochmal laden');
    expect(button(austrian)).to.equal('Nochmal laden');
    expect(button(easy)).to.equal(easyBefore);
    await overrideTexts('de', { core: { retry: 'Erneut versuchen' } });
    await waitUntil(() => button(german) === 'Erneut versuchen');
  });
});
