/**
 * `npm test`: the Node tests (the receiver as a process, test/node/), then the
 * browser tests with @web/test-runner in a Chrome/Chromium found (or installed)
 * by find-chrome.mjs. Totals of both go to .test-results.json for .ci/run.
 *
 * `npm run test:realdata` (`--realdata`): only test/realdata/, the real third-party
 * files in ../shared/realdata (web-test-runner.realdata.config.mjs). Fails, saying
 * so, when that folder is missing. Totals go to .realdata-results.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';
import { realdataMissing } from './realdata.mjs';

const realdata = process.argv.includes('--realdata');
const RESULTS = realdata ? '.realdata-results.json' : '.test-results.json';

/** Runs a command, passing its output through; resolves with its exit code and what it printed. */
function run(command, args, { env = process.env, capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['inherit', capture ? 'pipe' : 'inherit', 'inherit'],
      env,
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const args = process.argv.slice(2).filter((arg) => arg !== '--realdata');
// `npm test -- --files x` runs browser tests only, as before.
const nodeTests = !realdata && args.length === 0;

if (realdata) {
  const missing = realdataMissing();
  if (missing) {
    // A failure, never a skip: counted in .ci/run's closing line.
    writeFileSync(RESULTS, JSON.stringify({ passed: 0, failed: 1, skipped: 0 }));
    console.error(missing);
    process.exit(1);
  }
  rmSync(RESULTS, { force: true });
  args.unshift('--config', 'web-test-runner.realdata.config.mjs');
}

let node = { passed: 0, failed: 0, code: 0 };
if (nodeTests) {
  const result = await run(process.execPath, ['--test', '--test-reporter=spec', 'test/node/'], {
    capture: true,
  });
  const count = (name) => Number(new RegExp(`ℹ ${name} (\\d+)`).exec(result.output)?.[1] ?? 0);
  node = { passed: count('pass'), failed: count('fail'), code: result.code };
  if (result.code !== 0 && node.failed === 0) node.failed = 1;
}

const chrome = findChrome();
const browser = await run('node_modules/.bin/web-test-runner', args, {
  env: { ...process.env, CHROME_PATH: chrome },
});

if (nodeTests && existsSync(RESULTS)) {
  const totals = JSON.parse(readFileSync(RESULTS, 'utf8'));
  totals.passed += node.passed;
  totals.failed += node.failed;
  writeFileSync(RESULTS, JSON.stringify(totals));
  console.log(`Node tests: ${node.passed} passed, ${node.failed} failed`);
}
if (realdata && browser.code !== 0) {
  // A run that ended before its reporter wrote totals still counts as a failure.
  const totals = existsSync(RESULTS)
    ? JSON.parse(readFileSync(RESULTS, 'utf8'))
    : { passed: 0, failed: 0, skipped: 0 };
  if (totals.failed === 0) writeFileSync(RESULTS, JSON.stringify({ ...totals, failed: 1 }));
}
process.exit(node.code || browser.code);
