/**
 * The calendar, filter and form as the cross-cutting tests (languages, right to left, WCAG
 * checks, text spacing) render them: the same fixture data, a group of their own, one language.
 */
import { html, nothing, type TemplateResult } from 'lit';

export const CALENDAR = new URL('../fixtures/calendar.json', import.meta.url).href;
export const TOPICS = new URL('../fixtures/filter.json', import.meta.url).href;

interface Rendered {
  lang: string;
  /** The filter channel; the form has none. */
  group?: string;
  /** Light-DOM fallback children. */
  fallback?: TemplateResult;
}

/** The calendar on 19 May 2026 in Berlin time. */
export const calendarTemplate = ({
  lang,
  group,
  fallback,
  src = CALENDAR,
  view,
}: Rendered & { src?: string; view?: string }) =>
  html`<quartier-event-calendar
    src=${src}
    date="2026-05-19"
    view=${view ?? nothing}
    group=${group ?? nothing}
    lang=${lang}
    time-zone="Europe/Berlin"
    >${fallback ?? nothing}</quartier-event-calendar
  >`;

/** The filter with all three facets. */
export const filterTemplate = ({ lang, group, fallback }: Rendered) =>
  html`<quartier-topic-filter
    src=${TOPICS}
    group=${group ?? nothing}
    facets="topics accessibility languages"
    lang=${lang}
    >${fallback ?? nothing}</quartier-topic-filter
  >`;

/** The form sending to the test receiver's store `store`, with a place field and no draft. */
export const formTemplate = ({ lang, fallback, store }: Rendered & { store: string }) =>
  html`<quartier-idea-form
    action=${`/api/ideas-test/ok/${store}`}
    privacy-url="https://example.org/datenschutz"
    src=${TOPICS}
    location="address"
    lang=${lang}
    no-draft
    >${fallback ?? nothing}</quartier-idea-form
  >`;
