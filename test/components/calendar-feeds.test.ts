import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import '../../src/components/topic-filter/define.js';
import type { QuartierEventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import { getChannel } from '../../src/state/channel.js';
import { calendar, loaded, root, text, unique } from '../helpers/calendar.js';

const JSON_SRC = new URL('../fixtures/calendar.json', import.meta.url).href;
const months = (key: string, fail = '') =>
  `/__responder/months?key=${key}&start={start}&end={end}${fail}`;
async function asked(key: string): Promise<string[]> {
  return (await fetch(`/__responder/asked?key=${key}`)).json() as Promise<string[]>;
}
/** Resources the page has fetched whose address contains `part`. */
const requested = (part: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(part));
const next = (el: HTMLElement) =>
  root(el).querySelector<HTMLButtonElement>('button[aria-label="Nächster Monat"]')!.click();
const previous = (el: HTMLElement) =>
  root(el).querySelector<HTMLButtonElement>('button[aria-label="Vorheriger Monat"]')!.click();
const shows = (el: HTMLElement, title: string) =>
  text(root(el).querySelector('.base')).includes(title);

performance.setResourceTimingBufferSize(100000);

describe('iCalendar sources in the calendar', () => {
  // First in this file: nothing has asked for ical.js yet.
  it('loads the iCalendar chunk only for a source that needs it, and merges it with JSON', async () => {
    const json = await calendar({ src: JSON_SRC });
    expect(shows(json, 'Sprachcafé')).to.equal(true);
    expect(requested('ical.js'), 'ical.js before any iCalendar source').to.have.length(0);
    expect(requested('adapters/icalendar'), 'adapter chunk too early').to.have.length(0);

    const group = unique('merged');
    const el = await calendar({ src: `${JSON_SRC} /__responder/ics?key=${unique('ics')}`, group });
    expect(requested('ical.js').length, 'ical.js after an iCalendar source').to.be.greaterThan(0);
    await waitUntil(() => shows(el, 'Inklusives Tanzcafé'), 'the iCalendar event is not shown');
    expect(shows(el, 'Sprachcafé'), 'the JSON events are still shown').to.equal(true);
    // The category "Inklusion" is the JSON topic "inklusion": the filter finds both.
    getChannel(group).set({ topics: ['inklusion'] });
    await el.updateComplete;
    expect(shows(el, 'Inklusives Tanzcafé')).to.equal(true);
    getChannel(group).set({ topics: ['migration'] });
    await el.updateComplete;
    expect(shows(el, 'Inklusives Tanzcafé')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('exports the events shown, filtered, as one file ical.js reads back', async () => {
    const group = unique('export');
    const el = await calendar({ src: JSON_SRC, group });
    getChannel(group).set({ topics: ['inklusion'] });
    await el.updateComplete;
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return create.call(URL, blob);
    };
    try {
      const button = [...root(el).querySelectorAll('button')].find(
        (b) => text(b) === 'Alle angezeigten Termine exportieren',
      )!;
      button.click();
      await waitUntil(() => blobs.length > 0, 'nothing was exported');
    } finally {
      URL.createObjectURL = create;
    }
    // Imported here: a static import would load ical.js before the first test looks.
    const { default: ICAL } = await import('ical.js');
    const calendarData = new ICAL.Component(ICAL.parse(await blobs[0].text()));
    const uids = calendarData
      .getAllSubcomponents('vevent')
      .map((vevent) => String(vevent.getFirstPropertyValue('uid')).split('@')[0]);
    const shown = [...root(el).querySelectorAll<HTMLElement>('.month .chip')];
    expect(uids.length).to.be.greaterThan(0);
    // Every exported event is one the filtered month shows, and no other topic slipped in.
    const titles = calendarData
      .getAllSubcomponents('vevent')
      .map((vevent) => String(vevent.getFirstPropertyValue('summary')));
    for (const title of titles) {
      expect(
        shown.some((chip) => text(chip).includes(title)),
        title,
      ).to.equal(true);
    }
  });
});

describe('iCalendar files with real-world quirks in the widget', () => {
  // Our own files (test/fixtures); the real third-party ones are in test/realdata/.
  const FILES: [string, string, boolean][] = [
    ['quirks.ics', '2026-06-03', true],
    ['empty.ics', '2026-05-19', false],
  ];
  for (const [file, date, hasEvents] of FILES) {
    it(`shows ${file}`, async () => {
      const src = new URL(`../fixtures/${file}`, import.meta.url).href;
      const el = await calendar({ src, date, view: 'list' });
      expect(root(el).querySelector('[role="alert"]'), 'an error is shown').to.equal(null);
      expect(root(el).querySelector('.toolbar'), 'no toolbar').to.exist;
      const shown = root(el).querySelectorAll('.event').length;
      if (hasEvents) expect(shown, 'events of that month').to.be.greaterThan(0);
      else expect(root(el).querySelector('.empty'), 'the empty state').to.exist;
    });
  }
});

describe('large sources', () => {
  it('paints the shown month first and has every event, warning and link once all are checked', async () => {
    const key = unique('big');
    history.replaceState(null, '', '#quartier-event=2026-11-20-09');
    const warned: string[][] = [];
    const onWarning = (e: Event) =>
      warned.push(
        (e as CustomEvent<{ warnings: { code: string }[] }>).detail.warnings.map((w) => w.code),
      );
    document.addEventListener('quartier-data-warning', onWarning);
    try {
      const el = await calendar({ src: `/__responder/big?key=${key}`, date: '2026-05-19' });
      // The linked event lies in November: it opens once the whole source is checked.
      await waitUntil(
        () => root(el).querySelector('dialog.event-dialog[open]'),
        'the linked event did not open',
        { timeout: 5000 },
      );
      expect(text(root(el).querySelector('#event-dialog-title'))).to.equal('Termin 2026-11-20 09');
      // One report, from the whole source: the faulty date and the later duplicate.
      expect(warned).to.deep.equal([['invalid-date', 'duplicate-id']]);
    } finally {
      document.removeEventListener('quartier-data-warning', onWarning);
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
  it('stays busy, and claims nothing, when the person moves on before the rest is checked', async () => {
    // Hold the browser's idle time, when the whole source would be checked.
    const held: IdleRequestCallback[] = [];
    const original = window.requestIdleCallback;
    window.requestIdleCallback = (callback: IdleRequestCallback) => held.push(callback);
    let el: QuartierEventCalendar;
    let counts: HTMLElement;
    try {
      const src = `/__responder/big?key=${unique('moving')}`;
      el = await calendar({ src, date: '2026-05-19' });
      expect(shows(el, 'Termin 2026-05-19 09'), 'May is painted first').to.equal(true);
      // A filter counts over all days: it has only May's so far, and says it is busy.
      counts = await fixture<HTMLElement>(
        html`<quartier-topic-filter src=${src} group=${unique('moving')}></quartier-topic-filter>`,
      );
      await waitUntil(
        () => root(counts).querySelector('.base') && !root(counts).querySelector('.base > .status'),
        'the filter did not get the data',
      );
      expect(root(counts).querySelector('.base')!.getAttribute('aria-busy')).to.equal('true');
      next(el);
      await el.updateComplete;
      // June's grid reaches past the days checked so far (May's grid and two days).
      expect(shows(el, 'Termin 2026-06-10 09'), 'not checked yet').to.equal(false);
      expect(root(el).querySelector('.base')!.getAttribute('aria-busy')).to.equal('true');
      expect(root(el).querySelector('.empty')).to.equal(null);
      // Nor is a file of the month offered that would miss some of its events.
      expect(text(root(el).querySelector('.base'))).not.to.contain('Alle angezeigten Termine');
    } finally {
      window.requestIdleCallback = original;
    }
    for (const callback of held) callback({ didTimeout: true, timeRemaining: () => 0 });
    await loaded(el);
    await waitUntil(() => shows(el, 'Termin 2026-06-10 09'), 'June did not follow');
    await loaded(counts);
    await expect(el).to.be.accessible();
  });
  it('checks the month grid’s days first when an unset view becomes the grid', async () => {
    const held: IdleRequestCallback[] = [];
    const original = window.requestIdleCallback;
    window.requestIdleCallback = (callback: IdleRequestCallback) => held.push(callback);
    try {
      // No view: a list until the width is known, then the month grid (the wrapper is 1000px).
      const el = await calendar({ src: `/__responder/big?key=${unique('auto')}`, view: '' });
      await waitUntil(() => root(el).querySelector('table'), 'the grid did not appear');
      await el.updateComplete;
      // 27 and 28 April are in May's grid: checked before the rest, so nothing is missing or busy.
      expect(shows(el, 'Termin 2026-04-27 09')).to.equal(true);
      expect(root(el).querySelector('.base')!.getAttribute('aria-busy')).to.equal('false');
    } finally {
      window.requestIdleCallback = original;
      for (const callback of held) callback({ didTimeout: true, timeRemaining: () => 0 });
    }
  });
});

describe('month-by-month sources ({start}/{end})', () => {
  it('asks for each month the grid shows, caches it, and fetches the next one ahead', async () => {
    const key = unique('paged');
    const el = await calendar({ src: months(key) });
    // Monday-first grid of May 2026: 27 April to 31 May.
    expect((await asked(key)).slice(0, 2).sort()).to.deep.equal([
      '2026-04-01/2026-05-01',
      '2026-05-01/2026-06-01',
    ]);
    expect(shows(el, 'Treffen 2026-05')).to.equal(true);
    // A weekend in two months' answers is one event, without a duplicate warning.
    expect(root(el).querySelectorAll('td[data-day="2026-05-01"] .chip')).to.have.length(1);
    await waitUntil(
      async () => (await asked(key)).includes('2026-06-01/2026-07-01'),
      'June was not fetched ahead',
    );

    next(el);
    await loaded(el);
    await waitUntil(() => shows(el, 'Treffen 2026-06'), 'June is not shown');
    previous(el);
    await loaded(el);
    await waitUntil(() => shows(el, 'Treffen 2026-05'), 'May is not shown again');
    const log = await asked(key);
    // Going forward used what was prefetched, going back what was cached: no month twice.
    expect(log.length).to.equal(new Set(log).size);
    // June's grid reaches into July (asked now); August is fetched ahead.
    expect(log).to.include('2026-07-01/2026-08-01');
    await waitUntil(
      async () => (await asked(key)).includes('2026-08-01/2026-09-01'),
      'August was not fetched ahead',
    );
  });

  it('shows a failing month’s error without losing the months already shown', async () => {
    const key = unique('failing');
    const el = await calendar({ src: months(key, '&fail=2026-06-01') });
    expect(shows(el, 'Treffen 2026-05')).to.equal(true);
    expect(root(el).querySelector('.notice')).to.equal(null);

    next(el);
    await loaded(el);
    // June's grid needs June (fails) and July (loads): the error names June, and
    // there is no "no events" claim for a month that could not be asked.
    await waitUntil(() => root(el).querySelector('.notice'), 'no notice for June', {
      timeout: 10000,
    });
    const notice = root(el).querySelector('.notice');
    expect(text(notice)).to.contain('Die Termine für Juni 2026 konnten nicht geladen werden.');
    expect(text(notice)).to.contain('Erneut versuchen');
    expect(root(el).querySelector('.empty')).to.equal(null);
    await expect(el).to.be.accessible();

    previous(el);
    await loaded(el);
    await waitUntil(() => shows(el, 'Treffen 2026-05'), 'May is lost');
    expect(root(el).querySelector('.notice')).to.equal(null);
  });

  it('keeps the toolbar when the only month asked for fails later, so the person can go back', async () => {
    const key = unique('list-failing');
    const el = await calendar({ src: months(key, '&fail=2026-06-01'), view: 'list' });
    expect(shows(el, 'Treffen 2026-05')).to.equal(true);
    next(el);
    await waitUntil(() => root(el).querySelector('.notice'), 'no notice for June', {
      timeout: 10000,
    });
    expect(text(root(el).querySelector('.notice'))).to.contain('Juni 2026');
    expect(root(el).querySelector('.empty')).to.equal(null);
    await expect(el).to.be.accessible();
    previous(el);
    await loaded(el);
    await waitUntil(() => shows(el, 'Treffen 2026-05'), 'May is lost');
  });

  it('opens a linked event of another month by asking the source for the coming year', async () => {
    const key = unique('linked');
    history.replaceState(null, '', '#quartier-event=m-2027-02');
    try {
      const el = await calendar({ src: months(key) });
      await waitUntil(
        () => root(el).querySelector('dialog.event-dialog[open]'),
        'the linked event did not open',
        { timeout: 5000 },
      );
      expect(text(root(el).querySelector('#event-dialog-title'))).to.equal('Treffen 2027-02');
      expect(await asked(key)).to.include.members(['2027-02-01/2027-03-01']);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('opens a linked event of a month already loaded on its date, asking at once for the days around it', async () => {
    const key = unique('linked-loaded');
    history.replaceState(null, '', '#quartier-event=m-2026-04');
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 1000px"></div>`);
    const el = document.createElement('quartier-event-calendar');
    const attributes = { src: months(key), date: '2026-05-19', view: 'month', lang: 'de' };
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    box.append(el);
    // The event is in the data of the first look (April and May). The first frame showing its
    // month must already be asking for that month's grid, which starts on 30 March.
    let askingWhenShown: boolean | undefined;
    const watch = new MutationObserver(() => {
      if (
        askingWhenShown === undefined &&
        text(root(el).querySelector('#range-title')) === 'April 2026'
      )
        askingWhenShown = el.data.loading;
    });
    watch.observe(root(el), { subtree: true, childList: true, characterData: true });
    try {
      await waitUntil(
        () => root(el).querySelector('dialog.event-dialog[open]'),
        'the linked event did not open',
      );
      expect(text(root(el).querySelector('#event-dialog-title'))).to.equal('Treffen 2026-04');
      expect(askingWhenShown, 'April shown before its days were asked for').to.equal(true);
      await waitUntil(
        async () => (await asked(key)).includes('2026-03-01/2026-04-01'),
        'March was not asked for',
      );
    } finally {
      watch.disconnect();
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('writes a faulty event that every month repeats to the console once, under the address as written', async () => {
    const key = unique('bad');
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warned.push(message);
    try {
      const el = await calendar({ src: months(key, '&bad=1'), view: 'list' });
      next(el);
      await loaded(el);
      await waitUntil(() => shows(el, 'Treffen 2026-06'), 'June is not shown');
      await new Promise((resolve) => setTimeout(resolve, 300)); // the texts load lazily
    } finally {
      console.warn = original;
    }
    const about = warned.filter((message) => message.includes('„kaputt“'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('start={start}');
  });

  it('shows the error with "Erneut versuchen" when every month fails', async () => {
    const key = unique('down');
    const el = await calendar({ src: months(key, '&fail=all'), view: 'list' });
    const alert = root(el).querySelector('[role="alert"]');
    expect(text(alert)).to.contain('Erneut versuchen');
    await expect(el).to.be.accessible();
  });

  it('asks the list for its one month and a teaser for its whole range at once', async () => {
    const listKey = unique('list');
    await calendar({ src: months(listKey), view: 'list' });
    expect((await asked(listKey))[0]).to.equal('2026-05-01/2026-06-01');

    const teaserKey = unique('teaser');
    const teaser = await calendar({ src: months(teaserKey), limit: '3', view: 'list' });
    expect(await asked(teaserKey)).to.deep.equal(['2026-05-19/2027-05-19']);
    expect(shows(teaser, 'Treffen')).to.equal(true);
  });
});
