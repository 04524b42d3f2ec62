/**
 * `npm run e2e`: checks of the BUILT library in Debian Chromium (run after
 * `npm run build`). Each check prints ok/FAILED; totals go to
 * .e2e-results.json for .ci/run's closing line.
 *
 * - strict CSP (`script-src 'self'; style-src 'self'`) with Trusted Types
 *   enforced: zero violations while loading, filtering and failing.
 * - requests go only to the page's own host; no cookies, no storage written.
 * - the classic script (IIFE) and the ES module on one page, plus a copy of
 *   another version: nothing throws, one console.warn, first definition wins.
 * - the classic script is a loader: it fetches the ES module beside it and its
 *   chunks, nothing else; `QuartierWidgets` is filled after `QuartierWidgets.ready`;
 *   if the module is missing, the fallback children stay and nothing is logged as an error.
 */
/* global QuartierWidgets -- the classic script's global, in page.evaluate() */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { scrollLayoutShift } from './cls-scroll.mjs';
import { hostPageRoutes } from './host-pages.mjs';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serveStatic } from './serve-static.mjs';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html quartier-widgets";

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
/**
 * The same build posing as another version of the library, under /other-version/: the
 * classic script (a loader) and the module files it imports beside it.
 */
function otherVersion(file) {
  if (!/^\w[\w.-]*(\/\w[\w.-]*)?\.js$/.test(file) || !existsSync(`dist/${file}`)) return null;
  return {
    type: 'text/javascript; charset=utf-8',
    body: readFileSync(`dist/${file}`, 'utf8').replaceAll(version, '9.9.9-other'),
  };
}
/** A page with the classic script instead of the module, otherwise as `file`. */
const withClassicScript =
  (file, script = '<script src="/dist/quartier-widgets.iife.js"></script>') =>
  () => {
    const page = readFileSync(`test/e2e/${file}`, 'utf8');
    const body = page.replace(
      /<script type="module" src="\/dist\/quartier-widgets\.js(\?[^"]*)?"><\/script>/,
      script,
    );
    if (body === page) throw new Error(`test/e2e/${file} has no module script tag to replace`);
    return { type: 'text/html; charset=utf-8', body };
  };

const { server, origin } = await serveStatic(process.cwd(), {
  headers: (path) =>
    /\/(strict-csp|strict-csp-iife|map|map-iife|feeds|classic-missing)\.html$/.test(path)
      ? { 'content-security-policy': CSP }
      : {},
  routes: {
    // The Lighthouse host pages' data (the layout-shift checks use those pages).
    ...hostPageRoutes(),
    // A source answering month by month: one event on the 12th of each month.
    ...Object.fromEntries(
      ['2026-04', '2026-05', '2026-06', '2026-07'].map((month) => [
        `/e2e/months/${month}-01.json`,
        () => ({
          type: 'application/json',
          body: JSON.stringify({
            events: [
              { id: `m-${month}`, title: `Stadtteilrunde ${month}`, start: `${month}-12T18:00` },
            ],
          }),
        }),
      ]),
    ),
    '/other-version/*': otherVersion,
    // The map page and the strict-CSP page again, with the classic script instead of the module.
    '/test/e2e/map-iife.html': withClassicScript('map.html'),
    '/test/e2e/strict-csp-iife.html': withClassicScript('strict-csp.html'),
    // The cache-busting query on the classic script and on the module tag beside it.
    '/test/e2e/query-iife.html': withClassicScript(
      'query.html',
      '<script src="/dist/quartier-widgets.iife.js?ver=1.2.3"></script>\n' +
        '    <script type="module" src="/dist/quartier-widgets.js?ver=1.2.3"></script>',
    ),
    // The classic script in a folder without the module files beside it.
    '/missing/quartier-widgets.iife.js': () => ({
      type: 'text/javascript; charset=utf-8',
      body: readFileSync('dist/quartier-widgets.iife.js', 'utf8'),
    }),
    '/test/e2e/classic-missing.html': withClassicScript(
      'map.html',
      '<script src="/missing/quartier-widgets.iife.js"></script>',
    ),
  },
});
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const results = { passed: 0, failed: 0 };

