/**
 * Right to left (issue 15): with `lang="ar"` or `lang="fa"` every element lays out, moves and
 * isolates text as a right-to-left reader expects; data text and form inputs take their own
 * direction (`dir="auto"`), so a Latin title in an Arabic page (or the reverse) reads right.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/event-calendar/define.js';
import '../../src/components/idea-form/define.js';
import '../../src/components/project-map/define.js';
import '../../src/components/topic-filter/define.js';
import { grantedMap } from '../helpers/project-map.js';
import { CALENDAR, calendarTemplate, filterTemplate, formTemplate } from '../helpers/elements.js';

/** Two events on 19 May 2026, nothing else. */
const TWO = new URL('../fixtures/calendar-two.json', import.meta.url).href;
let n = 0;
const group = () => `rtl-test-${n++}`;
const root = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  root(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const loaded = (el: HTMLElement) =>
  waitUntil(() => root(el).querySelector('[aria-busy="false"]'), 'the element did not load', {
    timeout: 10000,
  });
/**
 * Whether the text of `node` takes its own direction: it, an ancestor or the element that wraps
 * all its text says `dir="auto"`.
 */
const ownDirection = (node: Element) =>
  node.closest('[dir="auto"]') !== null ||
  [...node.querySelectorAll('[dir="auto"]')].some(
    (inner) => inner.textContent === node.textContent.trim(),
  );

async function calendar(lang: string, view = 'month', src = CALENDAR) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="inline-size: 1000px">
      ${calendarTemplate({ lang, group: group(), src, view })}
    </div>`,
  );
  const el = wrapper.querySelector<HTMLElement>('quartier-event-calendar')!;
  await loaded(el);
  return el;
}

async function form(lang: string) {
  const el = await fixture<HTMLElement>(formTemplate({ lang, store: 'rtl' }));
  await loaded(el);
  return el;
}

async function filter(lang: string) {
  const el = await fixture<HTMLElement>(filterTemplate({ lang, group: group() }));
  await loaded(el);
  return el;
}

describe('right to left', () => {
  it('sets dir="rtl" on the frame for ar and fa, and ltr for de', async () => {
    for (const [lang, dir] of [
      ['ar', 'rtl'],
      ['fa', 'rtl'],
      ['de', 'ltr'],
    ]) {
      const el = await calendar(lang);
      expect($(el, '.base').getAttribute('dir'), lang).to.equal(dir);
      expect(getComputedStyle($(el, '.toolbar')).direction, lang).to.equal(dir);
    }
  });

  it('moves by day with the arrows as the week runs: ArrowLeft is the next day in ar', async () => {
    const el = await calendar('ar');
    const cell = (day: string) => $(el, `td[data-day="${day}"]`);
    const focused = () => (root(el).activeElement as HTMLElement).dataset.day;
    cell('2026-05-19').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focused() === '2026-05-20', `ArrowLeft went to ${focused()}`);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focused() === '2026-05-18', `ArrowRight went to ${focused()}`);
    // Up, Down, Home and End keep their meaning: week before and after, the week's ends in reading order.
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focused() === '2026-05-25', `ArrowDown went to ${focused()}`);
    await sendKeys({ press: 'End' });
    await waitUntil(() => focused() === '2026-05-31', `End went to ${focused()}`);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focused() === '2026-05-25', `Home went to ${focused()}`);
    // The week's first day is its rightmost cell.
    const first = cell('2026-05-25').getBoundingClientRect();
    const last = cell('2026-05-31').getBoundingClientRect();
    expect(first.left).to.be.greaterThan(last.left);
  });

  it('keeps ArrowRight as the next day in de', async () => {
    const el = await calendar('de');
    $(el, 'td[data-day="2026-05-19"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(
      () => (root(el).activeElement as HTMLElement).dataset.day === '2026-05-20',
      'ArrowRight did not go to the next day',
    );
  });

  it('mirrors the toolbar: "previous" on the right, its arrow pointing right', async () => {
    for (const [lang, rtl] of [
      ['ar', true],
      ['fa', true],
      ['de', false],
    ] as const) {
      const el = await calendar(lang);
      const [previous, , next] = $$<HTMLButtonElement>(el, '.toolbar .nav button');
      const p = previous.getBoundingClientRect();
      const q = next.getBoundingClientRect();
      expect(p.left > q.left, `${lang}: previous right of next`).to.equal(rtl);
      // The glyph is drawn as seen: "previous" points to the start of the reading direction.
      const glyph = previous.querySelector('[aria-hidden="true"]')!;
      expect(getComputedStyle(glyph).transform !== 'none', `${lang}: glyph mirrored`).to.equal(rtl);
    }
  });

  it('gives data text its own direction in the calendar and isolates times', async () => {
    const el = await calendar('ar', 'list');
    const titles = $$(el, '.event-title');
    expect(titles.length).to.be.greaterThan(0);
    for (const title of titles) expect(ownDirection(title), title.textContent!).to.equal(true);
    for (const when of $$(el, '.event-when')) {
      expect(getComputedStyle(when).unicodeBidi).to.equal('isolate');
    }
    const month = await calendar('ar');
    const chipTitles = $$(month, '.chip-title');
    expect(chipTitles.length).to.be.greaterThan(0);
    for (const title of chipTitles) expect(ownDirection(title)).to.equal(true);
  });

  it('gives the filter’s topic labels and the map’s project names their own direction', async () => {
    const topics = await filter('ar');
    const labels = $$(topics, 'input[name="topics"]').map((input) =>
      input.closest('label')!.querySelector('span:last-child')!,
    );
    expect(labels.length).to.be.greaterThan(0);
    for (const label of labels) expect(ownDirection(label), label.textContent!).to.equal(true);
    const map = await grantedMap({ lang: 'ar' });
    map.setAttribute('view', 'list');
    await waitUntil(() => $$(map, '.pm-item-button').length > 0, 'no list');
    for (const name of $$(map, '.pm-item-button')) expect(ownDirection(name)).to.equal(true);
  });

  it('gives every text input of the form dir="auto"', async () => {
    const el = await form('ar');
    const fields = $$<HTMLInputElement | HTMLTextAreaElement>(
      el,
      'input:not([type="checkbox"]), textarea',
    );
    expect(fields.length).to.be.greaterThan(4);
    for (const field of fields) expect(field.getAttribute('dir'), field.id).to.equal('auto');
  });

  it('mirrors the map’s controls: zoom at the top right, attribution at the bottom left', async () => {
    const el = await grantedMap({ lang: 'ar' });
    el.setAttribute('attribution', 'Kacheln: [Beispiel](https://example.org/kacheln)');
    await waitUntil(() => root(el).querySelector('.pm-attribution'), 'no attribution');
    const box = $(el, '.pm-map').getBoundingClientRect();
    const zoom = $(el, '.pm-zoom').getBoundingClientRect();
    const attribution = $(el, '.pm-attribution').getBoundingClientRect();
    expect(box.right - zoom.right).to.be.lessThan(zoom.left - box.left);
    expect(attribution.left - box.left).to.be.lessThan(box.right - attribution.right);
    // The map itself is not mirrored: Leaflet lays out its panes left to right.
    expect(getComputedStyle($(el, '.pm-leaflet')).direction).to.equal('ltr');
  });

  it('names two of a kind by the Arabic dual alone, never "2 مشروعان"', async () => {
    const map = await grantedMap({ lang: 'ar' });
    const [cluster] = $$(map, '[part="cluster"]');
    // The name as a screen reader reads it: the button's text without what is aria-hidden.
    const name = [...cluster.children]
      .filter((child) => child.getAttribute('aria-hidden') !== 'true')
      .map((child) => child.textContent)
      .join('')
      .trim();
    // The whole phrase; the shown number only after it, so speech input still finds it.
    expect(name).to.match(/^مشروعان/);
    expect(name).to.not.match(/[0-9٠-٩۰-۹]\s*مشروعان/);
    const month = await calendar('ar', 'month', TWO);
    const label = $(month, 'td[data-day="2026-05-19"] .visually-hidden').textContent!.trim();
    expect(label).to.match(/، فعاليتان$/);
    expect(label).to.not.match(/[0-9٠-٩۰-۹]\s*فعاليتان/);
  });

  it('gives the title of a project’s details its own direction', async () => {
    const map = await grantedMap({ lang: 'ar' });
    map.setAttribute('view', 'list');
    await waitUntil(() => $$(map, '.pm-item-button').length > 0, 'no list');
    $$(map, '.pm-item-button')[0].click();
    await waitUntil(() => root(map).querySelector('dialog[open] #pm-dialog-title'), 'no details');
    const heading = $(map, '#pm-dialog-title');
    expect(heading.textContent!.trim()).to.not.equal('');
    expect(ownDirection(heading), heading.textContent!).to.equal(true);
    expect(heading.querySelector('[dir="auto"]')).to.not.equal(null);
  });

  for (const lang of ['ar', 'fa']) {
    it(`is accessible in ${lang}: calendar, filter, form and map`, async () => {
      for (const view of ['month', 'list'])
        await expect(await calendar(lang, view)).to.be.accessible();
      await expect(await filter(lang)).to.be.accessible();
      await expect(await form(lang)).to.be.accessible();
      await expect(await grantedMap({ lang })).to.be.accessible();
    });
  }
});
