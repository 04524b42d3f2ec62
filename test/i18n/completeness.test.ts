/**
 * Every registered language against German, bundle by bundle: the same keys (recursively;
 * functions by presence), counted phrases for each of the language's plural categories, and no
 * text left in German unless it is the same by nature. Languages come from the registries.
 */
import { expect } from '@open-wc/testing';
import type { TextBundle } from '../../src/i18n/bundle.js';
import { intlLocale } from '../../src/i18n/intl-locale.js';
import { LANGUAGES, type Language } from '../../src/i18n/languages.js';
import { coreTexts } from '../../src/i18n/locale.js';
import { calendarTexts } from '../../src/i18n/messages/calendar.js';
import { formTexts } from '../../src/i18n/messages/form.js';
import { mapTexts } from '../../src/i18n/messages/map.js';
import { recurrenceTexts } from '../../src/i18n/recurrence/index.js';
import { registry } from '../../src/i18n/registry.js';

const BUNDLES = [coreTexts, calendarTexts, formTexts, mapTexts, recurrenceTexts] as TextBundle<
  Record<string, unknown>
>[];

/** The registry's table for a bundle. */
const loadersOf = (bundle: TextBundle<unknown>) =>
  registry[bundle.name] as Partial<Record<Language, () => Promise<unknown>>>;

/** Languages registered for any bundle: a new one is checked as soon as one line registers it. */
const REGISTERED = [
  ...new Set(BUNDLES.flatMap((bundle) => Object.keys(loadersOf(bundle)) as Language[])),
];

/**
 * Texts that may equal the German one, as `language:bundle.path` (`*` for any language or one
 * path segment): words that are already plain in German stay in Leichte Sprache; names stay.
 */
const SAME_BY_NATURE = [
  // Punctuation between parts of a line: a comma in most of the languages.
  '*:core.separator',
  'de-x-ls:core.count.*.*',
  'de-x-ls:core.filter.facet.topics',
  'de-x-ls:core.filter.facet.languages',
  'de-x-ls:core.filter.allTopics',
  'de-x-ls:core.feature.easy-language',
  'de-x-ls:calendar.view.*',
  'de-x-ls:calendar.today',
  'de-x-ls:map.viewMap',
  'de-x-ls:map.viewList',
  'de-x-ls:map.status.idea',
  'de-x-ls:map.email',
  'de-x-ls:map.phone',
  'de-x-ls:form.consent.before',
  'en:form.label.name',
  'en:map.website',
  'tr:calendar.view.list',
  'tr:map.viewList',
  'tr:map.phone',
];
const allowed = SAME_BY_NATURE.map(
  (entry) => new RegExp(`^${entry.replace(/[.]/g, '\\.').replace(/\*/g, '[^.:]+')}$`),
);
const sameByNature = (lang: string, path: string) =>
  allowed.some((pattern) => pattern.test(`${lang}:${path}`));

const PLURAL_KEYS = ['zero', 'one', 'two', 'few', 'many', 'other'];
type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;
const isPlural = (value: unknown) => isTree(value) && 'one' in value && 'other' in value;

/** What differs in shape between the German texts and a language's, as paths. */
function shapeProblems(lang: string, de: unknown, other: unknown, path: string): string[] {
  if (typeof de === 'function' || typeof de === 'string')
    return typeof other === typeof de ? [] : [`${path}: ${typeof de} expected`];
  if (!isTree(other)) return [`${path}: missing`];
  if (isPlural(de)) {
    const needed = new Intl.PluralRules(intlLocale(lang)).resolvedOptions().pluralCategories;
    return [
      ...needed.filter((c) => typeof other[c] !== 'string').map((c) => `${path}.${c}: missing`),
      ...Object.keys(other)
        .filter((c) => !PLURAL_KEYS.includes(c) || typeof other[c] !== 'string')
        .map((c) => `${path}.${c}: not a plural category`),
    ];
  }
  const keys = Object.keys(de as Tree);
  return [
    ...keys.flatMap((key) => shapeProblems(lang, (de as Tree)[key], other[key], `${path}.${key}`)),
    ...Object.keys(other)
      .filter((key) => !keys.includes(key))
      .map((key) => `${path}.${key}: not in German`),
  ];
}

/** Texts that are still the German ones. */
function leftInGerman(lang: string, de: unknown, other: unknown, path: string): string[] {
  if (typeof de === 'string')
    return de !== '' && other === de && !sameByNature(lang, path) ? [`${path}: “${de}”`] : [];
  if (!isTree(de) || !isTree(other)) return [];
  return Object.keys(de).flatMap((key) =>
    leftInGerman(lang, de[key], other[key], `${path}.${key}`),
  );
}

describe('translations', () => {
  it('registers only languages the widgets speak, Leichte Sprache and English among them', () => {
    for (const lang of REGISTERED) expect(LANGUAGES).to.include(lang);
    expect(REGISTERED).to.include.members(['de-x-ls', 'en']);
  });

  for (const lang of REGISTERED) {
    describe(lang, () => {
      it('has its texts in every bundle', () => {
        const missing = BUNDLES.filter((bundle) => !loadersOf(bundle)[lang]).map((b) => b.name);
        expect(missing, `${lang} is not registered in`).to.deep.equal([]);
      });

      for (const bundle of BUNDLES) {
        it(`${bundle.name}: exactly the keys of German, plural categories, nothing left in German`, async () => {
          const load = loadersOf(bundle)[lang];
          if (!load) return expect.fail(`${lang} has no ${bundle.name} texts`);
          const texts = await load();
          expect(shapeProblems(lang, bundle.de, texts, bundle.name)).to.deep.equal([]);
          expect(leftInGerman(lang, bundle.de, texts, bundle.name)).to.deep.equal([]);
        });
      }
    });
  }
});

describe('the completeness check itself', () => {
  it('finds a missing key, an extra key, a missing plural category and a text left in German', () => {
    const de = { a: 'Hallo', b: { c: (n: number) => `${n}` }, count: { one: '# x', other: '# y' } };
    const broken = { a: 'Hallo', b: { d: 'extra' }, count: { one: '# a', other: '# b' } };
    expect(shapeProblems('ru', de, broken, 'core')).to.deep.equal([
      'core.b.c: function expected',
      'core.b.d: not in German',
      'core.count.few: missing',
      'core.count.many: missing',
    ]);
    expect(leftInGerman('ru', de, broken, 'core')).to.deep.equal(['core.a: “Hallo”']);
    expect(leftInGerman('de-x-ls', de, broken, 'core')).to.deep.equal(['core.a: “Hallo”']);
    const counted = { count: { events: { one: '# Veranstaltung' } } };
    expect(leftInGerman('de-x-ls', counted, counted, 'core')).to.deep.equal([]);
    expect(leftInGerman('ru', counted, counted, 'core')).to.deep.equal([
      'core.count.events.one: “# Veranstaltung”',
    ]);
  });
});
