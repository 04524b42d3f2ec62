/**
 * The filter's definition before its view arrived (issue 13): `sync-url` reads and writes the
 * address from the start, a filter removed from the page takes no address bar, and a view that
 * cannot be fetched is asked for once, not again and again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ElementView } from '../../src/components/shared/quartier-element.js';
import { QuartierTopicFilter } from '../../src/components/topic-filter/topic-filter.js';
import { pageRegistry } from '../../src/registry/page-registry.js';

/** The definition under a tag of its own; its view never arrives, or fails when the test says so. */
function withoutView(tag: string) {
  class Bare extends QuartierTopicFilter {
    static requests = 0;
    static fail?: (error: Error) => void;
  }
  Bare.view = undefined;
  Bare.viewFrom(() => {
    Bare.requests++;
    return new Promise<ElementView<QuartierTopicFilter>>((_, reject) => (Bare.fail = reject));
  });
  customElements.define(tag, Bare);
  return Bare;
}

const added: HTMLElement[] = [];
function add(tag: string, attributes: Record<string, string>): QuartierTopicFilter {
  const el = document.createElement(tag) as QuartierTopicFilter;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  added.push(el);
  return el;
}

describe('<quartier-topic-filter> before its view arrives', () => {
  const start = location.href;
  afterEach(() => {
    added.splice(0).forEach((el) => el.remove());
    history.replaceState(null, '', start);
  });

  it('sync-url: the address counts at once, and a new value is written to it', async () => {
    withoutView('test-filter-address');
    history.replaceState(null, '', `${location.pathname}?thema=bildung`);
    const el = add('test-filter-address', { 'sync-url': '', group: 'address-group' });
    expect(el.value.topics).to.deep.equal(['bildung']);
    el.value = { topics: ['inklusion'] };
    expect(new URL(location.href).searchParams.get('thema')).to.equal('inklusion');
    await new Promise(requestAnimationFrame);
    expect(el.shadowRoot!.querySelector('.skeleton'), 'the view came after all').to.exist;
  });

  it('a filter removed from the page before its view came takes no address bar when it updates', async () => {
    withoutView('test-filter-removed');
    const el = add('test-filter-removed', { 'sync-url': '', group: 'removed-group' });
    expect(pageRegistry().urlSyncGroup).to.equal('removed-group');
    el.remove();
    expect(pageRegistry().urlSyncGroup).to.equal(undefined);
    // Data or a view arriving later makes it update while it is off the page (`updateComplete`
    // would wait for the view, which never comes here).
    el.requestUpdate();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pageRegistry().urlSyncGroup).to.equal(undefined);
  });

  it('a sync-url filter whose view cannot be fetched asks once, and shows "Erneut versuchen"', async () => {
    const Bare = withoutView('test-filter-failing');
    const el = add('test-filter-failing', { 'sync-url': '', group: 'failing-group' });
    await waitUntil(() => Bare.fail !== undefined);
    Bare.fail!(new TypeError('Failed to fetch dynamically imported module'));
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(Bare.requests).to.equal(1);
  });
});
