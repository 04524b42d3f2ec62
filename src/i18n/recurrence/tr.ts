// Turkish words for a series' rule ("her Salı", "iki haftada bir Pazartesi ve Çarşamba günleri", "her ayın ilk Cumartesi günü"); machine-assisted translation by the team, not yet checked by a native speaker.
/*
 * Intl gives the weekday and month names; no suffix is ever attached to them
 * (vowel harmony would need the name's last vowel): the suffix goes on a word
 * of our own after them ("Salı günü", "10 Eylül tarihinde", "… tarihine kadar").
 */
import type { RuleShape, RuleSummary } from '../../calendar/rule-shape.js';
import type { Weekday } from '../../calendar/rrule.js';
import type { PluralForms } from '../plural-forms.js';
import type { RecurrenceTexts } from './de.js';
import { dayMonth, dayMonthYear, joinList, monthDay, weekdayNames } from './words.js';

const NUMBERS = [
  '',
  'bir',
  'iki',
  'üç',
  'dört',
  'beş',
  'altı',
  'yedi',
  'sekiz',
  'dokuz',
  'on',
  'on bir',
  'on iki',
];
const ORDINALS: Record<number, string> = {
  1: 'ilk',
  2: 'ikinci',
  3: 'üçüncü',
  4: 'dördüncü',
  5: 'beşinci',
  [-1]: 'son',
  [-2]: 'sondan ikinci',
};

/** "iki günde bir": Turkish keeps the noun singular after a number, so one and other agree. */
const DAYS: PluralForms = { one: '# günde bir', other: '# günde bir' };
const WEEKS: PluralForms = { one: '# haftada bir', other: '# haftada bir' };
const MONTHS: PluralForms = { one: '# ayda bir', other: '# ayda bir' };
const YEARS: PluralForms = { one: '# yılda bir', other: '# yılda bir' };
const TIMES: PluralForms = { one: 'toplam # kez', other: 'toplam # kez' };

const numbers = new Intl.NumberFormat('tr');
const plurals = new Intl.PluralRules('tr');
const form = (n: number, forms: PluralForms) =>
  forms[plurals.select(n) as keyof PluralForms] ?? forms.other;
/** The phrase for n, the number in words up to twelve ("iki haftada bir"), in digits beyond. */
const inWords = (n: number, forms: PluralForms) =>
  form(n, forms).replace('#', NUMBERS[n] ?? numbers.format(n));
const inDigits = (n: number, forms: PluralForms) => form(n, forms).replace('#', numbers.format(n));

const names = (days: Weekday[]) => weekdayNames(days, 'tr');
const isRun = (days: Weekday[]) =>
  days.length >= 3 && days.every((d, i) => i === 0 || d === (days[i - 1] + 1) % 7);
/** "Pazartesi ile Perşembe arası" (three or more days in a row). */
function run(days: Weekday[]): string {
  const words = names(days);
  return `${words[0]} ile ${words[words.length - 1]} arası`;
}
/** "Salı günü", "Pazartesi ve Çarşamba günleri", "Pazartesi ile Cuma arası her gün". */
function onDays(days: Weekday[]): string {
  if (isRun(days)) return `${run(days)} her gün`;
  const words = names(days);
  return words.length === 1 ? `${words[0]} günü` : `${joinList(words, 'tr')} günleri`;
}

function shapeText(shape: RuleShape): string {
  switch (shape.kind) {
    case 'daily':
      return shape.interval === 1 ? 'her gün' : inWords(shape.interval, DAYS);
    case 'weekdays':
      if (shape.interval === 1 && isRun(shape.weekdays)) return `${run(shape.weekdays)} her gün`;
      if (shape.interval === 1) return `her ${joinList(names(shape.weekdays), 'tr')}`;
      return `${inWords(shape.interval, WEEKS)} ${onDays(shape.weekdays)}`;
    case 'monthly-weekday': {
      const ordinals = joinList(
        shape.ordinals.map((o) => ORDINALS[o]),
        'tr',
      );
      const day = `${ordinals} ${names([shape.weekday])[0]} günü`;
      return shape.interval === 1
        ? `her ayın ${day}`
        : `${inWords(shape.interval, MONTHS)}, ayın ${day}`;
    }
    case 'monthly-day': {
      // "15. günü", "1. ve 15. günü", "son günü", "15. ve son günü".
      const days = `${joinList(
        shape.days.map((d) => (d === -1 ? 'son' : `${numbers.format(d)}.`)),
        'tr',
      )} günü`;
      return shape.interval === 1
        ? `her ayın ${days}`
        : `${inWords(shape.interval, MONTHS)}, ayın ${days}`;
    }
    case 'yearly':
      return shape.interval === 1
        ? `her yıl ${monthDay(shape.month, shape.day, 'tr')} tarihinde`
        : `${inWords(shape.interval, YEARS)}, ${monthDay(shape.month, shape.day, 'tr')} tarihinde`;
    case 'other':
      return 'düzenli olarak';
  }
}

/** The whole phrase: end first, as Turkish says it ("30 Haziran 2026 tarihine kadar her gün"), then count and exceptions. */
export function describeRule(summary: RuleSummary): string {
  let text = shapeText(summary.shape);
  if (summary.until) text = `${dayMonthYear(summary.until, 'tr')} tarihine kadar ${text}`;
  else if (summary.count) text += `, ${inDigits(summary.count, TIMES)}`;
  if (summary.except.length) {
    text += `, ${joinList(
      summary.except.map((d) => dayMonth(d, 'tr')),
      'tr',
    )} hariç`;
  }
  return text;
}

export const trRecurrence: RecurrenceTexts = {
  describeRule,
  nextDates: 'Sonraki tarihler',
};
