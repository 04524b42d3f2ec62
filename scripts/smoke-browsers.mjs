/**
 * `npm run smoke:browsers`: a smoke run of the BUILT library (run after `npm run build`) in the
 * engines beside Chromium that Debian packages: WebKit (WebKitGTK's WebKitWebDriver, its
 * MiniBrowser in an Xvfb display) and Firefox ESR (headless, through its built-in Marionette).
 * Speaks WebDriver itself (HTTP for WebKit, Marionette's framing over TCP for Firefox), so it
 * needs nothing from npm. Prints per engine its version and each check ok/FAILED, or
 * "not available: why"; exits non-zero when an available engine fails a check, and with
 * `--require` also when an engine is not available.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './serve-static.mjs';
import { freePort } from './free-port.mjs';

const KEY = { tab: '\uE004', enter: '\uE007', space: ' ' };
const requireAll = process.argv.includes('--require');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Processes and folders this run made, undone at the end whatever happens. */
const cleanups = [];

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: 'ignore', ...options });
  child.on('error', () => {});
  // Asked to stop, then waited for (killed after 5 s), so nothing outlives the run.
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    if (!(await Promise.race([gone.then(() => true), sleep(5000)]))) child.kill('SIGKILL');
  });
  return child;
}

async function until(what, probe, timeout = 15000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** A W3C WebDriver session over HTTP (WebKitWebDriver, or any other WebDriver server). */
async function httpSession(base, capabilities) {
  const call = async (method, path, body) => {
    const headers = { 'content-type': 'application/json' };
    const res = await fetch(base + path, { method, headers, body: JSON.stringify(body ?? {}) });
    const { value } = await res.json();
    if (!res.ok) throw new Error(`${value.error}: ${value.message}`);
    return value;
  };
  const opened = await call('POST', '/session', { capabilities: { alwaysMatch: capabilities } });
  const session = `/session/${opened.sessionId}`;
  return {
    caps: opened.capabilities,
    navigate: (url) => call('POST', `${session}/url`, { url }),
    execute: (script, args) => call('POST', `${session}/execute/sync`, { script, args }),
    actions: async (actions) => {
      await call('POST', `${session}/actions`, { actions });
      await call('DELETE', `${session}/actions`);
    },
    quit: () => call('DELETE', session),
  };
}

/** The same commands through Marionette: `length:json` frames, `[0, id, name, params]`. */
async function marionetteSession(port) {
  const socket = connect(port, '127.0.0.1');
  const pending = new Map();
  let buffer = Buffer.alloc(0);
  let greet;
  const greeting = new Promise((resolve) => (greet = resolve));
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (let colon = buffer.indexOf(':'); colon > 0; colon = buffer.indexOf(':')) {
      const end = colon + 1 + Number(buffer.subarray(0, colon).toString());
      if (buffer.length < end) return;
      const message = JSON.parse(buffer.subarray(colon + 1, end).toString());
      buffer = buffer.subarray(end);
      if (!Array.isArray(message)) greet(message);
      else pending.get(message[1])?.(message);
    }
  });
  socket.on('error', () => {});
  await greeting;
  let last = 0;
  const call = (name, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++last;
      pending.set(id, ([, , error, result]) => {
        pending.delete(id);
        if (error) reject(new Error(`${error.error}: ${error.message}`));
        else resolve(result);
      });
      const frame = JSON.stringify([0, id, name, params]);
      socket.write(`${Buffer.byteLength(frame)}:${frame}`);
    });
  const { capabilities } = await call('WebDriver:NewSession', { capabilities: {} });
  return {
    caps: capabilities,
    navigate: (url) => call('WebDriver:Navigate', { url }),
    execute: async (script, args) =>
      (await call('WebDriver:ExecuteScript', { script, args })).value,
    actions: async (actions) => {
      await call('WebDriver:PerformActions', { actions });
      await call('WebDriver:ReleaseActions');
    },
    quit: async () => {
      await Promise.race([call('Marionette:Quit', { flags: ['eForceQuit'] }), sleep(3000)]);
      socket.destroy();
    },
  };
}

/** An X display of our own (Xvfb picks a free number and reports it on fd 3). */
async function startXvfb() {
  const xvfb = start(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    },
  );
  let out = '';
  xvfb.stdio[3].on('data', (chunk) => (out += chunk));
  return `:${await until('Xvfb', async () => out.includes('\n') && out.trim())}`;
}

