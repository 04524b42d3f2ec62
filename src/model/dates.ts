/**
 * ISO 8601 date and date-time strings as the data format allows them.
 * Checked by hand (not by `Date.parse`) because browsers silently roll
 * 2026-02-30 over to March 2nd; a data editor should hear about it instead.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Plain arithmetic: this runs for every date of every item. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_LENGTHS[month - 1];
}

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM-DD` naming a day that exists. */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && isRealDay(+m[1], +m[2], +m[3]);
}

/** `YYYY-MM-DDTHH:mm[:ss[.fff]][Z|±HH:mm]` naming a moment that exists. */
export function isIsoDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m || !isRealDay(+m[1], +m[2], +m[3])) return false;
  const offset = m[7];
  if (offset && offset.toUpperCase() !== 'Z') {
    const digits = offset.replace(':', '');
    if (+digits.slice(1, 3) > 23 || +digits.slice(3, 5) > 59) return false;
  }
  return +m[4] <= 23 && +m[5] <= 59 && (m[6] === undefined || +m[6] <= 59);
}

/** A date or a date-time, as `start`, `end` and `exdates` accept. */
export function isIsoDateOrDateTime(value: string): boolean {
  return isIsoDate(value) || isIsoDateTime(value);
}

/** A date-time's wall-clock part or a date, comparable as text ("2026-05-19T14:00"). */
export function sortableLocal(value: string): string {
  return value.length === 10 ? value : value.slice(0, 16).replace(' ', 'T');
}

/** Formats a calendar day as `YYYY-MM-DD` from its parts (month 1–12). */
export function isoDay(year: number, month: number, day: number): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
