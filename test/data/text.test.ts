import { expect } from '@open-wc/testing';
import { resolveText, resolveTextWithLang, textLang } from '../../src/data/text.js';

describe('resolveText', () => {
  const text = { de: 'Sprachcafé', en: 'Language café', 'de-x-ls': 'Treffen zum Sprechen' };

  it('returns a plain string as it is', () => {
    expect(resolveText('Fest', 'en')).to.equal('Fest');
  });

  it('prefers the exact tag, case-insensitively', () => {
    expect(resolveText(text, 'de-x-ls')).to.equal('Treffen zum Sprechen');
    expect(resolveText(text, 'DE-X-LS')).to.equal('Treffen zum Sprechen');
  });

  it('falls back to the primary subtag, then German, then the first text there is', () => {
    expect(resolveText(text, 'en-GB')).to.equal('Language café');
    expect(resolveText(text, 'ar')).to.equal('Sprachcafé');
    expect(resolveText({ uk: 'Мовне кафе', en: 'Language café' }, 'ar')).to.equal('Мовне кафе');
  });

  it('skips empty translations', () => {
    expect(resolveText({ en: ' ', de: 'Fest' }, 'en')).to.equal('Fest');
  });

  it('gives an empty string for a missing text', () => {
    expect(resolveText(undefined, 'de')).to.equal('');
  });
});

describe('resolveTextWithLang and textLang (issue 16, defect 7)', () => {
  const text = { de: 'Sprachcafé', en: 'Language café', 'de-x-ls': 'Treffen zum Sprechen' };

  it('says which language the string is in', () => {
    expect(resolveTextWithLang(text, 'en-GB')).to.deep.equal({ text: 'Language café', lang: 'en' });
    expect(resolveTextWithLang(text, 'ar')).to.deep.equal({ text: 'Sprachcafé', lang: 'de' });
    expect(resolveTextWithLang({ uk: 'Мовне кафе' }, 'ar')).to.deep.equal({
      text: 'Мовне кафе',
      lang: 'uk',
    });
    // A plain string is in the data's default language, German.
    expect(resolveTextWithLang('Fest', 'en')).to.deep.equal({ text: 'Fest', lang: 'de' });
  });

  it('gives a lang only where the text is not in the UI language', () => {
    expect(textLang('Fest', 'en')).to.equal('de');
    expect(textLang(text, 'ar')).to.equal('de');
    expect(textLang(text, 'en')).to.equal(undefined);
    expect(textLang(text, 'en-GB')).to.equal(undefined);
    expect(textLang('Fest', 'de')).to.equal(undefined);
    expect(textLang('Fest', 'de-x-ls')).to.equal(undefined);
    expect(textLang({ en: 'Reading' }, 'de')).to.equal('en');
  });
});
