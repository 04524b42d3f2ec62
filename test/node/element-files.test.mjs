/**
 * Elements stay easy to change: no file in src/components/ is over 300 lines, and
 * every file says its job in its first comment (CONTRIBUTING.md).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const files = readdirSync('src/components', { recursive: true })
  .filter((file) => String(file).endsWith('.ts'))
  .map((file) => join('src/components', String(file)));

test('no file in src/components is over 300 lines', () => {
  assert.ok(files.length > 40, `only ${files.length} files found`);
  const long = files
    .map((file) => [file, readFileSync(file, 'utf8').split('\n').length - 1])
    .filter(([, lines]) => lines > 300);
  assert.deepEqual(long, []);
});

test('every file in src/components starts with a comment saying its job', () => {
  const silent = files.filter((file) => !/^\s*(\/\*\*|\/\/)/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(silent, []);
});
