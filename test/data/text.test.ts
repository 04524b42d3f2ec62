import { expect } from '@open-wc/testing';
import { resolveText } from '../../src/data/text.js';

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
