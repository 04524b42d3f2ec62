/**
 * `npm run bench` (part): long tasks on a resident's phone. Loads the Lighthouse host pages
 * (bench/lighthouse/) at 412 × 823 with the CPU slowed down four times, as Lighthouse's mobile
 * preset does, scrolls to the bottom, and lists every task over 50 ms with the scripts that ran in
 * it (from a DevTools trace), so a long task can be told apart as ours, FullCalendar's or the
 * browser's. Run after `npm run build`; results in bench-results/long-tasks.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { buildFullCalendarPage, hostPageRoutes } from './host-pages.mjs';
import { serveStatic } from './serve-static.mjs';

const PAGES = ['all-widgets', 'calendar', 'teaser', 'idea-form', 'fullcalendar'];
const LONG_MS = 50;

mkdirSync('bench-results', { recursive: true });
await buildFullCalendarPage();
const { server, origin } = await serveStatic(process.cwd(), {
  gzip: true,
  routes: hostPageRoutes(),
});
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

/** Top-level tasks of the page's main thread over `LONG_MS`, each with the script URLs it ran. */
function longTasks(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur / 1000 > LONG_MS);
  return tasks.map((task) => {
    const end = task.ts + task.dur;
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < end);
    const scripts = new Set(
      inside
        .map((e) => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url)
        .filter(Boolean)
        .map((url) => url.replace(origin, '').replace(/-[\w-]{8}\.js$/, '.js')),
    );
    const kinds = new Set(
      inside
        .map((e) => e.name)
        .filter((name) =>
          /^(Parse|Evaluate|Compile|FunctionCall|Layout|UpdateLayoutTree|Paint)/.test(name),
        ),
    );
    return { ms: Math.round(task.dur / 1000), scripts: [...scripts], kinds: [...kinds] };
  });
}

const results = {};
for (const name of PAGES) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await page.goto(`${origin}/bench/lighthouse/${name}.html`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  for (let y = 0; y < 20000; y += 400) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(1500);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  results[name] = longTasks(trace.traceEvents);
  await page.close();
}
await browser.close();
server.close();

writeFileSync('bench-results/long-tasks.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`Tasks over ${LONG_MS} ms at 4× CPU slowdown, 412 × 823, loaded and scrolled:`);
for (const [name, tasks] of Object.entries(results)) {
  console.log(`\n${name}: ${tasks.length === 0 ? 'none' : ''}`);
  for (const task of tasks)
    console.log(`  ${task.ms} ms  ${task.kinds.join(', ')}  ${task.scripts.join(' ')}`);
}
