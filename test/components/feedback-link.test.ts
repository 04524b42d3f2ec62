/** `feedback-url` (SPEC §2): every widget offers "Barriere melden" to the host's feedback form. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import '../../src/components/idea-form/define.js';
import '../../src/components/project-map/define.js';
import '../../src/components/topic-filter/define.js';

const FEEDBACK = 'https://www.example.org/barriere-melden';

async function widgets(lang = 'de', feedback = FEEDBACK): Promise<HTMLElement[]> {
  const box = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <quartier-topic-filter
        src="/test/fixtures/filter.json"
        feedback-url=${feedback}
      ></quartier-topic-filter>
      <quartier-event-calendar
        src="/test/fixtures/calendar.json"
        date="2026-05-19"
        view="list"
        feedback-url=${feedback}
      ></quartier-event-calendar>
      <quartier-project-map
        src="/test/fixtures/map-projects.json"
        feedback-url=${feedback}
      ></quartier-project-map>
      <quartier-idea-form
        action="/api/ideas"
        privacy-url="https://www.example.org/datenschutz"
        no-draft
        feedback-url=${feedback}
      ></quartier-idea-form>
    </div>`,
  );
  const elements = [...box.children] as HTMLElement[];
  // Views come when shown: elements below the first screen are fetched when a script waits for them.
  await Promise.all(
    elements.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete),
  );
  return elements;
}

const link = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLAnchorElement>('.feedback a');
const loaded = (el: HTMLElement) => el.shadowRoot?.querySelector('[aria-busy="false"]');

describe('feedback-url', () => {
  it('gives each of the four widgets a "Barriere melden" link to the page’s feedback form', async () => {
    const elements = await widgets();
    await waitUntil(() => elements.every(loaded), 'not all widgets loaded');
    for (const el of elements) {
      expect(link(el), el.localName).to.exist;
      expect(link(el)!.textContent!.trim()).to.equal('Barriere melden');
      expect(link(el)!.getAttribute('href')).to.equal(FEEDBACK);
    }
    for (const el of elements) await expect(el).to.be.accessible();
  });

  it('speaks the UI language', async () => {
    const elements = await widgets('en');
    await waitUntil(() =>
      elements.every((el) => link(el)?.textContent?.trim() === 'Report a barrier'),
    );
  });

  it('makes no link of an unsafe address, and none without the attribute', async () => {
    const unsafe = await widgets('de', 'javascript:alert(1)');
    await waitUntil(() => unsafe.every(loaded), 'not all widgets loaded');
    expect(unsafe.map(link)).to.deep.equal([null, null, null, null]);
    const calendar = await fixture<HTMLElement>(
      html`<quartier-event-calendar src="/test/fixtures/calendar.json"></quartier-event-calendar>`,
    );
    await waitUntil(() => loaded(calendar));
    expect(link(calendar)).to.equal(null);
  });
});