const ENGINES = {
  async WebKit() {
    const driver = onPath('WebKitWebDriver');
    if (!driver)
      return { missing: 'no WebKitWebDriver (Debian: apt-get install webkit2gtk-driver)' };
    let display = process.env.DISPLAY;
    if (onPath('Xvfb')) display = await startXvfb();
    else if (!display)
      return {
        missing: 'WebKitGTK needs an X display: no DISPLAY and no Xvfb (apt-get install xvfb)',
      };
    const port = await freePort();
    start(driver, [`--port=${port}`], { env: { ...process.env, DISPLAY: display } });
    const base = `http://127.0.0.1:${port}`;
    await until('WebKitWebDriver', async () => (await fetch(`${base}/status`)).ok);
    const session = await httpSession(base, {});
    const how = process.env.DISPLAY === display ? `DISPLAY ${display}` : 'Xvfb';
    return {
      session,
      label: `WebKitGTK ${session.caps.browserVersion} (${session.caps.browserName} in ${how})`,
    };
  },
  async Firefox() {
    const binary = process.env.FIREFOX_PATH || onPath('firefox-esr') || onPath('firefox');
    if (!binary)
      return { missing: 'no firefox-esr or firefox (Debian: apt-get install firefox-esr)' };
    const profile = mkdtempSync(join(tmpdir(), 'smoke-firefox-'));
    cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
    // Marionette on a free port (written to MarionetteActivePort); no updates, no telemetry.
    const prefs = {
      'marionette.port': 0,
      'app.update.disabledForTesting': true,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
    };
    const lines = Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${v});`);
    writeFileSync(join(profile, 'user.js'), `${lines.join('\n')}\n`);
    start(binary, ['-headless', '-marionette', '-no-remote', '-profile', profile]);
    const portFile = join(profile, 'MarionetteActivePort');
    const port = await until(
      'Marionette',
      async () => existsSync(portFile) && Number(readFileSync(portFile, 'utf8')),
      30000,
    );
    const session = await marionetteSession(port);
    return { session, label: `Firefox ${session.caps.browserVersion} (${binary}, headless)` };
  },
};

/** Helpers every page-side script gets: an element's shadow root, a node in it, the real focus. */
const IN_PAGE = `const root = (tag) => document.querySelector(tag).shadowRoot;
const find = (tag, selector) => root(tag).querySelector(selector);
const focused = () => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a; };
const mapButton = () => [...root('quartier-project-map').querySelectorAll('button')].find((b) => b.textContent.trim() === 'Karte laden');
`;

/** What shows that each widget has its content (not the busy skeleton). */
const CONTENT = {
  'quartier-topic-filter': 'input[type="checkbox"][value="migration"]',
  'quartier-event-calendar': 'td[data-day] .chip',
  'quartier-project-map': 'button',
  'quartier-idea-form': 'form #title',
};

function checksFor(session) {
  const page = (body, ...args) => session.execute(`${IN_PAGE}${body}`, args);
  const press = (...keys) =>
    session.actions([
      {
        type: 'key',
        id: 'keyboard',
        actions: keys.flatMap((value) => [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ]),
      },
    ]);
  const chips = () =>
    page(`return root('quartier-event-calendar').querySelectorAll('td[data-day] .chip').length;`);
  const title = () =>
    page(`return find('quartier-event-calendar', '.range-title').textContent.trim();`);
  const rendered = Object.entries(CONTENT).map(([tag, selector]) => [
    `${tag} renders`,
    () =>
      until(`${tag} with its content`, () =>
        page(
          `const el = document.querySelector(arguments[0]); el.scrollIntoView();
           const base = el.shadowRoot && el.shadowRoot.querySelector('.base');
           return Boolean(base && !base.classList.contains('skeleton') &&
             base.getAttribute('aria-busy') !== 'true' && el.shadowRoot.querySelector(arguments[1]));`,
          tag,
          selector,
        ),
      ).then(() => ''),
  ]);
  return [
    ...rendered,
    [
      'filter: Space on the topic "Migration" narrows the calendar',
      async () => {
        const before = await chips();
        await page(`find('quartier-topic-filter', 'input[value="migration"]').focus();`);
        await press(KEY.space);
        const after = await until('fewer events', async () => {
          const count = await chips();
          return count < before && count > 0 && count;
        });
        const titles = await page(
          `return [...root('quartier-event-calendar').querySelectorAll('td[data-day] .chip-title')].map((t) => t.textContent.trim());`,
        );
        const others = titles.filter((text) => text !== 'Sprachcafé');
        if (others.length > 0) throw new Error(`other events still shown: ${others.join(', ')}`);
        return `${before} → ${after} events in May, all "Sprachcafé"`;
      },
    ],
    [
      'calendar: Enter on "Nächster Monat" shows the next month',
      async () => {
        const before = await title();
        await page(
          `find('quartier-event-calendar', 'button[aria-label="Nächster Monat"]').focus();`,
        );
        await press(KEY.enter);
        const after = await until(
          'another title',
          async () => (await title()) !== before && title(),
        );
        if (after !== 'Juni 2026') throw new Error(`title "${before}" became "${after}"`);
        return `${before} → ${after}`;
      },
    ],
    [
      'map: "Karte laden" is there and takes focus',
      async () => {
        const ok = await page(
          `const b = mapButton(); b.focus(); return focused() === b && b.tabIndex >= 0;`,
        );
        if (!ok) throw new Error('the button is missing or does not take focus');
        return '';
      },
    ],
    [
      'form: Tab from the heading above reaches the title field',
      async () => {
        await page(`document.getElementById('idee').focus();`);
        await press(KEY.tab);
        const id = await page(`return focused()?.id;`);
        if (id !== 'title') throw new Error(`focus went to "${id}"`);
        return '';
      },
    ],
    [
      'form: Enter in the empty form shows the error summary',
      async () => {
        await press(KEY.enter);
        const items = await until('the error summary', () =>
          page(
            `return find('quartier-idea-form', '#error-summary')?.querySelectorAll('li').length;`,
          ),
        );
        return `${items} errors listed`;
      },
    ],
    [
      "form: Tab, Enter on the summary's first link, typing fills the title",
      async () => {
        await press(KEY.tab, KEY.enter);
        await until(
          'focus on the title',
          async () => (await page(`return focused()?.id;`)) === 'title',
        );
        await press(...'Neue Bank');
        const value = await page(`return find('quartier-idea-form', '#title').value;`);
        if (value !== 'Neue Bank') throw new Error(`title field holds "${value}"`);
        return '';
      },
    ],
    [
      'page: no script errors',
      async () => {
        const errors = await page(
          `return [...document.querySelectorAll('#errors li')].map((li) => li.textContent);`,
        );
        if (errors.length > 0) throw new Error(errors.join(' | '));
        return '';
      },
    ],
  ];
}

async function runEngine(name, origin) {
  const began = Date.now();
  let engine;
  try {
    engine = await ENGINES[name]();
  } catch (error) {
    engine = { missing: `could not start: ${error.message}` };
  }
  if (engine.missing) {
    console.log(`${name}: not available: ${engine.missing}`);
    return { name, available: false, failed: requireAll ? 1 : 0, passed: 0 };
  }
  const { session } = engine;
  const userAgent = await session.execute('return navigator.userAgent;', []);
  console.log(`${name}: ${engine.label}\n  ${userAgent}`);
  let passed = 0;
  let failed = 0;
  try {
    await session.navigate(`${origin}/test/e2e/smoke.html`);
    for (const [label, check] of checksFor(session)) {
      try {
        const detail = await check();
        passed++;
        console.log(`  ok      ${label}${detail ? ` (${detail})` : ''}`);
      } catch (error) {
        failed++;
        console.log(`  FAILED  ${label}: ${error.message.split('\n')[0]}`);
      }
    }
  } finally {
    await session.quit().catch(() => {});
  }
  console.log(`  ${passed} ok, ${failed} failed, ${((Date.now() - began) / 1000).toFixed(1)} s`);
  return { name, available: true, passed, failed };
}

if (!existsSync('dist/quartier-widgets.js')) {
  console.error('No dist/quartier-widgets.js: run `npm run build` first.');
  process.exit(1);
}
const began = Date.now();
const { server, origin } = await serveStatic(process.cwd());
const results = [];
try {
  for (const name of Object.keys(ENGINES)) results.push(await runEngine(name, origin));
} finally {
  server.close();
  for (const undo of cleanups.reverse()) await undo();
}
const summary = results.map((r) =>
  r.available ? `${r.name} ${r.passed} ok, ${r.failed} failed` : `${r.name} not available`,
);
console.log(
  `smoke:browsers: ${summary.join('; ')} (${((Date.now() - began) / 1000).toFixed(1)} s)`,
);
process.exit(results.some((r) => r.failed > 0) ? 1 : 0);
