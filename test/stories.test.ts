/**
 * Every story, rendered as Storybook renders it (the story's `render`, else the meta's, with
 * `meta.args` merged under the story's args), waited on until its data has arrived, then
 * checked with axe. A new stories file must be added to `cases`. Each story also runs in Arabic
 * (right to left) and English, inside an element with that `lang` and `dir` as the Storybook
 * toolbar's decorator sets them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { isTemplateResult, TemplateResultType } from 'lit/directive-helpers.js';
import * as eventCalendar from '../stories/event-calendar.stories.js';
import * as topicFilter from '../stories/topic-filter.stories.js';

/** Stories that show the error state on purpose; all others must load their data. */
const FAILING = new Set(['topic-filter/LoadingError', 'event-calendar/LoadingError']);

interface StoryCase {
  id: string;
  args: Record<string, unknown>;
  /** The story rendered, with some args replaced (as the Storybook controls would). */
  template: (replaced?: Record<string, unknown>) => unknown;
}

type StoryExport<TArgs> = Pick<StoryObj<TArgs>, 'args' | 'render'>;

function casesOf<TArgs>(
  file: string,
  meta: Meta<TArgs>,
  stories: Record<string, StoryExport<TArgs>>,
): StoryCase[] {
  return Object.entries(stories).map(([name, story]) => {
    // As Storybook merges them; every story fills in the args it needs.
    const args = { ...meta.args, ...story.args } as TArgs;
    const render = story.render ?? meta.render;
    if (!render) throw new Error(`${file}/${name} has no render function`);
    return {
      id: `${file}/${name}`,
      args: { ...args } as Record<string, unknown>,
      template: (replaced = {}) => {
        const shown = { ...args, ...replaced } as TArgs;
        // The stories read only their args from the context.
        return render(shown, { args: shown } as StoryContext<TArgs>);
      },
    };
  });
}

const { default: topicFilterMeta, ...topicFilterStories } = topicFilter;
const { default: eventCalendarMeta, ...eventCalendarStories } = eventCalendar;
const cases = [
  ...casesOf('topic-filter', topicFilterMeta, topicFilterStories),
  ...casesOf('event-calendar', eventCalendarMeta, eventCalendarStories),
];

/** What each element must show once its data has arrived (counts, never DOM nodes, in assertions). */
const CONTENT: Record<string, (shadow: ShadowRoot, args: Record<string, unknown>) => void> = {
  'quartier-topic-filter': (shadow, args) => {
    const facets = String(args.facets ?? 'topics accessibility')
      .split(/[\s,]+/)
      .filter(Boolean);
    expect(shadow.querySelectorAll('fieldset').length, 'one fieldset per facet').to.equal(
      facets.length,
    );
    expect(shadow.querySelectorAll('input:enabled').length, 'choosable options').to.be.above(0);
  },
  'quartier-event-calendar': (shadow) => {
    const shown = shadow.querySelectorAll('td[role="gridcell"], .event, .empty').length;
    expect(shown, 'days, events or the empty message').to.be.above(0);
  },
};

/** The quartier elements of a story: the root itself and anything inside it. */
const widgetsIn = (root: Element): Element[] =>
  [root, ...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('quartier-'));

/** The frame has rendered and is no longer busy (bounded: a hanging source fails the test). */
async function loaded(el: Element): Promise<void> {
  await waitUntil(
    () => el.shadowRoot?.querySelector('[aria-busy]')?.getAttribute('aria-busy') === 'false',
    `<${el.localName}> did not finish loading`,
    { timeout: 5000 },
  );
}

describe('stories', () => {
  it('names only existing stories as failing', () => {
    const ids = cases.map((story) => story.id);
    for (const id of FAILING) expect(ids).to.include(id);
  });

  // German as the stories are written; Arabic and English as the toolbar's decorator wraps them.
  for (const story of cases)
    for (const lang of [undefined, 'ar', 'en']) {
      it(`${story.id}${lang ? ` in ${lang}` : ''} renders its data and is accessible`, async () => {
        // A story that names its language (for Storybook's own <html lang="en">) leaves it to the page here.
        const template = story.template(lang && 'lang' in story.args ? { lang: '' } : {});
        if (!isTemplateResult(template, TemplateResultType.HTML))
          throw new Error(`${story.id} does not render a lit template`);
        const root = await fixture<HTMLElement>(
          lang
            ? html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>${template}</div>`
            : template,
        );
        const widgets = widgetsIn(root);
        expect(widgets.length, 'quartier elements in the story').to.be.above(0);

        // Assertions compare text and numbers: a failing one must not carry DOM nodes to the reporter.
        for (const el of widgets) {
          await loaded(el);
          const shadow = el.shadowRoot!;
          const frame = shadow.querySelector('.base')!;
          expect(frame.getAttribute('lang'), 'language of the frame').to.equal(
            lang ?? (String(story.args.lang ?? '') || 'de'),
          );
          expect(frame.getAttribute('dir'), 'direction').to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          const alert = shadow.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
          if (FAILING.has(story.id)) {
            expect(alert, 'error message').to.not.equal('');
            const fallback = shadow.querySelector('slot')?.assignedElements() ?? [];
            expect(fallback.length, 'light-DOM fallback shown').to.be.above(0);
          } else {
            expect(alert, 'error message').to.equal('');
            CONTENT[el.localName](shadow, story.args);
          }
          if (story.args.debug) {
            await waitUntil(
              () => shadow.querySelectorAll('[part="debug"] li').length > 0,
              'debug view lists the skipped items',
              { timeout: 5000 },
            );
          }
        }

        await expect(root).to.be.accessible();
      });
    }
});
