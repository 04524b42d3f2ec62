/**
 * The demo page's language switcher (demo/language-switch.ts): the language from `?lang=`,
 * `lang` and `dir` on the page, the choice written back to the address, German by default.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { connectLanguageSwitch, withLanguage } from '../demo/language-switch.js';

const start = location.href;

async function page(query: string): Promise<{ root: HTMLElement; select: HTMLSelectElement }> {
  history.replaceState(null, '', `${location.pathname}${query}`);
  const root = await fixture<HTMLElement>(html`
    <div>
      <label for="sprache-test">Sprache</label>
      <select id="sprache-test">
        <option value="de" lang="de">Deutsch</option>
        <option value="ar" lang="ar">العربية</option>
        <option value="uk" lang="uk">Українська</option>
      </select>
    </div>
  `);
  return { root, select: root.querySelector('select')! };
}

function choose(select: HTMLSelectElement, lang: string): void {
  select.value = lang;
  select.dispatchEvent(new Event('change'));
}

describe('demo language switch', () => {
  let disconnect: (() => void) | undefined;
  afterEach(() => {
    disconnect?.();
    history.replaceState(null, '', start);
  });

  it('opens in the language of ?lang=, right to left for Arabic', async () => {
    const { root, select } = await page('?lang=ar');
    disconnect = connectLanguageSwitch(select, root);
    expect(select.value).to.equal('ar');
    expect(root.lang).to.equal('ar');
    expect(root.dir).to.equal('rtl');
  });

  it('falls back to German for a language it does not offer', async () => {
    const { root, select } = await page('?lang=xx');
    disconnect = connectLanguageSwitch(select, root);
    expect(select.value).to.equal('de');
    expect(root.lang).to.equal('de');
    expect(root.dir).to.equal('ltr');
  });

  it('writes a choice to the address, keeping other parameters, and drops it for German', async () => {
    const { root, select } = await page('?themen=inklusion,bildung');
    disconnect = connectLanguageSwitch(select, root);
    choose(select, 'uk');
    expect(root.lang).to.equal('uk');
    expect(root.dir).to.equal('ltr');
    expect(location.search).to.equal('?themen=inklusion,bildung&lang=uk');
    choose(select, 'de');
    expect(location.search).to.equal('?themen=inklusion,bildung');
  });

  it('builds links with the language', () => {
    expect(withLanguage('https://example.org/demo/?a=1', 'fa')).to.equal(
      'https://example.org/demo/?a=1&lang=fa',
    );
    expect(withLanguage('https://example.org/demo/?lang=fa', 'de')).to.equal(
      'https://example.org/demo/',
    );
  });
});
