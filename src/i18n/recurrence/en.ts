/**
 * A series' rule in English words: "every Tuesday", "every two weeks on
 * Mondays and Wednesdays", "on the first Saturday of every month", "daily
 * until June 30, 2026", "every year on September 10", with "except on …".
 */
import type { RuleShape, RuleSummary } from '../../calendar/rule-shape.js';
import type { Weekday } from '../../calendar/rrule.js';
import type { RecurrenceTexts } from './de.js';
import { dayMonth, dayMonthYear, joinList, monthDay, weekdayNames } from './words.js';

const NUMBERS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const ORDINALS: Record<number, string> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  5: 'fifth',
  [-1]: 'last',
  [-2]: 'second to last',
};

const number = (n: number) => NUMBERS[n] ?? String(n);
const names = (days: Weekday[]) => weekdayNames(days, 'en');

/** "Mondays and Wednesdays", "Mondays to Thursdays" (three or more days in a row). */
function plural(days: Weekday[]): string {
  const words = names(days).map((name) => `${name}s`);
  const run = days.every((d, i) => i === 0 || d === (days[i - 1] + 1) % 7);
  return run && days.length >= 3
    ? `${words[0]} to ${words[words.length - 1]}`
    : joinList(words, 'en');
}

function shapeText(shape: RuleShape): string {
  switch (shape.kind) {
    case 'daily':
      return shape.interval === 1 ? 'daily' : `every ${number(shape.interval)} days`;
    case 'weekdays':
      if (shape.interval === 1 && shape.weekdays.length === 1)
        return `every ${names(shape.weekdays)[0]}`;
      if (shape.interval === 1) return `on ${plural(shape.weekdays)}`;
      return `every ${number(shape.interval)} weeks on ${plural(shape.weekdays)}`;
    case 'monthly-weekday': {
      const ordinals = joinList(
        shape.ordinals.map((o) => ORDINALS[o]),
        'en',
      );
      const day = names([shape.weekday])[0];
      return shape.interval === 1
        ? `on the ${ordinals} ${day} of every month`
        : `every ${number(shape.interval)} months on the ${ordinals} ${day}`;
    }
    case 'monthly-day': {
      const days = joinList(
        shape.days.map((d) => (d === -1 ? 'last day' : ordinalDay(d))),
        'en',
      );
      return shape.interval === 1
        ? `monthly on the ${days}`
        : `every ${number(shape.interval)} months on the ${days}`;
    }
    case 'yearly':
      return shape.interval === 1
        ? `every year on ${monthDay(shape.month, shape.day, 'en')}`
        : `every ${number(shape.interval)} years on ${monthDay(shape.month, shape.day, 'en')}`;
    case 'other':
      return 'regularly';
  }
}

/** "1st", "2nd", "3rd", "15th", "22nd". */
function ordinalDay(n: number): string {
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as Record<string, string>;
  return `${n}${suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)] ?? 'th'}`;
}

export function describeRule(summary: RuleSummary): string {
  let text = shapeText(summary.shape);
  if (summary.until) text += ` until ${dayMonthYear(summary.until, 'en')}`;
  else if (summary.count) text += `, ${summary.count} times`;
  if (summary.except.length) {
    text += `, except on ${joinList(
      summary.except.map((d) => dayMonth(d, 'en')),
      'en',
    )}`;
  }
  return text;
}

export const enRecurrence: RecurrenceTexts = {
  describeRule,
  nextDates: 'Next dates',
};
