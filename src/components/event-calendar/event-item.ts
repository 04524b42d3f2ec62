/** One event as people see it in lists and dialogs: time, title, status; a button that opens it. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Occurrence } from '../../calendar/occurrences.js';
import { shortDate, time, timeRange } from '../../i18n/dates.js';
import type { CalendarContext } from './context.js';

/** "16:00–18:00 Uhr", "ganztägig", "ganztägig, bis Do., 21. Mai" or "18:00 Uhr, bis Sa., 23. Mai". */
export function whenText(ctx: CalendarContext, o: Occurrence): string {
  const m = ctx.t;
  const until =
    o.lastDay !== o.day
      ? `${ctx.messages.separator}${m.until(shortDate(o.lastDay, ctx.lang))}`
      : '';
  if (o.allDay) return `${m.allDay}${until}`;
  if (o.end > o.start && !until) return timeRange(o.start, o.end, ctx.lang, ctx.zone);
  return `${m.at(time(o.start, ctx.lang, ctx.zone))}${until}`;
}

/** "abgesagt" for a cancelled event or a cancelled date of a series (`recurrence.cancelled`). */
export const statusWord = (ctx: CalendarContext, o: Occurrence): string =>
  ctx.t.status[o.cancelled ? 'cancelled' : (o.event.status ?? 'scheduled')];

/** The colour of the event's first topic, if the data gives one (decoration only, never text). */
export const topicColor = (ctx: CalendarContext, o: Occurrence): string | undefined =>
  o.event.topics?.map((id) => ctx.topics.get(id)?.color).find(Boolean);

export function renderEventButton(
  ctx: CalendarContext,
  o: Occurrence,
  showDate = false,
): TemplateResult {
  const status = statusWord(ctx, o);
  const color = topicColor(ctx, o);
  return html`<button
    class="event ${o.cancelled ? 'cancelled' : (o.event.status ?? '')}"
    part="event"
    data-color=${color ?? nothing}
    @click=${(e: Event) => ctx.openEvent(o, e.currentTarget as HTMLElement)}
  >
    <span class="event-when"
      >${showDate ? `${shortDate(o.day, ctx.lang)}${ctx.messages.separator}` : ''}${whenText(ctx, o)}</span
    >
    <span class="event-title" lang=${ctx.titleLang(o)}
      ><span dir="auto">${ctx.title(o)}</span></span
    >
    ${status ? html`<span class="badge">${status}</span>` : nothing}
  </button>`;
}

/** A list of event buttons. */
export const renderEventList = (ctx: CalendarContext, list: Occurrence[], showDate = false) =>
  html`<ul class="events" role="list">
    ${list.map((o) => html`<li>${renderEventButton(ctx, o, showDate)}</li>`)}
  </ul>`;