async function check(name, run) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await run(page, context);
    results.passed++;
    console.log(`ok      ${name}`);
  } catch (error) {
    results.failed++;
    console.log(`FAILED  ${name}\n        ${error.message}`);
  } finally {
    await context.close();
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Records CSP violations, console output and requests from the first byte on. */
async function watch(page) {
  const seen = { violations: [], errors: [], warnings: [], requests: [] };
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('request', (request) => seen.requests.push(request.url()));
  return seen;
}

const filterReady = (page, selector = 'quartier-topic-filter') =>
  page.waitForFunction(
    (s) => document.querySelector(s)?.shadowRoot?.querySelector('[aria-busy="false"]'),
    selector,
  );

await check(
  'strict CSP + Trusted Types: no violations while loading, filtering and failing',
  async (page) => {
    const seen = await watch(page);
    await page.goto(`${origin}/test/e2e/strict-csp.html`);
    await filterReady(page);
    await page.waitForFunction(() =>
      document.querySelector('[group="zweite"]')?.shadowRoot?.querySelector('[role="alert"]'),
    );
    // The calendar: a day dialog, then an event dialog (its details are a lazy chunk).
    const calendar = page.locator('quartier-event-calendar');
    await calendar.locator('td[data-day="2026-05-19"]').focus();
    await page.keyboard.press('Enter');
    await calendar.locator('dialog.day-dialog .event').first().click();
    await calendar.locator('dialog.event-dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    // The form: typing, then a check on submit that shows the error summary.
    const form = page.locator('quartier-idea-form');
    await form.getByLabel(/^Titel/).fill('Mehr Bänke am Stannebeinplatz');
    await form.getByRole('button', { name: 'Idee senden' }).click();
    await form.locator('#error-summary').waitFor();
    await page
      .locator('quartier-topic-filter')
      .first()
      .getByLabel(/Inklusion/)
      .check();
    await page
      .locator('quartier-topic-filter')
      .first()
      .getByRole('button', { name: /Filter „Inklusion“ entfernen/ })
      .click();
    const violations = await page.evaluate(() => window.__violations);
    assert(violations.length === 0, `CSP violations: ${violations.join(' | ')}`);
    const fieldsets = await page
      .locator('quartier-topic-filter')
      .first()
      .locator('fieldset')
      .count();
    assert(fieldsets === 3, `expected 3 facets, found ${fieldsets}`);
    const realErrors = seen.errors.filter((text) => !text.includes('404'));
    assert(realErrors.length === 0, `console errors: ${realErrors.join(' | ')}`);
    const ical = seen.requests.filter((url) => /icalendar-|ical\.js/.test(url));
    assert(ical.length === 0, `iCalendar code loaded without an iCalendar source: ${ical}`);
  },
);

await check(
  'strict CSP + Trusted Types: an iCalendar feed and a month-by-month source, both exports',
  async (page) => {
    const seen = await watch(page);
    await page.goto(`${origin}/test/e2e/feeds.html`);
    const calendar = page.locator('quartier-event-calendar');
    await calendar.locator('td[data-day="2026-05-12"] .chip').first().waitFor();
    const cellText = await calendar.locator('td[data-day="2026-05-19"]').innerText();
    assert(cellText.includes('Offener Treff'), `the iCalendar series is missing: ${cellText}`);
    assert(
      seen.requests.some((url) => /icalendar-/.test(url)),
      'the iCalendar chunk was not loaded for an iCalendar source',
    );
    const months = seen.requests
      .filter((url) => url.includes('/e2e/months/'))
      .map((u) => u.slice(-15));
    assert(
      months.includes('2026-04-01.json') && months.includes('2026-05-01.json'),
      `months asked: ${months}`,
    );
    // One event into my calendar (the day opens, then its first event), then everything shown.
    await calendar.locator('td[data-day="2026-05-19"]').click();
    await calendar.locator('dialog.day-dialog[open] .event').first().click();
    const dialog = calendar.locator('dialog.event-dialog[open]');
    await dialog.waitFor();
    const [single] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'In meinen Kalender' }).click(),
    ]);
    const one = readFileSync(await single.path(), 'utf8');
    assert(/^BEGIN:VCALENDAR\r\n/.test(one) && one.includes('RRULE:FREQ=WEEKLY'), 'bad .ics');
    // Escape closes the event, then the day.
    await page.keyboard.press('Escape');
    await calendar.locator('dialog.event-dialog').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await calendar.locator('dialog.day-dialog').waitFor({ state: 'detached' });
    const [all] = await Promise.all([
      page.waitForEvent('download'),
      calendar.getByRole('button', { name: 'Alle angezeigten Termine exportieren' }).click(),
    ]);
    const shown = readFileSync(await all.path(), 'utf8');
    const count = shown.split('BEGIN:VEVENT').length - 1;
    assert(count === 3, `expected 3 events in the export, found ${count}`);
    const violations = await page.evaluate(() => window.__violations);
    assert(violations.length === 0, `CSP violations: ${violations.join(' | ')}`);
    assert(seen.errors.length === 0, `console errors: ${seen.errors.join(' | ')}`);
  },
);

