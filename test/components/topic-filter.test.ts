import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/topic-filter/define.js';
import type { QuartierTopicFilter } from '../../src/components/topic-filter/topic-filter.js';
import type { DataWarning } from '../../src/model/types.js';
import { getChannel } from '../../src/state/channel.js';

const SRC = new URL('../fixtures/filter.json', import.meta.url).href;
let n = 0;
const newGroup = () => `filter-test-${n++}`;

const shadow = (el: HTMLElement) => el.shadowRoot!;
const loaded = (el: HTMLElement) =>
  waitUntil(
    () => shadow(el).querySelector('[aria-busy="false"]'),
    'the filter did not finish loading',
  );
const option = (el: HTMLElement, facet: string, id: string) =>
  shadow(el).querySelector<HTMLInputElement>(`input[name="${facet}"][value="${id}"]`)!;
const labelOf = (input: HTMLInputElement) =>
  input.closest('label')!.textContent!.replace(/\s+/g, ' ').trim();

async function renderFilter(attrs: Partial<Record<string, string | boolean>> = {}) {
  const group = (attrs.group as string) ?? newGroup();
  const el = await fixture<QuartierTopicFilter>(
    html`<quartier-topic-filter
      src=${(attrs.src as string) ?? SRC}
      group=${group}
      facets=${(attrs.facets as string) ?? 'topics accessibility languages'}
      lang=${(attrs.lang as string) ?? 'de'}
      ?single=${Boolean(attrs.single)}
      ?debug=${Boolean(attrs.debug)}
      ><a href="https://example.org/termine">Alle Termine</a></quartier-topic-filter
    >`,
  );
  return { el, group };
}

/** A chip's accessible name: its hidden text (what is drawn is hidden from screen readers). */
const chipName = (chip: Element) => chip.querySelector('.visually-hidden')!.textContent!;

