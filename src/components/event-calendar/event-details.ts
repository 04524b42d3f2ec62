/**
 * Everything about one event, for the event dialog: when (in words), where
 * (with a link to the place on OpenStreetMap, no map tiles), who, topics,
 * accessibility as symbol and text, languages, registration, description
 * with safe links, and the image with its text alternative. A chunk of its
 * own: only people who open an event need it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Occurrence } from '../../calendar/occurrences.js';
import { resolveText } from '../../data/text.js';
import { dataLang } from '../shared/data-lang.js';
import { fullDate } from '../../i18n/dates.js';
import { formatList } from '../../i18n/lists.js';
import { intlLocale } from '../../i18n/locale.js';
import { featureIcon } from '../shared/feature-icons.js';
import type { CalendarContext } from './context.js';
import { downloadEvents, placeText } from './ics-download.js';
import { statusWord, whenText } from './event-item.js';
import { renderRecurrenceSummary } from './recurrence-summary.js';
import { contactLinks, renderLink } from '../shared/contact-links.js';
import { renderTextWithLinks } from '../shared/text-with-links.js';

const osmLink = (lat: number, lon: number) =>
  `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`;

function row(label: string, content: unknown): TemplateResult {
  return html`<div class="row">
    <dt>${label}</dt>
    <dd>${content}</dd>
  </div>`;
}

export interface DetailsOptions {
  /** Whether the image may be shown (its origin is allowed). */
  imageAllowed: boolean;
  addToCalendar: () => void;
}

export function renderEventDetails(
  ctx: CalendarContext,
  o: Occurrence,
  options: DetailsOptions,
): TemplateResult {
  const m = ctx.t;
  const d = m.details;
  const { event } = o;
  const lang = ctx.lang;
  const status = statusWord(ctx, o);
  const place = placeText(event);
  const { lat, lon } = event.location ?? {};
  const topics = (event.topics ?? [])
    .map((id) => ctx.topics.get(id))
    .filter((t) => t !== undefined);
  const languages = new Intl.DisplayNames([intlLocale(lang)], {
    type: 'language',
    fallback: 'code',
  });
  const organizer = event.organizer;
  const registration = event.registration;
  const link = (href: string | undefined, text: string) =>
    href ? html`<a href=${href}>${text}</a>` : nothing;

  return html`
    ${status ? html`<p class="status-line"><span class="badge">${status}</span></p>` : nothing}
    <dl class="facts">
      ${row(
        d.when,
        html`${fullDate(o.day, lang)}${ctx.messages.separator}<span class="when-time"
            >${whenText(ctx, o)}</span
          >${renderRecurrenceSummary(ctx, o)}`,
      )}
      ${
        place || lat !== undefined
          ? row(
              d.where,
              html`<span dir="auto">${place}</span>${
                  lat !== undefined && lon !== undefined
                    ? html`<br />${link(osmLink(lat, lon), d.map)}`
                    : nothing
                }`,
            )
          : nothing
      }
      ${
        organizer
          ? row(
              d.organizer,
              html`<span dir="auto"
                  >${organizer.url ? link(organizer.url, organizer.name) : organizer.name}</span
                >
                ${contactLinks(
                  { email: organizer.email, phone: organizer.phone },
                  'https://invalid.invalid/',
                ).map(
                  (contact) =>
                    html`<br />${renderLink(
                        contact.href,
                        contact.kind === 'email' ? d.email(contact.text) : d.phone(contact.text),
                      )}`,
                )}`,
            )
          : nothing
      }
      ${
        topics.length
          ? row(
              d.topics,
              html`<ul class="tags" role="list">
                ${topics.map(
                  (topic) =>
                    html`<li
                      class="tag"
                      data-color=${topic.color ?? nothing}
                      lang=${dataLang(topic.label, lang)}
                    >
                      <span dir="auto">${resolveText(topic.label, lang)}</span>
                    </li>`,
                )}
              </ul>`,
            )
          : nothing
      }
      ${
        event.accessibility?.length
          ? row(
              d.accessibility,
              html`<ul class="tags" role="list">
                ${event.accessibility.map(
                  (feature) =>
                    html`<li class="feature">
                      ${featureIcon(feature)} ${ctx.messages.feature[feature]}
                    </li>`,
                )}
              </ul>`,
            )
          : nothing
      }
      ${
        event.languages?.length
          ? row(
              d.languages,
              formatList(
                lang,
                event.languages.map((tag) => languages.of(tag) ?? tag),
              ),
            )
          : nothing
      }
      ${
        registration
          ? row(
              d.registration,
              html`${registration.required ? d.registrationRequired : nothing}
              ${
                registration.deadline
                  ? html`<br />${d.registrationDeadline(fullDate(registration.deadline.slice(0, 10), lang))}`
                  : nothing
              }
              ${registration.url ? html`<br />${link(registration.url, d.register)}` : nothing}`,
            )
          : nothing
      }
    </dl>
    ${
      options.imageAllowed && event.image
        ? html`<img class="image" src=${event.image.src} alt=${event.image.alt} loading="lazy" />`
        : nothing
    }
    ${
      event.description
        ? html`<div lang=${dataLang(event.description, lang)} dir="auto">
            ${renderTextWithLinks(resolveText(event.description, lang))}
          </div>`
        : nothing
    }
    <p class="actions">
      ${event.url ? link(event.url, d.website) : nothing}
      <button class="button secondary" @click=${options.addToCalendar}>${d.addToCalendar}</button>
    </p>
  `;
}

/** Offers the event as an .ics file, for "In meinen Kalender": the whole series, not only this date. */
export function downloadIcs(o: Occurrence, ctx: CalendarContext): void {
  downloadEvents([o.event], ctx, ctx.title(o));
}
