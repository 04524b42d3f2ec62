/** Week and list views: days as headed sections with their events as buttons, in time order. */
import { html, nothing, type TemplateResult } from 'lit';
import type { DayKey } from '../../calendar/days.js';
import type { Occurrence } from '../../calendar/occurrences.js';
import { fullDate } from '../../i18n/dates.js';
import { plural } from '../../i18n/plural.js';
import type { CalendarContext } from './context.js';
import { renderEventList } from './event-item.js';

function dayHeading(ctx: CalendarContext, day: DayKey): TemplateResult {
  const today = day === ctx.today;
  return html`<div
    class="day-title ${today ? 'today' : ''}"
    role="heading"
    aria-level=${Math.min(6, ctx.headingLevel + 1)}
  >
    ${fullDate(day, ctx.lang)}${
      today ? html` <span class="today-label">${ctx.t.today}</span>` : nothing
    }
  </div>`;
}

/** Seven days side by side (stacked when narrow); days without events say so. */
export function renderWeek(
  ctx: CalendarContext,
  days: DayKey[],
  byDay: Map<DayKey, Occurrence[]>,
): TemplateResult {
  return html`<div class="week">
    ${days.map((day) => {
      const list = byDay.get(day) ?? [];
      return html`<section
        class="week-day ${day < ctx.today ? 'past' : ''}"
        aria-current=${day === ctx.today ? 'date' : nothing}
      >
        ${dayHeading(ctx, day)}
        ${
          list.length > 0
            ? renderEventList(ctx, list)
            : html`<p class="none">${plural(ctx.lang, 0, ctx.messages.count.events)}</p>`
        }
      </section>`;
    })}
  </div>`;
}

/** Days that have events, each with its events; past days included. A long list comes in parts. */
export function renderList(
  ctx: CalendarContext,
  days: DayKey[],
  byDay: Map<DayKey, Occurrence[]>,
): TemplateResult {
  const withEvents = days.filter((day) => byDay.get(day)?.length);
  return html`<div class="list">
    ${ctx
      .part(withEvents, (day) => byDay.get(day)!.length)
      .map(
        (day) =>
          html`<section class="list-day ${day < ctx.today ? 'past' : ''}">
            ${dayHeading(ctx, day)} ${renderEventList(ctx, byDay.get(day)!)}
          </section>`,
      )}
  </div>`;
}

/** The teaser (`limit`): the next events with their dates, and a link to all of them. */
export function renderTeaser(
  ctx: CalendarContext,
  list: Occurrence[],
  moreUrl?: string,
): TemplateResult {
  return html`<div class="teaser">
    ${renderEventList(ctx, list, true)}
    ${
      moreUrl
        ? html`<p class="more-link">
            <a href=${moreUrl} part="more-link">${ctx.t.allEvents}</a>
          </p>`
        : nothing
    }
  </div>`;
}
