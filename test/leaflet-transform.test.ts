/**
 * The build-time transform that lets Leaflet 1.9.4 run under Trusted Types
 * (scripts/leaflet-trusted-types.mjs). It must fail loudly when Leaflet changes, so an upgrade
 * cannot silently bring back the error at import. The map's own CSP test is in
 * test/components/project-map.test.ts.
 */
import { expect } from '@open-wc/testing';
import {
  HELPER,
  LEAFLET_SOURCE_PATH,
  REQUIRED_REWRITE,
  transformLeafletSource,
} from '../scripts/leaflet-trusted-types.mjs';

/** Leaflet as published (the dev-server plugin serves it as text for this test). */
const rawLeaflet = () => fetch(LEAFLET_SOURCE_PATH).then((r) => r.text());

const codeLines = (code: string) => code.split('\n').filter((line) => !/^\s*(\*|\/\/)/.test(line));

describe('Leaflet Trusted Types transform', () => {
  it("routes every innerHTML assignment of Leaflet's code through the policy", async () => {
    const raw = await rawLeaflet();
    expect(raw.includes("div.innerHTML = '<svg/>';"), 'the published source').to.be.true;
    const { code, rewritten } = transformLeafletSource(raw);
    expect(rewritten).to.equal(10);
    expect(code.includes(REQUIRED_REWRITE)).to.be.true;
    const sinks = codeLines(code).filter((line) => /\.innerHTML\s*=[^=]/.test(line));
    expect(sinks).to.have.length(10);
    for (const line of sinks) expect(line).to.contain(`.innerHTML = ${HELPER}(`);
    // One line of preamble: Leaflet's own line numbers (and source map) stay valid.
    expect(code.split('\n').length).to.equal(raw.split('\n').length);
  });

  it("fails when Leaflet's SVG feature test is not where the transform expects it", async () => {
    const raw = await rawLeaflet();
    const changed = raw.replace("div.innerHTML = '<svg/>';", 'div.innerHTML = "<svg/>";');
    expect(() => transformLeafletSource(changed)).to.throw(
      /did not find Leaflet's SVG feature test/,
    );
  });

  it('fails when an HTML sink is left that it cannot rewrite', async () => {
    const raw = await rawLeaflet();
    const sinks = [
      'function f(el, h) { return (el.innerHTML = h); }',
      "el.insertAdjacentHTML('beforeend', html);",
      'el.outerHTML = html;',
      'document.write(html);',
    ];
    for (const sink of sinks) {
      expect(() => transformLeafletSource(`${raw}\n${sink}\n`), sink).to.throw(/left a/);
    }
  });

  it('serves the transformed Leaflet to the page', async () => {
    const served = await fetch('/node_modules/leaflet/dist/leaflet-src.esm.js').then((r) =>
      r.text(),
    );
    expect(served.includes(HELPER)).to.be.true;
  });

  it('lets only the constant markup of Leaflet through its policy', async () => {
    await import('leaflet');
    const shared = (globalThis as Record<symbol, unknown>)[Symbol.for('quartier-widgets')] as {
      leafletPolicy: { createHTML(html: string): unknown };
    };
    const policy = shared.leafletPolicy;
    expect(String(policy.createHTML('<svg/>'))).to.equal('<svg/>');
    expect(() => policy.createHTML('<img src=x onerror=alert(1)>')).to.throw(
      /Leaflet may not write this markup/,
    );
  });
});
