/**
 * Plain text as the data format means it (SPEC §4): a blank line starts a paragraph, and
 * http(s) addresses become links. Everything is rendered as text by Lit, never as markup.
 */
import { html, type TemplateResult } from 'lit';
import { safeLinkUrl } from '../../data/urls.js';

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g;

function linked(text: string, base: string): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const index = match.index ?? 0;
    const href = safeLinkUrl(match[0], base);
    if (!href) continue;
    parts.push(text.slice(last, index), html`<a href=${href}>${match[0]}</a>`);
    last = index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** Paragraphs of a plain-text field, with its web addresses as links. */
export function paragraphs(text: string, base: string): TemplateResult[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => html`<p>${linked(paragraph, base)}</p>`);
}
