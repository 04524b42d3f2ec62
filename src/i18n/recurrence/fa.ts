// Farsi (Persian) recurrence phrases ("هر سه‌شنبه", "اولین شنبهٔ هر ماه", "هر سال در ۱۰ سپتامبر"); machine-assisted translation by the team, not yet checked by a native speaker.
import type { RuleShape, RuleSummary } from '../../calendar/rule-shape.js';
import type { Weekday } from '../../calendar/rrule.js';
import type { PluralForms } from '../plural-forms.js';
import type { RecurrenceTexts } from './de.js';
import { dayMonth, dayMonthYear, joinList, monthDay, weekdayNames } from './words.js';

const LANG = 'fa';
const numberFormat = new Intl.NumberFormat(LANG);
const rules = new Intl.PluralRules(LANG);
const counted = (value: number, forms: PluralForms) =>
  (forms[rules.select(value)] ?? forms.other).replace('#', numberFormat.format(value));

const NUMBERS = [
  '',
  'یک',
  'دو',
  'سه',
  'چهار',
  'پنج',
  'شش',
  'هفت',
  'هشت',
  'نه',
  'ده',
  'یازده',
  'دوازده',
];
const ORDINALS: Record<number, string> = {
  1: 'اولین',
  2: 'دومین',
  3: 'سومین',
  4: 'چهارمین',
  5: 'پنجمین',
  [-1]: 'آخرین',
  [-2]: 'یکی مانده به آخرین',
};
/** How often in all: "یک بار", "۱۰ بار" (the noun stays singular after a number; 0 never comes). */
const TIMES: PluralForms = { one: 'یک بار', other: '# بار' };

const number = (n: number) => NUMBERS[n] ?? numberFormat.format(n);
const names = (days: Weekday[]) => weekdayNames(days, LANG);
/** The ezafe after a name ending in a silent h, as Intl writes it ("مهٔ"): "شنبهٔ". */
const ezafe = (word: string) => (word.endsWith('ه') ? `${word}ٔ` : word);
/** "هر دو هفته یک‌بار". */
const every = (n: number, unit: string) => `هر ${number(n)} ${unit} یک‌بار`;
const isRun = (days: Weekday[]) =>
  days.length >= 3 && days.every((d, i) => i === 0 || d === (days[i - 1] + 1) % 7);

/** "روز دوشنبه", "روزهای دوشنبه و چهارشنبه", "از دوشنبه تا پنجشنبه" (three or more days in a row). */
function onDays(days: Weekday[]): string {
  const words = names(days);
  if (words.length === 1) return `روز ${words[0]}`;
  return isRun(days)
    ? `از ${words[0]} تا ${words[words.length - 1]}`
    : `روزهای ${joinList(words, LANG)}`;
}

function shapeText(shape: RuleShape): string {
  switch (shape.kind) {
    case 'daily':
      return shape.interval === 1 ? 'هر روز' : every(shape.interval, 'روز');
    case 'weekdays': {
      const words = names(shape.weekdays);
      if (shape.interval > 1) return `${every(shape.interval, 'هفته')}، ${onDays(shape.weekdays)}`;
      // "هر سه‌شنبه", "هر دوشنبه و چهارشنبه", "هر هفته از دوشنبه تا پنجشنبه".
      return isRun(shape.weekdays)
        ? `هر هفته ${onDays(shape.weekdays)}`
        : `هر ${joinList(words, LANG)}`;
    }
    case 'monthly-weekday': {
      const ordinals = joinList(
        shape.ordinals.map((o) => ORDINALS[o]),
        LANG,
      );
      const day = ezafe(names([shape.weekday])[0]);
      return shape.interval === 1
        ? `${ordinals} ${day} هر ماه`
        : `${every(shape.interval, 'ماه')}، ${ordinals} ${day} ماه`;
    }
    case 'monthly-day': {
      const numbered = shape.days.filter((d) => d > 0).map((d) => numberFormat.format(d));
      const parts = numbered.length
        ? [`${numbered.length > 1 ? 'روزهای' : 'روز'} ${joinList(numbered, LANG)}`]
        : [];
      if (shape.days.includes(-1)) parts.push('آخرین روز');
      const days = joinList(parts, LANG);
      return shape.interval === 1
        ? `${days} هر ماه`
        : `${every(shape.interval, 'ماه')}، ${days} ماه`;
    }
    case 'yearly':
      return shape.interval === 1
        ? `هر سال در ${monthDay(shape.month, shape.day, LANG)}`
        : `${every(shape.interval, 'سال')} در ${monthDay(shape.month, shape.day, LANG)}`;
    case 'other':
      return 'به‌طور منظم';
  }
}

/** The whole phrase: rule, end, exceptions. */
export function describeRule(summary: RuleSummary): string {
  let text = shapeText(summary.shape);
  if (summary.until) text += ` تا ${dayMonthYear(summary.until, LANG)}`;
  else if (summary.count) text += `، ${counted(summary.count, TIMES)}`;
  if (summary.except.length) {
    text += `، به‌جز ${joinList(
      summary.except.map((d) => dayMonth(d, LANG)),
      LANG,
    )}`;
  }
  return text;
}

export const faRecurrence: RecurrenceTexts = {
  describeRule,
  nextDates: 'تاریخ‌های بعدی',
};
