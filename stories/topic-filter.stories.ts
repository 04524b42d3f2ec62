import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/topic-filter/define.js';
import type { FilterChangeDetail } from '../src/components/topic-filter/topic-filter.js';

// Relative to this file, so the same URLs work in Storybook (dev and build) and in the test runner.
const SCHOENEFELD = new URL('./fixtures/schoenefeld.json', import.meta.url).href;
const WITH_ERRORS = new URL('./fixtures/mit-fehlern.json', import.meta.url).href;
// Built at run time so that Vite does not try to bundle a file that is meant to be missing.
const MISSING = new URL(['fixtures', 'gibt-es-nicht.json'].join('/'), import.meta.url).href;

/** The element's attributes, named as in a page's HTML. */
interface TopicFilterArgs {
  src: string;
  facets: string;
  single: boolean;
  'sync-url': boolean;
  'no-counts': boolean;
  /** Every story has its own group, so the filters on the docs page do not steer each other. */
  group: string;
  topics: string;
  lang: string;
  debug: boolean;
  /** Storybook fills this from the manifest's `@fires`; it logs to the Actions panel. */
  onQuartierFilterChange?: (detail: FilterChangeDetail) => void;
}

const filter = (args: TopicFilterArgs, fallback: TemplateResult | typeof nothing = nothing) =>
  html`<quartier-topic-filter
    src=${args.src}
    facets=${args.facets}
    group=${args.group}
    topics=${args.topics || nothing}
    lang=${args.lang || nothing}
    ?single=${args.single}
    ?sync-url=${args['sync-url']}
    ?no-counts=${args['no-counts']}
    ?debug=${args.debug}
    @quartier-filter-change=${(event: CustomEvent<FilterChangeDetail>) =>
      args.onQuartierFilterChange?.(event.detail)}
    >${fallback}</quartier-topic-filter
  >`;

const meta: Meta<TopicFilterArgs> = {
  title: 'Topic filter',
  component: 'quartier-topic-filter',
  args: {
    src: SCHOENEFELD,
    facets: 'topics accessibility',
    single: false,
    'sync-url': false,
    'no-counts': false,
    group: 'default',
    topics: '',
    // Explicit, because the element otherwise takes Storybook's `<html lang="en">`.
    lang: 'de',
    debug: false,
  },
  render: (args) => filter(args),
};

export default meta;

type Story = StoryObj<TopicFilterArgs>;

/** The default: topics and accessibility features, with counts. */
export const Default: Story = {
  args: { group: 'standard' },
};

export const TopicsOnly: Story = {
  args: { facets: 'topics', group: 'nur-themen' },
};

/** Languages are offered only as far as events name them. */
export const AllFacets: Story = {
  args: { facets: 'topics accessibility languages', group: 'alle-facetten' },
};

/** One topic at a time: radio buttons, with "Alle Themen" first. */
export const SingleChoice: Story = {
  args: { single: true, facets: 'topics', group: 'einzeln' },
};

/** Choices appear in the address (`?thema=…&barrierefrei=…`) and come back with back/forward. */
export const SyncedWithUrl: Story = {
  name: 'Synced with URL',
  args: { 'sync-url': true, group: 'adresse' },
};

export const WithoutCounts: Story = {
  args: { 'no-counts': true, group: 'ohne-zahlen' },
};

export const English: Story = {
  args: { lang: 'en', facets: 'topics accessibility languages', group: 'english' },
};

/** Below 480px the facets fold into a "Filter" button. */
export const Narrow: Story = {
  args: { group: 'schmal' },
  render: (args) => html`<div style="max-inline-size: 320px">${filter(args)}</div>`,
};

/** The source answers 404: an error with "Erneut versuchen", and the page's own link again. */
export const LoadingError: Story = {
  args: { src: MISSING, group: 'fehler' },
  render: (args) =>
    filter(args, html`<a href="https://example.org/termine">Alle Termine im Stadtteil</a>`),
};

/** For data editors: skipped and corrected items, and why, in plain German. */
export const DebugWithBadData: Story = {
  args: {
    src: WITH_ERRORS,
    debug: true,
    facets: 'topics accessibility languages',
    group: 'pruefen',
  },
};

/** What a calendar or map of the same group receives: the `quartier-filter-change` event. */
export const Linked: Story = {
  args: { group: 'schoenefeld' },
  render: (args) => {
    const show = (event: CustomEvent<FilterChangeDetail>) => {
      const output = (event.currentTarget as HTMLElement).querySelector('pre');
      if (output) output.textContent = JSON.stringify(event.detail, null, 2);
    };
    return html`<div @quartier-filter-change=${show}>
      ${filter(args)}
      <figure>
        <figcaption>Zuletzt empfangen (<code>quartier-filter-change</code>):</figcaption>
        <pre>Noch nichts – wählen Sie oben ein Thema.</pre>
      </figure>
    </div>`;
  },
};
