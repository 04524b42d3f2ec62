/**
 * What the map says about its tiles: the host they come from, named before consent, and the
 * `attribution` attribute, which is text, never markup (SPEC §6): `[label](url)` marks a link,
 * everything else is shown as it is. Unsafe link targets stay plain text.
 */
import { safeLinkUrl } from '../../data/urls.js';

export interface AttributionPart {
  text: string;
  /** An absolute, safe link target. */
  href?: string;
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseAttribution(value: string, base: string): AttributionPart[] {
  const parts: AttributionPart[] = [];
  let last = 0;
  for (const match of value.matchAll(LINK)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: value.slice(last, index) });
    const href = safeLinkUrl(match[2], base);
    parts.push(href ? { text: match[1], href } : { text: match[0] });
    last = index + match[0].length;
  }
  if (last < value.length) parts.push({ text: value.slice(last) });
  return parts.filter((part) => part.text !== '');
}

/**
 * The host a tile URL template contacts, as a visitor should read it: `{s}.` subdomain
 * placeholders dropped, the page's own host for relative templates.
 */
export function tileHost(template: string, base: string): string {
  const concrete = template.replace(/\{s\}\./g, '').replace(/\{[^}]*\}/g, '0');
  try {
    return new URL(concrete, base).hostname;
  } catch {
    return template;
  }
}
