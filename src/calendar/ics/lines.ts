/**
 * iCalendar content lines (RFC 5545 §3.1, §3.3): TEXT escaping, parameter
 * quoting, folding at 75 octets, CRLF line ends and the date and date-time
 * value forms. No knowledge of events or zones.
 */
import type { DayKey } from '../days.js';
import type { WallTime } from '../zone.js';

export const CRLF = '\r\n';

/**
 * A TEXT value: backslash, semicolon and comma escaped, every line break as
 * `\n`. Other control characters (TAB aside) are not allowed in TEXT: dropped.
 */
export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

/**
 * A parameter value: quoted when it holds `:`, `;` or `,`. A quoted value
 * cannot contain `"` or control characters, so those are replaced.
 */
export function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const encoder = new TextEncoder();

/** Splits a content line into chunks of at most 75 octets, never inside a UTF-8 character. */
export function fold(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = chunks.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      chunks.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  chunks.push(current);
  return chunks.join(`${CRLF} `);
}

/** Content lines as a file: each folded, each ending in CRLF (the last one too). */
export const joinLines = (lines: string[]): string => lines.map((l) => fold(l) + CRLF).join('');

const pad = (n: number) => String(n).padStart(2, '0');

/** DATE: `YYYYMMDD`. */
export const basicDate = (day: DayKey): string => day.replace(/-/g, '');

/** DATE-TIME in UTC: `YYYYMMDDTHHMMSSZ` (milliseconds dropped). */
export const utcDateTime = (instant: number): string =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** DATE-TIME as local ("floating" or with TZID) time: `YYYYMMDDTHHMMSS`. */
export const localDateTime = ({ day, minutes, seconds }: WallTime): string =>
  `${basicDate(day)}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}${pad(seconds)}`;
