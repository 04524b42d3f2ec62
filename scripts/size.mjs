/**
 * `npm run size`: gzip (-9) sizes of what a page loads, against budgets.
 * Fails when any budget is exceeded. Run after `npm run build`.
 *
 * - page: dist/quartier-widgets.js, every chunk it imports statically, and the
 *   validation chunk every page with data loads: all a page with every widget
 *   loads to show its data, before optional parts (map after consent, other
 *   languages, other source formats, data-editor texts).
 * - shared core: lit, loader, state, i18n and shared element behaviour, built
 *   on its own with Vite (same minifier): what every widget needs to paint.
 * - validation: valibot, the schemas and the checks; a chunk fetched in
 *   parallel with the first data request.
 * - iCalendar: ical.js and the iCalendar adapter, loaded only by a page with an
 *   iCalendar source (or a rule the core cannot expand).
 * - classic script (loader): dist/quartier-widgets.iife.js, a small loader that imports the
 *   ES module beside it (a page using it then loads what the module's page loads, counted above).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as viteBuild } from 'vite';
import { minifyTemplates } from './minify-templates.mjs';

const KB = 1024;
/**
 * Budgets stop growth; the targets per page (issue 13: teaser, calendar page, all four before and
 * after scrolling) need the loading model that fetches an element's view only when it is shown.
 * The core's budget rose from 20 to 20.5 kB for the shared controllers and the base element's
 * focus rescue (issue 12); docs/benchmarks.md says where the bytes go. The page's rose from 62
 * to 62.5 kB for the accessibility fixes of issue 16 (language of parts in three widgets, the
 * calendar's skip link, the form's roles and announcement: 0.4 kB).
 */
const BUDGETS = {
  page: 62.5 * KB,
  'shared core': 20.5 * KB,
  validation: 6.5 * KB,
  'map (after consent)': 60 * KB,
  'iCalendar (when needed)': 27 * KB,
  'classic script (loader)': 2 * KB,
};
const gz = (source) => gzipSync(source, { level: 9 }).length;

/** A module and all modules it imports statically (not `import()`), each once. */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.[^"']+)["']/g,
    )) {
      visit(join(dirname(file), match[1]));
    }
  };
  visit(entry);
  return [...seen];
}

/** The shared core built on its own by Vite, with the same minifier as dist/, lazy chunks split off. */
async function sharedCore() {
  const outDir = mkdtempSync(join(tmpdir(), 'quartier-core-'));
  await viteBuild({
    configFile: false,
    logLevel: 'error',
    plugins: [minifyTemplates()],
    build: {
      outDir,
      target: 'es2022',
      minify: true,
      lib: { entry: 'scripts/size-core-entry.ts', formats: ['es'], fileName: () => 'core.js' },
      rollupOptions: { output: { minify: true } },
    },
  });
  const size = gz(
    Buffer.concat(staticClosure(join(outDir, 'core.js')).map((file) => readFileSync(file))),
  );
  rmSync(outDir, { recursive: true, force: true });
  return size;
}

if (!existsSync('dist/quartier-widgets.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
/** The one chunk whose name starts with `prefix`; more or fewer means the build changed shape. */
function chunkNamed(prefix) {
  const found = readdirSync('dist/chunks').filter((file) => file.startsWith(prefix));
  if (found.length !== 1) {
    console.error(
      `Expected one ${prefix}*.js in dist/chunks, found ${found.length}: update scripts/size.mjs.`,
    );
    process.exit(1);
  }
  return found[0];
}

const validationChunk = chunkNamed('validation-');
const initialFiles = staticClosure('dist/quartier-widgets.js');
// The validation chunk and what it imports (valibot may sit in a chunk shared with the form's schema).
const validationFiles = staticClosure(join('dist/chunks', validationChunk)).filter(
  (file) => !initialFiles.includes(file),
);
const pageFiles = [...initialFiles, ...validationFiles];
const mapChunk = chunkNamed('leaflet-map-');
const icalendarChunk = join('dist/chunks', chunkNamed('icalendar-'));
if (pageFiles.includes(icalendarChunk)) {
  console.error('The iCalendar chunk is loaded by every page: it must stay behind import().');
  process.exit(1);
}
const sizes = {
  page: pageFiles.reduce((sum, file) => sum + gz(readFileSync(file)), 0),
  'shared core': await sharedCore(),
  validation: validationFiles.reduce((sum, file) => sum + gz(readFileSync(file)), 0),
  // Leaflet, supercluster and the map code: loaded only after consent.
  'map (after consent)': staticClosure(join('dist/chunks', mapChunk))
    .filter((file) => !pageFiles.includes(file))
    .reduce((sum, file) => sum + gz(readFileSync(file)), 0),
  'iCalendar (when needed)': staticClosure(icalendarChunk)
    .filter((file) => !pageFiles.includes(file))
    .reduce((sum, file) => sum + gz(readFileSync(file)), 0),
  'classic script (loader)': gz(readFileSync('dist/quartier-widgets.iife.js')),
};

let failed = false;
for (const [name, size] of Object.entries(sizes)) {
  const ok = size <= BUDGETS[name];
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name.padEnd(24)} ${(size / KB).toFixed(1).padStart(5)} kB gzip (budget ${BUDGETS[name] / KB} kB)`,
  );
}
console.log(`page files: ${pageFiles.join(', ')}`);
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
