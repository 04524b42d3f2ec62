// Russian words for a series' rule ("каждый вторник", "по понедельникам и средам", "в первую субботу каждого месяца"); machine-assisted translation by the team, not yet checked by a native speaker.
/*
 * Intl gives the weekday names in the nominative ("среда"); the cases a
 * sentence needs (accusative "среду", dative plural "средам", genitive
 * "среды") and the gender of ordinals and "каждый" follow from the name's
 * ending. Month names stay as Intl writes them ("10 сентября").
 */
import type { RuleShape, RuleSummary } from '../../calendar/rule-shape.js';
import type { Weekday } from '../../calendar/rrule.js';
import type { PluralForms } from '../plural-forms.js';
import type { RecurrenceTexts } from './de.js';
import { dayMonth, dayMonthYear, joinList, monthDay, weekdayNames } from './words.js';

type Gender = 'm' | 'f' | 'n';

/** Numbers as words up to twelve (accusative, masculine; "две" for feminine two). */
const NUMBERS = [
  '',
  'один',
  'два',
  'три',
  'четыре',
  'пять',
  'шесть',
  'семь',
  'восемь',
  'девять',
  'десять',
  'одиннадцать',
  'двенадцать',
];
/** Ordinals in the accusative, by the weekday's gender: "первый понедельник", "первую среду", "первое воскресенье". */
const ORDINALS: Record<Gender, Record<number, string>> = {
  m: {
    1: 'первый',
    2: 'второй',
    3: 'третий',
    4: 'четвёртый',
    5: 'пятый',
    [-1]: 'последний',
    [-2]: 'предпоследний',
  },
  f: {
    1: 'первую',
    2: 'вторую',
    3: 'третью',
    4: 'четвёртую',
    5: 'пятую',
    [-1]: 'последнюю',
    [-2]: 'предпоследнюю',
  },
  n: {
    1: 'первое',
    2: 'второе',
    3: 'третье',
    4: 'четвёртое',
    5: 'пятое',
    [-1]: 'последнее',
    [-2]: 'предпоследнее',
  },
};
const EVERY: Record<Gender, string> = { m: 'каждый', f: 'каждую', n: 'каждое' };

/** "раз в два дня", "раз в пять дней", "раз в 21 день". */
const DAYS: PluralForms = {
  one: 'раз в # день',
  few: 'раз в # дня',
  many: 'раз в # дней',
  other: 'раз в # дня',
};
const WEEKS: PluralForms = {
  one: 'раз в # неделю',
  few: 'раз в # недели',
  many: 'раз в # недель',
  other: 'раз в # недели',
};
const MONTHS: PluralForms = {
  one: 'раз в # месяц',
  few: 'раз в # месяца',
  many: 'раз в # месяцев',
  other: 'раз в # месяца',
};
const YEARS: PluralForms = {
  one: 'раз в # год',
  few: 'раз в # года',
  many: 'раз в # лет',
  other: 'раз в # года',
};
const TIMES: PluralForms = { one: '# раз', few: '# раза', many: '# раз', other: '# раза' };

const numbers = new Intl.NumberFormat('ru');
const plurals = new Intl.PluralRules('ru');
const form = (n: number, forms: PluralForms) =>
  forms[plurals.select(n) as keyof PluralForms] ?? forms.other;
/** The phrase for n, the number in words up to twelve ("раз в две недели"), in digits beyond. */
const inWords = (n: number, forms: PluralForms, gender: Gender = 'm') =>
  form(n, forms).replace(
    '#',
    gender === 'f' && n === 2 ? 'две' : (NUMBERS[n] ?? numbers.format(n)),
  );
/** The phrase for n in digits ("всего 10 раз"). */
const inDigits = (n: number, forms: PluralForms) => form(n, forms).replace('#', numbers.format(n));

const name = (day: Weekday) => weekdayNames([day], 'ru')[0];
/** "среда", "пятница", "суббота" are feminine, "воскресенье" neuter, the others masculine. */
const genderOf = (word: string): Gender =>
  word.endsWith('а') ? 'f' : word.endsWith('е') ? 'n' : 'm';
