/**
 * The map's consent: the visitor's (ConsentController, the view's) and the device's
 * (RememberedConsent, the definition's): remembered only on request, forgotten when withdrawn.
 */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import {
  CONSENT_KEY,
  RememberedConsent,
  type Consent,
} from '../../src/components/project-map/consent.js';
import { ConsentController } from '../../src/components/project-map/consent-controller.js';

class ConsentHost extends LitElement {
  @property({ attribute: 'consent', reflect: true }) consent: Consent = 'ask';
  readonly told: Consent[] = [];
  readonly remembered = new RememberedConsent(this);
  readonly gate = new ConsentController(this, (consent) => this.told.push(consent));

  override render() {
    return this.gate.granted
      ? html`<p>Karte</p>
          <button class="hide" @click=${() => this.gate.withdraw()}>Karte ausblenden</button>`
      : html`<button class="load" @click=${() => this.gate.grant()}>Karte laden</button>
          <label>
            <input
              type="checkbox"
              .checked=${this.gate.remember}
              @change=${(e: Event) => (this.gate.remember = (e.target as HTMLInputElement).checked)}
            />
            Auf diesem Gerät merken
          </label>`;
  }
}
customElements.define('test-consent-host', ConsentHost);

const render = () => fixture<ConsentHost>(fixtureHtml`<test-consent-host></test-consent-host>`);
const click = async (el: ConsentHost, selector: string) => {
  el.renderRoot.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
};
const shows = (el: ConsentHost) => el.renderRoot.querySelector('p')?.textContent ?? 'Platzhalter';

beforeEach(() => localStorage.removeItem(CONSENT_KEY));
after(() => localStorage.removeItem(CONSENT_KEY));

describe('ConsentController', () => {
  it('"Karte laden" grants consent, tells the page and stores nothing unasked', async () => {
    const el = await render();
    expect(shows(el)).to.equal('Platzhalter');
    await click(el, '.load');
    expect(shows(el)).to.equal('Karte');
    expect(el.getAttribute('consent')).to.equal('granted');
    expect(el.told).to.deep.equal(['granted']);
    expect(localStorage.getItem(CONSENT_KEY)).to.equal(null);

    // The next page view asks again.
    const next = await render();
    expect(shows(next)).to.equal('Platzhalter');
  });

  it('remembers consent only when the visitor asks, and the next page view shows the map', async () => {
    const el = await render();
    await click(el, 'input');
    expect(el.gate.remember).to.be.true;
    expect(localStorage.getItem(CONSENT_KEY), 'nothing before "Karte laden"').to.equal(null);
    await click(el, '.load');
    expect(localStorage.getItem(CONSENT_KEY)).to.equal('granted');

    const next = await render();
    expect(shows(next)).to.equal('Karte');
    expect(next.told, 'no event for a remembered consent').to.deep.equal([]);
  });

  it('"Karte ausblenden" withdraws, forgets and tells the page; the box is unticked again', async () => {
    const el = await render();
    await click(el, 'input');
    await click(el, '.load');
    await click(el, '.hide');
    expect(shows(el)).to.equal('Platzhalter');
    expect(el.told).to.deep.equal(['granted', 'ask']);
    expect(localStorage.getItem(CONSENT_KEY)).to.equal(null);
    expect(el.renderRoot.querySelector<HTMLInputElement>('input')!.checked).to.be.false;
  });

  it('follows the page: consent set to "ask" withdraws and forgets, without telling the page', async () => {
    localStorage.setItem(CONSENT_KEY, 'granted');
    const el = await render();
    expect(shows(el)).to.equal('Karte');
    el.consent = 'ask';
    await el.updateComplete;
    expect(shows(el)).to.equal('Platzhalter');
    expect(localStorage.getItem(CONSENT_KEY)).to.equal(null);
    expect(el.told).to.deep.equal([]);
  });
});
