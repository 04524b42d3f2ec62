// Ukrainian recurrence phrases ("щовівторка", "кожної першої суботи місяця", "щороку 10 вересня"); machine-assisted translation by the team, not yet checked by a native speaker.
import type { RuleShape, RuleSummary } from '../../calendar/rule-shape.js';
import type { Weekday } from '../../calendar/rrule.js';
import type { PluralForms } from '../plural-forms.js';
import type { RecurrenceTexts } from './de.js';
import { dayMonth, dayMonthYear, joinList, monthDay } from './words.js';

const LANG = 'uk';
const numberFormat = new Intl.NumberFormat(LANG);
const rules = new Intl.PluralRules(LANG);

/**
 * Intl names a weekday only in the nominative ("понеділок"); these sentences need its cases,
 * so they are written here, Sunday (0) to Saturday (6), with the apostrophe Intl uses (ʼ).
 */
const GENITIVE = ['неділі', 'понеділка', 'вівторка', 'середи', 'четверга', 'пʼятниці', 'суботи'];
const ACCUSATIVE = ['неділю', 'понеділок', 'вівторок', 'середу', 'четвер', 'пʼятницю', 'суботу'];
/** "по понеділках". */
const LOCATIVE_PLURAL = [
  'неділях',
  'понеділках',
  'вівторках',
  'середах',
  'четвергах',
  'пʼятницях',
  'суботах',
];
const feminine = (day: Weekday) => day === 0 || day === 3 || day === 5 || day === 6;

/** Ordinals by case and gender: "кожного першого понеділка", "в першу суботу". */
const ORDINALS: Record<'genitive' | 'accusative', Record<'m' | 'f', Record<number, string>>> = {
  genitive: {
    m: {
      1: 'першого',
      2: 'другого',
      3: 'третього',
      4: 'четвертого',
      5: 'пʼятого',
      [-1]: 'останнього',
      [-2]: 'передостаннього',
    },
    f: {
      1: 'першої',
      2: 'другої',
      3: 'третьої',
      4: 'четвертої',
      5: 'пʼятої',
      [-1]: 'останньої',
      [-2]: 'передостанньої',
    },
  },
  accusative: {
    m: {
      1: 'перший',
      2: 'другий',
      3: 'третій',
      4: 'четвертий',
      5: 'пʼятий',
      [-1]: 'останній',
      [-2]: 'передостанній',
    },
    f: {
      1: 'першу',
      2: 'другу',
      3: 'третю',
      4: 'четверту',
      5: 'пʼяту',
      [-1]: 'останню',
      [-2]: 'передостанню',
    },
  },
};

/** Two to twelve in words (the nouns counted here are all masculine); larger in digits. */
const NUMBERS = [
  '',
  'один',
  'два',
  'три',
  'чотири',
  'пʼять',
  'шість',
  'сім',
  'вісім',
  'девʼять',
  'десять',
  'одинадцять',
  'дванадцять',
];
/** Whole interval phrases: "кожні два дні", "кожні пʼять днів", "кожен 21 день". */
const DAYS: PluralForms = {
  one: 'кожен # день',
  few: 'кожні # дні',
  many: 'кожні # днів',
  other: 'кожні # дня',
};
const WEEKS: PluralForms = {
  one: 'кожен # тиждень',
  few: 'кожні # тижні',
  many: 'кожні # тижнів',
  other: 'кожні # тижня',
};
const MONTHS: PluralForms = {
  one: 'кожен # місяць',
  few: 'кожні # місяці',
  many: 'кожні # місяців',
  other: 'кожні # місяця',
};
const YEARS: PluralForms = {
  one: 'кожен # рік',
  few: 'кожні # роки',
  many: 'кожні # років',
  other: 'кожні # року',
};
/** How often in all, in digits: "10 разів". */
const TIMES: PluralForms = { one: '# раз', few: '# рази', many: '# разів', other: '# разу' };

