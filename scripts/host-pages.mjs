/**
 * The host pages of bench/lighthouse/ with what they need: the demo's Schönefeld data as it reads
 * on 1 May 2026 (at DATA_PATH), its images, and FullCalendar's page bundle. Shared by the
 * Lighthouse and long-task benchmarks and the layout-shift checks of `npm run e2e`.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { createDemoData } from '../demo/data/schoenefeld.js';

export const DATA_PATH = '/bench/lighthouse/schoenefeld-2026-05.json';

/** Routes for scripts/serve-static.mjs: the data and the demo data's images. */
export function hostPageRoutes() {
  const data = JSON.stringify(createDemoData(new Date(2026, 4, 1, 12)));
  return {
    [DATA_PATH]: () => ({ type: 'application/json; charset=utf-8', body: data }),
    // The demo data's images live under /data/images/ (the demo serves demo/ as its root).
    '/data/images/*': (rest) => {
      const file = join('demo/data/images', basename(rest));
      return existsSync(file) ? { type: 'image/svg+xml', body: readFileSync(file) } : null;
    },
  };
}

/** bench-results/lighthouse-fullcalendar.js, which page (e) loads. */
export async function buildFullCalendarPage() {
  mkdirSync('bench-results', { recursive: true });
  await build({
    entryPoints: ['bench/lighthouse/fullcalendar-entry.js'],
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: 'bench-results/lighthouse-fullcalendar.js',
    logLevel: 'error',
  });
}