await check('the CSP watch itself sees a violation when one happens', async (page) => {
  await watch(page);
  await page.goto(`${origin}/test/e2e/strict-csp.html`);
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.setAttribute('style', 'color: red');
    document.body.append(div);
  });
  await page.waitForFunction(() => window.__violations.length > 0, null, { timeout: 2000 });
});

await check(
  'privacy: only the own host is contacted, no cookies, no storage',
  async (page, context) => {
    const seen = await watch(page);
    await page.goto(`${origin}/test/e2e/strict-csp.html`);
    await filterReady(page);
    await page
      .locator('quartier-topic-filter')
      .first()
      .getByLabel(/Bildung/)
      .check();
    const foreign = seen.requests.filter((url) => !url.startsWith(origin));
    assert(foreign.length === 0, `requests to other hosts: ${foreign.join(', ')}`);
    const cookies = await context.cookies();
    assert(cookies.length === 0, `cookies set: ${cookies.map((c) => c.name).join(', ')}`);
    const storage = await page.evaluate(() => [localStorage.length, sessionStorage.length]);
    assert(storage[0] === 0 && storage[1] === 0, `storage written: ${storage}`);
    assert(
      page.url().includes('thema=bildung'),
      `sync-url did not write the address: ${page.url()}`,
    );
  },
);

await check(
  'IIFE and ES module together, plus another version: no throw, one warning',
  async (page) => {
    const seen = await watch(page);
    await page.goto(`${origin}/test/e2e/iife.html`);
    await filterReady(page);
    // Every copy of the classic script has imported its module (one after the other).
    await page.evaluate(() => globalThis[Symbol.for('quartier-widgets:classic-loader')]);
    await page.waitForTimeout(50);
    const defined = await page.evaluate(() => customElements.get('quartier-topic-filter').version);
    assert(defined === version, `first definition should win, got ${defined}`);
    const mismatch = seen.warnings.filter((text) => text.includes('9.9.9-other'));
    assert(mismatch.length === 1, `expected one version warning, got ${mismatch.length}`);
    assert(seen.errors.length === 0, `errors: ${seen.errors.join(' | ')}`);
    const shared = await page.evaluate(() =>
      Boolean(globalThis[Symbol.for('quartier-widgets')]?.channels),
    );
    assert(shared, 'page-wide state missing');
    // The loader beside the module tag imports the same file: one entry, one module.
    const entries = seen.requests.filter((url) =>
      url.startsWith(`${origin}/dist/quartier-widgets.js`),
    );
    assert(entries.length === 1, `the entry was loaded as ${entries.join(', ')}`);
    const global = await page.evaluate(() =>
      QuartierWidgets.ready.then((q) => [q === QuartierWidgets, q.VERSION, typeof q.getChannel]),
    );
    assert(global.join() === `true,${version},function`, `QuartierWidgets after ready: ${global}`);
  },
);

