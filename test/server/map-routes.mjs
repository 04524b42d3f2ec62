/**
 * What the project map's tests need from the dev server: a grey tile server,
 * so no test touches the internet, and pages under the strict CSP of
 * TOOLCHAIN.md for the map's CSP test.
 */
import { crc32, deflateSync } from 'node:zlib';

/** The policy of TOOLCHAIN.md, exactly. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html quartier-widgets";

/** A 1×1 grey PNG, built here rather than pasted as an opaque blob. */
function greyPng() {
  const chunk = (type, data) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  // 1×1, 8-bit greyscale; one scanline: filter byte 0, grey level 0xdd.
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 0xdd]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const GREY_PNG = greyPng();

/**
 * `/__map-tiles/{z}/{x}/{y}.png`: a grey tile; `/__map-tiles/broken/…`: 404, for the "tiles
 * failed" state. Each request is counted per path prefix for tests that ask
 * `/__map-tiles/count`.
 */
let tileRequests = 0;
export function tiles(ctx, next) {
  if (!ctx.path.startsWith('/__map-tiles/')) return next();
  if (ctx.path === '/__map-tiles/count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: tileRequests });
    return undefined;
  }
  tileRequests++;
  if (ctx.path.startsWith('/__map-tiles/broken/')) {
    ctx.status = 404;
    ctx.body = 'no tile';
    return undefined;
  }
  ctx.type = 'image/png';
  ctx.body = GREY_PNG;
  return undefined;
}

/** Pages for the strict-CSP test: an HTML page per case, served with the CSP header. */
const CSP_PAGES = {
  // The element from the sources, with the map's fixture data and the local grey tiles.
  '/__map-csp/map.html': `<quartier-project-map src="/test/fixtures/map-projects.json"
      tile-url="/__map-tiles/{z}/{x}/{y}.png"><a href="/projekte">Alle Projekte</a></quartier-project-map>
    <script type="module" src="/__map-csp/map.js"></script>`,
  // Leaflet without the transform: must fail under this policy, or the test above proves nothing.
  '/__map-csp/raw.html': `<script type="module" src="/__map-csp/raw.js"></script>`,
};
const CSP_SCRIPTS = {
  // Classic script first, so violations are recorded from the very first module on.
  '/__map-csp/watch.js': `window.__violations = []; window.__errors = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(e.violatedDirective + ': ' + e.blockedURI + ' ' + e.sample));
    window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));`,
  '/__map-csp/map.js': `import '/src/components/project-map/define.ts';`,
  '/__map-csp/raw.js': `try {
      await import('/node_modules/leaflet/dist/leaflet-src.esm.js?quartier-raw');
      window.__leaflet = 'loaded';
    } catch (error) {
      window.__leaflet = 'failed: ' + error.message;
    }`,
};
export function cspPages(ctx, next) {
  const script = CSP_SCRIPTS[ctx.path];
  if (script) {
    ctx.type = 'text/javascript';
    ctx.body = script;
    return undefined;
  }
  const page = CSP_PAGES[ctx.path];
  if (!page) return next();
  ctx.set('content-security-policy', STRICT_CSP);
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>CSP</title>
    <script src="/__map-csp/watch.js"></script></head><body>${page}</body></html>`;
  return undefined;
}
