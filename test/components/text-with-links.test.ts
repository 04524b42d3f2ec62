/** The one text-with-links renderer and the contact links, with the cases both old renderers covered. */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { contactLinks } from '../../src/components/shared/contact-links.js';
import { renderTextWithLinks, trimAddress } from '../../src/components/shared/text-with-links.js';

async function shown(text: string, base?: string) {
  const box = await fixture<HTMLElement>(html`<div></div>`);
  render(renderTextWithLinks(text, base), box);
  return box;
}
const links = (box: HTMLElement) =>
  [...box.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);

describe('renderTextWithLinks', () => {
  it('makes paragraphs at blank lines (also with CRLF and spaces), not at single line breaks', async () => {
    const box = await shown('Erster Absatz\nmit Umbruch\r\n  \r\nZweiter\n\n\n\nDritter');
    const paragraphs = [...box.querySelectorAll('p.text')].map((p) => p.textContent);
    expect(paragraphs).to.deep.equal(['Erster Absatz\nmit Umbruch', 'Zweiter', 'Dritter']);
  });

  it('links http and https addresses, in any case of the scheme', async () => {
    const box = await shown('Siehe HTTPS://Example.org/a und http://example.org/b.');
    expect(links(box)).to.deep.equal([
      ['https://example.org/a', 'HTTPS://Example.org/a'],
      ['http://example.org/b', 'http://example.org/b'],
    ]);
  });

  it('leaves sentence punctuation and quotes after an address out of the link', async () => {
    const box = await shown(
      'Anmeldung: https://example.org/anmelden. Oder »https://example.org/x« und “https://example.org/y”, (https://example.org/z)!',
    );
    expect(links(box).map(([href]) => href)).to.deep.equal([
      'https://example.org/anmelden',
      'https://example.org/x',
      'https://example.org/y',
      'https://example.org/z',
    ]);
    expect(box.textContent).to.contain('»https://example.org/x«');
  });

  it('keeps a closing parenthesis that belongs to the address', () => {
    expect(trimAddress('https://de.wikipedia.org/wiki/Schönefeld_(Leipzig)')).to.equal(
      'https://de.wikipedia.org/wiki/Schönefeld_(Leipzig)',
    );
    expect(trimAddress('https://example.org/a),')).to.equal('https://example.org/a');
  });

  it('never makes links of other schemes and never renders markup', async () => {
    const box = await shown(
      'javascript:alert(1) <b>fett</b> <img src=x onerror=alert(1)> data:text/html,x',
    );
    expect(box.querySelectorAll('a, b, img')).to.have.length(0);
    expect(box.textContent).to.contain('<b>fett</b>');
  });

  it('resolves against the source and renders nothing for empty text', async () => {
    expect((await shown('  \n\n ')).querySelectorAll('p')).to.have.length(0);
    const box = await shown('https://example.org/x', 'https://quelle.example/data.json');
    expect(links(box)).to.deep.equal([['https://example.org/x', 'https://example.org/x']]);
  });
});

describe('contactLinks', () => {
  it('makes mailto, tel with digits only, and website links in that order', () => {
    expect(
      contactLinks(
        { url: 'https://verein.example/', phone: '0341 / 123 45-6', email: 'info@verein.example' },
        'https://quelle.example/',
      ),
    ).to.deep.equal([
      { kind: 'email', text: 'info@verein.example', href: 'mailto:info@verein.example' },
      { kind: 'phone', text: '0341 / 123 45-6', href: 'tel:0341123456' },
      { kind: 'website', text: 'https://verein.example/', href: 'https://verein.example/' },
    ]);
  });

  it('keeps a phone without digits as text and drops an unsafe website', () => {
    expect(
      contactLinks({ phone: 'auf Anfrage', url: 'javascript:alert(1)' }, 'https://quelle.example/'),
    ).to.deep.equal([{ kind: 'phone', text: 'auf Anfrage', href: undefined }]);
    expect(contactLinks(undefined, 'https://quelle.example/')).to.deep.equal([]);
  });
});
