/** Dates in every language: Gregorian, one digit system, titles and cells agreeing; the week's first day. */
import { expect } from '@open-wc/testing';
import type { DayKey } from '../../src/calendar/days.js';
import { dayOfMonth, fullDate, monthTitle, weekdayName } from '../../src/i18n/dates.js';
import { firstDayOfWeek } from '../../src/i18n/week-start.js';
import { intlLocale } from '../../src/i18n/intl-locale.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { formatNumber } from '../../src/i18n/plural.js';
import { dayMonthYear, weekdayNames } from '../../src/i18n/recurrence/words.js';

/** Every day of 2026, as the calendar draws it. */
const DAYS: DayKey[] = Array.from(
  { length: 365 },
  (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10) as DayKey,
);

/** The digits 0–9 of a language, from its number format (not from the date formats tested). */
const digitsOf = (lang: string) =>
  Array.from({ length: 10 }, (_, d) => formatNumber(lang, d)).join('');

/** The characters of `text` that are digits in any script. */
const digitsIn = (text: string) => text.match(/\p{Nd}/gu)?.join('') ?? '';

describe('dates in every language', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: month title, day numbers and day names agree, Gregorian, in one digit system`, () => {
      const digits = digitsOf(lang);
      const year = [...'2026'].map((d) => digits[+d]).join('');
      for (const day of DAYS) {
        const number = dayOfMonth(day, lang);
        // The day's number, written in the language's digits (never Latin digits by default).
        expect(number, `${lang} ${day}`).to.contain(formatNumber(lang, +day.slice(8, 10)));
        // The title has the Gregorian year in the same digits (not 1404/1405 of the Persian calendar).
        const title = monthTitle(day, lang);
        expect(digitsIn(title).endsWith(year), `${lang} ${title}`).to.equal(true);
        for (const digit of digitsIn(title) + digitsIn(number)) expect(digits).to.contain(digit);
        // A Gregorian month: one title from the 1st to the last day, a new one on the 1st.
        const first = `${day.slice(0, 8)}01` as DayKey;
        expect(title, `${lang} ${day}`).to.equal(monthTitle(first, lang));
        if (day.endsWith('-01') && day !== DAYS[0])
          expect(title).not.to.equal(monthTitle(DAYS[DAYS.indexOf(day) - 1], lang));
        // The cell's name holds the same day name, day number and year.
        const full = fullDate(day, lang);
        expect(full, `${lang} ${day}`).to.contain(weekdayName(day, lang, 'long'));
        expect(full).to.contain(number);
        expect(digitsIn(full).endsWith(year), `${lang} ${full}`).to.equal(true);
      }
      // Recurrence phrases use the same calendar and digits.
      const until = digitsIn(dayMonthYear('2026-06-30', lang));
      expect(until.endsWith(year), `${lang} ${until}`).to.equal(true);
      expect(until).to.contain(formatNumber(lang, 30));
      expect(weekdayNames([2], lang)[0]).to.equal(weekdayName('2026-05-19', lang, 'long'));
    });
  }

  it('keeps a page’s own digit choice and still counts Gregorian years', () => {
    expect(dayOfMonth('2026-05-19', 'ar-u-nu-latn')).to.equal('19');
    expect(monthTitle('2026-05-19', 'fa-u-ca-persian')).to.contain('۲۰۲۶');
    expect(intlLocale('fa-u-ca-persian')).to.equal('fa-u-ca-gregory');
  });

  it('writes the day number in Persian digits for Farsi', () => {
    expect(dayOfMonth('2026-05-19', 'fa')).to.equal('۱۹');
    expect(dayOfMonth('2026-05-19', 'de')).to.equal('19');
    expect(dayOfMonth('2026-05-19')).to.equal('19');
  });
});

describe('firstDayOfWeek', () => {
  it('is Monday for a language without a region, Leichte Sprache included', () => {
    for (const lang of [...LANGUAGES, 'he']) expect(firstDayOfWeek(lang), lang).to.equal(1);
  });

  it('follows a region, as the browser’s week data says', () => {
    expect(firstDayOfWeek('en-US')).to.equal(0);
    expect(firstDayOfWeek('ar-SA')).to.equal(0);
    expect(firstDayOfWeek('ar-EG')).to.equal(6);
    expect(firstDayOfWeek('fa-IR')).to.equal(6);
    expect(firstDayOfWeek('fa-AF')).to.equal(6);
    expect(firstDayOfWeek('de-DE')).to.equal(1);
    expect(firstDayOfWeek('de-AT')).to.equal(1);
    expect(firstDayOfWeek('en-GB')).to.equal(1);
  });

  it('follows a -u-fw- keyword before the region', () => {
    expect(firstDayOfWeek('de-u-fw-sun')).to.equal(0);
    expect(firstDayOfWeek('ar-u-fw-sat')).to.equal(6);
    expect(firstDayOfWeek('en-US-u-fw-mon')).to.equal(1);
    expect(firstDayOfWeek('de-u-ca-gregory-fw-wed')).to.equal(3);
    expect(firstDayOfWeek('de-x-ls')).to.equal(1);
  });
});