await check(
  'classic script under strict CSP + Trusted Types: a loader, then only the module and its chunks',
  async (page) => {
    const seen = await watch(page);
    await page.goto(`${origin}/test/e2e/strict-csp-iife.html`);
    const before = await page.evaluate(() => ({
      version: globalThis.QuartierWidgets?.VERSION,
      ready: globalThis.QuartierWidgets?.ready instanceof Promise,
    }));
    assert(before.ready, 'QuartierWidgets.ready is missing right after the classic script');
    const after = await page.evaluate(() =>
      QuartierWidgets.ready.then((q) => ({
        version: q.VERSION,
        channel: typeof q.getChannel,
        classes: [
          ['quartier-event-calendar', q.QuartierEventCalendar],
          ['quartier-topic-filter', q.QuartierTopicFilter],
          ['quartier-idea-form', q.QuartierIdeaForm],
          ['quartier-project-map', q.QuartierProjectMap],
        ].filter(([tag, cls]) => cls && customElements.get(tag) === cls).length,
      })),
    );
    assert(after.version === version, `QuartierWidgets.VERSION is ${after.version}`);
    assert(after.channel === 'function', 'QuartierWidgets.getChannel is missing');
    assert(after.classes === 4, `${after.classes} of 4 classes exposed and defined`);
    await filterReady(page);
    await page.locator('quartier-event-calendar td[data-day="2026-05-19"]').waitFor();
    const scripts = seen.requests
      .map((url) => new URL(url))
      .filter((url) => url.origin === origin && url.pathname.endsWith('.js'))
      .map((url) => url.pathname);
    const allowed = (path) =>
      path === '/dist/quartier-widgets.iife.js' ||
      path === '/dist/quartier-widgets.js' ||
      /^\/dist\/[\w-]+\.js$/.test(path) || // the element entries the module imports
      /^\/dist\/chunks\/[\w-]+\.js$/.test(path);
    const other = scripts.filter((path) => !allowed(path));
    assert(other.length === 0, `other scripts fetched: ${other.join(', ')}`);
    assert(
      scripts.filter((path) => path === '/dist/quartier-widgets.iife.js').length === 1 &&
        scripts.filter((path) => path === '/dist/quartier-widgets.js').length === 1,
      `loader and entry not fetched once each: ${scripts.join(', ')}`,
    );
    const heavy = scripts.filter((path) => /leaflet-map-|icalendar-/.test(path));
    assert(heavy.length === 0, `heavy chunks fetched without need: ${heavy.join(', ')}`);
    const twice = seen.requests.filter((url, i) => seen.requests.indexOf(url) !== i);
    assert(twice.length === 0, `requested twice: ${twice.join(', ')}`);
    const loaderBytes = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.endsWith('/dist/quartier-widgets.iife.js')).decodedBodySize,
    );
    assert(loaderBytes < 2048, `the classic script is ${loaderBytes} bytes, not a small loader`);
    const violations = await page.evaluate(() => window.__violations);
    assert(violations.length === 0, `CSP violations: ${violations.join(' | ')}`);
    const errors = seen.errors.filter((text) => !text.includes('404'));
    assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  },
);

await check(
  'classic script without the module beside it: fallback stays, a warning, no error',
  async (page) => {
    const seen = await watch(page);
    await page.goto(`${origin}/test/e2e/classic-missing.html`);
    const outcome = await page.evaluate(() =>
      QuartierWidgets.ready.then(
        () => 'resolved',
        () => 'rejected',
      ),
    );
    assert(outcome === 'rejected', `QuartierWidgets.ready ${outcome}`);
    const fallback = await page.getByRole('link', { name: 'Alle Projekte' }).isVisible();
    assert(fallback, 'the fallback link is not visible');
    const defined = await page.evaluate(() => Boolean(customElements.get('quartier-project-map')));
    assert(!defined, 'defined without the module?');
    const warned = seen.warnings.filter((text) => text.includes('konnte nicht geladen werden'));
    assert(warned.length === 1, `expected one warning, got ${seen.warnings.join(' | ')}`);
    // The browser reports the 404 itself; nothing else may be an error.
    const errors = seen.errors.filter((text) => !text.includes('404'));
    assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    const violations = await page.evaluate(() => window.__violations);
    assert(violations.length === 0, `CSP violations: ${violations.join(' | ')}`);
  },
);

await check('entries: class modules define nothing, define entries their own tag', async (page) => {
  const seen = await watch(page);
  await page.goto(`${origin}/test/e2e/entries.html`);
  const report = await (await page.waitForFunction(() => window.entries)).jsonValue();
  assert(report.afterClasses.length === 0, `class entries defined ${report.afterClasses.join()}`);
  assert(report.dataAfterClasses === 0, 'importing the class entries fetched data');
  assert(
    report.afterCalendar.join() === 'quartier-event-calendar',
    `the calendar entry defined ${report.afterCalendar.join()}`,
  );
  assert(report.sameClass, 'the exported class is not the defined one');
  assert(report.afterAll.length === 4, `the ES module defined ${report.afterAll.join()}`);
  assert(seen.errors.length === 0, `errors: ${seen.errors.join(' | ')}`);
});

for (const [variant, file] of [
  ['module', 'query.html'],
  ['classic script and module', 'query-iife.html'],
]) {
  await check(
    `a cache-busting query (?ver=…) on the ${variant}: every file loads once`,
    async (page) => {
      const seen = await watch(page);
      await page.goto(`${origin}/test/e2e/${file}`);
      await filterReady(page, 'quartier-event-calendar');
      // Open an event: its details come from a lazy chunk too.
      const calendar = page.locator('quartier-event-calendar');
      await calendar.locator('[part="event"]').first().click();
      await calendar.locator('dialog.event-dialog[open]').waitFor();
      const twice = seen.requests.filter((url, i) => seen.requests.indexOf(url) !== i);
      assert(twice.length === 0, `requested twice: ${twice.join(', ')}`);
      const entries = seen.requests.filter((url) => url.includes('quartier-widgets.js'));
      assert(entries.length === 1, `the entry was loaded as ${entries.join(', ')}`);
      assert(seen.errors.length === 0, `errors: ${seen.errors.join(' | ')}`);
    },
  );
}

