/**
 * `npm run bench:lighthouse` (also the last part of `npm run bench`): Lighthouse's mobile preset
 * (its default: a mid-range phone, slow 4G, CPU slowed 4×) on realistic host pages in
 * bench/lighthouse/, served with gzip as a web server sends them, in Debian Chromium. Per page
 * the median of LH_RUNS runs (default 3) with Lighthouse's simulated throttling, one run with
 * real (devtools) throttling, and for the long pages the layout shift while scrolling
 * (scripts/cls-scroll.mjs). Run after `npm run build`. Results go to bench-results/lighthouse.json;
 * a markdown table is printed. docs/benchmarks.md explains them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { scrollLayoutShift } from './cls-scroll.mjs';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { buildFullCalendarPage, hostPageRoutes } from './host-pages.mjs';
import { serveStatic } from './serve-static.mjs';

const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 3));
const KB = 1024;

/** The pages, each a whole host page; `scroll`: also measure the layout shift while scrolling. */
const PAGES = [
  { id: 'all-widgets', label: '(a) all four widgets', scroll: true },
  { id: 'calendar', label: '(b) calendar alone' },
  { id: 'teaser', label: '(c) teaser, next 3 dates' },
  { id: 'idea-form', label: '(d) idea form alone' },
  { id: 'fullcalendar', label: '(e) FullCalendar 7, as (b)', scroll: true },
];

if (!existsSync('dist/quartier-widgets.js')) {
  console.error('bench-lighthouse: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
mkdirSync('bench-results', { recursive: true });
await buildFullCalendarPage();
const { server, origin } = await serveStatic(process.cwd(), {
  gzip: true,
  routes: hostPageRoutes(),
});

const chromePath = findChrome();
const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const sum = (values) => values.reduce((total, v) => total + (v ?? 0), 0);

/** The figures of one Lighthouse report. */
function figures(lhr) {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    speedIndex: audit('speed-index'),
    scriptBytes: sum(scripts.map((r) => r.transferSize)),
    scriptRequests: scripts.length,
    totalBytes: sum(requests.map((r) => r.transferSize)),
    requests: requests.length,
    // Sanity check of the server: compressed scripts arrive smaller than they are.
    scriptsGzipped: scripts.every((r) => r.resourceSize < 1000 || r.transferSize < r.resourceSize),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
  };
}

/** One Lighthouse run in a fresh Chromium; `throttlingMethod` 'simulate' (default) or 'devtools'. */
async function lighthouseRun(url, throttlingMethod) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless', ...CHROME_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      throttlingMethod,
    });
    return { ...figures(result.lhr), userAgent: result.lhr.environment.hostUserAgent };
  } finally {
    await chrome.kill();
  }
}

const started = Date.now();
const simulated = Object.fromEntries(PAGES.map((page) => [page.id, []]));
const devtools = {};
// Round by round over all pages, so a change in the machine's load touches every page alike.
for (let run = 0; run < RUNS; run++) {
  for (const page of PAGES) {
    console.log(`Lighthouse run ${run + 1}/${RUNS}: ${page.id}`);
    simulated[page.id].push(await lighthouseRun(`${origin}/bench/lighthouse/${page.id}.html`));
  }
}
for (const page of PAGES) {
  console.log(`Lighthouse, devtools throttling: ${page.id}`);
  devtools[page.id] = await lighthouseRun(`${origin}/bench/lighthouse/${page.id}.html`, 'devtools');
}

const scroll = {};
const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_ARGS });
for (const page of PAGES.filter((p) => p.scroll)) {
  console.log(`Layout shift while scrolling: ${page.id}`);
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    runs.push(await scrollLayoutShift(tab, `${origin}/bench/lighthouse/${page.id}.html`));
    await context.close();
  }
  scroll[page.id] = {
    value: median(runs.map((r) => r.value)),
    whileScrolling: median(runs.map((r) => r.whileScrolling)),
    sources: [...new Set(runs.flatMap((r) => r.sources))],
    runs,
  };
}
const browserVersion = `Chromium ${browser.version()}`;
await browser.close();
server.close();

const METRICS = ['score', 'fcp', 'lcp', 'tbt', 'cls', 'speedIndex', 'scriptBytes', 'totalBytes'];
const pages = Object.fromEntries(
  PAGES.map((page) => [
    page.id,
    {
      label: page.label,
      url: `/bench/lighthouse/${page.id}.html`,
      medians: Object.fromEntries(
        METRICS.map((m) => [m, median(simulated[page.id].map((r) => r[m]))]),
      ),
      runs: simulated[page.id],
      devtools: devtools[page.id],
      scrollLayoutShift: scroll[page.id] ?? null,
    },
  ]),
);

const report = {
  commit: commitLabel(),
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${browserVersion}`,
  lighthouse: JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version,
  preset: 'mobile (Lighthouse default): simulated slow 4G, 4× CPU slowdown, 412 × 823 screen',
  runs: RUNS,
  gzip: true,
  minutes: Math.round((Date.now() - started) / 6000) / 10,
  pages,
};
writeFileSync('bench-results/lighthouse.json', `${JSON.stringify(report, null, 2)}\n`);

const s = (ms) => (ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);
const ms = (value) => (value === null ? '–' : `${Math.round(value)} ms`);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
const cls = (value) => (value === null || value === undefined ? '–' : value.toFixed(3));
const scrolled = (r) => (r ? `${cls(r.value)} (${cls(r.whileScrolling)})` : '–');
console.log(
  `\nLighthouse ${report.lighthouse}, mobile preset, gzip; ${report.machine}; commit ${report.commit}`,
);
console.log(`Simulated throttling: medians of ${RUNS} runs. Devtools throttling: one run.\n`);
console.log(
  '| page | score | FCP | LCP | TBT | CLS | script transferred | total transferred | devtools: score, LCP, TBT | layout shift, load and scroll (scroll alone) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const page of Object.values(pages)) {
  const m = page.medians;
  const d = page.devtools;
  console.log(
    `| ${page.label} | ${m.score} | ${s(m.fcp)} | ${s(m.lcp)} | ${ms(m.tbt)} | ${cls(m.cls)} | ` +
      `${kb(m.scriptBytes)} | ${kb(m.totalBytes)} | ${d.score}, ${s(d.lcp)}, ${ms(d.tbt)} | ` +
      `${scrolled(page.scrollLayoutShift)} |`,
  );
}
const ungzipped = PAGES.filter((p) => !simulated[p.id].every((r) => r.scriptsGzipped));
if (ungzipped.length) console.warn(`\nScripts not compressed on: ${ungzipped.map((p) => p.id)}`);
for (const [id, result] of Object.entries(scroll)) {
  if (result.sources.length)
    console.log(`\nShifted while scrolling ${id}: ${result.sources.join(', ')}`);
}

/** The commit measured, with a note when src/ differs from it. */
function commitLabel() {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' });
    return dirty.trim() ? `${hash} (with uncommitted changes in src/)` : hash;
  } catch {
    return 'unknown';
  }
}
