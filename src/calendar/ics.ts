/**
 * One occurrence as an iCalendar file (RFC 5545) for "In meinen Kalender":
 * CRLF line ends, lines folded at 75 octets, TEXT escaped, UTC times (or
 * VALUE=DATE with an exclusive DTEND for all-day events), a stable UID.
 */
import { addDays } from './days.js';
import type { Occurrence } from './occurrences.js';

export interface IcsText {
  title: string;
  description?: string;
  location?: string;
  categories?: string[];
}

const escapeText = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

const utc = (instant: number) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const basicDate = (day: string) => day.replace(/-/g, '');

/** Splits a content line into chunks of at most 75 octets, never inside a UTF-8 character. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
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
  return chunks.join('\r\n ');
}

export function occurrenceToIcs(occurrence: Occurrence, text: IcsText, now = Date.now()): string {
  const { event } = occurrence;
  const host = new URL(event.source).host || 'quartier-widgets';
  const recurring = event.recurrence !== undefined;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//quartier-widgets//Stadtteilkalender//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(recurring ? `${event.id}-${basicDate(occurrence.day)}` : event.id)}@${host}`,
    `DTSTAMP:${utc(now)}`,
  ];
  if (occurrence.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${basicDate(occurrence.day)}`);
    lines.push(`DTEND;VALUE=DATE:${basicDate(addDays(occurrence.lastDay, 1))}`);
  } else {
    lines.push(`DTSTART:${utc(occurrence.start)}`);
    if (occurrence.end > occurrence.start) lines.push(`DTEND:${utc(occurrence.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(text.title)}`);
  if (text.description) lines.push(`DESCRIPTION:${escapeText(text.description)}`);
  if (text.location) lines.push(`LOCATION:${escapeText(text.location)}`);
  const { lat, lon } = event.location ?? {};
  if (lat !== undefined && lon !== undefined) lines.push(`GEO:${lat};${lon}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (text.categories?.length)
    lines.push(`CATEGORIES:${text.categories.map(escapeText).join(',')}`);
  lines.push(`STATUS:${event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
