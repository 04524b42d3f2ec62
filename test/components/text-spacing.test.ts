/**
 * Text spacing (WCAG 1.4.12, issue 16): the standard text-spacing CSS, applied to the document
 * only (a <style> in the page's head, never inside a shadow root), reaches the text of every
 * element, nothing that shows text is cut off, and axe stays clean.
 *
 * The document's `*` rule matches each host element, not what is inside its shadow root: the
 * text there gets the spacing by inheritance from the host, so letter and word spacing are
 * 0.12em and 0.16em of the host's font size (resolved on the host, as CSS inherits lengths),
 * line height 1.5 times each text's own size. `p { margin-bottom: 2em }` cannot cross the
 * shadow boundary; its part is `--quartier-paragraph-spacing: 2em` (docs/embedding.md).
 *
 * By design, the event labels in a month grid's day cells are one line each and may end in an
 * ellipsis (`text-overflow: ellipsis`): the cell's accessible name and the day dialog carry
 * the full titles. They are the only text that may be cut; every other text container with
 * `overflow: hidden` or `clip` must show all of its text.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import '../../src/components/idea-form/define.js';
import '../../src/components/topic-filter/define.js';
import { grantedMap, renderMap } from '../helpers/project-map.js';
import { CALENDAR, filterTemplate, formTemplate, TOPICS as FILTER } from '../helpers/elements.js';

const STANDARD = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-bottom: 2em !important;
  }
  :root {
    --quartier-paragraph-spacing: 2em;
  }
`;

let n = 0;
const newGroup = () => `text-spacing-${n++}`;
const busyDone = (el: HTMLElement, what: string) =>
  waitUntil(() => el.shadowRoot!.querySelector('[aria-busy="false"]'), `${what} did not load`, {
    timeout: 5000,
  });

/** Elements in the shadow root (and its open dialogs) with a visible text node of their own. */
function textElements(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter(
    (node) =>
      [...node.childNodes].some(
        (child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '',
      ) &&
      node.getClientRects().length > 0 &&
      !['STYLE', 'SCRIPT', 'svg', 'title'].includes(node.tagName),
  );
}

const px = (value: string) => parseFloat(value);
const describeNode = (node: Element) =>
  `<${node.tagName.toLowerCase()} class="${node.getAttribute('class') ?? ''}"> "${(
    node.textContent ?? ''
  )
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 40)}"`;

/** The spacing each text should have, as messages for the texts that lack it. */
function spacingFaults(host: HTMLElement): string[] {
  const hostSize = px(getComputedStyle(host).fontSize);
  const faults: string[] = [];
  for (const node of textElements(host.shadowRoot!)) {
    const style = getComputedStyle(node);
    const size = px(style.fontSize);
    const expected = {
      letterSpacing: 0.12 * hostSize,
      wordSpacing: 0.16 * hostSize,
      lineHeight: 1.5 * size,
    };
    for (const [property, value] of Object.entries(expected)) {
      const actual = style[property as keyof typeof expected];
      if (!(Math.abs(px(actual) - value) < 0.05)) {
        faults.push(`${describeNode(node)}: ${property} ${actual}, expected ${value}px`);
      }
    }
  }
  return faults;
}

/** Text containers that hide overflow and cut text off; ellipsis labels are allowed (see above). */
function clippingFaults(host: HTMLElement): string[] {
  const faults: string[] = [];
  for (const node of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(node);
    const hides = /hidden|clip/.test(`${style.overflowX} ${style.overflowY}`);
    if (!hides || node.getClientRects().length === 0) continue;
    if (!(node.textContent ?? '').trim()) continue;
    // Visually hidden text, an unfocused skip link and the form's honeypot (1×1 px, off-screen,
    // hidden from assistive technology) are clipped on purpose.
    if (style.clipPath.startsWith('inset(50%') || node.clientWidth <= 1) continue;
    // Leaflet's panes: the map's own viewport, not a text container.
    if (node.closest('.leaflet-container')) continue;
    const high = node.scrollHeight > node.clientHeight + 1;
    const wide = node.scrollWidth > node.clientWidth + 1;
    if (style.textOverflow === 'ellipsis' && !high) continue;
    if (high || wide) {
      faults.push(
        `${describeNode(node)}: scroll ${node.scrollWidth}×${node.scrollHeight}, ` +
          `client ${node.clientWidth}×${node.clientHeight}`,
      );
    }
  }
  return faults;
}

/** Visually hidden (an unfocused skip target, too): no space of its own to keep. */
const hidden = (node: Element) =>
  node.closest('.visually-hidden') !== null ||
  getComputedStyle(node).clipPath.startsWith('inset(50%');

/** Paragraphs end with the paragraph spacing, 2em of their own size. */
function paragraphFaults(host: HTMLElement): string[] {
  return [...host.shadowRoot!.querySelectorAll<HTMLElement>('p')]
    .filter((p) => p.getClientRects().length > 0 && !hidden(p))
    .filter((p) => {
      const style = getComputedStyle(p);
      return Math.abs(px(style.marginBlockEnd) - 2 * px(style.fontSize)) > 0.05;
    })
    .map((p) => `${describeNode(p)}: margin-block-end ${getComputedStyle(p).marginBlockEnd}`);
}

async function expectSpacedAndWhole(host: HTMLElement) {
  expect(textElements(host.shadowRoot!).length, 'some text to check').to.be.greaterThan(3);
  expect(spacingFaults(host), 'text without the spacing').to.deep.equal([]);
  expect(clippingFaults(host), 'text cut off').to.deep.equal([]);
  expect(paragraphFaults(host), 'paragraphs without the spacing').to.deep.equal([]);
  await expect(host).to.be.accessible();
}

describe('text spacing (WCAG 1.4.12) from a document stylesheet', () => {
  let sheet: HTMLStyleElement;
  before(() => {
    sheet = document.createElement('style');
    sheet.textContent = STANDARD;
    document.head.append(sheet);
  });
  after(() => sheet.remove());

  it('reaches the calendar: month grid, list and an event dialog', async () => {
    const wrap = await fixture(
      html`<div style="inline-size: 1000px">
        <quartier-event-calendar
          src=${CALENDAR}
          date="2026-05-19"
          group=${newGroup()}
          lang="de"
          time-zone="Europe/Berlin"
          ><a href="https://example.org/termine">Alle Termine</a></quartier-event-calendar
        >
      </div>`,
    );
    const el = wrap.querySelector<HTMLElement>('quartier-event-calendar')!;
    await busyDone(el, 'the calendar');
    await waitUntil(() => el.shadowRoot!.querySelector('table[role="grid"]'), 'no month grid');
    await expectSpacedAndWhole(el);

    el.setAttribute('view', 'list');
    await waitUntil(() => el.shadowRoot!.querySelector('.list'), 'no list');
    await expectSpacedAndWhole(el);

    el.shadowRoot!.querySelector<HTMLElement>('.list button, .list a[href]')!.click();
    await waitUntil(
      () => el.shadowRoot!.querySelector('dialog.event-dialog[open]'),
      'the event dialog did not open',
    );
    await expectSpacedAndWhole(el);
  });

  it('reaches the topic filter', async () => {
    const el = await fixture<HTMLElement>(
      filterTemplate({
        lang: 'de',
        group: newGroup(),
        fallback: html`<a href="https://example.org/termine">Alle Termine</a>`,
      }),
    );
    await busyDone(el, 'the filter');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="bildung"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.chip-x'), 'no chosen chip');
    await expectSpacedAndWhole(el);
  });

  it('reaches the idea form', async () => {
    const el = await fixture<HTMLElement>(
      formTemplate({
        lang: 'de',
        store: 'text-spacing',
        fallback: html`<a href="mailto:ideen@example.org">ideen@example.org</a>`,
      }),
    );
    await busyDone(el, 'the form');
    await expectSpacedAndWhole(el);
  });

  it('reaches the project map, before consent and with the map', async () => {
    const before = await renderMap();
    await expectSpacedAndWhole(before);
    const el = await grantedMap();
    await expectSpacedAndWhole(el);
  });
});

describe('text spacing set on an ancestor, without a rule for every element', () => {
  it('is inherited by every element', async () => {
    const wrap = await fixture(
      html`<div style="letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5">
        <quartier-topic-filter src=${FILTER} group=${newGroup()} facets="topics" lang="de"
          ><a href="https://example.org/termine">Alle Termine</a></quartier-topic-filter
        >
        <quartier-idea-form
          action="/api/ideas-test/ok/text-spacing"
          privacy-url="https://example.org/datenschutz"
          lang="de"
          no-draft
          ><a href="mailto:ideen@example.org">ideen@example.org</a></quartier-idea-form
        >
      </div>`,
    );
    for (const el of wrap.querySelectorAll<HTMLElement>(
      'quartier-topic-filter, quartier-idea-form',
    )) {
      await busyDone(el, el.localName);
      expect(spacingFaults(el), `${el.localName}: text without the spacing`).to.deep.equal([]);
    }
  });
});
