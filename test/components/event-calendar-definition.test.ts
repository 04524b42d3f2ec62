/**
 * The calendar's definition before its view arrives (issue 13): it holds its attributes, keeps its
 * space and asks its sources for the right days, but its own controllers come with the view; a
 * link to an event in the address fetches the view at once, wherever the calendar is on the page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import { QuartierEventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import type { ElementView } from '../../src/components/shared/quartier-element.js';

const SRC = new URL('../fixtures/calendar.json', import.meta.url).href;
let n = 0;
const unique = (name: string) => `${name}-${Date.now()}-${n++}`;
const months = (key: string) => `/__responder/months?key=${key}&start={start}&end={end}`;
const asked = async (key: string): Promise<string[]> =>
  (await fetch(`/__responder/asked?key=${key}`)).json() as Promise<string[]>;
const theView = () =>
  import('../../src/components/event-calendar/event-calendar.view.js').then(
    (module) => module.eventCalendarView,
  );

/** The calendar's definition under another tag, whose view arrives when the test says so. */
function pendingCalendar() {
  expect(QuartierEventCalendar.view, 'the real view, which a test class would inherit').to.equal(
    undefined,
  );
  class Pending extends QuartierEventCalendar {
    static requests = 0;
    static answer?: (view: ElementView<QuartierEventCalendar>) => void;
  }
  Pending.viewFrom(() => {
    Pending.requests++;
    return new Promise((resolve) => (Pending.answer = resolve));
  });
  const tag = unique('test-calendar');
  customElements.define(tag, Pending);
  return { Pending, tag };
}

/** Mounted by hand: `fixture()` awaits `updateComplete`, which would fetch the view itself. */
const mounted: HTMLElement[] = [];
function mount(
  tag: string,
  attributes: Record<string, string>,
  { below = false } = {},
): QuartierEventCalendar {
  const wrapper = document.createElement('div');
  wrapper.style.inlineSize = '1000px';
  // Four screens of page above: the calendar is far below the fold.
  if (below)
    wrapper.append(Object.assign(document.createElement('div'), { style: 'height: 400vh' }));
  const el = document.createElement(tag) as QuartierEventCalendar;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return el;
}

const dialogTitle = (el: HTMLElement) =>
  el
    .shadowRoot!.querySelector('dialog.event-dialog[open] #event-dialog-title')
    ?.textContent?.trim();

// The real tag's view is fetched last (its test is the last one): test classes inherit it.
describe('the calendar before its view arrives', () => {
  afterEach(() => {
    mounted.splice(0).forEach((wrapper) => wrapper.remove());
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('holds its attributes, keeps its space and asks a month-by-month source for its months; its own controllers come with the view', async () => {
    const { Pending, tag } = pendingCalendar();
    const key = unique('before-view');
    const el = mount(tag, {
      src: months(key),
      view: 'month',
      date: '2026-05-19',
      'time-zone': 'America/New_York',
      'more-url': '/termine',
      lang: 'de',
      group: unique('group'),
    });
    await waitUntil(() => Pending.requests === 1, 'the view was not asked for');
    expect([el.view, el.date, el.timeZone, el.moreUrl]).to.deep.equal([
      'month',
      '2026-05-19',
      'America/New_York',
      '/termine',
    ]);
    const teaser = mount(tag, { src: SRC, limit: '3', lang: 'de' });
    expect(teaser.limit).to.equal(3);
    // The data loads meanwhile, for the days the view will show: the grid of May 2026.
    await waitUntil(() => el.data.value, 'the data did not load before the view');
    expect((await asked(key)).slice(0, 2).sort()).to.deep.equal([
      '2026-04-01/2026-05-01',
      '2026-05-01/2026-06-01',
    ]);
    const skeleton = el.shadowRoot!.querySelector<HTMLElement>('.base.skeleton')!;
    expect(skeleton.dataset.reserve, 'a month grid’s height').to.contain('40.44rem');
    const teaserSkeleton = teaser.shadowRoot!.querySelector<HTMLElement>('.base.skeleton')!;
    expect(teaserSkeleton.dataset.reserve, 'three events’ height').to.contain('14.69rem');
    // Nothing of the calendar's own behaviour is in the definition.
    expect(el.deepLink, 'the deep link before the view').to.equal(undefined);
    expect(el.texts, 'the calendar texts before the view').to.equal(undefined);

    Pending.answer!(await theView());
    await el.updateComplete;
    expect(el.deepLink).to.exist;
    expect(el.texts().today).to.equal('Heute');
    expect(el.shadowRoot!.querySelector('#range-title')?.textContent?.trim()).to.equal('Mai 2026');
    // Never a year at once, nor a month the grid does not show (June is only fetched ahead).
    const log = await asked(key);
    expect(log.every((range) => range.slice(5, 7) !== range.slice(16, 18))).to.equal(true);
    expect(log.filter((range) => !range.startsWith('2026-06'))).to.have.length(2);
  });

  it('says once, when its view arrives, that a time zone is unknown, and again for another', async () => {
    const { Pending, tag } = pendingCalendar();
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warned.push(String(message));
    try {
      const el = mount(tag, { src: SRC, 'time-zone': 'Mars/Olympus', lang: 'de' });
      void el.loadView();
      await waitUntil(() => Pending.requests === 1);
      expect(warned, 'before the view').to.deep.equal([]);
      Pending.answer!(await theView());
      await el.updateComplete;
      el.date = '2026-06-01';
      await el.updateComplete;
      el.timeZone = 'Mars/Tharsis';
      await el.updateComplete;
    } finally {
      console.warn = original;
    }
    expect(warned.filter((message) => message.includes('Zeitzone'))).to.deep.equal([
      'quartier-widgets: Die Zeitzone „Mars/Olympus“ ist unbekannt; der Kalender verwendet Europe/Berlin.',
      'quartier-widgets: Die Zeitzone „Mars/Tharsis“ ist unbekannt; der Kalender verwendet Europe/Berlin.',
    ]);
  });

  it('a link to an event in the address at connect fetches the view of a calendar far below', async () => {
    const { Pending, tag } = pendingCalendar();
    history.replaceState(null, '', '#quartier-event=juni');
    const el = mount(tag, { src: SRC, date: '2026-05-19', lang: 'de' }, { below: true });
    await waitUntil(() => Pending.requests === 1, 'the link did not fetch the view');
    Pending.answer!(await theView());
    await waitUntil(() => dialogTitle(el) === 'Sommerfest', 'the linked event did not open');
  });

  it('a link that comes later (hashchange) fetches the view and opens the event; without one, a calendar far below waits', async () => {
    const el = mount(
      'quartier-event-calendar',
      { src: SRC, date: '2026-05-19', view: 'month', lang: 'de', group: unique('group') },
      { below: true },
    );
    await waitUntil(() => el.data.value, 'the data did not load');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(QuartierEventCalendar.view, 'fetched far below, without a link').to.equal(undefined);
    location.hash = '#quartier-event=juni';
    await waitUntil(() => dialogTitle(el) === 'Sommerfest', 'the linked event did not open');
    expect(el.cursor).to.equal('2026-06-13');
  });
});
