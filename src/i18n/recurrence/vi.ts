// Vietnamese words for a series' rule ("vào Thứ Ba hằng tuần", "cứ hai tuần một lần, vào Thứ Hai và Thứ Tư", "vào Thứ Bảy đầu tiên của mỗi tháng"); machine-assisted translation by the team, not yet checked by a native speaker.
/*
 * Intl gives the weekday names ("Thứ Ba") and dates ("10 tháng 9"); ordinals
 * follow the noun in Vietnamese ("Thứ Bảy đầu tiên"). With several ordinals
 * the weekday is repeated ("Thứ Tư thứ hai và Thứ Tư thứ tư"), since the
 * ordinal "thứ tư" (fourth) would otherwise read like the weekday "Thứ Tư".
 */
import type { RuleShape, RuleSummary } from '../../calendar/rule-shape.js';
import type { Weekday } from '../../calendar/rrule.js';
import type { PluralForms } from '../plural-forms.js';
import type { RecurrenceTexts } from './de.js';
import { dayMonth, dayMonthYear, joinList, monthDay, weekdayNames } from './words.js';

const NUMBERS = [
  '',
  'một',
  'hai',
  'ba',
  'bốn',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
  'mười',
  'mười một',
  'mười hai',
];
const ORDINALS: Record<number, string> = {
  1: 'đầu tiên',
  2: 'thứ hai',
  3: 'thứ ba',
  4: 'thứ tư',
  5: 'thứ năm',
  [-1]: 'cuối cùng',
  [-2]: 'kế cuối',
};

/** Vietnamese has only the category other; the type asks for one as well: the same phrase. */
const DAYS: PluralForms = { one: 'cứ # ngày một lần', other: 'cứ # ngày một lần' };
const WEEKS: PluralForms = { one: 'cứ # tuần một lần', other: 'cứ # tuần một lần' };
const MONTHS: PluralForms = { one: 'cứ # tháng một lần', other: 'cứ # tháng một lần' };
const YEARS: PluralForms = { one: 'cứ # năm một lần', other: 'cứ # năm một lần' };
const TIMES: PluralForms = { one: 'tổng cộng # lần', other: 'tổng cộng # lần' };

const numbers = new Intl.NumberFormat('vi');
const plurals = new Intl.PluralRules('vi');
const form = (n: number, forms: PluralForms) =>
  forms[plurals.select(n) as keyof PluralForms] ?? forms.other;
/** The phrase for n, the number in words up to twelve ("cứ hai tuần một lần"), in digits beyond. */
const inWords = (n: number, forms: PluralForms) =>
  form(n, forms).replace('#', NUMBERS[n] ?? numbers.format(n));
const inDigits = (n: number, forms: PluralForms) => form(n, forms).replace('#', numbers.format(n));

const names = (days: Weekday[]) => weekdayNames(days, 'vi');

/** "Thứ Hai và Thứ Tư", "từ Thứ Hai đến Thứ Năm" (three or more days in a row). */
function weekdays(days: Weekday[]): string {
  const words = names(days);
  const run = days.every((d, i) => i === 0 || d === (days[i - 1] + 1) % 7);
  return run && days.length >= 3
    ? `từ ${words[0]} đến ${words[words.length - 1]}`
    : `vào ${joinList(words, 'vi')}`;
}

function shapeText(shape: RuleShape): string {
  switch (shape.kind) {
    case 'daily':
      return shape.interval === 1 ? 'hằng ngày' : inWords(shape.interval, DAYS);
    case 'weekdays':
      return shape.interval === 1
        ? `${weekdays(shape.weekdays)} hằng tuần`
        : `${inWords(shape.interval, WEEKS)}, ${weekdays(shape.weekdays)}`;
    case 'monthly-weekday': {
      const day = names([shape.weekday])[0];
      const days = joinList(
        shape.ordinals.map((o) => `${day} ${ORDINALS[o]}`),
        'vi',
      );
      return shape.interval === 1
        ? `vào ${days} của mỗi tháng`
        : `${inWords(shape.interval, MONTHS)}, vào ${days} của tháng`;
    }
    case 'monthly-day': {
      // "vào ngày 15 hằng tháng", "vào ngày 15 và ngày cuối cùng của mỗi tháng".
      const last = shape.interval === 1 ? 'ngày cuối cùng' : 'ngày cuối tháng';
      const days = joinList(
        shape.days.map((d) => (d === -1 ? last : `ngày ${numbers.format(d)}`)),
        'vi',
      );
      if (shape.interval !== 1) return `${inWords(shape.interval, MONTHS)}, vào ${days}`;
      return shape.days.includes(-1) ? `vào ${days} của mỗi tháng` : `vào ${days} hằng tháng`;
    }
    case 'yearly':
      return shape.interval === 1
        ? `vào ngày ${monthDay(shape.month, shape.day, 'vi')} hằng năm`
        : `${inWords(shape.interval, YEARS)}, vào ngày ${monthDay(shape.month, shape.day, 'vi')}`;
    case 'other':
      return 'định kỳ';
  }
}

/** The whole phrase: rule, end, exceptions. */
export function describeRule(summary: RuleSummary): string {
  let text = shapeText(summary.shape);
  if (summary.until) text += ` cho đến ngày ${dayMonthYear(summary.until, 'vi')}`;
  else if (summary.count) text += `, ${inDigits(summary.count, TIMES)}`;
  if (summary.except.length) {
    text += `, trừ ngày ${joinList(
      summary.except.map((d) => dayMonth(d, 'vi')),
      'vi',
    )}`;
  }
  return text;
}

export const viRecurrence: RecurrenceTexts = {
  describeRule,
  nextDates: 'Các buổi tiếp theo',
};
