import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS } from './scripts/find-chrome.mjs';
import { leafletTrustedTypesDevServer } from './scripts/leaflet-trusted-types.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors.mjs';
import { cspPages, tiles } from './test/server/map-routes.mjs';
import { ideaReceiverTesting } from './test/server/receiver-routes.mjs';
import { responder } from './test/server/responder.mjs';

/** Writes the totals for .ci/run's closing "N passed, N failed" line to `file`. */
export function countReporter(file = '.test-results.json') {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) totals.skipped++;
          else if (test.passed) totals.passed++;
          else totals.failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load has no results but must count as a failure.
        if (!session.testResults && !session.passed) totals.failed++;
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}

/** Debian Chromium; `zone` sets the browser's own time zone (TZ). */
export function chrome(zone) {
  return chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH,
      headless: true,
      env: zone ? { ...process.env, TZ: zone } : process.env,
      // Background pages must not have their frames throttled.
      args: [
        ...CHROME_ARGS,
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
      ],
    },
  });
}

/** The real idea receiver at /api/ideas, plus receivers with network faults (receiver-routes.mjs). */
const ideaReceiver = await ideaReceiverTesting();

export default {
  // test/realdata/ reads real third-party files kept outside the project: `npm run test:realdata`.
  files: ['test/**/*.test.ts', '!test/realdata/**'],
  nodeResolve: true,
  // One page at a time: Chrome throttles frames of background pages, which stalls fixtures.
  concurrency: 1,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // After esbuild: it serves Leaflet, rewritten for Trusted Types, and `*.css?inline`.
    leafletTrustedTypesDevServer(),
    ideaReceiver.plugin,
    forcedColorsPlugin(),
  ],
  middleware: [responder, tiles, cspPages, ...ideaReceiver.middleware],
  browsers: [chrome()],
  // Time-dependent suites again with the browser in other zones: the calendar zone must win.
  groups: ['UTC', 'America/New_York'].map((zone) => ({
    name: `zone ${zone}`,
    files: ['test/calendar/**/*.test.ts', 'test/components/event-calendar*.test.ts'],
    browsers: [chrome(zone)],
  })),
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
};
