/**
 * A series' rule in Leichte Sprache (`de-x-ls`): "jeden Dienstag", "alle 2
 * Wochen am Montag und am Mittwoch", "jeden ersten Samstag im Monat", "jeden
 * Tag bis zum 30. Juni 2026", with "aber nicht am …". Numbers as digits, no
 * adverbs like "montags". Written to the rules by the team; NOT yet checked
 * by readers from the target group.
 */
import type { RuleShape, RuleSummary } from '../../calendar/rule-shape.js';
import type { Weekday } from '../../calendar/rrule.js';
import type { RecurrenceTexts } from './de.js';
import { dayMonth, dayMonthYear, joinList, monthDay, weekdayNames } from './words.js';

const ORDINALS: Record<number, string> = {
  1: 'ersten',
  2: 'zweiten',
  3: 'dritten',
  4: 'vierten',
  5: 'fünften',
  [-1]: 'letzten',
  [-2]: 'vorletzten',
};

const list = (items: string[]) => joinList(items, 'de');
/** "am Montag und am Mittwoch": each day with its own "am", easier to read than "montags". */
const onDays = (days: Weekday[]) => list(weekdayNames(days, 'de').map((name) => `am ${name}`));

function shapeText(shape: RuleShape): string {
  switch (shape.kind) {
    case 'daily':
      return shape.interval === 1 ? 'jeden Tag' : `alle ${shape.interval} Tage`;
    case 'weekdays':
      if (shape.interval === 1 && shape.weekdays.length === 1)
        return `jeden ${weekdayNames(shape.weekdays, 'de')[0]}`;
      if (shape.interval === 1) return `jede Woche ${onDays(shape.weekdays)}`;
      return `alle ${shape.interval} Wochen ${onDays(shape.weekdays)}`;
    case 'monthly-weekday': {
      const ordinals = list(shape.ordinals.map((o) => ORDINALS[o]));
      const day = weekdayNames([shape.weekday], 'de')[0];
      return shape.interval === 1
        ? `jeden ${ordinals} ${day} im Monat`
        : `alle ${shape.interval} Monate am ${ordinals} ${day}`;
    }
    case 'monthly-day': {
      const days = list(shape.days.map((d) => (d === -1 ? 'letzten Tag' : `${d}. Tag`)));
      return shape.interval === 1
        ? `jeden Monat am ${days}`
        : `alle ${shape.interval} Monate am ${days}`;
    }
    case 'yearly':
      return shape.interval === 1
        ? `jedes Jahr am ${monthDay(shape.month, shape.day, 'de')}`
        : `alle ${shape.interval} Jahre am ${monthDay(shape.month, shape.day, 'de')}`;
    case 'other':
      return 'immer wieder';
  }
}

/** The whole phrase: rule, end, exceptions. */
export function describeRule(summary: RuleSummary): string {
  let text = shapeText(summary.shape);
  if (summary.until) text += ` bis zum ${dayMonthYear(summary.until, 'de')}`;
  else if (summary.count) text += `, insgesamt ${summary.count}-mal`;
  if (summary.except.length)
    text += `, aber nicht am ${list(summary.except.map((d) => dayMonth(d, 'de')))}`;
  return text;
}

export const deLsRecurrence: RecurrenceTexts = {
  describeRule,
  nextDates: 'Die nächsten Termine',
};
