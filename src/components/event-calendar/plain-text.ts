/**
 * Plain text from the data as paragraphs: a blank line starts a paragraph,
 * web addresses become links. Everything else stays text — no field ever
 * reaches an HTML sink.
 */
import { html, type TemplateResult } from 'lit';
import { safeLinkUrl } from '../../data/urls.js';

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/gi;
// Punctuation that ends a sentence rather than the address.
const TRAILING = /[.,;:!?)\]}'"»“”]+$/;

function withLinks(text: string): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const address = match[0].replace(TRAILING, '');
    const safe = safeLinkUrl(address, 'https://invalid.invalid/');
    if (!safe) continue;
    parts.push(text.slice(last, match.index), html`<a href=${safe}>${address}</a>`);
    last = match.index + address.length;
  }
  parts.push(text.slice(last));
  return parts;
}

export function renderPlainText(text: string): TemplateResult[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => html`<p class="text">${withLinks(paragraph)}</p>`);
}