/** "понедельник", "среду", "воскресенье" (after "каждый", "в", "по"). */
const accusative = (word: string) => (genderOf(word) === 'f' ? `${word.slice(0, -1)}у` : word);
/** "понедельника", "среды", "воскресенья" (after "с"). */
function genitive(word: string): string {
  const gender = genderOf(word);
  if (gender === 'f') return `${word.slice(0, -1)}ы`;
  if (gender === 'n') return `${word.slice(0, -1)}я`;
  return `${word}а`;
}
/** "понедельникам", "средам", "воскресеньям" (after "по"). */
function dativePlural(word: string): string {
  const gender = genderOf(word);
  if (gender === 'f') return `${word.slice(0, -1)}ам`;
  if (gender === 'n') return `${word.slice(0, -1)}ям`;
  return `${word}ам`;
}
/** "в" becomes "во" before "вт…": "во вторник", "во вторую среду". */
const inOn = (next: string) => (/^в[^аеёиоуыэюя]/i.test(next) ? 'во' : 'в');

/** "по понедельникам и средам", "с понедельника по четверг" (three or more days in a row). */
function weekdaysText(days: Weekday[]): string {
  const words = days.map(name);
  const run = days.every((d, i) => i === 0 || d === (days[i - 1] + 1) % 7);
  return run && days.length >= 3
    ? `с ${genitive(words[0])} по ${accusative(words[words.length - 1])}`
    : `по ${joinList(words.map(dativePlural), 'ru')}`;
}

function shapeText(shape: RuleShape): string {
  switch (shape.kind) {
    case 'daily':
      return shape.interval === 1 ? 'ежедневно' : inWords(shape.interval, DAYS);
    case 'weekdays': {
      if (shape.interval === 1 && shape.weekdays.length === 1) {
        const day = name(shape.weekdays[0]);
        return `${EVERY[genderOf(day)]} ${accusative(day)}`;
      }
      if (shape.interval === 1) return weekdaysText(shape.weekdays);
      return `${inWords(shape.interval, WEEKS, 'f')} ${weekdaysText(shape.weekdays)}`;
    }
    case 'monthly-weekday': {
      const day = name(shape.weekday);
      const ordinals = joinList(
        shape.ordinals.map((o) => ORDINALS[genderOf(day)][o]),
        'ru',
      );
      const on = `${inOn(ordinals)} ${ordinals} ${accusative(day)}`;
      return shape.interval === 1
        ? `${on} каждого месяца`
        : `${inWords(shape.interval, MONTHS)} ${on}`;
    }
    case 'monthly-day': {
      const dates = shape.days.filter((d) => d > 0).map((d) => `${numbers.format(d)}-го`);
      const last = shape.days.includes(-1);
      if (shape.interval === 1 && !dates.length) return 'в последний день каждого месяца';
      const parts = [
        ...(dates.length ? [`${joinList(dates, 'ru')} числа`] : []),
        ...(last ? ['в последний день месяца'] : []),
      ];
      const days = joinList(parts, 'ru');
      return shape.interval === 1
        ? `каждый месяц ${days}`
        : `${inWords(shape.interval, MONTHS)} ${days}`;
    }
    case 'yearly':
      return shape.interval === 1
        ? `каждый год ${monthDay(shape.month, shape.day, 'ru')}`
        : `${inWords(shape.interval, YEARS)}, ${monthDay(shape.month, shape.day, 'ru')}`;
    case 'other':
      return 'регулярно';
  }
}

/** The whole phrase: rule, end, exceptions. */
export function describeRule(summary: RuleSummary): string {
  let text = shapeText(summary.shape);
  if (summary.until) text += ` до ${dayMonthYear(summary.until, 'ru')}`;
  else if (summary.count) text += `, всего ${inDigits(summary.count, TIMES)}`;
  if (summary.except.length) {
    text += `, кроме ${joinList(
      summary.except.map((d) => dayMonth(d, 'ru')),
      'ru',
    )}`;
  }
  return text;
}

export const ruRecurrence: RecurrenceTexts = {
  describeRule,
  nextDates: 'Ближайшие даты',
};
