/**
 * Looks at a page as a person would: `node scripts/screenshot.mjs <url> <out.png> [width] [height]
 * [actions…]` opens it in Debian Chromium, runs the actions (`key=Tab`, `focus=<css>`,
 * `scroll=<css>`, `wait=<ms>`, `viewport` for the visible part only) and saves a screenshot.
 * Console errors are printed. Used with `npm start` to check the demo at 320 px and 1280 px.
 */
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
const [url, out, width = '1280', height = '900', ...actions] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const page = await browser.newPage({ viewport: { width: +width, height: +height } });
const logs = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text().slice(0, 300)}`));
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
await page.goto(url);
await page.waitForTimeout(1500);
for (const action of actions) {
  const [kind, ...rest] = action.split('=');
  const arg = rest.join('=');
  if (kind === 'key') await page.keyboard.press(arg);
  if (kind === 'wait') await page.waitForTimeout(+arg);
  if (kind === 'focus') await page.locator(arg).first().focus();
  if (kind === 'scroll')
    await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView(), arg);
}
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: !actions.includes('viewport') });
console.log(logs.filter((l) => !l.includes('[vite]') && !l.includes('dev mode')).join('\n'));
await browser.close();
