/**
 * `npm test`: the Node tests (the receiver as a process, test/node/), then the
 * browser tests with @web/test-runner in a Chrome/Chromium found (or installed)
 * by find-chrome.mjs. Totals of both go to .test-results.json for .ci/run.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const RESULTS = '.test-results.json';

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

const args = process.argv.slice(2);
// `npm test -- --files x` runs browser tests only, as before.
const nodeTests = args.length === 0;

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
process.exit(node.code || browser.code);
