import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/event-calendar/define.js';
import '../src/components/topic-filter/define.js';

// Relative to this file, so the same URLs work in Storybook (dev and build) and in the test runner.
const SCHOENEFELD = new URL('./fixtures/schoenefeld.json', import.meta.url).href;
const WITH_ERRORS = new URL('./fixtures/mit-fehlern.json', import.meta.url).href;
const PARTNER_ICS = new URL('./fixtures/partner.ics', import.meta.url).href;
// Built at run time so that Vite does not try to bundle a file that is meant to be missing.
const MISSING = new URL(['fixtures', 'gibt-es-nicht.json'].join('/'), import.meta.url).href;

/** The element's attributes, named as in a page's HTML. */
interface EventCalendarArgs {
  src: string;
  view: string;
  date: string;
  'time-zone': string;
  limit: number;
  'more-url': string;
  /** Every story has its own group, so calendars on the docs page do not steer each other. */
  group: string;
  topics: string;
  lang: string;
  'heading-level': number;
  debug: boolean;
}

const calendar = (args: EventCalendarArgs, fallback: TemplateResult | typeof nothing = nothing) =>
  html`<quartier-event-calendar
    src=${args.src}
    view=${args.view || nothing}
    date=${args.date || nothing}
    time-zone=${args['time-zone']}
    limit=${args.limit || nothing}
    more-url=${args['more-url'] || nothing}
    group=${args.group}
    topics=${args.topics || nothing}
    lang=${args.lang || nothing}
    heading-level=${args['heading-level']}
    ?debug=${args.debug}
    >${fallback}</quartier-event-calendar
  >`;

const meta: Meta<EventCalendarArgs> = {
  title: 'Event calendar',
  component: 'quartier-event-calendar',
  args: {
    src: SCHOENEFELD,
    view: 'month',
    // The fixtures are in May and June 2026; a fixed date keeps the stories stable.
    date: '2026-05-19',
    'time-zone': 'Europe/Berlin',
    limit: 0,
    'more-url': '',
    group: 'kalender',
    topics: '',
    // Explicit, because the element otherwise takes Storybook's `<html lang="en">`.
    lang: 'de',
    'heading-level': 2,
    debug: false,
  },
  argTypes: { view: { control: 'select', options: ['', 'month', 'week', 'list'] } },
  render: (args) => calendar(args),
};

export default meta;

type Story = StoryObj<EventCalendarArgs>;

/** Month grid: Tab reaches one day, arrows move, Enter opens the day. */
export const Month: Story = { args: { group: 'monat' } };

export const Week: Story = { args: { view: 'week', group: 'woche' } };

/** The month as a list, grouped by day, past events included. */
export const List: Story = { args: { view: 'list', group: 'liste' } };

/** Without `view`, the element's own width decides: here 320px, so the list. */
export const Narrow: Story = {
  args: { view: '', group: 'schmal' },
  render: (args) => html`<div style="max-inline-size: 320px">${calendar(args)}</div>`,
};

/** A partner site's box: the next three events of one topic and a link to all. */
export const Teaser: Story = {
  args: {
    view: '',
    limit: 3,
    topics: 'inklusion',
    'more-url': 'https://example.org/termine',
    group: 'teaser',
  },
  render: (args) => html`<div style="max-inline-size: 24rem">${calendar(args)}</div>`,
};

export const English: Story = { args: { lang: 'en', group: 'english' } };

/** A month without events says so. */
export const Empty: Story = { args: { date: '2027-01-15', view: 'list', group: 'leer' } };

/** The source answers 404: an error with "Erneut versuchen", and the page's own link again. */
export const LoadingError: Story = {
  args: { src: MISSING, group: 'fehler' },
  render: (args) =>
    calendar(args, html`<a href="https://example.org/termine">Alle Termine im Stadtteil</a>`),
};

/** For data editors: skipped and corrected items, and why, in plain German. */
export const DebugWithBadData: Story = {
  args: { src: WITH_ERRORS, debug: true, view: 'list', group: 'pruefen' },
};

/** A topic filter and a calendar in one group: choosing a topic narrows the calendar at once. */
export const WithFilter: Story = {
  args: { view: 'list', group: 'gemeinsam' },
  render: (args) => html`
    <quartier-topic-filter
      src=${args.src}
      group=${args.group}
      lang=${args.lang}
    ></quartier-topic-filter>
    ${calendar(args)}
  `,
};

/**
 * A partner's iCalendar feed, as its Nextcloud publishes it: a weekly series in Europe/Berlin with
 * one date moved and one cancelled (RECURRENCE-ID), a monthly series on the third Saturday, an
 * all-day week (DTEND exclusive) and an event with DURATION. CATEGORIES become the topics.
 */
export const ICalendarSource: Story = {
  name: 'iCalendar-Quelle',
  args: { src: PARTNER_ICS, group: 'icalendar' },
};

/**
 * JSON and iCalendar in one calendar: a category named like a JSON topic id ("Inklusion" →
 * `inklusion`) takes that topic's label and colour.
 */
export const ICalendarAndJson: Story = {
  name: 'iCalendar und JSON zusammen',
  args: { src: `${SCHOENEFELD} ${PARTNER_ICS}`, group: 'icalendar-json' },
};
