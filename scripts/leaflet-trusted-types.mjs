/**
 * Leaflet 1.9.4 under Trusted Types (see TOOLCHAIN.md).
 *
 * At import Leaflet tests for inline SVG with `div.innerHTML = '<svg/>'`, which throws on a page
 * with `require-trusted-types-for 'script'`. This build-time transform routes every `innerHTML`
 * assignment in `leaflet-src.esm.js` through the library's `quartier-widgets` policy. The policy
 * lets through only the constant strings Leaflet itself writes on the paths the map uses (the
 * feature tests); anything else (string-built controls, popups, string div icons, none of which
 * the map uses) throws, so the policy can never become a way around Trusted Types.
 *
 * The transform fails loudly when Leaflet's source no longer looks as expected (the feature
 * test is missing, or an HTML sink is left that it could not rewrite): a Leaflet upgrade cannot
 * silently undo it.
 *
 * Exports: the transform (a plain function, also used by the browser test), a Vite plugin and a
 * @web/dev-server plugin. Both plugins also resolve the bare `leaflet` specifier to the ES module
 * build (Leaflet's `main` is UMD); the dev-server plugin serves `*.css?inline` as a JS module, as
 * Vite does. This module has no top-level Node imports, so the browser can import the transform.
 */

/** The Trusted Types policy of the library (SPEC §6). */
export const POLICY_NAME = 'quartier-widgets';

/** The function the rewritten assignments call. */
export const HELPER = '__quartierLeafletHTML';

/** Markup Leaflet writes itself on the code paths the map uses: its SVG and VML feature tests. */
export const ALLOWED_MARKUP = ['<svg/>', '<v:shape adj="1"/>', ''];

/** The assignment whose rewrite proves the transform still matches Leaflet's source. */
export const REQUIRED_REWRITE = `div.innerHTML = ${HELPER}('<svg/>');`;

/** Where the dev-server plugin serves Leaflet's untouched source as text, for the test. */
export const LEAFLET_SOURCE_PATH = '/__quartier/leaflet-src.esm.txt';

/** Path of the file the transform applies to, as it ends in a module id or URL. */
export const LEAFLET_ESM = 'leaflet/dist/leaflet-src.esm.js';

/**
 * Defines the helper. One line, so Leaflet's line numbers (and its source map) stay as they
 * are. The policy is kept on the library's page-wide object, so a second copy of the library
 * (IIFE and ES module on one page) reuses it instead of failing to create a duplicate.
 */
const PREAMBLE =
  `var ${HELPER} = (function () {` +
  `var tt = globalThis.trustedTypes; if (!tt || !tt.createPolicy) return function (h) { return h; };` +
  `var key = Symbol.for(${JSON.stringify(POLICY_NAME)}); var shared = globalThis[key] || (globalThis[key] = {});` +
  `var allowed = ${JSON.stringify(ALLOWED_MARKUP)};` +
  `if (!shared.leafletPolicy) { try { shared.leafletPolicy = tt.createPolicy(${JSON.stringify(POLICY_NAME)}, { createHTML: function (h) {` +
  `if (allowed.indexOf(h) < 0) throw new TypeError('quartier-widgets: Leaflet may not write this markup: ' + String(h).slice(0, 60));` +
  `return h; } }); } catch (e) { return function (h) { return h; }; } }` +
  `var policy = shared.leafletPolicy; return function (h) { return policy.createHTML(h); };` +
  `})();`;

/** `target.innerHTML = value;` alone on a line, as all of Leaflet's are. */
const ASSIGNMENT = /^(\s*)((?:this\.)?[\w$]+(?:\.[\w$]+)*)\.innerHTML = (.+);$/gm;

