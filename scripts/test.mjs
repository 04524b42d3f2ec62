/** `npm test`: make sure a browser is there, then run @web/test-runner with it. */
import { spawn } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

const chrome = findChrome();
const runner = spawn('node_modules/.bin/web-test-runner', process.argv.slice(2), {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
runner.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
