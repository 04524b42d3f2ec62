/** focusSafely: the candidate if it is still there, else a heading or control nearby, never <body>. */
import { expect, fixture, html } from '@open-wc/testing';
import { deepActiveElement, focusIsLost, focusSafely } from '../../src/controllers/focus.js';

describe('focusSafely', () => {
  it('focuses the first candidate still in the document', async () => {
    const box = await fixture<HTMLElement>(
      html`<div><button class="a">A</button><button class="b">B</button></div>`,
    );
    const gone = document.createElement('button');
    expect(focusSafely(box, gone, box.querySelector<HTMLElement>('.b'))).to.equal(
      box.querySelector('.b'),
    );
    expect(document.activeElement).to.equal(box.querySelector('.b'));
  });

  it('falls back to the first visible heading, made focusable, and not to <body>', async () => {
    const box = await fixture<HTMLElement>(
      html`<div>
        <div role="heading" aria-level="2" hidden>versteckt</div>
        <div role="heading" aria-level="2">Keine Veranstaltungen</div>
        <button>Filter</button>
      </div>`,
    );
    const button = box.querySelector('button')!;
    button.focus();
    button.remove();
    expect(focusIsLost()).to.be.true;
    const target = focusSafely(box);
    expect(target?.textContent).to.equal('Keine Veranstaltungen');
    expect(target?.tabIndex).to.equal(-1);
    expect(focusIsLost()).to.be.false;
  });

  it('falls back to the first control when there is no heading', async () => {
    const box = await fixture<HTMLElement>(
      html`<div>
        <p>Text</p>
        <button>Erneut versuchen</button>
      </div>`,
    );
    expect(focusSafely(box, null)).to.equal(box.querySelector('button'));
  });

  it('deepActiveElement looks into shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    root.append(button);
    button.focus();
    expect(document.activeElement).to.equal(host);
    expect(deepActiveElement()).to.equal(button);
  });
});
