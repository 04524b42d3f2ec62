/**
 * Calendar days as `YYYY-MM-DD` keys. Day arithmetic runs on date-fns with
 * dates at local noon: a day keeps its date whatever the visitor's zone and
 * across DST switches (which never move noon into another day).
 */
import {
  addDays as addDaysTo,
  addMonths as addMonthsTo,
  addYears as addYearsTo,
  startOfWeek,
} from 'date-fns';
import { isoDay } from '../model/dates.js';
import type { Weekday } from './rrule.js';

export type DayKey = string;
export type { Weekday };

const toDate = (key: DayKey) =>
  new Date(+key.slice(0, 4), +key.slice(5, 7) - 1, +key.slice(8, 10), 12);
const toKey = (date: Date): DayKey =>
  isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());

export const addDays = (key: DayKey, days: number): DayKey => toKey(addDaysTo(toDate(key), days));
/** Adds months, keeping the day where it exists (31 January + 1 month = 28/29 February). */
export const addMonths = (key: DayKey, months: number): DayKey =>
  toKey(addMonthsTo(toDate(key), months));
export const addYears = (key: DayKey, years: number): DayKey =>
  toKey(addYearsTo(toDate(key), years));
export const weekdayOf = (key: DayKey): Weekday => toDate(key).getDay() as Weekday;
export const firstOfMonth = (key: DayKey): DayKey => `${key.slice(0, 8)}01`;
export const startOfWeekKey = (key: DayKey, weekStartsOn: Weekday): DayKey =>
  toKey(startOfWeek(toDate(key), { weekStartsOn }));
export const daysInMonth = (key: DayKey): number =>
  new Date(+key.slice(0, 4), +key.slice(5, 7), 0).getDate();

/** Noon UTC of the day: a safe instant for Intl formatting with `timeZone: 'UTC'`. */
export const dayToDate = (key: DayKey): Date =>
  new Date(Date.UTC(+key.slice(0, 4), +key.slice(5, 7) - 1, +key.slice(8, 10), 12));

/**
 * Days from one day to another. Plain arithmetic (UTC noons are whole days apart): date-fns's way
 * would weigh on the calendar's definition, which carries this file for the days it asks for.
 */
export const daysBetween = (from: DayKey, to: DayKey): number =>
  Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / 86_400_000);

/** `count` consecutive days from `first`. */
export function dayRange(first: DayKey, count: number): DayKey[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}
