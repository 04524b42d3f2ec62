/** The base element: updateComplete waits for fetched parts, and focus never falls to <body>. */
import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, nothing } from 'lit';
import { DialogController } from '../../src/controllers/dialog-controller.js';
import { deepActiveElement } from '../../src/controllers/focus.js';
import { QuartierElement } from '../../src/components/shared/quartier-element.js';

class BaseHost extends QuartierElement {
  /** What the element shows: a retry button, "loading" (nothing to focus), or content with a heading. */
  phase: 'failed' | 'loading' | 'content' = 'failed';
  extra?: string;
  /** Inside the open dialog: a list of choices, or the chosen one's details. */
  page: 'choices' | 'details' = 'choices';
  readonly dialog = new DialogController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
  });

  fetchPart(after: Promise<unknown>): void {
    this.waitFor(
      after.then(() => {
        this.extra = 'Teil da';
        this.requestUpdate();
      }),
    );
  }
}
BaseHost.useView({
  render: (el) =>
    html`<div class="base" aria-busy=${el.phase === 'loading' ? 'true' : 'false'}>
      ${el.phase === 'failed' ? html`<button class="retry">Erneut versuchen</button>` : nothing}
      ${el.phase === 'content' ? html`${el.heading('Mai 2026')}<button>Weiter</button>` : nothing}
      <p class="part">${el.extra ?? ''}</p>
      ${
        el.phase === 'loading'
          ? nothing
          : html`<button class="open" @click=${() => el.dialog.open()}>Öffnen</button>`
      }
      ${
        el.dialog.isOpen
          ? html`<dialog aria-label="Auswahl">
              ${
                el.page === 'choices'
                  ? html`<button class="choice">Lesepaten</button>`
                  : html`${el.heading('Lesepatenschaften')}<button>Zurück</button>`
              }
            </dialog>`
          : nothing
      }
    </div>`,
});
customElements.define('test-base-host', BaseHost);

const $ = (el: BaseHost, selector: string) => el.renderRoot.querySelector<HTMLElement>(selector)!;

describe('QuartierElement', () => {
  it('updateComplete waits for a part being fetched and its render', async () => {
    const el = await fixture<BaseHost>(fixtureHtml`<test-base-host></test-base-host>`);
    let arrive!: () => void;
    el.fetchPart(new Promise<void>((resolve) => (arrive = resolve)));
    setTimeout(() => arrive(), 50);
    await el.updateComplete;
    expect($(el, '.part').textContent).to.equal('Teil da');
  });

  it('updateComplete does not hang on work that keeps coming', async () => {
    const el = await fixture<BaseHost>(fixtureHtml`<test-base-host></test-base-host>`);
    // New work every 10 ms for half a second: updateComplete must not wait for all of it.
    let left = 50;
    const again = (): Promise<void> =>
      new Promise<void>((resolve) => setTimeout(resolve, 10)).then(() => {
        if (--left > 0) el.waitFor(again());
      });
    el.waitFor(again());
    const done = await Promise.race([
      el.updateComplete.then(() => 'resolved'),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 400)),
    ]);
    expect(done).to.equal('resolved');
  });

  it('a retry button that disappears leaves focus on the frame while loading, then on the new heading', async () => {
    const el = await fixture<BaseHost>(fixtureHtml`<test-base-host></test-base-host>`);
    $(el, '.retry').focus();
    el.phase = 'loading';
    el.requestUpdate();
    await el.updateComplete;
    expect(document.activeElement === el, 'focus in the element').to.be.true;
    expect(deepActiveElement() === $(el, '.base'), 'focus on the frame').to.be.true;
    el.phase = 'content';
    el.requestUpdate();
    await el.updateComplete;
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Mai 2026');
    expect($(el, '.base').hasAttribute('tabindex')).to.be.false;
  });

  it('a control that disappears inside an open dialog hands focus to the dialog’s new heading', async () => {
    const el = await fixture<BaseHost>(fixtureHtml`<test-base-host></test-base-host>`);
    $(el, '.open').focus();
    el.dialog.open();
    await el.updateComplete;
    $(el, '.choice').focus();
    el.page = 'details';
    el.requestUpdate();
    await el.updateComplete;
    const active = deepActiveElement();
    expect(active?.textContent?.trim()).to.equal('Lesepatenschaften');
    expect($(el, 'dialog').contains(active)).to.be.true;
  });

  it('focusAfterUpdate twice in a row still leaves the rescue working afterwards', async () => {
    const el = await fixture<BaseHost>(fixtureHtml`<test-base-host></test-base-host>`);
    el.focusAfterUpdate(() => $(el, '.open'));
    el.focusAfterUpdate(() => $(el, '.open'));
    el.requestUpdate();
    await el.updateComplete;
    await el.updateComplete;
    expect(deepActiveElement() === $(el, '.open'), 'focus on the button').to.be.true;
    el.phase = 'failed';
    el.requestUpdate();
    await el.updateComplete;
    $(el, '.retry').focus();
    el.phase = 'content';
    el.requestUpdate();
    await el.updateComplete;
    await waitUntil(() => deepActiveElement()?.textContent?.trim() === 'Mai 2026');
  });
});
