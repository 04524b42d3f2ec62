/** The calendar's list on its first showing: drawn in parts, busy and its space kept until whole. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PART } from '../../src/controllers/partial-draw.js';
import { loaded, root, unique } from '../helpers/calendar.js';
import type { QuartierEventCalendar } from '../../src/components/event-calendar/event-calendar.js';

/** 40 events on 20 days of May 2026 and 80 on 20 days of June, as a source the loader fetches. */
function source(): string {
  const events = (['05', '06'] as const).flatMap((month) =>
    Array.from({ length: month === '05' ? 40 : 80 }, (_, i) => {
      const perDay = month === '05' ? 2 : 4;
      const day = String(1 + Math.floor(i / perDay)).padStart(2, '0');
      const hour = 10 + (i % perDay) * 2;
      return {
        id: `e${month}-${i}`,
        title: `Treffen ${i}`,
        start: `2026-${month}-${day}T${hour}:00`,
        end: `2026-${month}-${day}T${hour + 1}:00`,
      };
    }),
  );
  const body = JSON.stringify({ version: 1, events });
  return URL.createObjectURL(new Blob([body], { type: 'application/json' }));
}

/** A 400 px wide place on the page and a May list calendar for `src`, not yet put there. */
async function unconnected(src: string) {
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 400px"></div>`);
  const el = document.createElement('quartier-event-calendar') as QuartierEventCalendar;
  Object.assign(el, { src, date: '2026-05-01', view: 'list', group: unique('parts') });
  el.setAttribute('lang', 'de');
  return { wrapper, el };
}

describe('<quartier-event-calendar> list drawn in parts', () => {
  it('draws the first part, then the rest in later tasks; busy and its space kept meanwhile', async () => {
    const src = source();
    const { wrapper, el } = await unconnected(src);
    // Each drawing as the page sees it: events in the list, busy or not, space kept or not.
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const base = root(el).querySelector<HTMLElement>('.base');
      const events = root(el).querySelectorAll('.list li').length;
      if (events > 0 && base)
        seen.push(`${events} ${base.ariaBusy} ${base.dataset.reserve ? 'kept' : 'free'}`);
    });
    wrapper.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    await loaded(el);
    await el.updateComplete;
    observer.disconnect();
    URL.revokeObjectURL(src);
    expect(root(el).querySelectorAll('.list li')).to.have.length(40);
    // Days of two events each: the first part ends with the day that reaches PART events.
    expect(seen[0]).to.equal(`${PART} true kept`);
    expect(seen.at(-1)).to.equal('40 false free');
    const counts = seen.map((entry) => Number(entry.split(' ')[0]));
    expect(counts, 'never fewer than before').to.deep.equal([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size, 'in more than two steps').to.be.above(2);
  });

  it('draws the next month at once, once a list was drawn whole', async () => {
    const src = source();
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 400px">
        <quartier-event-calendar
          src=${src}
          date="2026-05-01"
          view="list"
          group=${unique('parts')}
          lang="de"
        ></quartier-event-calendar>
      </div>`,
    );
    const el = wrapper.querySelector<QuartierEventCalendar>('quartier-event-calendar')!;
    await loaded(el);
    await el.updateComplete;
    const drawn: number[] = [];
    const observer = new MutationObserver(() =>
      drawn.push(root(el).querySelectorAll('.list li').length),
    );
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    el.date = '2026-06-01';
    await el.updateComplete;
    // Records not yet delivered count too.
    if (observer.takeRecords().length > 0) drawn.push(root(el).querySelectorAll('.list li').length);
    observer.disconnect();
    URL.revokeObjectURL(src);
    expect(drawn, 'June in one drawing').to.deep.equal([80]);
    expect(root(el).querySelector('.list [role="heading"]')?.textContent).to.contain('Juni');
  });

  it('is busy no more, its space free, when another view replaces the list before its last part', async () => {
    const src = source();
    const { wrapper, el } = await unconnected(src);
    // The first part drawn: the view changes before the next one comes.
    const observer = new MutationObserver(() => {
      if (root(el).querySelectorAll('.list li').length > 0 && el.view === 'list') el.view = 'month';
    });
    wrapper.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true });
    await waitUntil(() => el.view === 'month', 'the list was never drawn');
    observer.disconnect();
    await el.updateComplete;
    URL.revokeObjectURL(src);
    const base = root(el).querySelector<HTMLElement>('.base')!;
    expect(root(el).querySelector('table'), 'the month grid').to.exist;
    expect(base.ariaBusy).to.equal('false');
    expect(base.style.minBlockSize).to.equal('');
  });
});
