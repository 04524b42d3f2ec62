// Arabic recurrence phrases ("كل يوم الثلاثاء", "يوم السبت الأول من كل شهر", "كل عام في 10 سبتمبر"); machine-assisted translation by the team, not yet checked by a native speaker.
import type { RuleShape, RuleSummary } from '../../calendar/rule-shape.js';
import type { Weekday } from '../../calendar/rrule.js';
import type { PluralForms } from '../plural-forms.js';
import type { RecurrenceTexts } from './de.js';
import { dayMonth, dayMonthYear, joinList, monthDay, weekdayNames } from './words.js';

const LANG = 'ar';
const numberFormat = new Intl.NumberFormat(LANG);
const rules = new Intl.PluralRules(LANG);
/** The whole phrase for the number's plural category ("أسبوعين", "3 أسابيع", "11 أسبوعًا"). */
const counted = (value: number, forms: PluralForms) =>
  (forms[rules.select(value)] ?? forms.other).replace('#', numberFormat.format(value));

/** Intervals after "كل" (genitive): "كل يومين", "كل 3 أيام", "كل 11 يومًا", "كل 100 يوم". */
const DAYS: PluralForms = {
  one: 'يوم',
  two: 'يومين',
  few: '# أيام',
  many: '# يومًا',
  other: '# يوم',
};
const WEEKS: PluralForms = {
  one: 'أسبوع',
  two: 'أسبوعين',
  few: '# أسابيع',
  many: '# أسبوعًا',
  other: '# أسبوع',
};
const MONTHS: PluralForms = {
  one: 'شهر',
  two: 'شهرين',
  few: '# أشهر',
  many: '# شهرًا',
  other: '# شهر',
};
const YEARS: PluralForms = {
  one: 'عام',
  two: 'عامين',
  few: '# أعوام',
  many: '# عامًا',
  other: '# عام',
};
/** How often in all: "مرة واحدة", "مرتين", "10 مرات", "12 مرة". */
const TIMES: PluralForms = {
  one: 'مرة واحدة',
  two: 'مرتين',
  few: '# مرات',
  many: '# مرة',
  other: '# مرة',
};
/** Masculine, agreeing with "يوم": "يوم السبت الأول". */
const ORDINALS: Record<number, string> = {
  1: 'الأول',
  2: 'الثاني',
  3: 'الثالث',
  4: 'الرابع',
  5: 'الخامس',
  [-1]: 'الأخير',
  [-2]: 'ما قبل الأخير',
};

/** Intl's names carry the article: "الاثنين", "الجمعة". */
const names = (days: Weekday[]) => weekdayNames(days, LANG);

/** "يوم الاثنين", "أيام الاثنين والأربعاء", "من الاثنين إلى الخميس" (three or more days in a row). */
function onDays(days: Weekday[]): string {
  const words = names(days);
  if (words.length === 1) return `يوم ${words[0]}`;
  const run = days.every((d, i) => i === 0 || d === (days[i - 1] + 1) % 7);
  return run && days.length >= 3
    ? `من ${words[0]} إلى ${words[words.length - 1]}`
    : `أيام ${joinList(words, LANG)}`;
}

function shapeText(shape: RuleShape): string {
  switch (shape.kind) {
    case 'daily':
      return shape.interval === 1 ? 'يوميًا' : `كل ${counted(shape.interval, DAYS)}`;
    case 'weekdays':
      if (shape.interval === 1 && shape.weekdays.length === 1)
        return `كل يوم ${names(shape.weekdays)[0]}`;
      if (shape.interval === 1) return onDays(shape.weekdays);
      return `كل ${counted(shape.interval, WEEKS)} ${onDays(shape.weekdays)}`;
    case 'monthly-weekday': {
      const ordinals = joinList(
        shape.ordinals.map((o) => ORDINALS[o]),
        LANG,
      );
      const day = names([shape.weekday])[0];
      return shape.interval === 1
        ? `يوم ${day} ${ordinals} من كل شهر`
        : `كل ${counted(shape.interval, MONTHS)} في يوم ${day} ${ordinals} من الشهر`;
    }
    case 'monthly-day': {
      const numbered = shape.days.filter((d) => d > 0).map((d) => numberFormat.format(d));
      // "اليوم 15", "اليومين 1 و15", "الأيام 1 و10 و20".
      const noun = ['', 'اليوم', 'اليومين'][numbered.length] ?? 'الأيام';
      const parts = numbered.length ? [`${noun} ${joinList(numbered, LANG)}`] : [];
      if (shape.days.includes(-1)) parts.push('آخر يوم');
      const days = joinList(parts, LANG);
      return shape.interval === 1
        ? `في ${days} من كل شهر`
        : `كل ${counted(shape.interval, MONTHS)} في ${days} من الشهر`;
    }
    case 'yearly':
      return shape.interval === 1
        ? `كل عام في ${monthDay(shape.month, shape.day, LANG)}`
        : `كل ${counted(shape.interval, YEARS)} في ${monthDay(shape.month, shape.day, LANG)}`;
    case 'other':
      return 'بشكل منتظم';
  }
}

/** The whole phrase: rule, end, exceptions. */
export function describeRule(summary: RuleSummary): string {
  let text = shapeText(summary.shape);
  if (summary.until) text += ` حتى ${dayMonthYear(summary.until, LANG)}`;
  else if (summary.count) text += `، ${counted(summary.count, TIMES)}`;
  if (summary.except.length) {
    text += `، باستثناء ${joinList(
      summary.except.map((d) => dayMonth(d, LANG)),
      LANG,
    )}`;
  }
  return text;
}

export const arRecurrence: RecurrenceTexts = {
  describeRule,
  nextDates: 'المواعيد القادمة',
};
