/** DeepLinkController: #quartier-event=<id> read once the data is whole, looked up beyond it, written and cleared. */
import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { DeepLinkController } from '../../src/controllers/deep-link-controller.js';
import type { LoadedData } from '../../src/data/load-all.js';
import type { QuartierEvent } from '../../src/model/types.js';

const event = (id: string, topics: string[] = []): QuartierEvent => ({
  id,
  title: `Titel ${id}`,
  start: '2026-05-19T10:00',
  topics,
  source: 'https://example.org/data.json',
});
const loaded = (events: QuartierEvent[], complete?: Promise<unknown>): LoadedData =>
  ({
    events,
    projects: [],
    topics: [],
    warnings: [],
    failures: [],
    failedRanges: [],
    total: 1,
    complete,
  }) as unknown as LoadedData;

let n = 0;
const unique = (name: string) => `${name}-${Date.now()}-${n++}`;
const months = (key: string) => `/__responder/months?key=${key}&start={start}&end={end}`;

class DeepLinkHost extends LitElement {
  data?: LoadedData;
  sources: string[] = [];
  /** A partner's scope: only events of this topic, if set. */
  topic = '';
  opened: QuartierEvent[] = [];
  /** How often the controller asked whether an event is open (it asks when a look-up comes back). */
  asked = 0;
  readonly link = new DeepLinkController(this, {
    data: () => this.data,
    sources: () => this.sources,
    accepts: (e) => !this.topic || Boolean(e.topics?.includes(this.topic)),
    from: () => '2026-05-19',
    isOpen: () => {
      this.asked++;
      return this.opened.length > 0;
    },
    open: (e) => {
      this.opened.push(e);
      this.requestUpdate();
    },
  });

  /** The data arrives (or a new answer): the element updates. */
  async arrive(data: LoadedData): Promise<void> {
    this.data = data;
    this.requestUpdate();
    await this.updateComplete;
  }

  override render() {
    const shown = this.opened.at(-1);
    return html`<p>${shown ? `Geöffnet: ${String(shown.title)}` : 'Kalender'}</p>`;
  }
}
customElements.define('test-deep-link-host', DeepLinkHost);

const shows = (el: DeepLinkHost) => el.renderRoot.querySelector('p')!.textContent;
const host = () => fixture<DeepLinkHost>(fixtureHtml`<test-deep-link-host></test-deep-link-host>`);
const address = (hash: string) => history.replaceState(null, '', hash || location.pathname);

describe('DeepLinkController', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens the linked event once the data is whole, and only once', async () => {
    address('#quartier-event=fest%202026');
    const el = await host();
    expect(shows(el)).to.equal('Kalender');
    // A first, partial look at a large source: the link waits for the whole data.
    let whole!: () => void;
    await el.arrive(loaded([], new Promise<void>((resolve) => (whole = resolve))));
    expect(shows(el)).to.equal('Kalender');
    whole();
    await el.arrive(loaded([event('anderes'), event('fest 2026')]));
    expect(shows(el)).to.equal('Geöffnet: Titel fest 2026');
    // The link was read; new data (another month, a filter) opens nothing again.
    await el.arrive(loaded([event('fest 2026')]));
    expect(el.opened).to.have.length(1);
    // Reading the link leaves the address as it was.
    expect(location.hash).to.equal('#quartier-event=fest%202026');
  });

  it('opens nothing outside the element’s scope, and nothing for a mangled or missing link', async () => {
    address('#quartier-event=stadt');
    const partner = await host();
    partner.topic = 'migration';
    await partner.arrive(loaded([event('stadt', ['sport'])]));
    expect(shows(partner)).to.equal('Kalender');

    address('#quartier-event=%E0%A4%A');
    const mangled = await host();
    await mangled.arrive(loaded([event('stadt')]));
    expect(shows(mangled)).to.equal('Kalender');

    address('');
    const none = await host();
    await none.arrive(loaded([event('stadt')]));
    expect(shows(none)).to.equal('Kalender');
  });

  it('looks up an event of a month not loaded by asking a month-by-month source for the year', async () => {
    const key = unique('deep-link');
    address('#quartier-event=m-2027-02');
    const el = await host();
    el.sources = [months(key)];
    await el.arrive(loaded([event('m-2026-05')]));
    await waitUntil(
      () => shows(el) === 'Geöffnet: Treffen 2027-02',
      'the linked event did not open',
      { timeout: 5000 },
    );
    const asked = (await (await fetch(`/__responder/asked?key=${key}`)).json()) as string[];
    expect(asked).to.deep.equal(['2026-05-19/2027-05-19']);
  });

  it('does not open a looked-up event over one the person opened meanwhile', async () => {
    const key = unique('deep-link-late');
    address('#quartier-event=m-2027-02');
    const el = await host();
    el.sources = [months(key)];
    await el.arrive(loaded([]));
    el.opened.push(event('gewählt'));
    el.requestUpdate();
    await waitUntil(() => el.asked > 0, 'the look-up did not come back', {
      timeout: 5000,
    });
    expect(shows(el)).to.equal('Geöffnet: Titel gewählt');
    expect(el.opened).to.have.length(1);
  });

  it('writes the link when a person opens an event and takes it out when it closes', async () => {
    const el = await host();
    address('#oben');
    el.link.clear();
    // Someone else's anchor stays.
    expect(location.hash).to.equal('#oben');
    const entries = history.length;
    el.link.write('café & kuchen');
    expect(location.hash).to.equal('#quartier-event=caf%C3%A9%20%26%20kuchen');
    // Opening an event is no navigation: Back still leaves the page.
    expect(history.length).to.equal(entries);
    el.link.clear();
    expect(location.hash).to.equal('');
    expect(location.href.endsWith('#')).to.equal(false);
  });
});
