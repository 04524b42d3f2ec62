/**
 * The build plugins that rewrite code fail the build when the code no longer looks as they
 * expect, instead of silently doing nothing; and they do their work on the code they expect.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfigFromFile } from 'vite';
import { flatImports } from '../../scripts/flat-imports.mjs';
import { transformLeafletSource } from '../../scripts/leaflet-trusted-types.mjs';
import { minifyTemplateSource } from '../../scripts/minify-templates.mjs';

/** A bundle as Rollup hands it to `generateBundle`: an entry, a shared chunk, a lazy chunk with its own import. */
function bundle(coreCode = 'import"./shared.js";const load=()=>import(`./lazy.js`);') {
  const chunk = (fileName, fields) => ({
    type: 'chunk',
    fileName,
    isEntry: false,
    isDynamicEntry: false,
    imports: [],
    dynamicImports: [],
    code: '',
    ...fields,
  });
  return {
    'entry.js': chunk('entry.js', {
      isEntry: true,
      imports: ['chunks/core.js'],
      code: 'import"./chunks/core.js";',
    }),
    'chunks/core.js': chunk('chunks/core.js', {
      imports: ['chunks/shared.js'],
      dynamicImports: ['chunks/lazy.js'],
      code: coreCode,
    }),
    'chunks/shared.js': chunk('chunks/shared.js', { code: 'export const a=1;' }),
    'chunks/lazy.js': chunk('chunks/lazy.js', {
      isDynamicEntry: true,
      imports: ['chunks/parser.js'],
      code: 'import"./parser.js";',
    }),
    'chunks/parser.js': chunk('chunks/parser.js', { code: 'export const p=1;' }),
    'style.css': { type: 'asset', fileName: 'style.css', source: '' },
  };
}

const generate = (files) => flatImports().generateBundle({}, files);

test('flat imports: entries name all their chunks, import() fetches the lazy chunk’s imports', () => {
  const files = bundle();
  generate(files);
  assert.equal(
    files['chunks/core.js'].code,
    'import"./shared.js";const load=()=>(import("./parser.js").catch(()=>0),import(`./lazy.js`));',
  );
  assert.equal(files['entry.js'].code, 'import"./chunks/core.js";\nimport"./chunks/shared.js";');
});

test('flat imports: an import() of a lazy chunk it cannot read fails the build', () => {
  for (const code of [
    'const load=()=>import(/* comment */ "./lazy.js");',
    'const load=()=>import( "./lazy.js" );',
    'const load=()=>import(new URL("./lazy.js",import.meta.url).href);',
    'const load=()=>__import__("./lazy.js");',
  ]) {
    assert.throws(
      () => generate(bundle(code)),
      /quartier-flat-imports:[^]*chunks\/core\.js imports chunks\/lazy\.js with import\(\)/,
      code,
    );
  }
});

test('flat imports: no rewrite although lazy chunks have imports fails the build', () => {
  const files = bundle('const load=()=>import(new URL("./lazy.js",import.meta.url).href);');
  // As if the bundler no longer listed dynamic imports: only the overall count can tell.
  for (const chunk of Object.values(files)) delete chunk.dynamicImports;
  assert.throws(
    () => generate(files),
    /no import\(\) was rewritten, although lazy chunks import chunks no entry loads \(chunks\/lazy\.js\)/,
  );
});

test('flat imports: a lazy chunk whose imports the importer already has needs no rewrite', () => {
  const files = bundle();
  files['chunks/lazy.js'].imports = ['chunks/shared.js'];
  generate(files);
  assert.match(files['chunks/core.js'].code, /=>import\(`\.\/lazy\.js`\);$/);
});

const LIT_SOURCE = `
import { css, html, svg } from 'lit';
export const styles = css\`
  :host {
    display: block;
  }
  * { transition-duration: 0.01ms !important; }
\`;
export const view = (label) => html\`
  <button   type="button"  class="x">
    \${label}
  </button>
  <br />
\`;
export const icon = svg\`
  <path d="M0 0h1" />
\`;
`;

test('minify templates: collapses the templates, keeps one space, what CSS means and SVG’s slashes', async () => {
  const result = await minifyTemplateSource(LIT_SOURCE, '/repo/src/a.ts');
  assert.ok(result, 'something was minified');
  assert.match(
    result.code,
    /css`:host\{display:block\}\*\{transition-duration:\.01ms!important\}`/,
  );
  assert.match(result.code, /html` <button type="button" class="x"> \$\{label\} <\/button> <br> `/);
  assert.match(result.code, /svg` <path d="M0 0h1"\/> `/);
});

