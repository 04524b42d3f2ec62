/**
 * A series' rule in German words: "jeden Dienstag", "alle zwei Wochen montags
 * und mittwochs", "jeden ersten Samstag im Monat", "täglich bis 30. Juni 2026",
 * "jedes Jahr am 10. September", with "außer am …". Intl gives the weekday and
 * month names and joins lists; adverbs, ordinals and case are written here.
 */
import type { RuleShape, RuleSummary } from '../../calendar/rule-shape.js';
import type { Weekday } from '../../calendar/rrule.js';
import { dayMonth, dayMonthYear, joinList, monthDay, weekdayNames } from './words.js';

const NUMBERS = [
  '',
  'ein',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
];
const ORDINALS: Record<number, string> = {
  1: 'ersten',
  2: 'zweiten',
  3: 'dritten',
  4: 'vierten',
  5: 'fünften',
  [-1]: 'letzten',
  [-2]: 'vorletzten',
};

const number = (n: number) => NUMBERS[n] ?? String(n);
const names = (days: Weekday[]) => weekdayNames(days, 'de');
/** "montags", "dienstags" …: the German adverb is the name, lower case, with -s. */
const adverbs = (days: Weekday[]) => names(days).map((name) => `${name.toLowerCase()}s`);

/** "montags und mittwochs", "montags bis donnerstags" (three or more days in a row). */
function weekdayAdverbs(days: Weekday[]): string {
  const words = adverbs(days);
  const run = days.every((d, i) => i === 0 || d === (days[i - 1] + 1) % 7);
  return run && days.length >= 3
    ? `${words[0]} bis ${words[words.length - 1]}`
    : joinList(words, 'de');
}

function shapeText(shape: RuleShape): string {
  switch (shape.kind) {
    case 'daily':
      return shape.interval === 1 ? 'täglich' : `alle ${number(shape.interval)} Tage`;
    case 'weekdays':
      if (shape.interval === 1 && shape.weekdays.length === 1)
        return `jeden ${names(shape.weekdays)[0]}`;
      if (shape.interval === 1) return weekdayAdverbs(shape.weekdays);
      return `alle ${number(shape.interval)} Wochen ${weekdayAdverbs(shape.weekdays)}`;
    case 'monthly-weekday': {
      const ordinals = joinList(
        shape.ordinals.map((o) => ORDINALS[o]),
        'de',
      );
      const day = names([shape.weekday])[0];
      return shape.interval === 1
        ? `jeden ${ordinals} ${day} im Monat`
        : `alle ${number(shape.interval)} Monate am ${ordinals} ${day}`;
    }
    case 'monthly-day': {
      const days = joinList(
        shape.days.map((d) => (d === -1 ? 'letzten Tag' : `${d}.`)),
        'de',
      );
      return shape.interval === 1
        ? `jeden Monat am ${days}`
        : `alle ${number(shape.interval)} Monate am ${days}`;
    }
    case 'yearly':
      return shape.interval === 1
        ? `jedes Jahr am ${monthDay(shape.month, shape.day, 'de')}`
        : `alle ${number(shape.interval)} Jahre am ${monthDay(shape.month, shape.day, 'de')}`;
    case 'other':
      return 'regelmäßig';
  }
}

/** The whole phrase: rule, end, exceptions. */
export function describeRule(summary: RuleSummary): string {
  let text = shapeText(summary.shape);
  if (summary.until) text += ` bis ${dayMonthYear(summary.until, 'de')}`;
  else if (summary.count) text += `, ${summary.count}-mal`;
  if (summary.except.length) {
    text += `, außer am ${joinList(
      summary.except.map((d) => dayMonth(d, 'de')),
      'de',
    )}`;
  }
  return text;
}

export const deRecurrence = {
  describeRule,
  nextDates: 'Nächste Termine',
};

export type RecurrenceTexts = typeof deRecurrence;
