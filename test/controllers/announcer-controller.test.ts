/** AnnouncerController: one polite region, a message once, the same message again when asked again. */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { AnnouncerController } from '../../src/controllers/announcer-controller.js';

class AnnouncerHost extends LitElement {
  readonly announcer = new AnnouncerController(this);
  counter = 0;
  override render() {
    return html`<p>${this.counter}</p>
      ${this.announcer.region()}`;
  }
}
customElements.define('test-announcer-host', AnnouncerHost);

const region = (el: AnnouncerHost) =>
  el.renderRoot.querySelectorAll<HTMLElement>('[aria-live="polite"]');

/** Every text the region showed, in order (what a screen reader hears as changes). */
function record(el: AnnouncerHost): string[] {
  const seen: string[] = [];
  new MutationObserver(() => {
    const text = region(el)[0].textContent!.trim();
    if (text && seen.at(-1) !== text) seen.push(text);
    if (!text) seen.push('');
  }).observe(el.renderRoot, { subtree: true, characterData: true, childList: true });
  return seen;
}

const settle = async (el: AnnouncerHost) => {
  for (let i = 0; i < 3; i++) await el.updateComplete;
};

describe('AnnouncerController', () => {
  it('renders one polite status region', async () => {
    const el = await fixture<AnnouncerHost>(
      fixtureHtml`<test-announcer-host></test-announcer-host>`,
    );
    expect(region(el)).to.have.length(1);
    expect(region(el)[0].getAttribute('role')).to.equal('status');
  });

  it('says a message at the next update, and re-renders do not repeat it', async () => {
    const el = await fixture<AnnouncerHost>(
      fixtureHtml`<test-announcer-host></test-announcer-host>`,
    );
    const seen = record(el);
    el.announcer.announce('3 Veranstaltungen gefunden');
    await el.updateComplete;
    expect(region(el)[0].textContent!.trim()).to.equal('3 Veranstaltungen gefunden');
    el.counter++;
    el.requestUpdate();
    await settle(el);
    expect(seen.filter((text) => text === '3 Veranstaltungen gefunden')).to.have.length(1);
  });

  it('the same message asked for again is announced again; a newer one replaces a waiting one', async () => {
    const el = await fixture<AnnouncerHost>(
      fixtureHtml`<test-announcer-host></test-announcer-host>`,
    );
    const seen = record(el);
    el.announcer.announce('Bitte warten');
    await settle(el);
    el.announcer.announce('Bitte warten');
    await settle(el);
    expect(seen.filter((text) => text === 'Bitte warten')).to.have.length(2);

    el.announcer.announce('alt');
    el.announcer.announce('neu');
    await settle(el);
    expect(seen).not.to.include('alt');
    expect(region(el)[0].textContent!.trim()).to.equal('neu');
  });
});