test('minify templates: a template left unminified fails the build', async () => {
  // A minifier that no longer finds the templates (after an upgrade, or a syntax it cannot parse).
  const findsNothing = async () => null;
  await assert.rejects(
    minifyTemplateSource(LIT_SOURCE, '/repo/src/a.ts', findsNothing),
    /quartier-minify-templates: 3 template\(s\) in \/repo\/src\/a\.ts were not minified/,
  );
  const missesOne = async (code) => ({ code: code.replace(/css`[^`]*`/, 'css``'), map: {} });
  await assert.rejects(
    minifyTemplateSource(LIT_SOURCE, '/repo/src/a.ts', missesOne),
    /2 template\(s\)[^]*html`<button/,
  );
});

test('minify templates: a file with nothing to minify passes', async () => {
  assert.equal(await minifyTemplateSource('export const a = html`<p>x</p>`;', 'a.ts'), undefined);
});

const leafletSource = () =>
  readFile(createRequire(import.meta.url).resolve('leaflet/dist/leaflet-src.esm.js'), 'utf8');

test('leaflet trusted types: rewrites the published Leaflet', async () => {
  const { code, rewritten } = transformLeafletSource(await leafletSource());
  assert.ok(rewritten > 0);
  assert.match(code, /div\.innerHTML = __quartierLeafletHTML\('<svg\/>'\);/);
});

test('leaflet trusted types: a Leaflet it no longer understands fails the build', async () => {
  const source = await leafletSource();
  // The SVG feature test written differently.
  assert.throws(
    () =>
      transformLeafletSource(source.replace("div.innerHTML = '<svg/>';", 'div.innerHTML=svgTag;')),
    /did not find Leaflet's SVG feature test/,
  );
  // A new HTML sink the transform does not rewrite.
  assert.throws(
    () => transformLeafletSource(`${source}\nel.insertAdjacentHTML('beforeend', html);\n`),
    /left a insertAdjacentHTML on line/,
  );
});

test('few chunks (vite.config.ts): a chunk root missing from the build fails it', async () => {
  const { config } = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    'vite.config.ts',
    undefined,
    'silent',
  );
  const plugin = config.plugins.flat().find((p) => p?.name === 'quartier-few-chunks');
  assert.ok(plugin, 'vite.config.ts has the quartier-few-chunks plugin');
  const context = (getModuleInfo) => ({
    getModuleInfo,
    error(message) {
      throw new Error(message);
    },
  });
  // Every root in the module graph: fine.
  plugin.buildEnd.call(
    context(() => ({ importedIds: [] })),
    undefined,
  );
  // A root renamed away: the build fails and says which.
  assert.throws(
    () =>
      plugin.buildEnd.call(
        context(() => null),
        undefined,
      ),
    /quartier-few-chunks: .*\/src\/.*\.ts \(a root of the "[\w-]+" chunk\) is not part of the build/,
  );
});

const MANIFEST = {
  modules: [
    {
      declarations: [
        {
          tagName: 'quartier-x',
          attributes: [{ name: 'src' }, { name: 'view' }],
          events: [{ name: 'quartier-x-change' }],
          cssParts: [{ name: 'base' }, { name: 'toolbar' }],
          cssProperties: [{ name: '--quartier-accent' }, { name: '--quartier-text-muted' }],
        },
      ],
    },
  ],
};
const DOCS = `## 2. Attributes every element has

| attribute | meaning |
|---|---|
| \`src\` | sources |

### 4.1 \`<quartier-x>\`

| attribute | meaning |
|---|---|
| \`view\` | the view |

| event | fires when |
|---|---|
| \`quartier-x-change\` | it changes |

CSS parts: \`base\`, \`toolbar\` (the buttons). Custom properties: \`--quartier-accent\`, \`-text-muted\`.

## 6. Theming

| custom property | default |
|---|---|
| \`--quartier-accent\` / \`--quartier-text-muted\` | \`#1f5fa6\` / \`#4b5563\` |
`;

test('docs check: tables matching the manifest pass', async () => {
  const { check } = await import('../../scripts/check-docs.mjs');
  assert.deepEqual(check(MANIFEST, DOCS, []), { problems: [], known: [] });
});

test('docs check: lists what is missing on either side', async () => {
  const { check } = await import('../../scripts/check-docs.mjs');
  const docs = DOCS.replace('| `view` | the view |\n', '| `mode` | the mode |\n')
    .replace(', `toolbar` (the buttons)', '')
    .replace('`quartier-x-change`', '`quartier-x-changed`')
    .replace('`-text-muted`', '`-text-mute`');
  const { problems } = check(MANIFEST, docs, []);
  for (const expected of [
    /attribute `view` is missing from/,
    /attribute `mode` is in .* but not in the manifest/,
    /CSS part `toolbar` is missing from/,
    /event `quartier-x-change` is missing from/,
    /event `quartier-x-changed` is in .* but not in the manifest/,
    /custom property `--quartier-text-muted` is missing from the quartier-x section/,
    /custom property `--quartier-text-mute` is in .* but not in the manifest/,
  ]) {
    assert.ok(
      problems.some((problem) => expected.test(problem)),
      `${expected}\n${problems.join('\n')}`,
    );
  }
  assert.equal(problems.length, 7);
});

test('docs check: a known problem of src/ is only noted, and must go once fixed', async () => {
  const { check } = await import('../../scripts/check-docs.mjs');
  const known = [{ tag: 'quartier-x', kind: 'CSS part', name: 'debug', in: 'docs' }];
  const docs = DOCS.replace('`toolbar`', '`toolbar`, `debug`');
  assert.deepEqual(check(MANIFEST, docs, known).problems, []);
  assert.match(check(MANIFEST, DOCS, known).problems[0], /no longer differs: remove it/);
});
