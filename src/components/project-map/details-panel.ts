/**
 * The contents of the details panel: status, period, topics, place, organizer, contact, summary,
 * description and a safe link. Every value is text; links and images only after the URL checks
 * of SPEC §6. The element owns the dialog around it (opening, closing, focus).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Project } from '../../data/model.js';
import { resolveText } from '../../data/text.js';
import { safeImageUrl, safeLinkUrl } from '../../data/urls.js';
import { intlLocale } from '../../i18n/locale.js';
import type { MapMessages } from '../../i18n/messages/de-map.js';
import { paragraphs } from './plain-text.js';
import { symbolOf } from './project-list.js';
import type { ListEntry } from './view-model.js';

export interface DetailsContext {
  lang: string;
  m: MapMessages;
  /** The element's heading at its `heading-level`. */
  heading(text: string, offset: number, id: string): TemplateResult;
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

export function periodText(period: Project['period'], lang: string, m: MapMessages): string {
  const start = period?.start ? longDate(period.start, lang) : undefined;
  const end = period?.end ? longDate(period.end, lang) : undefined;
  if (start && end) return m.range(start, end);
  if (start) return m.since(start);
  if (end) return m.until(end);
  return '';
}

const fact = (label: string, value: unknown): TemplateResult =>
  html`<div class="pm-fact">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;

function link(href: string | undefined, text: string): TemplateResult | string {
  return href ? html`<a href=${href}>${text}</a>` : text;
}

function contactLines(project: Project, m: MapMessages): TemplateResult[] {
  const contact = project.contact;
  if (!contact) return [];
  const base = project.source;
  const lines: TemplateResult[] = [];
  if (contact.name) lines.push(html`<span>${contact.name}</span>`);
  if (contact.email) {
    const href = safeLinkUrl(`mailto:${contact.email}`, base);
    lines.push(html`<span>${m.email}: ${link(href, contact.email)}</span>`);
  }
  if (contact.phone) {
    const href = safeLinkUrl(`tel:${contact.phone.replace(/[^\d+]/g, '')}`, base);
    lines.push(html`<span>${m.phone}: ${link(href, contact.phone)}</span>`);
  }
  if (contact.url) {
    const href = safeLinkUrl(contact.url, base);
    if (href) lines.push(html`<span>${link(href, m.website)}</span>`);
  }
  return lines;
}

export function renderDetails(entry: ListEntry, context: DetailsContext): TemplateResult {
  const { lang, m } = context;
  const project = entry.project;
  const base = project.source;
  const period = periodText(project.period, lang, m);
  const named = [project.location?.name, project.location?.address].filter(Boolean).join(', ');
  const place = [named, entry.mapped ? '' : `(${m.notOnMap})`].filter(Boolean).join(' ');
  const summary = resolveText(project.summary, lang);
  const description = resolveText(project.description, lang);
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
      ${symbolOf(entry.appearance)} ${context.heading(entry.title, 0, 'pm-dialog-title')}
    </div>
    ${image} ${summary ? html`<p class="pm-summary">${summary}</p>` : nothing}
    <dl class="pm-facts">
      ${entry.status ? fact(m.statusLabel, entry.status) : nothing}
      ${period ? fact(m.period, period) : nothing}
      ${entry.topics.length > 0 ? fact(m.topics, entry.topics.join(', ')) : nothing}
      ${place ? fact(m.place, place) : nothing}
      ${project.organizer ? fact(m.organizer, link(organizerUrl, project.organizer.name)) : nothing}
      ${contact.length > 0 ? fact(m.contact, html`<span class="pm-lines">${contact}</span>`) : nothing}
    </dl>
    ${description ? paragraphs(description, base) : nothing}
    ${url ? html`<p><a class="pm-link" part="project-link" href=${url}>${m.link}</a></p>` : nothing}
  `;
}
