import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { todayIn } from '../../src/calendar/zone.js';
import { emulateForcedColors } from '../helpers/forced-colors.js';
import '../../src/components/event-calendar/define.js';
import type { QuartierEventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import { focusOnDay } from '../../src/components/event-calendar/event-calendar.actions.js';
import { getChannel } from '../../src/state/channel.js';

const SRC = new URL('../fixtures/calendar.json', import.meta.url).href;
const LONG_WORDS = new URL('../fixtures/calendar-long-words.json', import.meta.url).href;
let n = 0;
const newGroup = () => `calendar-test-${n++}`;
const root = (el: HTMLElement) => el.shadowRoot!;
const loaded = (el: HTMLElement) =>
  waitUntil(
    () => root(el).querySelector('[aria-busy="false"]'),
    'the calendar did not finish loading',
  );
const cell = (el: HTMLElement, day: string) =>
  root(el).querySelector<HTMLElement>(`td[data-day="${day}"]`)!;
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The accessible name of a day cell: its text without what is hidden from assistive technology. */
const nameOf = (node: HTMLElement) => text(node.querySelector('.visually-hidden'));
/** The event dialog, once its content (a lazily loaded chunk) has rendered and it is open. */
async function eventDialog(el: HTMLElement): Promise<HTMLDialogElement> {
  await waitUntil(
    () => root(el).querySelector('dialog.event-dialog[open]'),
    'the event dialog did not open',
  );
  return root(el).querySelector<HTMLDialogElement>('dialog.event-dialog')!;
}
const focused = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;

async function renderCalendar(attrs: Record<string, string> = {}, width = 1000) {
  const el = await fixture<QuartierEventCalendar>(
    html`<div style="inline-size: ${width}px">
      <quartier-event-calendar
        src=${attrs.src ?? SRC}
        date=${attrs.date ?? '2026-05-19'}
        view=${attrs.view ?? ''}
        group=${attrs.group ?? newGroup()}
        lang=${attrs.lang ?? 'de'}
        limit=${attrs.limit ?? '0'}
        more-url=${attrs['more-url'] ?? ''}
        topics=${attrs.topics ?? ''}
        image-origins=${attrs['image-origins'] ?? ''}
        time-zone=${attrs['time-zone'] ?? 'Europe/Berlin'}
      >
        <a href="https://example.org/termine">Alle Termine</a>
      </quartier-event-calendar>
    </div>`,
  );
  const calendar = el.querySelector('quartier-event-calendar')!;
  await loaded(calendar);
  return calendar;
}

describe('<quartier-event-calendar>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows the month grid when wide, names each day with its date and count', async () => {
    const el = await renderCalendar({ view: 'month' });
    expect(root(el).querySelector('table[role="grid"]')).to.exist;
    expect(text(root(el).querySelector('#range-title'))).to.equal('Mai 2026');
    expect(nameOf(cell(el, '2026-05-19'))).to.equal('Dienstag, 19. Mai 2026, 4 Veranstaltungen');
    expect(nameOf(cell(el, '2026-05-12'))).to.equal('Dienstag, 12. Mai 2026, 1 Veranstaltung');
    expect(nameOf(cell(el, '2026-05-26'))).to.equal('Dienstag, 26. Mai 2026, 0 Veranstaltungen');
    // Multi-day all-day events appear on every day they cover.
    expect(nameOf(cell(el, '2026-05-24'))).to.equal('Sonntag, 24. Mai 2026, 1 Veranstaltung');
    await expect(el).to.be.accessible();
  });

  it('chooses the view from its own width when `view` is unset', async () => {
    const wide = await renderCalendar({}, 900);
    await waitUntil(() => root(wide).querySelector('table[role="grid"]'), 'no month grid at 900px');
    const narrow = await renderCalendar({}, 320);
    await waitUntil(() => root(narrow).querySelector('.list'), 'no list at 320px');
    expect(root(narrow).querySelector('table')).to.equal(null);
    await expect(narrow).to.be.accessible();
  });

  it('keeps one day in the tab order and moves with the APG keys across months', async () => {
    const el = await renderCalendar({ view: 'month' });
    expect(root(el).querySelectorAll('td[tabindex="0"]')).to.have.length(1);
    cell(el, '2026-05-19').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)?.dataset.day).to.equal('2026-05-20');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.dataset.day).to.equal('2026-05-27');
    await sendKeys({ press: 'Home' });
    expect(focused(el)?.dataset.day).to.equal('2026-05-25');
    await sendKeys({ press: 'End' });
    expect(focused(el)?.dataset.day).to.equal('2026-05-31');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)?.dataset.day).to.equal('2026-06-01');
    expect(text(root(el).querySelector('#range-title'))).to.equal('Juni 2026');
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(focused(el)?.dataset.day).to.equal('2026-05-01');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(focused(el)?.dataset.day).to.equal('2027-05-01');
    expect(root(el).querySelectorAll('td[tabindex="0"]')).to.have.length(1);
  });

  it('marks today with aria-current="date"', async () => {
    const el = await renderCalendar({ view: 'month', date: '' });
    const today = root(el).querySelectorAll('[aria-current="date"]');
    expect(today).to.have.length(1);
    expect(text(today[0])).to.contain('Heute');
  });

  it('opens the day dialog with Enter, the event dialog from it, and Escape returns focus step by step', async () => {
    const el = await renderCalendar({ view: 'month' });
    cell(el, '2026-05-19').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const day = root(el).querySelector<HTMLDialogElement>('dialog.day-dialog')!;
    expect(day.open).to.be.true;
    expect(day.getAttribute('role')).to.equal('dialog');
    expect(text(day.querySelector('[role="heading"]'))).to.equal('Dienstag, 19. Mai 2026');
    // All-day first, then by start time; the cancelled walk keeps its place and says so.
    const titles = [...day.querySelectorAll('.event-title')].map(text);
    expect(titles).to.deep.equal([
      'Aktionstag Inklusion',
      'Frühstück',
      'Kiezspaziergang',
      'Sprachcafé',
    ]);
    expect(text(day.querySelectorAll('.event')[2])).to.contain('abgesagt');
    await expect(el).to.be.accessible();

    const selected = oneEvent(el, 'quartier-event-select');
    day.querySelectorAll<HTMLButtonElement>('.event')[3].focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.event.id).to.equal('sprachcafe');
    expect(detail.start).to.equal('2026-05-19T14:00:00.000Z');
    const dialog = await eventDialog(el);
    expect(dialog.open).to.be.true;
    expect(location.hash).to.equal('#quartier-event=sprachcafe');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await waitUntil(() => !root(el).querySelector('dialog.event-dialog'));
    expect(text(focused(el))).to.contain('Sprachcafé');
    expect(location.hash).to.equal('');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root(el).querySelector('dialog.day-dialog'));
    expect(focused(el)?.dataset.day).to.equal('2026-05-19');
  });

  it('shows a series from its start, a cancelled date with "abgesagt", and the rule and next dates in the dialog', async () => {
    const src = new URL('../fixtures/calendar-recurrence.json', import.meta.url).href;
    const el = await renderCalendar({ src, view: 'list' });
    const events = [...root(el).querySelectorAll<HTMLButtonElement>('.event')];
    // Thursday 14 May (the start, though the rule says Tuesdays), then the Tuesdays; 26 May called off.
    expect(events.map((b) => text(b.querySelector('.event-when')))).to.deep.equal([
      '18:00–19:30 Uhr',
      '18:00–19:30 Uhr',
      '18:00–19:30 Uhr',
    ]);
    const cancelled = events.filter((b) => text(b).includes('abgesagt'));
    expect(cancelled).to.have.length(1);
    expect(cancelled[0].classList.contains('cancelled')).to.equal(true);
    events[0].click();
    const dialog = await eventDialog(el);
    const content = text(dialog);
    expect(content).to.contain('Donnerstag, 14. Mai 2026');
    expect(text(dialog.querySelector('.recurrence-rule'))).to.equal('jeden Dienstag');
    const next = [...dialog.querySelectorAll('.next-dates li')].map(text);
    expect(next).to.deep.equal([
      'Donnerstag, 14. Mai 2026',
      'Dienstag, 19. Mai 2026',
      'Dienstag, 26. Mai 2026 abgesagt',
    ]);
    await expect(el).to.be.accessible();
  });

  it('says the rule in English once its phrases have loaded', async () => {
    const src = new URL('../fixtures/calendar-recurrence.json', import.meta.url).href;
    const el = await renderCalendar({ src, view: 'list', lang: 'en' });
    root(el).querySelector<HTMLButtonElement>('.event')!.click();
    const dialog = await eventDialog(el);
    await waitUntil(() => dialog.querySelector('.recurrence-rule'), 'no rule in words');
    expect(text(dialog.querySelector('.recurrence-rule'))).to.equal('every Tuesday');
    expect(text(dialog)).to.contain('Next dates:');
    expect([...dialog.querySelectorAll('.next-dates li')].map(text)[2]).to.contain('cancelled');
  });

  it('shows every detail of an event, with safe links only', async () => {
    const el = await renderCalendar({ view: 'list' });
    const button = [...root(el).querySelectorAll<HTMLButtonElement>('.event')].find((b) =>
      text(b).includes('Sprachcafé'),
    )!;
    button.click();
    const dialog = await eventDialog(el);
    const content = text(dialog);
    expect(content).to.contain('Dienstag, 5. Mai 2026, 16:00–18:00 Uhr');
    expect(content).to.contain('jeden Dienstag, außer am 26. Mai');
    expect(content).to.contain('Nächste Termine: Dienstag, 5. Mai 2026 Dienstag, 12. Mai 2026');
    expect(content).to.contain('Bibliothek Schönefeld, Shukowstraße 56, 04347 Leipzig');
    expect(content).to.contain('Rollstuhlgerecht');
    expect(content).to.contain('Arabisch');
    const links = [...dialog.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include(
      'https://www.openstreetmap.org/?mlat=51.353317&mlon=12.4157#map=18/51.353317/12.4157',
    );
    expect(links).to.include('https://example.org/sprachcafe');
    expect(links).to.include('mailto:bibliothek@example.org');
    expect(dialog.querySelectorAll('p.text')).to.have.length(2);
    expect(text(dialog.querySelector('.actions button'))).to.equal('In meinen Kalender');
  });

  it('renders markup in any field as text and never links javascript: or data:', async () => {
    const el = await renderCalendar({ view: 'list' });
    const button = [...root(el).querySelectorAll<HTMLButtonElement>('.event')].find(
      (b) => text(b).includes('Fest') && text(b).includes('<img'),
    )!;
    expect(root(el).querySelector('img')).to.equal(null);
    button.click();
    const dialog = await eventDialog(el);
    expect(dialog.querySelector('script, img')).to.equal(null);
    expect(text(dialog)).to.contain('<script>alert(1)</script>');
    const hrefs = [...dialog.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((href) => /^(javascript|data):/i.test(href))).to.be.false;
  });

  it('lists the month grouped by day, past events included, in list view', async () => {
    const el = await renderCalendar({ view: 'list' });
    const headings = [...root(el).querySelectorAll('.list-day [role="heading"]')].map(text);
    expect(headings[0]).to.equal('Dienstag, 5. Mai 2026');
    expect(headings).to.include('Samstag, 23. Mai 2026');
    expect(headings).to.not.include('Dienstag, 26. Mai 2026');
    await expect(el).to.be.accessible();
  });

  it('shows seven days in week view, in time order', async () => {
    const el = await renderCalendar({ view: 'week' });
    expect(text(root(el).querySelector('#range-title'))).to.equal('18.–24. Mai 2026');
    expect(root(el).querySelectorAll('.week-day')).to.have.length(7);
    await expect(el).to.be.accessible();
  });

  it('moves by month with previous and next, fires quartier-range-change and announces the title', async () => {
    const el = await renderCalendar({ view: 'month' });
    const changed = oneEvent(el, 'quartier-range-change');
    root(el).querySelector<HTMLButtonElement>('[aria-label="Nächster Monat"]')!.click();
    const { detail } = await changed;
    expect(detail).to.deep.equal({ start: '2026-06-01', end: '2026-07-01', view: 'month' });
    await el.updateComplete;
    const title = root(el).querySelector('#range-title')!;
    expect(text(title)).to.equal('Juni 2026');
    expect(title.getAttribute('aria-live')).to.equal('polite');
  });

  it('switches views with the view switcher', async () => {
    const el = await renderCalendar({ view: 'month' });
    const week = [...root(el).querySelectorAll<HTMLButtonElement>('.views button')].find(
      (b) => text(b) === 'Woche',
    )!;
    const changed = oneEvent(el, 'quartier-range-change');
    week.click();
    expect((await changed).detail.view).to.equal('week');
    await el.updateComplete;
    expect(week.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.week')).to.exist;
  });

  it('follows its group’s filter without refetching and offers to reset an empty result', async () => {
    const group = newGroup();
    const el = await renderCalendar({ view: 'list', group });
    getChannel(group).set({ topics: ['inklusion'] });
    await el.updateComplete;
    expect([...root(el).querySelectorAll('.event-title')].map(text)).to.deep.equal([
      'Aktionstag Inklusion',
      'Kiezspaziergang',
    ]);
    getChannel(group).set({ topics: ['inklusion'], languages: ['uk'] });
    await el.updateComplete;
    const empty = root(el).querySelector('.empty')!;
    expect(text(empty)).to.contain('Keine Veranstaltungen im Mai 2026.');
    await expect(el).to.be.accessible();
    empty.querySelector('button')!.click();
    expect(getChannel(group).get().topics).to.deep.equal([]);
  });

  it('keeps focus in the calendar when "Filter zurücksetzen" takes the empty state away', async () => {
    const group = newGroup();
    const el = await renderCalendar({ view: 'month', group });
    getChannel(group).set({ topics: ['inklusion'] });
    await el.updateComplete;
    const nextMonth = root(el).querySelector<HTMLButtonElement>('[aria-label="Nächster Monat"]')!;
    nextMonth.focus();
    for (let i = 0; i < 12 && !root(el).querySelector('.empty'); i++) {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    const empty = root(el).querySelector('.empty')!;
    expect(text(empty)).to.contain('Keine Veranstaltungen im Juni 2026.');
    const reset = [...empty.querySelectorAll('button')].find(
      (b) => text(b) === 'Filter zurücksetzen',
    )!;
    reset.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('.empty')).to.equal(null);
    expect(getChannel(group).get().topics).to.deep.equal([]);
    // Not the page: the heading of what is shown now, so the next Tab continues in the calendar.
    expect(document.activeElement).to.equal(el);
    expect(text(focused(el))).to.equal('Juni 2026');
  });

  it('keeps focus in the calendar after "Erneut versuchen" brings the data', async () => {
    const el = await renderCalendar({
      view: 'month',
      src: `/__responder/fail-first?key=calendar-retry-${Date.now()}`,
    });
    const retry = root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!;
    expect(text(retry)).to.equal('Erneut versuchen');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('table[role="grid"]'), 'no data after retrying');
    await loaded(el);
    await el.updateComplete;
    expect(document.activeElement).to.not.equal(document.body);
    expect(document.activeElement).to.equal(el);
    // Moved on from "loading" to the content: its heading or first control.
    await waitUntil(
      () => focused(el)?.matches('[role="heading"], button, td'),
      'focus stayed on the frame',
    );
  });

  it('shows a teaser of the next events with `limit` and `more-url`', async () => {
    const el = await renderCalendar({
      limit: '2',
      'more-url': 'https://example.org/termine',
      date: '2026-05-20',
    });
    expect(root(el).querySelector('.toolbar')).to.equal(null);
    const items = [...root(el).querySelectorAll('.event')].map(text);
    expect(items).to.have.length(2);
    expect(items[0]).to.contain('Mi., 20. Mai');
    expect(root(el).querySelector('a[part="more-link"]')!.getAttribute('href')).to.equal(
      'https://example.org/termine',
    );
    await expect(el).to.be.accessible();
  });

  it('scopes to `topics` for a partner site', async () => {
    const el = await renderCalendar({ view: 'list', topics: 'migration' });
    const titles = new Set([...root(el).querySelectorAll('.event-title')].map(text));
    expect([...titles]).to.deep.equal(['Sprachcafé']);
  });

  it('shows an instant in the calendar’s zone: 14:00 UTC is 16:00 in Berlin, 10:00 in New York', async () => {
    const timeOf = async (zone: string) => {
      const el = await renderCalendar({ view: 'list', 'time-zone': zone, date: '2026-06-20' });
      return text(
        [...root(el).querySelectorAll('.event')].find((b) => text(b).includes('Online-Treffen')),
      );
    };
    expect(await timeOf('Europe/Berlin')).to.contain('16:00–17:00 Uhr');
    expect(await timeOf('America/New_York')).to.contain('10:00–11:00 Uhr');
  });

  it('shows times in its time zone, whatever the browser’s', async () => {
    const el = await renderCalendar({ view: 'list', 'time-zone': 'America/New_York' });
    const first = [...root(el).querySelectorAll('.event')].find((b) =>
      text(b).includes('Sprachcafé'),
    )!;
    expect(text(first)).to.contain('16:00–18:00 Uhr');
  });

  it('ignores a mangled #quartier-event address instead of failing to render', async () => {
    history.replaceState(null, '', '#quartier-event=%E0%A4%A');
    const el = await renderCalendar({ view: 'month' });
    expect(root(el).querySelectorAll('td[role="gridcell"]').length).to.be.above(27);
    expect(root(el).querySelector('dialog')).to.equal(null);
  });

  it('reads a host language written as de_DE', async () => {
    const el = await renderCalendar({ view: 'month', lang: 'de_DE' });
    expect(nameOf(cell(el, '2026-05-19'))).to.equal('Dienstag, 19. Mai 2026, 4 Veranstaltungen');
  });

  it('lets the page change `view` again after a person used the switcher', async () => {
    const el = await renderCalendar({ view: 'month' });
    [...root(el).querySelectorAll<HTMLButtonElement>('.views button')]
      .find((b) => text(b) === 'Woche')!
      .click();
    await el.updateComplete;
    el.setAttribute('view', 'list');
    await el.updateComplete;
    expect(root(el).querySelector('.list')).to.exist;
  });

  it('drops and reports images from origins that are not allowed; image-origins allows them', async () => {
    const src = '/__responder/foreign-image?key=calendar-image';
    const el = document.createElement('quartier-event-calendar');
    el.setAttribute('src', src);
    el.setAttribute('view', 'list');
    el.setAttribute('date', '2026-05-19');
    el.setAttribute('group', newGroup());
    const warned = oneEvent(el, 'quartier-data-warning');
    document.body.append(el);
    try {
      const { detail } = await warned;
      expect(detail.warnings.map((w: { code: string }) => w.code)).to.deep.equal(['image-origin']);
      await loaded(el);
      root(el).querySelector<HTMLButtonElement>('.event')!.click();
      const dialog = await eventDialog(el);
      expect(dialog.querySelectorAll('img').length).to.equal(0);
    } finally {
      el.remove();
    }
    const allowed = await renderCalendar({
      src,
      view: 'list',
      'image-origins': 'https://bilder.example.net',
    });
    root(allowed).querySelector<HTMLButtonElement>('.event')!.click();
    const dialog = await eventDialog(allowed);
    expect(dialog.querySelector('img')?.getAttribute('alt')).to.equal('Tanzende Menschen');
  });

  it('speaks English with lang="en"', async () => {
    const el = await renderCalendar({ view: 'month', lang: 'en' });
    await waitUntil(() => text(root(el).querySelector('#range-title')) === 'May 2026');
    expect(nameOf(cell(el, '2026-05-19'))).to.equal('Tuesday, May 19, 2026, 4 events');
  });

  it('opens the event named in the address on load', async () => {
    history.replaceState(null, '', '#quartier-event=juni');
    const el = await renderCalendar({ view: 'month' });
    await waitUntil(
      () => root(el).querySelector('dialog.event-dialog[open]'),
      'event not opened from the address',
    );
    expect(text(root(el).querySelector('#event-dialog-title'))).to.equal('Sommerfest');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root(el).querySelector('dialog.event-dialog'));
    // Focus lands on the event's day, not somewhere at the top of the page.
    expect(focused(el)?.dataset.day).to.equal('2026-06-13');
  });

  it('opens an event whose link is followed later on the page', async () => {
    const el = await renderCalendar({ view: 'month' });
    await waitUntil(() => root(el).querySelector('td .chip'), 'no events drawn');
    expect(root(el).querySelector('dialog.event-dialog')).to.equal(null);
    location.hash = '#quartier-event=juni';
    await waitUntil(
      () => root(el).querySelector('dialog.event-dialog[open]'),
      'the link followed on the page did not open the event',
    );
    expect(text(root(el).querySelector('#event-dialog-title'))).to.equal('Sommerfest');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root(el).querySelector('dialog.event-dialog'));
  });

  it('shows a loading state, then an error with "Erneut versuchen" and the fallback', async () => {
    const el = await renderCalendar({ src: '/__responder/not-found?key=calendar' });
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    expect(root(el).querySelector('slot')!.assignedElements().length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('is busy, reserves its height and is accessible while loading', async () => {
    const el = await fixture<QuartierEventCalendar>(
      html`<quartier-event-calendar
        src=${'/__responder/slow?key=calendar-loading&ms=3000'}
        view="month"
        lang="de"
      ></quartier-event-calendar>`,
    );
    const base = root(el).querySelector<HTMLElement>('.base')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(base.getBoundingClientRect().height).to.be.at.least(150);
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Daten werden geladen …');
    await expect(el).to.be.accessible();
  });

  it('is accessible in forced-colors mode, dialogs included', async () => {
    await emulateForcedColors(true);
    try {
      const el = await renderCalendar({ view: 'month' });
      await expect(el).to.be.accessible();
      cell(el, '2026-05-19').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      await emulateForcedColors(false);
    }
  });

  it('is accessible at 320px and 1280px', async () => {
    for (const width of [320, 1280]) {
      await setViewport({ width, height: 800 });
      const el = await renderCalendar({ view: 'month' }, width);
      await expect(el).to.be.accessible();
    }
    await setViewport({ width: 800, height: 600 });
  });

  describe('the audit of issue 16', () => {
    /**
     * What a cell's rings look like from its edge inwards, one letter per pixel, colours named by
     * order of appearance (A, B, …) and the line style beside them: two rings that differ only in
     * colour give the same string.
     */
    function ringShape(node: HTMLElement): string {
      const style = getComputedStyle(node);
      const bands: string[] = Array.from({ length: 12 }, () => '.');
      const paint = (from: number, to: number, key: string) => {
        for (let px = Math.max(0, Math.round(from)); px < Math.min(12, Math.round(to)); px++)
          if (bands[px] === '.') bands[px] = key;
      };
      // The outline is painted above the box shadows; an offset of -n puts its outer edge n px inside.
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
        const inner = -parseFloat(style.outlineOffset);
        const width = parseFloat(style.outlineWidth);
        paint(inner - width, inner, `${style.outlineColor}|${style.outlineStyle}`);
      }
      // Inset shadows `inset 0 0 0 Npx colour`, the first on top.
      for (const [, color, spread] of style.boxShadow.matchAll(
        /(rgba?\([^)]*\)) 0px 0px 0px (\d+(?:\.\d+)?)px inset/g,
      ))
        paint(0, parseFloat(spread), `${color}|solid`);
      const names = new Map<string, string>();
      return bands
        .map((key) => {
          if (key === '.') return '.';
          const [color, line] = key.split('|');
          if (!names.has(color)) names.set(color, String.fromCharCode(65 + names.size));
          return `${names.get(color)}${line[0]}`;
        })
        .join(' ');
    }

    async function focusedToday(): Promise<{ el: QuartierEventCalendar; today: HTMLElement }> {
      const day = todayIn('Europe/Berlin');
      const el = await renderCalendar({ view: 'month', date: day });
      const today = cell(el, day);
      return { el, today };
    }

    /** Keyboard focus (so :focus-visible applies) from a neighbour onto `target`. */
    async function keyboardFocus(el: QuartierEventCalendar, target: HTMLElement): Promise<void> {
      const day = target.dataset.day!;
      const neighbour = root(el).querySelector<HTMLElement>(
        `td[data-day]:not([data-day="${day}"], .outside)`,
      )!;
      el.focusDay = neighbour.dataset.day!;
      await el.updateComplete;
      neighbour.focus();
      await sendKeys({ press: 'Shift' });
      focusOnDay(el, day);
      await el.updateComplete;
      expect(focused(el)?.dataset.day).to.equal(day);
      expect(focused(el)!.matches(':focus-visible')).to.be.true;
    }

    async function checkFocusOnToday(): Promise<void> {
      const { el, today } = await focusedToday();
      const other = root(el).querySelector<HTMLElement>('td[data-day]:not(.today, .outside)')!;
      const todayMark = ringShape(today);
      await keyboardFocus(el, other);
      const focusElsewhere = ringShape(other);
      await keyboardFocus(el, today);
      const focusOnToday = ringShape(today);
      expect(todayMark, 'today has a mark').to.not.equal(ringShape(other).replace(/./g, '.'));
      expect(focusElsewhere, 'focus elsewhere looks like a second today').to.not.equal(todayMark);
      expect(focusOnToday, 'focus on today is only a change of colour').to.not.equal(todayMark);
    }

    it('gives focus on today’s cell its own style, not only another colour (defect 2)', async () => {
      await checkFocusOnToday();
    });

    it('gives focus on today’s cell its own style in forced colours too (defect 2)', async () => {
      await emulateForcedColors(true);
      try {
        await checkFocusOnToday();
      } finally {
        await emulateForcedColors(false);
      }
    });

    it('shows the pressed view button’s text in forced colours (defect 3)', async () => {
      await emulateForcedColors(true);
      try {
        const el = await renderCalendar({ view: 'month' });
        const pressed = root(el).querySelector<HTMLElement>('.views [aria-pressed="true"]')!;
        const style = getComputedStyle(pressed);
        // Without forced-color-adjust: none, Chromium paints a Canvas backplate behind the text and
        // the text in CanvasText over the Highlight box: the box looks empty.
        expect(style.forcedColorAdjust).to.equal('none');
        expect(style.color).to.not.equal(style.backgroundColor);
        const plain = root(el).querySelector<HTMLElement>('.views [aria-pressed="false"]')!;
        expect(style.backgroundColor).to.not.equal(getComputedStyle(plain).backgroundColor);
        await expect(el).to.be.accessible();
      } finally {
        await emulateForcedColors(false);
      }
    });

    async function expectNoSidewaysScroll(dialog: HTMLDialogElement): Promise<void> {
      expect(dialog.scrollWidth, 'the dialog scrolls sideways').to.be.at.most(dialog.clientWidth);
      const close = dialog.querySelector<HTMLElement>('.close')!;
      close.focus();
      const ring =
        parseFloat(getComputedStyle(close).outlineWidth) +
        parseFloat(getComputedStyle(close).outlineOffset);
      const box = close.getBoundingClientRect();
      const frame = dialog.getBoundingClientRect();
      expect(box.left - ring, '"Schließen" with its ring, start').to.be.at.least(frame.left);
      expect(box.right + ring, '"Schließen" with its ring, end').to.be.at.most(frame.right);
      expect(frame.right).to.be.at.most(document.documentElement.clientWidth);
    }

    it('does not scroll the day and event dialogs sideways at 320px (defect 5)', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        // Long German compounds, as real titles and places have them.
        const el = await renderCalendar(
          { view: 'month', src: LONG_WORDS, date: '2026-05-20' },
          320,
        );
        cell(el, '2026-05-20').focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        const dialog = root(el).querySelector<HTMLDialogElement>('dialog.day-dialog[open]')!;
        expect(text(dialog.querySelector('[role="heading"]'))).to.equal('Mittwoch, 20. Mai 2026');
        await expectNoSidewaysScroll(dialog);
        await expect(el).to.be.accessible();
        // The longest title in the event dialog.
        const [longest] = [...dialog.querySelectorAll<HTMLElement>('.event')].sort(
          (a, b) =>
            text(b.querySelector('.event-title')).length -
            text(a.querySelector('.event-title')).length,
        );
        longest.click();
        await expectNoSidewaysScroll(await eventDialog(el));
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps each event inside its day in the week and the list, long words included', async () => {
      await setViewport({ width: 1280, height: 900 });
      try {
        for (const [view, width] of [
          ['week', 960],
          ['week', 320],
          ['list', 320],
        ] as const) {
          const el = await renderCalendar({ view, src: LONG_WORDS, date: '2026-05-20' }, width);
          const events = [...root(el).querySelectorAll<HTMLElement>('.event')];
          expect(events.length, `${view} at ${width}px`).to.be.above(0);
          for (const event of events) {
            const day = event.closest('.week-day, .list-day')!.getBoundingClientRect();
            const box = event.getBoundingClientRect();
            const title = event.querySelector('.event-title')!.getBoundingClientRect();
            const where = `${view} at ${width}px`;
            expect(box.right, where).to.be.at.most(day.right + 0.5);
            expect(box.left, where).to.be.at.least(day.left - 0.5);
            expect(title.right, `the title, ${where}`).to.be.at.most(box.right + 0.5);
          }
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('opens the day dialog with a pointer click at the centre of each day cell (defect 6)', async () => {
      await setViewport({ width: 1000, height: 1000 });
      try {
        const el = await renderCalendar({ view: 'month' });
        const days = [...root(el).querySelectorAll<HTMLElement>('td[data-day]')]
          .filter((td) => !td.classList.contains('outside'))
          .map((td) => td.dataset.day!);
        const wrong: string[] = [];
        for (const day of days) {
          const target = cell(el, day);
          target.scrollIntoView({ block: 'center' });
          const box = target.getBoundingClientRect();
          await sendMouse({
            type: 'click',
            position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
          });
          await el.updateComplete;
          const open = await waitUntil(() => root(el).querySelector('dialog[open]'), '', {
            timeout: 2000,
          }).then(
            () => root(el).querySelector<HTMLDialogElement>('dialog[open]'),
            () => null,
          );
          if (!open?.classList.contains('day-dialog')) {
            const hit = root(el).elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            wrong.push(`${day} (${hit?.tagName} ${hit?.className}, ${open?.className ?? 'none'})`);
          }
          if (open) {
            await sendKeys({ press: 'Escape' });
            // Closed for good (its close event handled), not only no longer [open].
            await waitUntil(() => !root(el).querySelector('dialog'));
            await el.updateComplete;
          }
        }
        expect(wrong, 'cells whose centre did not open the day dialog').to.deep.equal([]);
      } finally {
        await sendMouse({ type: 'move', position: [0, 0] });
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('marks data texts that are not in the UI language with their own language (defect 7)', async () => {
      const GERMAN_ONLY = new URL('../fixtures/german-only.json', import.meta.url).href;
      const el = await renderCalendar({ view: 'list', lang: 'en', src: GERMAN_ONLY });
      const titles = [...root(el).querySelectorAll<HTMLElement>('.event-title')];
      const title = (name: string) => titles.find((t) => text(t) === name)!;
      expect(title('Nachbarschaftsfest').getAttribute('lang')).to.equal('de');
      expect(title('Reading').getAttribute('lang') ?? 'en').to.equal('en');
      title('Nachbarschaftsfest').closest('button')!.click();
      const dialog = await eventDialog(el);
      expect(dialog.querySelector('[role="heading"]')!.getAttribute('lang')).to.equal('de');
      const description = [...dialog.querySelectorAll('p')].find((p) =>
        text(p).includes('Musik und Kuchen'),
      )!;
      expect(description.closest('[lang]')?.getAttribute('lang')).to.equal('de');
      const tag = [...dialog.querySelectorAll('.tag')].find((t) => text(t) === 'Begegnung')!;
      expect(tag.closest('[lang]')?.getAttribute('lang')).to.equal('de');
      await expect(el).to.be.accessible();

      const month = await renderCalendar({ view: 'month', lang: 'en', src: GERMAN_ONLY });
      const chip = [...root(month).querySelectorAll<HTMLElement>('.chip [lang]')];
      expect(chip.map((c) => [text(c), c.getAttribute('lang')])).to.deep.equal([
        ['Nachbarschaftsfest', 'de'],
      ]);
      // In German nothing is marked: the texts are in the UI language.
      const german = await renderCalendar({ view: 'list', lang: 'de', src: GERMAN_ONLY });
      expect(root(german).querySelectorAll('.base [lang]').length).to.equal(0);
    });

    it('marks plain strings of a source that declares its language with it (issue 15)', async () => {
      const ENGLISH = new URL('../fixtures/english-source.json', import.meta.url).href;
      const el = await renderCalendar({ view: 'list', lang: 'de', src: ENGLISH });
      const title = root(el).querySelector<HTMLElement>('.event-title')!;
      expect(text(title)).to.equal('Repair café');
      expect(title.closest('[lang]')?.getAttribute('lang')).to.equal('en');
      // In an English calendar the same text needs no mark.
      const english = await renderCalendar({ view: 'list', lang: 'en', src: ENGLISH });
      expect(
        root(english).querySelector('.event-title')!.closest('[lang]')?.getAttribute('lang'),
      ).to.equal('en');
      expect(root(english).querySelectorAll('.base [lang="en"]').length).to.equal(0);
    });

    it('offers a skip link past a long list, visible on focus, to the calendar’s end (defect 8)', async () => {
      const el = await renderCalendar({ view: 'list' }, 320);
      const skip = root(el).querySelector<HTMLAnchorElement>('a.skip')!;
      expect(text(skip)).to.equal('Kalender überspringen');
      expect(skip.getBoundingClientRect().width).to.be.at.most(1);
      // The first stop after the toolbar, before the events.
      const toolbarEnd = [...root(el).querySelectorAll('.toolbar button')].at(-1) as HTMLElement;
      toolbarEnd.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(skip);
      expect(skip.getBoundingClientRect().width).to.be.above(50);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const end = focused(el)!;
      expect(end.id).to.equal('calendar-end');
      expect(text(end)).to.equal('Ende des Kalenders');
      expect(end.getBoundingClientRect().width, 'the target shows where focus is').to.be.above(50);
      const buttons = [...root(el).querySelectorAll('button, a[href]')].filter(
        (b) => !b.closest('dialog'),
      );
      const after = buttons.filter(
        (b) => end.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      expect(after, 'nothing of the calendar after its end').to.deep.equal([]);
      await expect(el).to.be.accessible();
      // No skip link where there is nothing to skip: the month grid is one tab stop.
      const month = await renderCalendar({ view: 'month' });
      expect(root(month).querySelector('a.skip')).to.equal(null);
      const english = await renderCalendar({ view: 'list', lang: 'en' }, 320);
      expect(text(root(english).querySelector('a.skip'))).to.equal('Skip the calendar');
      expect(text(root(english).querySelector('#calendar-end'))).to.equal('End of the calendar');
    });
  });
});
