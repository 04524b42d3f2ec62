/**
 * Layout shift while scrolling: loads a page on a mid-range phone's screen (412 × 823), scrolls
 * to the bottom and back as a reader would, and sums the layout shifts the browser reports
 * meanwhile (Lighthouse's CLS covers the load only, before anyone scrolls).
 */
/* global document, window */

/** The screen of a mid-range phone in CSS pixels. */
export const PHONE = { width: 412, height: 823 };

/** Pixels per scroll step and milliseconds between steps. */
const STEP = 300;
const PAUSE = 100;

/**
 * Loads `url` in the playwright-core `page` at the phone's size, waits for the load event,
 * scrolls down in steps to the bottom and back up, waits a moment and returns
 * `{ value, whileScrolling, count, entries, sources }`: the summed shift since the page began
 * loading (entries after a person's input left out, as in CLS), the part of it from the first
 * scroll step on, each entry with its time and the nodes that moved, and those nodes once each.
 */
export async function scrollLayoutShift(page, url) {
  await page.setViewportSize(PHONE);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => {
    const describe = (node) => {
      if (!node) return '(removed)';
      if (node.nodeType !== 1) return node.nodeName.toLowerCase();
      const id = node.id ? `#${node.id}` : '';
      const cls = !id && node.classList.length ? `.${[...node.classList].join('.')}` : '';
      const own = `${node.localName}${id}${cls}`;
      const root = node.getRootNode();
      return root && root.host ? `${root.host.localName} › ${own}` : own;
    };
    window.__layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__layoutShifts.push({
          value: entry.value,
          startTime: Math.round(entry.startTime),
          sources: entry.sources.map((source) => describe(source.node)),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const scrollStart = await page.evaluate(
    async ([step, pause]) => {
      const started = performance.now();
      const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
      // The page may grow while it is scrolled (content arriving): re-read its height each step.
      while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 1) {
        const before = window.scrollY;
        window.scrollBy(0, step);
        await wait(pause);
        if (window.scrollY === before) break;
      }
      while (window.scrollY > 0) {
        const before = window.scrollY;
        window.scrollBy(0, -step);
        await wait(pause);
        if (window.scrollY === before) break;
      }
      return started;
    },
    [STEP, PAUSE],
  );
  await page.waitForTimeout(1000);
  const entries = await page.evaluate(() => window.__layoutShifts);
  const total = (list) => list.reduce((sum, entry) => sum + entry.value, 0);
  return {
    value: total(entries),
    whileScrolling: total(entries.filter((entry) => entry.startTime >= scrollStart)),
    count: entries.length,
    entries,
    sources: [...new Set(entries.flatMap((entry) => entry.sources))],
  };
}
