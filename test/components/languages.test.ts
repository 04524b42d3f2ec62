/**
 * Every element in every language (issue 15): rendered with the fixture data, its frame says the
 * language and direction, no German label is left on screen where the language has its own
 * word, and axe finds nothing.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import '../../src/components/idea-form/define.js';
import '../../src/components/project-map/define.js';
import '../../src/components/topic-filter/define.js';
import { LANGUAGES, type Language } from '../../src/i18n/languages.js';
import { de } from '../../src/i18n/messages/de.js';
import { deCalendar } from '../../src/i18n/messages/de-calendar.js';
import { deForm } from '../../src/i18n/messages/de-form.js';
import { deMap } from '../../src/i18n/messages/de-map.js';
import { registry } from '../../src/i18n/registry.js';
import { SRC as PROJECTS, TILES } from '../helpers/project-map.js';
import { calendarTemplate, filterTemplate, formTemplate } from '../helpers/elements.js';

const RTL = new Set<Language>(['ar', 'fa']);
let n = 0;
const group = () => `languages-test-${n++}`;

/** A German label and where the same text sits in a language's bundles. */
interface Label {
  german: string;
  in(lang: Language): Promise<string>;
}
const core = (lang: Language) => (lang === 'de' ? Promise.resolve(de) : registry.core[lang]!());
const calendarTexts = (lang: Language) =>
  lang === 'de' ? Promise.resolve(deCalendar) : registry.calendar[lang]!();
const formTexts = (lang: Language) =>
  lang === 'de' ? Promise.resolve(deForm) : registry.form[lang]!();
const mapTexts = (lang: Language) =>
  lang === 'de' ? Promise.resolve(deMap) : registry.map[lang]!();

const ELEMENTS: Record<string, { render(lang: Language): unknown; labels: Label[] }> = {
  'quartier-event-calendar': {
    render: (lang) => calendarTemplate({ lang, group: group() }),
    labels: [
      { german: deCalendar.today, in: async (l) => (await calendarTexts(l)).today },
      { german: deCalendar.view.month, in: async (l) => (await calendarTexts(l)).view.month },
      { german: deCalendar.view.week, in: async (l) => (await calendarTexts(l)).view.week },
    ],
  },
  'quartier-idea-form': {
    render: (lang) => formTemplate({ lang, store: 'languages' }),
    labels: [
      { german: deForm.submit, in: async (l) => (await formTexts(l)).submit },
      { german: deForm.label.title, in: async (l) => (await formTexts(l)).label.title },
    ],
  },
  'quartier-topic-filter': {
    render: (lang) => filterTemplate({ lang, group: group() }),
    labels: [
      { german: de.filter.facet.topics, in: async (l) => (await core(l)).filter.facet.topics },
      {
        german: de.filter.facet.accessibility,
        in: async (l) => (await core(l)).filter.facet.accessibility,
      },
      { german: de.feature.wheelchair, in: async (l) => (await core(l)).feature.wheelchair },
    ],
  },
  'quartier-project-map': {
    render: (lang) =>
      html`<quartier-project-map
        src=${PROJECTS}
        group=${group()}
        consent="ask"
        tile-url=${TILES}
        lang=${lang}
      ></quartier-project-map>`,
    labels: [
      { german: deMap.load, in: async (l) => (await mapTexts(l)).load },
      { german: deMap.listHeading, in: async (l) => (await mapTexts(l)).listHeading },
      { german: deMap.viewMap, in: async (l) => (await mapTexts(l)).viewMap },
    ],
  },
};

/** The element once its data is shown: the frame is no longer busy. */
async function shown(tag: string, lang: Language): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="inline-size: 1000px">${ELEMENTS[tag].render(lang)}</div>`,
  );
  const el = wrapper.querySelector<HTMLElement>(tag)!;
  await waitUntil(
    () => el.shadowRoot?.querySelector('.base[aria-busy="false"]'),
    `<${tag} lang="${lang}"> did not load`,
    { timeout: 10000 },
  );
  return el;
}

describe('every element in every language', () => {
  for (const lang of LANGUAGES) {
    for (const tag of Object.keys(ELEMENTS)) {
      it(`<${tag}> in ${lang}: its frame, no German left, accessible`, async () => {
        const el = await shown(tag, lang);
        const frame = el.shadowRoot!.querySelector<HTMLElement>('.base')!;
        expect(frame.getAttribute('lang'), 'lang of the frame').to.equal(lang);
        expect(frame.getAttribute('dir'), 'dir of the frame').to.equal(
          RTL.has(lang) ? 'rtl' : 'ltr',
        );
        const own = await Promise.all(ELEMENTS[tag].labels.map((label) => label.in(lang)));
        // Text as a person sees it (innerText), compared as text, never as DOM nodes.
        await waitUntil(
          () => own.every((text) => frame.innerText.includes(text)),
          `the ${lang} labels are not shown: ${own.join(' | ')}`,
          { timeout: 5000 },
        );
        const visible = frame.innerText;
        for (const label of ELEMENTS[tag].labels) {
          if (lang !== 'de' && (await label.in(lang)) !== label.german)
            expect(visible, `the German label "${label.german}"`).to.not.include(label.german);
        }
        await expect(el).to.be.accessible();
      });
    }
  }
});
