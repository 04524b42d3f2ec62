/**
 * Plain text from the data as the format means it (SPEC §4): a blank line
 * starts a paragraph and web addresses become links. Everything is rendered
 * as text by Lit; no field ever reaches an HTML sink.
 */
import { html, type TemplateResult } from 'lit';
import { safeLinkUrl } from '../../data/urls.js';

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+/gi;
/** Punctuation that ends the sentence rather than the address (quotes of German and English). */
const TRAILING = /[.,;:!?\]}'"»«“”„‘’]+$/;
const PARAGRAPH_BREAK = /\r?\n[^\S\r\n]*(?:\r?\n\s*)+/;

/** An address as written in running text: sentence punctuation and an unmatched `)` after it dropped. */
export function trimAddress(match: string): string {
  let address = match;
  for (;;) {
    const trimmed = address.replace(TRAILING, '');
    // A closing parenthesis belongs to the address only if it opened one: …/Leipzig_(Sachsen).
    const unbalanced =
      trimmed.endsWith(')') &&
      (trimmed.match(/\(/g)?.length ?? 0) < (trimmed.match(/\)/g)?.length ?? 0);
    const next = unbalanced ? trimmed.slice(0, -1) : trimmed;
    if (next === address) return address;
    address = next;
  }
}

/** One paragraph's text, with its web addresses as links (resolved against `base`). */
export function withLinks(
  text: string,
  base = 'https://invalid.invalid/',
): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const index = match.index ?? 0;
    if (index < last) continue;
    const address = trimAddress(match[0]);
    const href = safeLinkUrl(address, base);
    if (!href) continue;
    parts.push(text.slice(last, index), html`<a href=${href}>${address}</a>`);
    last = index + address.length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** The paragraphs of a plain-text field, each a `<p class="text">`. */
export function renderTextWithLinks(text: string, base?: string): TemplateResult[] {
  return text
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => html`<p class="text">${withLinks(paragraph, base)}</p>`);
}
