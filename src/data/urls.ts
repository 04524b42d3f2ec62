/**
 * URL safety (SPEC §6): only http:, https:, mailto: and tel: become links, only
 * http: and https: become images. The scheme is read the way browsers read it,
 * so "java\nscript:" or a leading control character is caught.
 */

import { isoDay } from '../model/dates.js';

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);

function resolve(value: string, base: string, allowed: Set<string>): string | undefined {
  // The URL parser drops what browsers drop (outer controls and spaces, tabs and line breaks
  // anywhere), so "java\nscript:" is read as browsers read it; inner spaces stay (%20).
  try {
    const url = new URL(value, base);
    return allowed.has(url.protocol.toLowerCase()) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An absolute, safe link target, or undefined when the value must not become a link. */
export function safeLinkUrl(value: string, base: string): string | undefined {
  return resolve(value, base, LINK_SCHEMES);
}

/** An absolute, safe image address, or undefined when the value must not become an image. */
export function safeImageUrl(value: string, base: string): string | undefined {
  return resolve(value, base, IMAGE_SCHEMES);
}

/**
 * Whether an image may be loaded: from a data source's own origin or one the
 * element explicitly allows with `image-origins`.
 */
export function isImageOriginAllowed(src: string, source: string, extraOrigins: string[]): boolean {
  const origin = originOf(src);
  return (
    origin !== undefined &&
    (origin === originOf(source) || extraOrigins.some((allowed) => originOf(allowed) === origin))
  );
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url, location.href).origin;
  } catch {
    return undefined;
  }
}

/**
 * `{start}` and `{end}` in a source URL become the visible range (end exclusive), as
 * `YYYY-MM-DD`; without one, the coming year.
 */
export function expandRange(
  url: string,
  range: { start: string; end: string } = comingYear(),
): string {
  return url.replaceAll('{start}', range.start).replaceAll('{end}', range.end);
}

/**
 * The range for elements that show no dates of their own (filter, map, form): today and
 * the twelve months after it, so a server that answers by range still answers them.
 */
function comingYear(today = new Date()): { start: string; end: string } {
  const day = (year: number) =>
    isoDay(year, today.getMonth() + 1, Math.min(today.getDate(), today.getMonth() === 1 ? 28 : 31));
  return { start: day(today.getFullYear()), end: day(today.getFullYear() + 1) };
}

/** Whether a source URL asks for the visible range. */
export const hasRangePlaceholder = (url: string): boolean => /\{(start|end)\}/.test(url);
