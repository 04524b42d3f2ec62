/**
 * docs/deploy/quartier-receiver.service: checked with `systemd-analyze verify`
 * (Debian's systemd package; systemd itself need not run, and cannot here), and
 * for the settings docs/receiver.md promises. `verify` exits 0 even for unknown
 * keys or values it cannot parse, so anything it prints about the unit fails.
 * Skipped, saying so, where systemd-analyze is missing.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

const UNIT = 'docs/deploy/quartier-receiver.service';
const tool = spawnSync('sh', ['-c', 'command -v systemd-analyze'], {
  encoding: 'utf8',
}).stdout.trim();

function verify(path) {
  const result = spawnSync(tool, ['verify', '--man=no', path], { encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`.trim();
  return { status: result.status, output };
}

describe('systemd unit', () => {
  let folder;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'unit-'));
  });
  after(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test(
    'systemd-analyze verify finds nothing to say about the unit',
    { skip: tool ? false : 'systemd-analyze is missing (apt-get install -y systemd)' },
    async () => {
      const copy = join(folder, 'quartier-receiver.service');
      await copyFile(UNIT, copy);
      const text = await readFile(copy, 'utf8');
      const node = /^ExecStart=(\S+)/m.exec(text)?.[1];
      assert.equal(node, '/usr/bin/node');
      // verify checks that the program exists: elsewhere Node may live in another place.
      if (process.execPath !== node) {
        await writeFile(copy, text.replace(`ExecStart=${node}`, `ExecStart=${process.execPath}`));
      }
      const result = verify(copy);
      assert.equal(result.status, 0, result.output);
      assert.equal(result.output, '', `systemd-analyze verify:\n${result.output}`);

      // …and it does speak up about mistakes (so the silence above means something).
      const broken = join(folder, 'broken.service');
      await writeFile(broken, text.replace('ProtectSystem=strict', 'ProtectSystem=strikt'));
      assert.match(verify(broken).output, /protect system value/i);
    },
  );

  test('the unit has the settings docs/receiver.md promises', async () => {
    const text = await readFile(UNIT, 'utf8');
    const settings = new Map();
    for (const line of text.replace(/\\\n\s*/g, ' ').split('\n')) {
      const match = /^(\w+)=(.*)$/.exec(line.trim());
      if (match) settings.set(match[1], [...(settings.get(match[1]) ?? []), match[2]]);
    }
    const one = (key) => settings.get(key)?.at(-1);
    assert.ok(one('User') || one('DynamicUser') === 'yes', 'a user of its own');
    assert.notEqual(one('User'), 'root');
    for (const [key, value] of [
      ['ProtectSystem', 'strict'],
      ['NoNewPrivileges', 'yes'],
      ['PrivateTmp', 'yes'],
      ['UMask', '0077'],
      ['Restart', 'on-failure'],
      ['TimeoutStopSec', '15'],
      ['ReadWritePaths', '/var/lib/quartier'],
      ['RestrictAddressFamilies', 'AF_INET AF_INET6 AF_UNIX'],
    ]) {
      assert.equal(one(key), value, key);
    }
    assert.match(one('EnvironmentFile'), /^-?\/etc\/quartier\/receiver\.env$/);
    const exec = one('ExecStart');
    assert.match(exec, /server\/server\.mjs/);
    assert.match(exec, /--host 127\.0\.0\.1/, 'only nginx reaches the receiver');
    assert.match(
      exec,
      /--trust-proxy 127\.0\.0\.1\b/,
      'behind nginx, as docs/deploy/nginx.conf expects',
    );
    assert.match(exec, /--data \/var\/lib\/quartier\//, 'data in the writable folder');
    assert.ok(!/DATABASE_URL/.test(exec), 'the database password never on the command line');
  });
});
