/**
 * Speed of <quartier-project-map> with 2,000 projects (issue 5): from consent to markers drawn
 * (target < 300 ms) and from a filter change to the updated map and list (target < 50 ms),
 * medians of several runs in Debian Chromium. Builds the map alone with Vite (minified, as
 * shipped, Leaflet in its own chunk), serves it locally with generated data and grey tiles.
 *
 *   node scripts/bench-map.mjs [--runs 9] [--projects 2000] [--no-cluster]
 *
 * Writes bench-results/map.json and exits non-zero when a median misses its target.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { leafletTrustedTypesVite } from './leaflet-trusted-types.mjs';
import { serveStatic } from './serve-static.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    projects: { type: 'string', default: '2000' },
    'no-cluster': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const PROJECTS = Number(values.projects);
const TARGETS = { consentToMarkers: 300, filterChange: 50 };
const TOPICS = ['migration', 'bildung', 'inklusion', 'begegnung', 'gesundheit', 'beteiligung'];
const COLORS = ['#b4451f', '#1f5fa6', '#7b2d8b', '#ad1457', '#2e7d32', '#8a5a00'];

/** Deterministic projects spread over Schönefeld (README's bounding box); every 10th unmapped. */
function data(count) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return {
    version: 1,
    topics: TOPICS.map((id, i) => ({ id, label: id, color: COLORS[i] })),
    projects: Array.from({ length: count }, (_, i) => ({
      id: `p${i}`,
      title: `Projekt ${i + 1}`,
      topics: [TOPICS[i % 6], TOPICS[(i * 7) % 6]],
      status: ['idea', 'planned', 'active', 'completed'][i % 4],
      location:
        i % 10 === 9
          ? { name: 'im ganzen Stadtteil' }
          : { lat: 51.345 + random() * 0.027, lon: 12.39 + random() * 0.055 },
    })),
  };
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const outDir = mkdtempSync(join(tmpdir(), 'quartier-bench-map-'));
await build({
  configFile: false,
  logLevel: 'error',
  plugins: [leafletTrustedTypesVite()],
  build: {
    outDir,
    target: 'es2022',
    minify: true,
    lib: {
      entry: 'src/components/project-map/define.ts',
      formats: ['es'],
      fileName: () => 'map.js',
    },
    rollupOptions: { output: { chunkFileNames: '[name].js', minify: true } },
  },
});
writeFileSync(join(outDir, 'data.json'), JSON.stringify(data(PROJECTS)));
writeFileSync(
  join(outDir, 'index.html'),
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bench</title>
  <script type="module" src="/map.js"></script></head><body style="inline-size: 1200px">
  <quartier-project-map src="/data.json" group="bench" tile-url="/tile.png"${values['no-cluster'] ? ' no-cluster' : ''}></quartier-project-map>
  </body></html>`,
);
const { server, origin } = await serveStatic(outDir, {
  routes: { '/tile.png': () => ({ type: 'image/gif', body: Buffer.alloc(0) }) },
});
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

/** One fresh page: time from "Karte laden" to markers on screen, then filter changes. */
async function run() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() =>
    document
      .querySelector('quartier-project-map')
      ?.shadowRoot?.querySelector('[part="consent-button"]'),
  );
  return page
    .evaluate(async (topics) => {
      const el = document.querySelector('quartier-project-map');
      const root = el.shadowRoot;
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const drawnCount = () => root.querySelectorAll('[part="marker"], [part="cluster"]').length;
      const start = performance.now();
      root.querySelector('[part="consent-button"]').click();
      while (drawnCount() === 0) await frame();
      const consentToMarkers = performance.now() - start;
      // Let Leaflet settle (tiles, first moveend) before timing filter changes.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const channel = globalThis[Symbol.for('quartier-widgets')].channels.get('bench');
      const filterChanges = [];
      for (const chosen of [[topics[1]], [topics[2], topics[3]], []]) {
        const before = performance.now();
        channel.set({ topics: chosen });
        await el.updateComplete;
        filterChanges.push(performance.now() - before);
      }
      return { consentToMarkers, filterChanges, drawn: drawnCount() };
    }, TOPICS)
    .finally(() => context.close());
}

const results = [];
for (let i = 0; i < RUNS; i++) results.push(await run());
await browser.close();
server.close();
rmSync(outDir, { recursive: true, force: true });

const summary = {
  projects: PROJECTS,
  cluster: !values['no-cluster'],
  runs: RUNS,
  consentToMarkers: Math.round(median(results.map((r) => r.consentToMarkers))),
  filterChange: Math.round(median(results.flatMap((r) => r.filterChanges)) * 10) / 10,
  markersAndClustersDrawn: results[0].drawn,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/map.json', `${JSON.stringify(summary, null, 2)}\n`);
let failed = false;
for (const [name, target] of Object.entries(TARGETS)) {
  const ok = summary[name] < target;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'SLOW'} ${name.padEnd(17)} ${String(summary[name]).padStart(6)} ms median (target < ${target} ms)`,
  );
}
console.log(
  `${PROJECTS} projects, ${RUNS} runs; ${summary.markersAndClustersDrawn} markers and clusters drawn.`,
);
process.exit(failed ? 1 : 0);
