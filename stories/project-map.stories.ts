import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/project-map/define.js';
import '../src/components/topic-filter/define.js';
import type {
  ConsentChangeDetail,
  ProjectSelectDetail,
  QuartierProjectMap,
} from '../src/components/project-map/project-map.js';

// Relative to this file, so the same URLs work in Storybook (dev and build) and in the test runner.
// Real places in Schönefeld with invented projects (see test/fixtures/).
const PROJECTS = new URL('../test/fixtures/map-projects.json', import.meta.url).href;
const MANY = new URL('../test/fixtures/map-many.json', import.meta.url).href;
// Built at run time so that Vite does not try to bundle a file that is meant to be missing.
const MISSING = new URL(['fixtures', 'gibt-es-nicht.json'].join('/'), import.meta.url).href;

/** The element's attributes, named as in a page's HTML. */
export interface ProjectMapArgs {
  src: string;
  consent: string;
  'tile-url': string;
  attribution: string;
  center: string;
  zoom: number;
  view: string;
  'no-cluster': boolean;
  /** Every story has its own group, so maps on the docs page do not steer each other. */
  group: string;
  topics: string;
  organizer: string;
  lang: string;
  'heading-level': number;
  debug: boolean;
  /** Storybook fills these from the manifest's `@fires`; they log to the Actions panel. */
  onQuartierProjectSelect?: (detail: ProjectSelectDetail) => void;
  onQuartierConsentChange?: (detail: ConsentChangeDetail) => void;
}

const map = (
  args: ProjectMapArgs,
  fallback: TemplateResult | typeof nothing = nothing,
  onElement?: (el: QuartierProjectMap) => void,
) =>
  html`<quartier-project-map
    src=${args.src}
    consent=${args.consent}
    tile-url=${args['tile-url']}
    attribution=${args.attribution || nothing}
    center=${args.center || nothing}
    zoom=${args.zoom || nothing}
    view=${args.view}
    group=${args.group}
    topics=${args.topics || nothing}
    organizer=${args.organizer || nothing}
    lang=${args.lang || nothing}
    heading-level=${args['heading-level']}
    ?no-cluster=${args['no-cluster']}
    ?debug=${args.debug}
    @quartier-project-select=${(event: CustomEvent<ProjectSelectDetail>) =>
      args.onQuartierProjectSelect?.(event.detail)}
    @quartier-consent-change=${(event: CustomEvent<ConsentChangeDetail>) =>
      args.onQuartierConsentChange?.(event.detail)}
    ${ref((el) => el && onElement?.(el as QuartierProjectMap))}
    >${fallback}</quartier-project-map
  >`;

const meta: Meta<ProjectMapArgs> = {
  title: 'Project map',
  component: 'quartier-project-map',
  args: {
    src: PROJECTS,
    consent: 'ask',
    'tile-url': 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '',
    center: '',
    zoom: 0,
    view: 'map',
    'no-cluster': false,
    group: 'karte',
    topics: '',
    organizer: '',
    // Explicit, because the element otherwise takes Storybook's `<html lang="en">`.
    lang: 'de',
    'heading-level': 2,
    debug: false,
  },
  argTypes: {
    consent: { control: 'inline-radio', options: ['ask', 'granted'] },
    view: { control: 'inline-radio', options: ['map', 'list'] },
  },
  render: (args) => map(args),
};

export default meta;

type Story = StoryObj<ProjectMapArgs>;

/** Before consent: which host the map would contact, "Karte laden", and the list already there. */
export const Placeholder: Story = { args: { group: 'platzhalter' } };

/** Consent given by the site (`consent="granted"`): markers with topic colour and shape. */
export const Granted: Story = { args: { consent: 'granted', group: 'erlaubt' } };

/** 150 projects: nearby ones grouped; Enter on a cluster zooms in. */
export const Clustered: Story = { args: { consent: 'granted', src: MANY, group: 'gruppiert' } };

/** The list twin on its own (`view="list"`): the same projects, those without a place marked. */
export const List: Story = { args: { view: 'list', group: 'liste' } };

/** The details panel of a project, opened by the page with `showProject()`. */
export const DetailsOpen: Story = {
  // A modal dialog would cover the whole docs page.
  tags: ['!autodocs'],
  args: { consent: 'granted', group: 'details' },
  render: (args) => map(args, nothing, (el) => el.showProject('garten')),
};

/** The source answers 404: an error with "Erneut versuchen", and the page's own link again. */
export const LoadingError: Story = {
  args: { src: MISSING, group: 'fehler' },
  render: (args) =>
    map(args, html`<a href="https://example.org/projekte">Alle Projekte im Stadtteil</a>`),
};

/** A partner's map: only its topic (`topics="inklusion"`), with the filter of its group. */
export const PartnerTopics: Story = {
  args: { consent: 'granted', topics: 'inklusion', group: 'partner' },
  render: (args) =>
    html`<quartier-topic-filter
        src=${args.src}
        group=${args.group}
        topics=${args.topics}
        facets="topics"
        lang=${args.lang}
      ></quartier-topic-filter>
      ${map(args)}`,
};

export const English: Story = { args: { lang: 'en', group: 'english' } };
