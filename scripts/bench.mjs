/**
 * `npm run bench`: quartier-widgets against FullCalendar 7 (day grid + list)
 * on the same generated data (bench/data.mjs: 5,000 events over 2026, about
 * 200 in May), in Debian Chromium, headless. Run after `npm run build`.
 *
 * Medians of:
 * - first render: from script start (the request for the library's script;
 *   fetch, parsing, validation included) until the month grid shows its
 *   events, as the issue asks; from navigation start too, for reference;
 * - month navigation: from "next month" until the new month is laid out;
 * - filter change: from a new topic filter until the calendar (and, for us,
 *   a topic filter's counts over all 5,000 events) is laid out.
 * First render and navigation use a page with the calendar alone, as
 * FullCalendar's; the filter change a page that also has a topic filter.
 * Results go to bench-results/results.json; docs/benchmarks.md explains them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { benchData } from '../bench/data.mjs';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serveStatic } from './serve-static.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 11);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 21);

mkdirSync('bench-results', { recursive: true });
await build({
  entryPoints: ['bench/fullcalendar-entry.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: 'bench-results/fullcalendar-bundle.js',
  logLevel: 'error',
});
const data = JSON.stringify(benchData());
const { server, origin } = await serveStatic(process.cwd(), {
  routes: { '/bench/data.json': () => ({ type: 'application/json', body: data }) },
});
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
};

/** The time (ms since navigation start) at which `ready()` first held in the page, polled every ms. */
async function whenReady(page, ready) {
  const handle = await page.waitForFunction(
    (source) => (new Function(`return (${source})()`)() ? performance.now() : false),
    ready.toString(),
    { polling: 1, timeout: 30000 },
  );
  return handle.jsonValue();
}

const LIBRARIES = {
  quartier: {
    url: '/bench/quartier.html',
    filterUrl: '/bench/quartier-filter.html',
    ready: () =>
      document.querySelector('quartier-event-calendar')?.shadowRoot?.querySelector('td .chip'),
    next: async () => {
      const el = document.querySelector('quartier-event-calendar');
      el.shadowRoot.querySelector('.nav button:last-child').click();
      await el.updateComplete;
      return el.shadowRoot.querySelector('table').offsetHeight;
    },
    filter: async (topic) => {
      const { getChannel } = await import('/dist/quartier-widgets.js');
      const started = performance.now();
      getChannel().set({ topics: [topic] });
      const els = document.querySelectorAll('quartier-event-calendar, quartier-topic-filter');
      await Promise.all([...els].map((el) => el.updateComplete));
      void document.body.offsetHeight; // forces layout
      return performance.now() - started;
    },
  },
  fullcalendar: {
    url: '/bench/fullcalendar.html',
    // FullCalendar 7's class names are hashed; its events show their titles.
    ready: () => document.getElementById('calendar')?.textContent.includes('Veranstaltung'),
    next: async () => {
      const { calendar } = window.fullCalendar;
      const before = calendar.view.title;
      calendar.next();
      while (document.querySelector('#calendar')?.textContent.includes(before)) {
        await new Promise(requestAnimationFrame);
      }
      return document.getElementById('calendar').offsetHeight;
    },
    filter: async (topic) => {
      const { calendar, events } = window.fullCalendar;
      const started = performance.now();
      calendar.removeAllEventSources();
      calendar.addEventSource(events.filter((e) => e.extendedProps.topics.includes(topic)));
      await new Promise((resolve) => setTimeout(resolve, 0));
      void document.getElementById('calendar').offsetHeight; // forces layout
      return performance.now() - started;
    },
  },
};

const results = {};
for (const [name, lib] of Object.entries(LIBRARIES)) {
  const first = [];
  const fromNavigation = [];
  const navigation = [];
  const filter = [];
  for (let load = 0; load < LOADS; load++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}${lib.url}`, { waitUntil: 'commit' });
    const ready = await whenReady(page, lib.ready);
    const scriptStart = await page.evaluate(
      () =>
        performance.getEntriesByType('resource').find((e) => e.initiatorType === 'script')
          .startTime,
    );
    first.push(ready - scriptStart);
    fromNavigation.push(ready);
    if (load === 0 && lib.filterUrl) {
      // The filter change is measured where a topic filter also recounts all 5,000 events.
      await page.goto(`${origin}${lib.filterUrl}`);
      await whenReady(page, lib.ready);
    }
    if (load === 0) {
      // Navigation and filtering on one warm page, as a person would use it.
      for (let i = 0; i < REPEATS; i++) {
        navigation.push(
          await page.evaluate(async (next) => {
            const started = performance.now();
            await new Function(`return (${next})()`)();
            return performance.now() - started;
          }, lib.next.toString()),
        );
      }
      const topics = ['inklusion', 'bildung', 'begegnung'];
      for (let i = 0; i < REPEATS; i++) {
        filter.push(
          await page.evaluate(
            async ([run, topic]) => new Function(`return (${run})`)()(topic),
            [lib.filter.toString(), topics[i % topics.length]],
          ),
        );
      }
    }
    await page.close();
  }
  results[name] = {
    firstRender: median(first),
    firstRenderFromNavigation: median(fromNavigation),
    navigation: median(navigation),
    filterChange: median(filter),
  };
}
await browser.close();
server.close();

const ratio = (metric) => results.fullcalendar[metric] / results.quartier[metric];
const report = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${await browserVersion()}`,
  runs: { pageLoads: LOADS, repeats: REPEATS },
  medians: results,
  fullCalendarDividedByOurs: {
    firstRender: ratio('firstRender'),
    firstRenderFromNavigation: ratio('firstRenderFromNavigation'),
    navigation: ratio('navigation'),
    filterChange: ratio('filterChange'),
  },
};
writeFileSync('bench-results/results.json', `${JSON.stringify(report, null, 2)}\n`);

const ms = (value) => `${value.toFixed(1).padStart(7)} ms`;
console.log(`\n${report.machine}; medians of ${LOADS} page loads / ${REPEATS} repeats\n`);
console.log('                            quartier-widgets   FullCalendar 7   FullCalendar ÷ ours');
for (const metric of ['firstRender', 'firstRenderFromNavigation', 'navigation', 'filterChange']) {
  console.log(
    `${metric.padEnd(26)}  ${ms(results.quartier[metric])}       ${ms(results.fullcalendar[metric])}      ${ratio(metric).toFixed(1)}×`,
  );
}

async function browserVersion() {
  const probe = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const version = `Chromium ${probe.version()}`;
  await probe.close();
  return version;
}
