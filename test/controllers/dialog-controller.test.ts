/** DialogController: native modal dialog, focus in, Escape, focus return, a dialog from a dialog. */
import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement, nothing } from 'lit';
import { DialogController } from '../../src/controllers/dialog-controller.js';
import { deepActiveElement } from '../../src/controllers/focus.js';

class DialogHost extends LitElement {
  closedCount = 0;
  readonly outer = new DialogController(this, {
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('dialog.outer'),
    closed: () => this.closedCount++,
  });
  readonly inner = new DialogController(this, {
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('dialog.inner'),
  });

  override render() {
    return html`<button class="trigger" @click=${() => this.outer.open()}>Tag öffnen</button> ${
        this.outer.isOpen
          ? html`<dialog class="outer" aria-label="Tag">
              <button class="open-inner" @click=${() => this.inner.open()}>Veranstaltung</button>
              <button class="close" @click=${() => this.outer.close()}>Schließen</button>
            </dialog>`
          : nothing
      }
      ${
        this.inner.isOpen
          ? html`<dialog class="inner" aria-label="Veranstaltung">
              <button class="close-inner" @click=${() => this.inner.close()}>Schließen</button>
            </dialog>`
          : nothing
      }`;
  }
}
customElements.define('test-dialog-host', DialogHost);

const query = (el: DialogHost, selector: string) =>
  el.renderRoot.querySelector<HTMLElement>(selector)!;

async function openOuter(el: DialogHost) {
  query(el, '.trigger').focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  return el.renderRoot.querySelector<HTMLDialogElement>('dialog.outer')!;
}

describe('DialogController', () => {
  it('opens modally with focus inside and returns focus to the trigger on Escape', async () => {
    const el = await fixture<DialogHost>(fixtureHtml`<test-dialog-host></test-dialog-host>`);
    const dialog = await openOuter(el);
    expect(dialog.open).to.be.true;
    expect(dialog.matches(':modal')).to.be.true;
    expect(dialog.contains(deepActiveElement())).to.be.true;

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.outer.isOpen);
    await el.updateComplete;
    expect(el.renderRoot.querySelector('dialog')).to.equal(null);
    expect(deepActiveElement()).to.equal(query(el, '.trigger'));
    expect(el.closedCount).to.equal(1);
  });

  it('close() closes it as Escape does', async () => {
    const el = await fixture<DialogHost>(fixtureHtml`<test-dialog-host></test-dialog-host>`);
    await openOuter(el);
    query(el, '.close').click();
    await waitUntil(() => !el.outer.isOpen);
    await el.updateComplete;
    expect(el.renderRoot.querySelector('dialog')).to.equal(null);
    expect(deepActiveElement()).to.equal(query(el, '.trigger'));
  });

  it('a dialog opened from a dialog returns focus into the first one, then to the page', async () => {
    const el = await fixture<DialogHost>(fixtureHtml`<test-dialog-host></test-dialog-host>`);
    await openOuter(el);
    query(el, '.open-inner').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const inner = el.renderRoot.querySelector<HTMLDialogElement>('dialog.inner')!;
    expect(inner.open).to.be.true;
    expect(inner.contains(deepActiveElement())).to.be.true;

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepActiveElement() === query(el, '.open-inner'));
    expect(el.outer.isOpen).to.be.true;

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepActiveElement() === query(el, '.trigger'));
  });

  it('when the trigger is gone, focus goes to a heading or control of the element, never to <body>', async () => {
    const el = await fixture<DialogHost>(fixtureHtml`<test-dialog-host></test-dialog-host>`);
    el.outer.open(() => null);
    await el.updateComplete;
    el.outer.close();
    await waitUntil(() => !el.outer.isOpen);
    await el.updateComplete;
    expect(document.activeElement).to.equal(el);
    expect(deepActiveElement()).to.equal(query(el, '.trigger'));
  });
});

describe('DialogController with a re-rendered trigger', () => {
  class Rerendered extends LitElement {
    round = 0;
    closedCalls = 0;
    readonly dialog = new DialogController(this, {
      dialog: () => this.renderRoot.querySelector('dialog'),
      closed: () => this.closedCalls++,
    });
    override render() {
      // A new trigger element each round, as a re-rendered grid cell is.
      return html`${[this.round].map(
        (round) => html`<button class="trigger" data-round=${round}>Tag</button>`,
      )}
      ${this.dialog.isOpen ? html`<dialog aria-label="Tag"><button>OK</button></dialog>` : nothing}`;
    }
  }
  customElements.define('test-dialog-rerendered', Rerendered);

  it('returns focus to the trigger found again after it was replaced', async () => {
    const el = await fixture<Rerendered>(
      fixtureHtml`<test-dialog-rerendered></test-dialog-rerendered>`,
    );
    el.renderRoot.querySelector<HTMLElement>('.trigger')!.focus();
    el.dialog.open(() => el.renderRoot.querySelector<HTMLElement>('.trigger'));
    await el.updateComplete;
    el.round++;
    el.requestUpdate();
    await el.updateComplete;
    const fresh = el.renderRoot.querySelector<HTMLElement>('.trigger')!;
    expect(fresh.dataset.round).to.equal('1');
    el.dialog.close();
    await waitUntil(() => deepActiveElement() === fresh, 'focus not on the re-rendered trigger');
  });

  it('removed while open, it is closed (the element forgets what it showed)', async () => {
    const el = await fixture<Rerendered>(
      fixtureHtml`<test-dialog-rerendered></test-dialog-rerendered>`,
    );
    el.dialog.open();
    await el.updateComplete;
    el.remove();
    expect(el.dialog.isOpen).to.be.false;
    expect(el.closedCalls).to.equal(1);
  });
});
