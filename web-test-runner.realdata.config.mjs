/**
 * `npm run test:realdata`: only test/realdata/, against the real third-party files in
 * ../shared/realdata, served in place at /__realdata/… (never copied into the project).
 * Everything else is the main config's. Totals go to .realdata-results.json for .ci/run.
 */
import { readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import config, { countReporter } from './web-test-runner.config.mjs';
import { REALDATA, realdataMissing } from './scripts/realdata.mjs';

// Never a skip: without the folder the run fails, saying why.
const missing = realdataMissing();
if (missing) throw new Error(missing);

/** Serves /__realdata/<path> from ../shared/realdata, and nothing outside it. */
function realdata(ctx, next) {
  if (!ctx.path.startsWith('/__realdata/')) return next();
  const file = normalize(join(REALDATA, decodeURIComponent(ctx.path.slice('/__realdata/'.length))));
  if (!file.startsWith(REALDATA + sep)) return next();
  try {
    ctx.body = readFileSync(file);
    ctx.type = file.endsWith('.ics') ? 'text/calendar' : 'application/json';
  } catch {
    return next();
  }
}

export default {
  ...config,
  files: ['test/realdata/**/*.test.ts'],
  groups: [],
  middleware: [realdata, ...config.middleware],
  reporters: [defaultReporter(), countReporter('.realdata-results.json')],
};
