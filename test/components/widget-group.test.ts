/**
 * Filter, calendar and map in one group on one page: a filter change is announced once, by the
 * filter (issue 16, defect 8). An announcement is counted as a live region (aria-live, role status,
 * alert or log) that gets new, non-empty text, or is inserted with text.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/topic-filter/define.js';
import '../../src/components/event-calendar/define.js';
import '../../src/components/project-map/define.js';

const CALENDAR = new URL('../fixtures/calendar.json', import.meta.url).href;
const PROJECTS = new URL('../fixtures/map-projects.json', import.meta.url).href;
const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';

const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The live region a node is in (within its shadow root), if any. */
function liveRegionOf(node: Node): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(LIVE) ?? null;
}

/** Records which live regions of the widgets say something new. */
function listen(widgets: HTMLElement[]) {
  const said = new Map<Element, string>();
  const note = (region: Element | null) => {
    if (region && text(region)) said.set(region, text(region));
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      note(liveRegionOf(record.target));
      for (const added of record.addedNodes) {
        if (!(added instanceof Element)) continue;
        note(added.matches(LIVE) ? added : null);
        added.querySelectorAll(LIVE).forEach(note);
      }
    }
  });
  for (const widget of widgets)
    observer.observe(widget.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return {
    said,
    stop: () => observer.disconnect(),
    /** Where each announcement came from: the widget's tag name. */
    from: () =>
      [...said.keys()].map(
        (region) => ((region.getRootNode() as ShadowRoot).host as HTMLElement).localName,
      ),
  };
}

describe('filter, calendar and map in one group', () => {
  it('one filter change gives exactly one announcement, the filter’s, also when the calendar turns empty', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <quartier-topic-filter
          src=${CALENDAR}
          group="one-page"
          facets="topics"
        ></quartier-topic-filter>
        <quartier-event-calendar
          src=${CALENDAR}
          group="one-page"
          view="list"
          date="2026-06-15"
        ></quartier-event-calendar>
        <quartier-project-map src=${PROJECTS} group="one-page"></quartier-project-map>
      </div>`,
    );
    const widgets = [...page.children] as HTMLElement[];
    for (const widget of widgets)
      await waitUntil(() => widget.shadowRoot?.querySelector('[aria-busy="false"]'), 'not loaded');
    const [filter, calendar] = widgets;
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        await Promise.all(
          widgets.map((w) => (w as unknown as { updateComplete: Promise<unknown> }).updateComplete),
        );
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    };
    const option = (id: string) =>
      filter.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;

    // June has no "Inklusion" events: the calendar shows its empty state.
    let heard = listen(widgets);
    option('inklusion').click();
    await settle();
    heard.stop();
    expect(calendar.shadowRoot!.querySelector('.empty')).to.not.equal(null);
    expect(heard.from()).to.deep.equal(['quartier-topic-filter']);

    // And back: the empty state goes, events come.
    heard = listen(widgets);
    option('inklusion').click();
    await settle();
    heard.stop();
    expect(calendar.shadowRoot!.querySelector('.empty')).to.equal(null);
    expect(heard.from()).to.deep.equal(['quartier-topic-filter']);
  });
});