describe('<quartier-topic-filter>', () => {
  it('shows a busy loading state first, then the facets; accessible in both', async () => {
    // Answered after 0.8 s: the busy state cannot be missed however fast the machine.
    const { el } = await renderFilter({
      src: `/__responder/slow-fixture?ms=800&file=filter.json&key=busy-${Math.random()}`,
    });
    const base = shadow(el).querySelector('.base')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain(
      'Daten werden geladen',
    );
    await expect(el).to.be.accessible();
    await waitUntil(() => shadow(el).querySelector('[aria-busy="false"]'), 'still busy', {
      timeout: 5000,
    });
    expect(shadow(el).querySelectorAll('fieldset')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('names each option by its label first, with what choosing it would show', async () => {
    const { el } = await renderFilter();
    await loaded(el);
    expect(labelOf(option(el, 'topics', 'begegnung'))).to.equal('Begegnung (3)');
    expect(labelOf(option(el, 'topics', 'bildung'))).to.equal('Bildung (2)');
    expect(labelOf(option(el, 'accessibility', 'wheelchair'))).to.equal('Rollstuhlgerecht (2)');
    expect(labelOf(option(el, 'languages', 'ar'))).to.equal('Arabisch (1)');
    const legends = [...shadow(el).querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Themen', 'Barrierefreiheit', 'Sprachen']);
  });

  it('shows options that would show nothing as disabled, not hidden', async () => {
    const { el } = await renderFilter();
    await loaded(el);
    const childcare = option(el, 'accessibility', 'childcare');
    expect(childcare.disabled).to.be.true;
    expect(labelOf(childcare)).to.equal('Kinderbetreuung (0)');
  });

  it('publishes a choice to its group, fires quartier-filter-change and announces the result', async () => {
    const { el, group } = await renderFilter();
    await loaded(el);
    const changed = oneEvent(el, 'quartier-filter-change');
    option(el, 'topics', 'bildung').click();
    const { detail } = await changed;
    expect(detail).to.deep.equal({ group, topics: ['bildung'], accessibility: [], languages: [] });
    expect(getChannel(group).get().topics).to.deep.equal(['bildung']);
    await el.updateComplete;
    const live = shadow(el).querySelector('[aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal('1 Veranstaltung und 1 Projekt');
    // Counts of the other facets follow the choice.
    expect(labelOf(option(el, 'accessibility', 'easy-language'))).to.equal('Leichte Sprache (1)');
    expect(labelOf(option(el, 'accessibility', 'childcare'))).to.equal('Kinderbetreuung (0)');
    await expect(el).to.be.accessible();
  });

  it('leaves another group untouched', async () => {
    const { el } = await renderFilter();
    const other = newGroup();
    await loaded(el);
    option(el, 'topics', 'inklusion').click();
    expect(getChannel(other).get().topics).to.deep.equal([]);
  });

  it('follows value set by the page, without firing an event', async () => {
    const { el, group } = await renderFilter();
    await loaded(el);
    let fired = 0;
    el.addEventListener('quartier-filter-change', () => fired++);
    el.value = { accessibility: ['wheelchair'] };
    await el.updateComplete;
    expect(el.value).to.deep.equal({ topics: [], accessibility: ['wheelchair'], languages: [] });
    expect(getChannel(group).get().accessibility).to.deep.equal(['wheelchair']);
    expect(option(el, 'accessibility', 'wheelchair').checked).to.be.true;
    expect(fired).to.equal(0);
  });

  it('follows changes another element makes to the group', async () => {
    const { el, group } = await renderFilter();
    await loaded(el);
    getChannel(group).set({ languages: ['uk'] });
    await el.updateComplete;
    expect(option(el, 'languages', 'uk').checked).to.be.true;
    expect(labelOf(option(el, 'topics', 'migration'))).to.equal('Migration und Integration (0)');
  });

  it('shows active choices as removable chips and resets with "Alle anzeigen"', async () => {
    const { el, group } = await renderFilter();
    await loaded(el);
    option(el, 'topics', 'inklusion').click();
    option(el, 'accessibility', 'wheelchair').click();
    await el.updateComplete;
    const chips = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="chip"]')];
    expect(chips.map(chipName)).to.deep.equal([
      'Filter „Inklusion“ entfernen',
      'Filter „Rollstuhlgerecht“ entfernen',
    ]);
    await expect(el).to.be.accessible();
    chips[0].click();
    await el.updateComplete;
    expect(getChannel(group).get().topics).to.deep.equal([]);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[part="reset"]'));
    shadow(el).querySelector<HTMLButtonElement>('[part="reset"]')!.click();
    expect(getChannel(group).get()).to.deep.equal({ topics: [], accessibility: [], languages: [] });
    await el.updateComplete;
    // Nothing left to reset: the button goes, and focus stays in the widget.
    expect(shadow(el).querySelector('[part="reset"]')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(option(el, 'topics', 'migration'));
  });

  it('works by keyboard alone: Tab to an option, Space to choose it', async () => {
    const { el, group } = await renderFilter({ facets: 'topics' });
    await loaded(el);
    el.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(option(el, 'topics', 'migration'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(getChannel(group).get().topics).to.deep.equal(['bildung']);
    expect(shadow(el).activeElement).to.equal(option(el, 'topics', 'bildung'));
  });

  it('offers one topic at a time with `single`, plus "Alle Themen"', async () => {
    const { el, group } = await renderFilter({ single: true, facets: 'topics' });
    await loaded(el);
    const radios = shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios).to.have.length(5);
    option(el, 'topics', 'bildung').click();
    option(el, 'topics', 'inklusion').click();
    expect(getChannel(group).get().topics).to.deep.equal(['inklusion']);
    radios[0].click();
    expect(getChannel(group).get().topics).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('marks topic labels without an English entry as German with lang="en" (issue 16, defect 7)', async () => {
    const { el } = await renderFilter({
      lang: 'en',
      facets: 'topics',
      src: new URL('../fixtures/german-only.json', import.meta.url).href,
    });
    await loaded(el);
    const label = (id: string) => option(el, 'topics', id).closest('label')!;
    expect(label('begegnung').querySelector('[lang="de"]')?.textContent).to.contain('Begegnung');
    expect(label('bildung').querySelector('[lang]:not([lang="en"])')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks a German-only label in a chip as German, the words around it in the UI language (WCAG 3.1.2)', async () => {
    const { el } = await renderFilter({
      lang: 'en',
      facets: 'topics',
      src: new URL('../fixtures/german-only.json', import.meta.url).href,
    });
    await loaded(el);
    option(el, 'topics', 'begegnung').click();
    await el.updateComplete;
    const chip = shadow(el).querySelector('[part="chip"]')!;
    expect(chip.hasAttribute('aria-label'), 'an aria-label cannot mark a part of it').to.equal(
      false,
    );
    expect(chip.querySelector('[lang="de"]')?.textContent).to.equal('Begegnung');
    expect(chipName(chip)).to.equal('Remove filter “Begegnung”');
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const { el } = await renderFilter({ lang: 'en' });
    await loaded(el);
    await waitUntil(() => shadow(el).querySelector('legend')?.textContent?.includes('Topics'));
    expect(labelOf(option(el, 'topics', 'inklusion'))).to.equal('Inclusion (1)');
    expect(labelOf(option(el, 'languages', 'ar'))).to.equal('Arabic (1)');
    option(el, 'topics', 'bildung').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="reset"]')!.textContent!.trim()).to.equal('Show all');
    expect(chipName(shadow(el).querySelector('[part="chip"]')!)).to.equal(
      'Remove filter “Education”',
    );
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent!.trim()).to.equal(
      '1 event and 1 project',
    );
  });

  it('takes the language of an ancestor', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <quartier-topic-filter
          src=${SRC}
          group=${newGroup()}
          facets="topics"
        ></quartier-topic-filter>
      </div>`,
    );
    const el = wrapper.querySelector('quartier-topic-filter')!;
    await loaded(el);
    await waitUntil(() => shadow(el).querySelector('legend')?.textContent?.includes('Topics'));
  });

  it('shows an error with "Erneut versuchen" and the fallback content when loading fails', async () => {
    const { el } = await renderFilter({ src: '/__responder/not-found?key=filter-error' });
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error shown');
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Die Daten konnten nicht geladen werden.');
    expect(alert.textContent).to.contain('Fehlercode 404');
    const slot = shadow(el).querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Alle Termine');
    expect(alert.querySelector('button')!.textContent!.trim()).to.equal('Erneut versuchen');
    await expect(el).to.be.accessible();
  });

  it('tries again on "Erneut versuchen" and then shows the data', async () => {
    const { el } = await renderFilter({
      src: `/__responder/fail-first?key=filter-retry-${Date.now()}`,
    });
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error shown');
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => shadow(el).querySelector('fieldset'), 'no data after retrying');
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(shadow(el).querySelector('slot')).to.equal(null);
  });

  it('reports bad items with quartier-data-warning and lists them with `debug`', async () => {
    const bad = `/__responder/bad-items?key=${Date.now()}`;
    const el = document.createElement('quartier-topic-filter');
    el.setAttribute('src', bad);
    el.setAttribute('debug', '');
    el.setAttribute('group', newGroup());
    const warned = oneEvent(el, 'quartier-data-warning');
    document.body.append(el);
    try {
      const { detail } = await warned;
      expect(detail.warnings.map((w: DataWarning) => w.code)).to.include.members([
        'invalid-date',
        'unsafe-url',
      ]);
      await waitUntil(() => shadow(el).querySelector('[part="debug"] li'), 'no debug list');
      const items = [...shadow(el).querySelectorAll('[part="debug"] li')].map(
        (li) => li.textContent,
      );
      expect(items.join('\n')).to.contain(
        'Veranstaltung „kaputt“ wurde übersprungen (Feld „start“)',
      );
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('folds into a "Filter (n)" disclosure on narrow widths', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 320px">
        <quartier-topic-filter src=${SRC} group=${newGroup()}></quartier-topic-filter>
      </div>`,
    );
    const el = wrapper.querySelector('quartier-topic-filter')!;
    await loaded(el);
    await waitUntil(() => shadow(el).querySelector('[part="toggle"]'), 'no toggle');
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).querySelector<HTMLElement>('#facets')!.hidden).to.be.true;
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).querySelector<HTMLElement>('#facets')!.hidden).to.be.false;
    option(el, 'topics', 'bildung').click();
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Filter (1)');
    await expect(el).to.be.accessible();
  });

  it('says so when there is nothing to filter', async () => {
    const el = await fixture<QuartierTopicFilter>(
      html`<quartier-topic-filter
        src=${'/__responder/empty?key=1'}
        group=${newGroup()}
        facets="topics languages"
      ></quartier-topic-filter>`,
    );
    await loaded(el);
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain(
      'nichts zu filtern',
    );
    await expect(el).to.be.accessible();
  });

  it('renders markup in topic labels as text', async () => {
    const el = await fixture<QuartierTopicFilter>(
      html`<quartier-topic-filter
        src="/__responder/markup?key=1"
        group=${newGroup()}
        facets="topics"
      ></quartier-topic-filter>`,
    );
    await loaded(el);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(labelOf(option(el, 'topics', 'x'))).to.contain('<img src=x onerror=alert(1)>');
  });
});
