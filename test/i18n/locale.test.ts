import { expect, fixture, html } from '@open-wc/testing';
import { loadTexts } from '../../src/i18n/bundle.js';
import { textLanguage } from '../../src/i18n/languages.js';
import {
  coreTexts,
  dirOf,
  intlLocale,
  langOf,
  messagesFor,
  supportedTag,
} from '../../src/i18n/locale.js';
import { plural } from '../../src/i18n/plural.js';

describe('locale', () => {
  it('takes the nearest lang, across shadow roots, else German', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="en"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(langOf(inner)).to.equal('en');
    const bare = await fixture<HTMLElement>(html`<p></p>`);
    document.documentElement.removeAttribute('lang');
    expect(langOf(bare)).to.equal('de');
  });

  it('uses German until another language is loaded, then that language', async () => {
    expect(messagesFor('fr').retry).to.equal('Erneut versuchen');
    expect(messagesFor('en').retry).to.equal('Erneut versuchen');
    expect(await loadTexts(coreTexts, 'en')).to.equal(true);
    expect(messagesFor('en-GB').retry).to.equal('Try again');
    expect(await loadTexts(coreTexts, 'de')).to.equal(false);
  });

  it('knows right-to-left languages', () => {
    expect(dirOf('ar')).to.equal('rtl');
    expect(dirOf('fa-IR')).to.equal('rtl');
    expect(dirOf('uk')).to.equal('ltr');
  });

  it('gives Intl German for Leichte Sprache, and always the Gregorian calendar', () => {
    expect(intlLocale('de-x-ls')).to.equal('de-u-ca-gregory');
    expect(intlLocale('not a tag!')).to.equal('de-u-ca-gregory');
    expect(intlLocale('fa')).to.equal('fa-u-ca-gregory');
    expect(intlLocale('ar-SA-u-ca-islamic-nu-latn')).to.equal('ar-SA-u-ca-gregory-nu-latn');
    expect(intlLocale('en-US-u-fw-sun')).to.equal('en-US-u-ca-gregory-fw-sun');
  });

  it('knows which language’s texts a tag gets', () => {
    expect(textLanguage('de-AT')).to.equal('de');
    expect(textLanguage('ar-SY')).to.equal('ar');
    expect(textLanguage('fa-AF')).to.equal('fa');
    expect(textLanguage('prs')).to.equal('fa');
    expect(textLanguage('de-x-ls')).to.equal('de-x-ls');
    expect(textLanguage('de-DE-x-ls')).to.equal('de-x-ls');
    expect(textLanguage('uk_UA')).to.equal('uk');
    expect(textLanguage('fr')).to.equal(undefined);
    expect(textLanguage('deu')).to.equal(undefined);
  });

  it('keeps a supported tag whole and refuses the others', () => {
    expect(supportedTag('ar-SA-u-fw-mon')).to.equal('ar-SA-u-fw-mon');
    expect(supportedTag('tr_TR')).to.equal('tr-TR');
    expect(supportedTag('prs')).to.equal('fa');
    expect(supportedTag('prs-AF')).to.equal('fa-AF');
    expect(supportedTag('fr-FR')).to.equal(undefined);
    expect(supportedTag('ar-!!')).to.equal(undefined);
  });

  it('uses the language’s plural rules', () => {
    const forms = { one: '# Veranstaltung', other: '# Veranstaltungen' };
    expect(plural('de', 1, forms)).to.equal('1 Veranstaltung');
    expect(plural('de', 0, forms)).to.equal('0 Veranstaltungen');
    expect(plural('de', 1200, forms)).to.equal('1.200 Veranstaltungen');
  });

  it('picks a whole phrase per plural category, Arabic dual included', () => {
    const forms = {
      zero: 'لا توجد فعاليات',
      one: 'فعالية واحدة',
      two: 'فعاليتان',
      few: '# فعاليات',
      many: '# فعالية',
      other: '# فعالية',
    };
    expect(plural('ar', 0, forms)).to.equal('لا توجد فعاليات');
    expect(plural('ar', 2, forms)).to.equal('فعاليتان');
    expect(plural('ar', 5, forms)).to.equal(`${new Intl.NumberFormat('ar').format(5)} فعاليات`);
    expect(plural('ar', 11, forms)).to.equal(`${new Intl.NumberFormat('ar').format(11)} فعالية`);
  });
});
