/**
 * The receiver as an operator runs it (server/server.mjs in a process of
 * its own): no request, however malformed, may end the process.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

let server;
let port;
let folder;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'receiver-'));
  server = spawn(
    process.execPath,
    [
      'server/server.mjs',
      '--port',
      '0',
      '--data',
      join(folder, 'ideas.ndjson'),
      '--rate-limit',
      '100000/60',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } },
  );
  port = await new Promise((resolve, reject) => {
    let output = '';
    server.stderr.on('data', (chunk) => {
      output += chunk;
      const match = /:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    server.on('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
  });
});

after(async () => {
  server.kill('SIGTERM');
  await rm(folder, { recursive: true, force: true });
});

/** Sends bytes as they are (no client library tidies the target) and returns the status line. */
function raw(text) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setTimeout(2000, () => socket.destroy());
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', () => resolve(answer.split('\r\n')[0]));
    socket.on('close', () => resolve(answer.split('\r\n')[0]));
    socket.end(text, 'latin1');
  });
}

const get = (target, headers = '') =>
  raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`);

async function postIdea() {
  const id = randomUUID();
  const body = JSON.stringify({
    id,
    title: 'Bänke am Stannebeinplatz',
    description: 'Mehr Sitzplätze im Schatten für ältere Menschen.',
    consent: true,
    lang: 'de',
    page: 'https://example.org/ideen',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
  });
  const response = await fetch(`http://127.0.0.1:${port}/api/ideas`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': id },
    body,
  });
  return { id, status: response.status };
}

const alive = () => server.exitCode === null && server.signalCode === null;

test('the malformed request targets that ended the process are answered 400 or 404', async () => {
  for (const target of [
    '//',
    '//%5B/../api/ideas',
    '//[',
    '///api/ideas',
    '//@',
    '*',
    'http://[',
  ]) {
    const status = await get(target);
    assert.match(status, /^HTTP\/1\.1 (400|404)/, `${target} → ${status}`);
    assert.ok(alive(), `the process ended after ${target}`);
  }
  assert.equal((await postIdea()).status, 201);
});

test('1,000 random malformed targets and headers: the process stays up and keeps storing', async () => {
  // A fixed seed, so a failure can be replayed.
  let seed = 20261203;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const pieces = [
    '/',
    '//',
    '%',
    '%5B',
    '%ZZ',
    '[',
    ']',
    '@',
    ':',
    '..',
    '\\',
    '?',
    '#',
    'api',
    'ideas',
    '\u00ff',
    '%00',
    ' ',
    '\t',
    '~',
    '{',
    '|',
  ];
  const headerNames = [
    'Host',
    'Origin',
    'Content-Type',
    'Content-Length',
    'X-Forwarded-For',
    'Idempotency-Key',
    'Transfer-Encoding',
  ];
  const headerValues = [
    '',
    'null',
    '//',
    'http://[',
    '-1',
    '99999999999999999999',
    'chunked, chunked',
    '\u00ff\u00fe',
    '::ffff:1.2.3.4',
    'application/json; charset',
  ];
  const requests = [];
  for (let i = 0; i < 1000; i++) {
    const target = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(pieces)).join(
      '',
    );
    const headers = Array.from(
      { length: Math.floor(random() * 3) },
      () => `${pick(headerNames)}: ${pick(headerValues)}\r\n`,
    ).join('');
    const method = pick(['GET', 'POST', 'OPTIONS', 'PUT', 'BREW']);
    requests.push(
      `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`,
    );
  }
  // Ten at a time, as a small attack would.
  for (let i = 0; i < requests.length; i += 10) {
    await Promise.all(requests.slice(i, i + 10).map(raw));
    assert.ok(alive(), `the process ended during requests ${i}–${i + 9}`);
  }
  const { id, status } = await postIdea();
  assert.equal(status, 201);
  const stored = await readFile(join(folder, 'ideas.ndjson'), 'utf8');
  assert.ok(stored.includes(id), 'the idea sent after the fuzzing was stored');
});