/** HTML sinks that must not be left in code (comments aside) after the rewrite. */
const LEFT_SINKS = [
  {
    name: 'innerHTML assignment',
    pattern: new RegExp(`\\.innerHTML\\s*=(?!=)(?!\\s*${HELPER}\\()`),
  },
  { name: 'outerHTML assignment', pattern: /\.outerHTML\s*=(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\.write(ln)?\s*\(/ },
  { name: 'eval or Function', pattern: /\b(eval|new Function)\s*\(/ },
];

const isComment = (line) => /^\s*(\*|\/\/|\/\*)/.test(line);

/**
 * Rewrites Leaflet's `innerHTML` assignments to go through the policy.
 * @param {string} code the text of leaflet-src.esm.js
 * @returns {{ code: string, rewritten: number }}
 * @throws {Error} when the source does not look like the Leaflet this was written for
 */
export function transformLeafletSource(code) {
  let rewritten = 0;
  const body = code.replace(ASSIGNMENT, (_match, indent, target, value) => {
    rewritten++;
    return `${indent}${target}.innerHTML = ${HELPER}(${value});`;
  });
  if (!body.includes(REQUIRED_REWRITE)) {
    throw new Error(
      `quartier-widgets: the Leaflet Trusted Types transform did not find Leaflet's SVG feature ` +
        `test (div.innerHTML = '<svg/>'). Leaflet changed: check scripts/leaflet-trusted-types.mjs.`,
    );
  }
  const lines = body.split('\n');
  for (const [index, line] of lines.entries()) {
    if (isComment(line)) continue;
    const sink = LEFT_SINKS.find(({ pattern }) => pattern.test(line));
    if (sink) {
      throw new Error(
        `quartier-widgets: the Leaflet Trusted Types transform left a ${sink.name} on line ` +
          `${index + 1}: ${line.trim().slice(0, 100)}. Leaflet changed: check scripts/leaflet-trusted-types.mjs.`,
      );
    }
  }
  return { code: `${PREAMBLE}${body}`, rewritten };
}

/** Just the code, for plugins. */
export const transformLeaflet = (code) => transformLeafletSource(code).code;

const isLeafletEsm = (id) => id.split('?')[0].replaceAll('\\', '/').endsWith(`/${LEAFLET_ESM}`);

/** Absolute file path of a package file, resolved from this script (Node only). */
async function packageFile(specifier) {
  const { fileURLToPath } = await import('node:url');
  return fileURLToPath(import.meta.resolve(specifier));
}

/**
 * Vite plugin: `leaflet` → its ES module build, transformed. Leaflet is excluded from
 * dependency pre-bundling so the dev server (Storybook, the demo) transforms it too.
 * Vite serves `*.css?inline` itself.
 * @returns {import('vite').Plugin}
 */
export function leafletTrustedTypesVite() {
  return {
    name: 'quartier-leaflet-trusted-types',
    enforce: 'pre',
    config() {
      return { optimizeDeps: { exclude: ['leaflet'] } };
    },
    async resolveId(source) {
      // Only the bare specifier: `leaflet/dist/leaflet.css?inline` must stay as it is.
      return source === 'leaflet' ? packageFile(LEAFLET_ESM) : undefined;
    },
    transform(code, id) {
      return isLeafletEsm(id) ? { code: transformLeaflet(code), map: null } : undefined;
    },
  };
}

/**
 * @web/dev-server (and test runner) plugin: runs no Vite plugins, so it resolves `leaflet`,
 * serves it transformed and serves `*.css?inline` as `export default "<css>"`. For the tests:
 * the Leaflet module with `?quartier-raw` is served untransformed (to prove the transform is
 * needed), and `LEAFLET_SOURCE_PATH` serves the published source as text.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function leafletTrustedTypesDevServer() {
  let rootDir = process.cwd();
  return {
    name: 'quartier-leaflet-trusted-types',
    serverStart({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    async resolveImport({ source }) {
      if (source !== 'leaflet') return undefined;
      const { relative, sep } = await import('node:path');
      return `/${relative(rootDir, await packageFile(LEAFLET_ESM))
        .split(sep)
        .join('/')}`;
    },
    async serve(context) {
      const { readFile } = await import('node:fs/promises');
      // Leaflet as published, as text no transform plugin touches: what the transform's test reads.
      if (context.path === LEAFLET_SOURCE_PATH) {
        return { body: await readFile(await packageFile(LEAFLET_ESM), 'utf8'), type: 'text/plain' };
      }
      // Served here, before any transform plugin (esbuild reprints code the rewrite must match).
      if (isLeafletEsm(context.path)) {
        const code = await readFile(await packageFile(LEAFLET_ESM), 'utf8');
        const raw = context.URL.searchParams.has('quartier-raw');
        return { body: raw ? code : transformLeaflet(code), type: 'js' };
      }
      if (!context.path.endsWith('.css') || !context.URL.searchParams.has('inline')) return;
      const { join, normalize } = await import('node:path');
      const file = normalize(join(rootDir, decodeURIComponent(context.path)));
      if (!file.startsWith(normalize(rootDir))) return;
      const css = await readFile(file, 'utf8');
      return { body: `export default ${JSON.stringify(css)};`, type: 'js' };
    },
  };
}