for (const [variant, file] of [
  ['ES module', 'map.html'],
  ['classic script', 'map-iife.html'],
]) {
  await check(
    `map (${variant}): nothing from Leaflet or the tile host before consent, no violations after`,
    async (page) => {
      const seen = await watch(page);
      await page.goto(`${origin}/test/e2e/${file}`);
      const map = page.locator('quartier-project-map');
      await map.getByRole('button', { name: 'Karte laden' }).waitFor();
      const early = seen.requests.filter((url) => /leaflet|\/tiles\//.test(url));
      assert(early.length === 0, `requested before consent: ${early.join(', ')}`);
      const policyBefore = await page.evaluate(() =>
        Boolean(globalThis[Symbol.for('quartier-widgets')]?.leafletPolicy),
      );
      assert(!policyBefore, 'Leaflet ran before consent');
      await map.getByRole('button', { name: 'Karte laden' }).click();
      await map.locator('[part="marker"], [part="cluster"]').first().waitFor();
      // The classic script is a loader of the module: both fetch the map chunk on consent.
      assert(
        seen.requests.some((url) => /leaflet-map-/.test(url)),
        'the map chunk was not loaded after consent',
      );
      await map.locator('[part="marker"]').first().click();
      await map.locator('dialog[open]').waitFor();
      await page.keyboard.press('Escape');
      const violations = await page.evaluate(() => window.__violations);
      assert(violations.length === 0, `CSP violations: ${violations.join(' | ')}`);
      const errors = seen.errors.filter((text) => !text.includes('404'));
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
      const storage = await page.evaluate(() => localStorage.length);
      assert(storage === 0, 'storage written without "Auf diesem Gerät merken"');
    },
  );
}

await check('keyboard only: Tab reaches the options and Space chooses', async (page) => {
  await page.goto(`${origin}/test/e2e/strict-csp.html`);
  await filterReady(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  const checked = await page.evaluate(
    () =>
      document.querySelector('quartier-topic-filter').shadowRoot.querySelector('input:checked')
        ?.value,
  );
  assert(checked === 'bildung', `expected "bildung" chosen by keyboard, got ${checked}`);
});

const viewsFetched = (requests) =>
  [...new Set(requests.map((url) => /chunks\/([a-z-]+)-view-/.exec(url)?.[1]).filter(Boolean))]
    .sort()
    .join(', ');

await check(
  'views when shown: a page fetches only the views of the elements it shows',
  async (page) => {
    const seen = await watch(page);
    await page.goto(`${origin}/test/e2e/views.html`);
    await filterReady(page, 'quartier-event-calendar');
    await page.waitForTimeout(300);
    // The map is five screens down: defined, but its view waits.
    assert(
      viewsFetched(seen.requests) === 'event-calendar',
      `views: ${viewsFetched(seen.requests)}`,
    );
    assert(
      await page.evaluate(() => customElements.get('quartier-project-map') !== undefined),
      'the map is not defined',
    );
    // An element added later gets its view.
    await page.evaluate(async () => {
      const filter = document.createElement('quartier-topic-filter');
      filter.setAttribute('src', '/test/fixtures/calendar.json');
      document.body.prepend(filter);
      await filter.updateComplete;
    });
    await filterReady(page);
    assert(
      viewsFetched(seen.requests) === 'event-calendar, topic-filter',
      `views after adding a filter: ${viewsFetched(seen.requests)}`,
    );
    assert(seen.errors.length === 0, `errors: ${seen.errors.join(' | ')}`);
  },
);

await check(
  'a teaser page fetches no map, form or filter code beyond their small definitions',
  async (page) => {
    const seen = await watch(page);
    await page.goto(`${origin}/test/e2e/teaser.html`);
    await filterReady(page, 'quartier-event-calendar');
    await page.waitForTimeout(300);
    const items = await page.evaluate(
      () =>
        document.querySelector('quartier-event-calendar').shadowRoot.querySelectorAll('.event')
          .length,
    );
    assert(items === 3, `the teaser shows ${items} events, not 3`);
    assert(
      viewsFetched(seen.requests) === 'event-calendar',
      `views: ${viewsFetched(seen.requests)}`,
    );
    assert(
      !seen.requests.some((url) => /leaflet|map-details|send-idea|icalendar/.test(url)),
      'a heavy part was fetched',
    );
    // The tags are defined at once (SPEC §1): of each, only its small define entry comes (the
    // definitions themselves are part of the core).
    for (const element of ['project-map', 'idea-form', 'topic-filter']) {
      const files = seen.requests.filter((url) => url.includes(element));
      const entry = `${origin}/dist/${element}.js`;
      assert(files.length === 1 && files[0] === entry, `${element}: ${files.join(', ')}`);
      const bytes = readFileSync(`dist/${element}.js`).length;
      assert(bytes < 1000, `${element}: its define entry has ${bytes} bytes`);
    }
    assert(seen.errors.length === 0, `errors: ${seen.errors.join(' | ')}`);
  },
);

await check(
  "views when shown: grantConsent() before the map's view arrived loads the map",
  async (page) => {
    const seen = await watch(page);
    await page.goto(`${origin}/test/e2e/views.html`);
    await page.evaluate(async () => {
      await customElements.whenDefined('quartier-project-map');
      const map = document.querySelector('quartier-project-map');
      map.grantConsent();
      await map.updateComplete;
    });
    await page
      .locator('quartier-project-map')
      .locator('.leaflet-container')
      .waitFor({ state: 'attached', timeout: 10000 });
    assert(/project-map/.test(viewsFetched(seen.requests)), "the map's view was not fetched");
    assert(
      seen.requests.some((url) => /leaflet-map-/.test(url)),
      'the consent did not load the map',
    );
    // The test tiles are not there (404): the browser reports those itself.
    const errors = seen.errors.filter((text) => !text.includes('404'));
    assert(errors.length === 0, `errors: ${errors.join(' | ')}`);
  },
);

await check(
  'views when shown: a view that failed to load comes on "Erneut versuchen"',
  async (page) => {
    // The calendar's view answers 503 once (a deployment in progress, a dropped connection).
    let requests = 0;
    await page.route(/event-calendar-view-[\w-]+\.js/, (route) =>
      requests++ === 0 ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
    );
    await page.goto(`${origin}/test/e2e/views.html`);
    const calendar = page.locator('quartier-event-calendar');
    const retry = calendar.getByRole('button', { name: 'Erneut versuchen' });
    await retry.waitFor();
    assert(await calendar.getByRole('link', { name: 'Alle Termine' }).isVisible(), 'no fallback');
    await retry.click();
    await filterReady(page, 'quartier-event-calendar');
    assert(requests === 2, `the view was requested ${requests} times`);
  },
);

await check('views when shown: scrolling to the map fetches its view', async (page) => {
  const seen = await watch(page);
  await page.goto(`${origin}/test/e2e/views.html`);
  await filterReady(page, 'quartier-event-calendar');
  assert(!/project-map/.test(viewsFetched(seen.requests)), 'fetched before scrolling');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page
    .locator('quartier-project-map')
    .locator('.consent, [part="consent"], button')
    .first()
    .waitFor();
  assert(/project-map/.test(viewsFetched(seen.requests)), "scrolling did not fetch the map's view");
});

for (const file of ['all-widgets', 'calendar']) {
  await check(
    `nothing jumps: ${file}.html on a phone, loaded and scrolled (layout shift ≤ 0.02)`,
    async (page) => {
      const shift = await scrollLayoutShift(page, `${origin}/bench/lighthouse/${file}.html`);
      assert(
        shift.value <= 0.02,
        `layout shift ${shift.value.toFixed(3)}: ${shift.sources.join(', ')}`,
      );
    },
  );
}

await check('quartier-widgets.css reserves space before the script has run', async (page) => {
  await page.goto(`${origin}/test/e2e/stylesheet.html`);
  const box = await page.evaluate(() => {
    const size = (tag) => {
      const el = document.querySelector(tag);
      return { display: getComputedStyle(el).display, height: el.getBoundingClientRect().height };
    };
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    return { calendar: size('quartier-event-calendar'), map: size('quartier-project-map'), rem };
  });
  assert(box.calendar.display === 'block', `calendar display ${box.calendar.display}`);
  assert(box.calendar.height >= 10 * box.rem, `calendar height ${box.calendar.height}`);
  assert(box.map.height >= 26 * box.rem, `map height ${box.map.height}`);
});

await browser.close();
server.close();
writeFileSync('.e2e-results.json', JSON.stringify(results));
console.log(`e2e: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
