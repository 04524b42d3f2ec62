/**
 * Views fetched when shown (issue 13): the definition renders its skeleton at once, fetches its
 * view when the element comes near the viewport or a script needs it, `updateComplete` resolves
 * once the view has rendered, and a view that cannot be fetched shows the fallback and
 * "Erneut versuchen".
 */
import { expect, waitUntil } from '@open-wc/testing';
import { css, html } from 'lit';
import { QuartierElement, type ElementView } from '../../src/components/shared/quartier-element.js';

/** A definition whose view arrives when the test says so. */
function lazyDefinition(tag: string) {
  class Lazy extends QuartierElement {
    static requests = 0;
    static answer?: { resolve(view: ElementView<Lazy>): void; reject(error: Error): void };
  }
  Lazy.viewFrom(() => {
    Lazy.requests++;
    return new Promise((resolve, reject) => (Lazy.answer = { resolve, reject }));
  });
  customElements.define(tag, Lazy);
  return Lazy;
}

/** Mounted by hand: `fixture()` awaits `updateComplete`, which would fetch the view itself. */
const mounted: HTMLElement[] = [];
function mount<T extends HTMLElement>(
  tag: string,
  options: { below?: boolean; link?: string } = {},
): T {
  const wrapper = document.createElement('div');
  // Four screens of page above: the element is far below the fold.
  if (options.below)
    wrapper.append(Object.assign(document.createElement('div'), { style: 'height: 400vh' }));
  const element = document.createElement(tag) as T;
  if (options.link)
    element.append(
      Object.assign(document.createElement('a'), { href: '/termine', textContent: options.link }),
    );
  wrapper.append(element);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return element;
}
afterEach(() => mounted.splice(0).forEach((wrapper) => wrapper.remove()));

const view: ElementView<QuartierElement> = {
  styles: css`
    .content {
      outline: 7px solid rgb(1, 2, 3);
    }
  `,
  render: (el) => html`<div class="base content">${el.heading('Mai 2026')}</div>`,
};

