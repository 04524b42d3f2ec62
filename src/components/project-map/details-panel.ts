/**
 * The contents of the details panel: status, period, topics, place, organizer, contact, summary,
 * description and a safe link. Every value is text; links and images only after the URL checks
 * of SPEC §6. The element owns the dialog around it (opening, closing, focus).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Project } from '../../model/types.js';
import { resolveText } from '../../data/text.js';
import { safeImageUrl, safeLinkUrl } from '../../data/urls.js';
import { intlLocale } from '../../i18n/locale.js';
import type { MapMessages } from '../../i18n/messages/de-map.js';
import { contactLinks, renderLink } from '../shared/contact-links.js';
import { dataLang } from '../shared/data-lang.js';
import { renderTextWithLinks } from '../shared/text-with-links.js';
import { renderTopics, symbolOf } from './project-list.js';
import type { ListEntry } from './view-model.js';

export interface DetailsContext {
  lang: string;
  m: MapMessages;
  /** Between name and address: ", " or "، ". */
  separator: string;
  /** The element's heading at its `heading-level`. */
  heading(text: string | TemplateResult, offset: number, id: string, lang?: string): TemplateResult;
  imageAllowed(src: string, source: string): boolean;
}

/** `YYYY-MM-DD` as a long date in the visitor's language ("1. April 2024"). */
function longDate(iso: string, lang: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  // UTC both ways: a date has no time zone and must not shift to the day before.
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}

/** Today as `YYYY-MM-DD` in the visitor's zone, to tell "seit" from "ab". */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function periodText(
  period: Project['period'],
  lang: string,
  m: MapMessages,
  now: string = today(),
): string {
  const { start, end } = period ?? {};
  if (start && end) return m.range(longDate(start, lang), longDate(end, lang));
  // A project that has not started yet runs "ab", one that has "seit".
  if (start) return start > now ? m.from(longDate(start, lang)) : m.since(longDate(start, lang));
  if (end) return m.until(longDate(end, lang));
  return '';
}

const fact = (label: string, value: unknown): TemplateResult =>
  html`<div class="pm-fact">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;

function contactLines(project: Project, m: MapMessages): TemplateResult[] {
  const contact = project.contact;
  if (!contact) return [];
  const label = { email: m.email, phone: m.phone, website: m.website };
  return [
    ...(contact.name ? [html`<li><span dir="auto">${contact.name}</span></li>`] : []),
    ...contactLinks(contact, project.source).map((link) =>
      link.kind === 'website'
        ? html`<li>${renderLink(link.href, m.website)}</li>`
        : html`<li>${label[link.kind]}: ${renderLink(link.href, link.text)}</li>`,
    ),
  ];
}

export function renderDetails(entry: ListEntry, context: DetailsContext): TemplateResult {
  const { lang, m } = context;
  const project = entry.project;
  const base = project.source;
  const period = periodText(project.period, lang, m);
  const named = [project.location?.name, project.location?.address]
    .filter(Boolean)
    .join(context.separator);
  const notOnMap = entry.mapped ? '' : `${named ? ' ' : ''}(${m.notOnMap})`;
  const place = named || notOnMap;
  const summary = resolveText(project.summary, lang);
  const description = resolveText(project.description, lang);
  const summaryLang = dataLang(project.summary, lang);
  const url = project.url ? safeLinkUrl(project.url, base) : undefined;
  const imageSrc = project.image ? safeImageUrl(project.image.src, base) : undefined;
  const image =
    project.image && imageSrc && context.imageAllowed(imageSrc, base)
      ? html`<img class="pm-image" src=${imageSrc} alt=${project.image.alt} />`
      : nothing;
  const organizerUrl = project.organizer?.url
    ? safeLinkUrl(project.organizer.url, base)
    : undefined;
  const contact = contactLines(project, m);
  return html`
    <div class="pm-details-title">
      ${symbolOf(entry.appearance)}
      ${context.heading(
        html`<span dir="auto">${entry.title}</span>`,
        0,
        'pm-dialog-title',
        entry.titleLang,
      )}
    </div>
    ${image}
    ${summary ? html`<p class="pm-summary" lang=${summaryLang} dir="auto">${summary}</p>` : nothing}
    <dl class="pm-facts">
      ${entry.status ? fact(m.statusLabel, entry.status) : nothing}
      ${period ? fact(m.period, period) : nothing}
      ${entry.topics.length > 0 ? fact(m.topics, renderTopics(entry.topics, context.separator)) : nothing}
      ${place ? fact(m.place, html`<span dir="auto">${named}</span>${notOnMap}`) : nothing}
      ${
        project.organizer
          ? fact(
              m.organizer,
              html`<span dir="auto">${renderLink(organizerUrl, project.organizer.name)}</span>`,
            )
          : nothing
      }
      ${
        contact.length > 0
          ? fact(
              m.contact,
              html`<ul class="pm-lines">
                ${contact}
              </ul>`,
            )
          : nothing
      }
    </dl>
    ${
      description
        ? html`<div lang=${dataLang(project.description, lang)} dir="auto">
            ${renderTextWithLinks(description, base)}
          </div>`
        : nothing
    }
    ${url ? html`<p><a class="pm-link" part="project-link" href=${url}>${m.link}</a></p>` : nothing}
  `;
}
