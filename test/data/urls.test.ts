import { expect } from '@open-wc/testing';
import {
  expandRange,
  isImageOriginAllowed,
  safeImageUrl,
  safeLinkUrl,
} from '../../src/data/urls.js';

const BASE = 'https://daten.example.org/quelle.json';

describe('URLs from data', () => {
  it('lets only http, https, mailto and tel become links, however they are spelled', () => {
    expect(safeLinkUrl('https://example.org/a', BASE)).to.equal('https://example.org/a');
    expect(safeLinkUrl('MAILTO:info@example.org', BASE)).to.equal('mailto:info@example.org');
    expect(safeLinkUrl('tel:+49341123', BASE)).to.equal('tel:+49341123');
    for (const bad of [
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(safeLinkUrl(bad, BASE), bad).to.equal(undefined);
    }
  });

  it('keeps spaces inside an address (encoded), as a browser would', () => {
    expect(safeLinkUrl('https://example.org/Flyer Sommerfest.pdf', BASE)).to.equal(
      'https://example.org/Flyer%20Sommerfest.pdf',
    );
  });

  it('resolves relative links against the source', () => {
    expect(safeLinkUrl('../termine', BASE)).to.equal('https://daten.example.org/termine');
  });

  it('lets only http and https become images', () => {
    expect(safeImageUrl('bild.png', BASE)).to.equal('https://daten.example.org/bild.png');
    expect(safeImageUrl('data:image/png;base64,AAAA', BASE)).to.equal(undefined);
  });

  it('allows images from the source’s own origin and from image-origins only', () => {
    expect(isImageOriginAllowed('https://daten.example.org/a.png', BASE, [])).to.be.true;
    expect(isImageOriginAllowed('https://cdn.example.net/a.png', BASE, [])).to.be.false;
    expect(
      isImageOriginAllowed('https://cdn.example.net/a.png', BASE, ['https://cdn.example.net/']),
    ).to.be.true;
  });

  it('fills {start} and {end} with the visible range, or the coming year without one', () => {
    expect(
      expandRange('/api?von={start}&bis={end}', { start: '2026-05-01', end: '2026-06-01' }),
    ).to.equal('/api?von=2026-05-01&bis=2026-06-01');
    const year = expandRange('/api?von={start}&bis={end}');
    expect(year).to.match(/^\/api\?von=(\d{4})-\d{2}-\d{2}&bis=(\d{4})-\d{2}-\d{2}$/);
    const [, from, to] = /von=(\d{4}).*bis=(\d{4})/.exec(year)!;
    expect(Number(to) - Number(from)).to.equal(1);
    expect(expandRange('/daten.json')).to.equal('/daten.json');
  });
});
