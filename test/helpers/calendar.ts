/** The calendar on a test page, as the calendar tests (and test/realdata/) render it. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import type { QuartierEventCalendar } from '../../src/components/event-calendar/event-calendar.js';

let n = 0;
export const unique = (name: string) => `${name}-${Date.now()}-${n++}`;
export const root = (el: HTMLElement) => el.shadowRoot!;
export const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** A failing month is retried twice (with back-off) before it counts as failed, hence the time. */
export const loaded = (el: HTMLElement) =>
  waitUntil(() => root(el).querySelector('[aria-busy="false"]'), 'the calendar did not load', {
    timeout: 10000,
  });

/** A calendar 1000px wide, in German, once it has loaded. */
export async function calendar(attrs: Record<string, string>) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="inline-size: 1000px">
      <quartier-event-calendar
        src=${attrs.src}
        date=${attrs.date ?? '2026-05-19'}
        view=${attrs.view ?? 'month'}
        limit=${attrs.limit ?? '0'}
        group=${attrs.group ?? unique('feeds')}
        lang="de"
      ></quartier-event-calendar>
    </div>`,
  );
  const el = wrapper.querySelector<QuartierEventCalendar>('quartier-event-calendar')!;
  await loaded(el);
  return el;
}
