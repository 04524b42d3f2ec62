/**
 * How a recurring event repeats, for the event dialog: the rule in plain words
 * in the UI language ("jeden Dienstag") and the next three dates from today
 * (from the date shown, when that lies in the past), "abgesagt" where a date
 * is cancelled. Part of the event dialog's chunk; English phrases load on first use.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { nextOccurrences } from '../../calendar/next-occurrences.js';
import type { Occurrence } from '../../calendar/occurrences.js';
import { summariseRule } from '../../calendar/rule-shape.js';
import { loadTexts, textsFor, textsPending } from '../../i18n/bundle.js';
import { fullDate } from '../../i18n/dates.js';
import { recurrenceTexts } from '../../i18n/recurrence/index.js';
import type { CalendarContext } from './context.js';

function summary(ctx: CalendarContext, o: Occurrence): TemplateResult {
  const texts = textsFor(recurrenceTexts, ctx.lang);
  const rule = summariseRule(o.event, ctx.zone);
  const from = o.day < ctx.today ? o.day : ctx.today;
  const next = nextOccurrences(o.event, from, ctx.zone);
  return html`<br /><span class="muted recurrence-rule"
      >${rule ? texts.describeRule(rule) : ctx.t.details.recurring}</span
    >${
      next.length
        ? html`<br />${texts.nextDates}:
            <ul class="next-dates" role="list">
              ${next.map(
                (n) =>
                  html`<li>
                    ${fullDate(n.day, ctx.lang)}${
                      n.cancelled
                        ? html` <span class="badge">${ctx.t.status.cancelled}</span>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
        : nothing
    }`;
}

export function renderRecurrenceSummary(
  ctx: CalendarContext,
  o: Occurrence,
): TemplateResult | typeof nothing {
  if (!o.event.recurrence) return nothing;
  if (!textsPending(recurrenceTexts, ctx.lang)) return summary(ctx, o);
  const fallback = html`<br /><span class="muted">${ctx.t.details.recurring}</span>`;
  return html`${until(
    loadTexts(recurrenceTexts, ctx.lang).then(() => summary(ctx, o)),
    fallback,
  )}`;
}