describe('lazy views', () => {
  it('renders the skeleton until the view arrives, then the view with its styles', async () => {
    const Lazy = lazyDefinition('test-lazy-one');
    const el = mount<QuartierElement>('test-lazy-one');
    await new Promise(requestAnimationFrame);
    const skeleton = el.shadowRoot!.querySelector('.base')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.classList.contains('skeleton')).to.equal(true);
    // In the viewport: the view is asked for without anyone waiting on the element.
    await waitUntil(() => Lazy.requests === 1, 'the view was not requested');
    Lazy.answer!.resolve(view);
    await el.updateComplete;
    const content = el.shadowRoot!.querySelector<HTMLElement>('.content')!;
    expect(content).to.exist;
    expect(getComputedStyle(content).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(Lazy.requests).to.equal(1);
  });

  it('updateComplete fetches the view of an element far below and resolves after its render', async () => {
    const Lazy = lazyDefinition('test-lazy-far');
    const el = mount<QuartierElement>('test-lazy-far', { below: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Lazy.requests, 'fetched although four screens below').to.equal(0);
    const done = el.updateComplete;
    await waitUntil(() => Lazy.requests === 1, 'updateComplete did not fetch the view');
    setTimeout(() => Lazy.answer!.resolve(view), 30);
    await done;
    expect(el.shadowRoot!.querySelector('.content')).to.exist;
  });

  it('fetches the view of an element far below when it is scrolled near', async () => {
    const Lazy = lazyDefinition('test-lazy-scroll');
    const el = mount<QuartierElement>('test-lazy-scroll', { below: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Lazy.requests).to.equal(0);
    el.scrollIntoView();
    await waitUntil(() => Lazy.requests === 1, 'scrolling near did not fetch the view');
    Lazy.answer!.resolve(view);
    window.scrollTo(0, 0);
  });

  it('an element added after the view arrived renders it at once, with one request in all', async () => {
    const Lazy = lazyDefinition('test-lazy-later');
    const first = mount<QuartierElement>('test-lazy-later');
    await waitUntil(() => Lazy.requests === 1);
    Lazy.answer!.resolve(view);
    await first.updateComplete;
    const later = mount<QuartierElement>('test-lazy-later');
    await later.updateComplete;
    expect(later.shadowRoot!.querySelector('.content')).to.exist;
    expect(Lazy.requests).to.equal(1);
  });

  it('a view that cannot be fetched shows the fallback and "Erneut versuchen", which fetches again', async () => {
    const Lazy = lazyDefinition('test-lazy-fail');
    const el = mount<QuartierElement>('test-lazy-fail', { link: 'Alle Termine' });
    await waitUntil(() => Lazy.requests === 1);
    Lazy.answer!.reject(new TypeError('Failed to fetch dynamically imported module'));
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('konnten nicht geladen werden');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Alle Termine');
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    expect(retry.textContent!.trim()).to.equal('Erneut versuchen');
    retry.focus();
    retry.click();
    await waitUntil(() => Lazy.requests === 2, '"Erneut versuchen" did not fetch again');
    Lazy.answer!.resolve(view);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.content')).to.exist;
    // Focus went on to the new content, not to the page.
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Mai 2026');
  });

  it("runs the view's setup once per element, before it renders with the view; its controllers connect", async () => {
    const Lazy = lazyDefinition('test-lazy-setup');
    const log: string[] = [];
    const withSetup: ElementView<QuartierElement> = {
      ...view,
      setup: (el) => {
        log.push(`setup ${el.id}`);
        el.addController({
          hostConnected: () => log.push(`connected ${el.id}`),
          hostDisconnected: () => log.push(`disconnected ${el.id}`),
        });
      },
      render: (el) => {
        log.push(`render ${el.id}`);
        return view.render(el);
      },
    };
    const first = mount<QuartierElement>('test-lazy-setup');
    first.id = 'a';
    await waitUntil(() => Lazy.requests === 1);
    expect(log, 'nothing of the view runs before it arrived').to.deep.equal([]);
    Lazy.answer!.resolve(withSetup);
    await first.updateComplete;
    expect(log.slice(0, 3)).to.deep.equal(['setup a', 'connected a', 'render a']);
    // Added after the view arrived: set up before it connects, so its controller connects once.
    log.length = 0;
    const later = document.createElement('test-lazy-setup') as QuartierElement;
    later.id = 'b';
    first.after(later);
    await later.updateComplete;
    expect(log.filter((line) => line.endsWith(' b')).slice(0, 3)).to.deep.equal([
      'setup b',
      'connected b',
      'render b',
    ]);
    // Moved in the page: the same controllers go and come back; no second setup.
    log.length = 0;
    first.parentElement!.append(first);
    await first.updateComplete;
    expect(log.filter((line) => !line.startsWith('render'))).to.deep.equal([
      'disconnected a',
      'connected a',
    ]);
  });

  it('a public method called before the view arrived takes effect when it arrives, also after "Erneut versuchen"', async () => {
    class WithMethod extends QuartierElement {
      calls = 0;
      async act(): Promise<number> {
        await this.viewReady();
        return ++this.calls;
      }
    }
    let answer: { resolve(view: ElementView<WithMethod>): void; reject(error: Error): void } =
      undefined!;
    WithMethod.viewFrom(() => new Promise((resolve, reject) => (answer = { resolve, reject })));
    customElements.define('test-lazy-method', WithMethod);
    const el = mount<WithMethod>('test-lazy-method', { below: true });
    const first = el.act();
    await waitUntil(() => answer !== undefined);
    answer!.reject(new TypeError('Failed to fetch dynamically imported module'));
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no "Erneut versuchen"');
    // Not dropped, not rejected (no unhandled error on the page): it waits for the view.
    const settled = await Promise.race([first.then(() => 'settled'), Promise.resolve('waiting')]);
    expect(settled).to.equal('waiting');
    expect(el.calls).to.equal(0);
    answer = undefined!;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => answer !== undefined, '"Erneut versuchen" did not fetch again');
    answer!.resolve(view);
    expect(await first).to.equal(1);
    expect(await el.act()).to.equal(2);
  });

  it("fetches the element's own texts in its language with its view, not after it", async () => {
    class WithTexts extends QuartierElement {
      static override ownTexts = ['map'] as const;
    }
    WithTexts.viewFrom(() => new Promise(() => undefined)); // never arrives
    customElements.define('test-lazy-texts', WithTexts);
    const fetched = () =>
      performance.getEntriesByType('resource').some((entry) => /messages\/tr-map/.test(entry.name));
    expect(fetched(), 'fetched before any element asked').to.equal(false);
    const el = document.createElement('test-lazy-texts');
    el.lang = 'tr';
    document.body.append(el);
    mounted.push(el);
    await waitUntil(fetched, "the Turkish map texts were not fetched before the view's arrival");
  });
});