const form = (value: number, forms: PluralForms) => forms[rules.select(value)] ?? forms.other;
/** "кожні два тижні", "кожні пʼять днів", "кожні 14 днів". */
const every = (n: number, forms: PluralForms) =>
  form(n, forms).replace('#', NUMBERS[n] ?? numberFormat.format(n));
const counted = (n: number, forms: PluralForms) =>
  form(n, forms).replace('#', numberFormat.format(n));
/** Euphony: "у" between consonants ("місяців у другу"), "в" next to a vowel ("місяці в першу"). */
const VOWEL = /[аеєиіїоуюя]/i;
const inBetween = (before: string, after: string) =>
  VOWEL.test(before.slice(-1)) || VOWEL.test(after.charAt(0)) ? 'в' : 'у';

/** "по понеділках і середах", "з понеділка до четверга" (three or more days in a row). */
function onDays(days: Weekday[]): string {
  const run = days.every((d, i) => i === 0 || d === (days[i - 1] + 1) % 7);
  return run && days.length >= 3
    ? `з ${GENITIVE[days[0]]} до ${GENITIVE[days[days.length - 1]]}`
    : `по ${joinList(
        days.map((d) => LOCATIVE_PLURAL[d]),
        LANG,
      )}`;
}

function shapeText(shape: RuleShape): string {
  switch (shape.kind) {
    case 'daily':
      return shape.interval === 1 ? 'щодня' : every(shape.interval, DAYS);
    case 'weekdays':
      if (shape.interval === 1 && shape.weekdays.length === 1)
        return `що${GENITIVE[shape.weekdays[0]]}`;
      if (shape.interval === 1) return onDays(shape.weekdays);
      return `${every(shape.interval, WEEKS)} ${onDays(shape.weekdays)}`;
    case 'monthly-weekday': {
      const gender = feminine(shape.weekday) ? 'f' : 'm';
      if (shape.interval === 1) {
        const ordinals = joinList(
          shape.ordinals.map((o) => ORDINALS.genitive[gender][o]),
          LANG,
        );
        const each = gender === 'f' ? 'кожної' : 'кожного';
        return `${each} ${ordinals} ${GENITIVE[shape.weekday]} місяця`;
      }
      const ordinals = joinList(
        shape.ordinals.map((o) => ORDINALS.accusative[gender][o]),
        LANG,
      );
      const interval = every(shape.interval, MONTHS);
      return `${interval} ${inBetween(interval, ordinals)} ${ordinals} ${ACCUSATIVE[shape.weekday]}`;
    }
    case 'monthly-day': {
      const numbered = shape.days.filter((d) => d > 0).map((d) => `${numberFormat.format(d)}-го`);
      const parts = numbered.length ? [`${joinList(numbered, LANG)} числа`] : [];
      if (shape.days.includes(-1)) parts.push('в останній день');
      const days = joinList(parts, LANG);
      return shape.interval === 1 ? `щомісяця ${days}` : `${every(shape.interval, MONTHS)} ${days}`;
    }
    case 'yearly':
      return shape.interval === 1
        ? `щороку ${monthDay(shape.month, shape.day, LANG)}`
        : `${every(shape.interval, YEARS)} ${monthDay(shape.month, shape.day, LANG)}`;
    case 'other':
      return 'регулярно';
  }
}

/** The whole phrase: rule, end, exceptions. */
export function describeRule(summary: RuleSummary): string {
  let text = shapeText(summary.shape);
  if (summary.until) text += ` до ${dayMonthYear(summary.until, LANG)}`;
  else if (summary.count) text += `, ${counted(summary.count, TIMES)}`;
  if (summary.except.length) {
    text += `, крім ${joinList(
      summary.except.map((d) => dayMonth(d, LANG)),
      LANG,
    )}`;
  }
  return text;
}

export const ukRecurrence: RecurrenceTexts = {
  describeRule,
  nextDates: 'Наступні дати',
};
