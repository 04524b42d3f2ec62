/**
 * Finds a Chrome or Chromium for the tests: $CHROME_PATH, then the usual names
 * on PATH. None found: as root with apt-get, installs Debian's chromium;
 * otherwise says how to get one. No npm package may download a browser here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function lookup() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH))
    return process.env.CHROME_PATH;
  for (const name of NAMES) {
    const path = onPath(name);
    if (path) return path;
  }
  return undefined;
}

export function findChrome() {
  let path = lookup();
  if (path) return path;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log("No Chrome/Chromium found: installing Debian's chromium (apt-get) …");
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    path = lookup();
    if (path) return path;
  }
  console.error(
    'No Chrome or Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) ' +
      'or set CHROME_PATH to its executable, then run the command again.',
  );
  process.exit(1);
}

/** Flags that keep a headless Chromium off the network and working as root. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChrome());
