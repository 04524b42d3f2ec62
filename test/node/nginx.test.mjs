/**
 * The documented nginx configuration (docs/deploy/nginx.conf) in front of a
 * real receiver process, both on 127.0.0.1: Debian's nginx (package
 * nginx-light) runs in the foreground with its own prefix in a temporary folder.
 * The file is used as documented; only its TLS lines are left out and its ports
 * replaced (each replacement must match, so the file and this test cannot drift
 * apart unnoticed).
 *
 * Checks: malformed request targets leave the receiver up and storing; slow
 * clients are cut off by nginx's timeouts; the receiver (with its trust-proxy
 * option) sees the real client address from X-Forwarded-For and forged ones do
 * not help; a 50 MB body gets the receiver's 413 with its CORS header.
 *
 * Without /usr/sbin/nginx the test is skipped, saying so, except in CI
 * (CI=true), where it fails: .ci/run installs nginx-light.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freePort } from '../../scripts/free-port.mjs';

const NGINX = '/usr/sbin/nginx';
const CI = process.env.CI === 'true';
const missing = !existsSync(NGINX);
const ORIGIN = 'https://stadtteil.example';
const RATE = 3;

const SERVER = 'server/server.mjs';

/** Waits until something accepts connections on the port (at most `ms`). */
async function waitForPort(port, ms, child) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => (socket.destroy(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/**
 * The receiver's option for "client address from X-Forwarded-For", as its
 * --help names it: `--trust-proxy` (a switch) or one that takes the proxy's
 * address.
 */
function trustProxyArgs() {
  const help = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8' }).stdout;
  const match = /(--trust-proxy[\w-]*)(?:[ =]([<\w][^\]\s]*))?/.exec(help);
  assert.ok(match, `${SERVER} --help names no trust-proxy option:\n${help}`);
  return match[2] ? [match[1], '127.0.0.1'] : [match[1]];
}

/** docs/deploy/nginx.conf with this test's ports and without TLS. */
export function renderNginxConf(text, { port, redirectPort, receiverPort }) {
  const replace = (from, to) => {
    const count = text.split(from).length - 1;
    assert.equal(count, 1, `docs/deploy/nginx.conf: expected "${from}" once, found ${count}`);
    text = text.replace(from, to);
  };
  replace('listen 443 ssl http2;', `listen 127.0.0.1:${port};`);
  replace('listen [::]:443 ssl http2;', '');
  replace('listen 80;', `listen 127.0.0.1:${redirectPort};`);
  replace('listen [::]:80;', '');
  replace('server 127.0.0.1:8787;', `server 127.0.0.1:${receiverPort};`);
  text = text.replace(/^\s*ssl_\w+ .*;$/gm, '');
  return text;
}

/**
 * Sends bytes as they are over a socket from `localAddress` (a loopback
 * address: 127.0.0.2 is another client for nginx) and returns the status code,
 * the headers and the body, or `status: 0` when the connection ended without
 * an answer.
 */
function raw(port, text, { localAddress = '127.0.0.1', timeout = 5000 } = {}) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1', localAddress });
    let answer = Buffer.alloc(0);
    socket.setTimeout(timeout, () => socket.destroy());
    socket.on('data', (chunk) => (answer = Buffer.concat([answer, chunk])));
    const done = () => resolve(parseAnswer(answer.toString('latin1')));
    socket.on('error', done);
    socket.on('close', done);
    // Written, not ended: nginx takes a half-closed connection for a client that left.
    socket.write(text, 'latin1');
  });
}

function parseAnswer(text) {
  const [head, ...rest] = text.split('\r\n\r\n');
  const [statusLine, ...lines] = head.split('\r\n');
  const headers = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return {
    status: Number(/^HTTP\/1\.\d (\d{3})/.exec(statusLine)?.[1] ?? 0),
    headers,
    body: rest.join('\r\n\r\n'),
  };
}

function idea() {
  const id = randomUUID();
  return {
    id,
    body: JSON.stringify({
      id,
      title: 'Bänke am Stannebeinplatz',
      description: 'Mehr Sitzplätze im Schatten für ältere Menschen.',
      consent: true,
      lang: 'de',
      page: 'https://stadtteil.example/ideen',
      startedAt: new Date(Date.now() - 60_000).toISOString(),
    }),
  };
}

/** Posts a new idea through nginx as a browser on ORIGIN would (Connection: close). */
function postIdea(port, { localAddress, forwardedFor } = {}) {
  const { id, body } = idea();
  const length = Buffer.byteLength(body);
  return raw(
    port,
    `POST /api/ideas HTTP/1.1\r\nHost: ideen.example.org\r\nOrigin: ${ORIGIN}\r\n` +
      `Content-Type: application/json\r\nIdempotency-Key: ${id}\r\nContent-Length: ${length}\r\n` +
      (forwardedFor ? `X-Forwarded-For: ${forwardedFor}\r\n` : '') +
      `Connection: close\r\n\r\n${Buffer.from(body).toString('latin1')}`,
    { localAddress },
  ).then((answer) => ({ ...answer, id }));
}

/**
 * Sends a POST declaring `size` bytes and streams them until an answer comes
 * (as a browser does), then returns the answer.
 */
function sendLargeBody(port, size, localAddress) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1', localAddress });
    let text = '';
    let sent = 0;
    const chunk = Buffer.alloc(256 * 1024, 'a');
    const finish = () => resolve(parseAnswer(text));
    socket.setTimeout(20_000, () => socket.destroy());
    socket.on('data', (data) => (text += data.toString('latin1')));
    socket.on('error', finish);
    socket.on('close', finish);
    const pump = () => {
      while (sent < size && !text && !socket.destroyed) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    socket.on('connect', () => {
      socket.write(
        `POST /api/ideas HTTP/1.1\r\nHost: ideen.example.org\r\nOrigin: ${ORIGIN}\r\n` +
          `Content-Type: application/json\r\nIdempotency-Key: ${randomUUID()}\r\n` +
          `Content-Length: ${size}\r\nConnection: close\r\n\r\n`,
      );
      pump();
    });
  });
}

const skip =
  missing && !CI ? `${NGINX} is missing: apt-get install -y nginx-light (in CI this fails)` : false;

describe('nginx (docs/deploy/nginx.conf) in front of the receiver', { skip }, () => {
  let folder;
  let receiver;
  let nginx;
  let port;
  let redirectPort;
  let receiverOutput = '';
  let nginxOutput = '';

  before(async () => {
    assert.ok(!missing, `${NGINX} is missing: .ci/run must install Debian's nginx-light`);
    folder = await mkdtemp(join(tmpdir(), 'nginx-receiver-'));
    // nginx's workers (another user when run as root) need to reach its temporary folders.
    await chmod(folder, 0o755);
    await mkdir(join(folder, 'logs'));
    const receiverPort = await freePort();
    port = await freePort();
    redirectPort = await freePort();

    receiver = spawn(
      process.execPath,
      [
        SERVER,
        '--port',
        String(receiverPort),
        '--data',
        join(folder, 'data', 'ideas.ndjson'),
        '--origins',
        ORIGIN,
        '--rate-limit',
        `${RATE}/600`,
        ...trustProxyArgs(),
      ],
      // The file store, whatever the environment says: the test reads the data file.
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } },
    );
    receiver.stdout.on('data', (chunk) => (receiverOutput += chunk));
    receiver.stderr.on('data', (chunk) => (receiverOutput += chunk));
    assert.ok(
      await waitForPort(receiverPort, 10_000, receiver),
      `receiver did not start:\n${receiverOutput}`,
    );

    const site = renderNginxConf(await readFile('docs/deploy/nginx.conf', 'utf8'), {
      port,
      redirectPort,
      receiverPort,
    });
    await writeFile(join(folder, 'quartier.conf'), site);
    await writeFile(
      join(folder, 'nginx.conf'),
      [
        'worker_processes 1;',
        `pid ${folder}/nginx.pid;`,
        `error_log ${folder}/logs/error.log info;`,
        'events { worker_connections 512; }',
        'http {',
        `  access_log ${folder}/logs/access.log;`,
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (kind) => `  ${kind}_temp_path ${folder}/${kind}_temp;`,
        ),
        `  include ${folder}/quartier.conf;`,
        '}',
        '',
      ].join('\n'),
    );
    nginx = spawn(NGINX, ['-p', folder, '-c', join(folder, 'nginx.conf'), '-g', 'daemon off;'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    nginx.stdout.on('data', (chunk) => (nginxOutput += chunk));
    nginx.stderr.on('data', (chunk) => (nginxOutput += chunk));
    assert.ok(await waitForPort(port, 10_000, nginx), `nginx did not start:\n${nginxOutput}`);
  });

  after(async () => {
    if (nginx && nginx.exitCode === null) {
      nginx.kill('SIGTERM');
      await new Promise((resolve) => nginx.once('exit', resolve));
    }
    if (receiver && receiver.exitCode === null) {
      receiver.kill('SIGTERM');
      let timer;
      await Promise.race([
        new Promise((resolve) => receiver.once('exit', resolve)),
        new Promise((resolve) => (timer = setTimeout(resolve, 12_000))),
      ]);
      clearTimeout(timer);
      if (receiver.exitCode === null) receiver.kill('SIGKILL');
    }
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const stored = async () => {
    const text = await readFile(join(folder, 'data', 'ideas.ndjson'), 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).id);
  };

  test('malformed request targets answer an error, and the receiver keeps storing', async () => {
    const targets = [
      '//',
      '//%5B/../api/ideas',
      '/api/ideas/../../..//',
      '/%5B/../api/ideas',
      '/api/ideas?%ff%fe',
      '/api/ideas/%2e%2e/%2e%2e/x',
      '/api%00ideas',
      'http://[',
      '//api/ideas',
      '/api/ideas#x',
    ];
    for (const target of targets) {
      for (const method of ['GET', 'POST', 'OPTIONS']) {
        const answer = await raw(
          port,
          `${method} ${target} HTTP/1.1\r\nHost: ideen.example.org\r\nOrigin: ${ORIGIN}\r\n` +
            'Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
          { localAddress: '127.0.0.4' },
        );
        assert.ok(
          answer.status >= 200 && answer.status < 500,
          `${method} ${target}: ${answer.status}`,
        );
      }
    }
    assert.equal(receiver.exitCode, null, `the receiver ended:\n${receiverOutput}`);
    // From another address: the malformed posts may have used up 127.0.0.4's allowance.
    const posted = await postIdea(port, { localAddress: '127.0.0.8' });
    assert.equal(posted.status, 201, posted.body);
    assert.ok((await stored()).includes(posted.id));
  });

  test('slow clients trickling their headers are cut off by nginx (client_header_timeout 10s)', async () => {
    const started = Date.now();
    const slow = Array.from(
      { length: 5 },
      () =>
        new Promise((resolve) => {
          const socket = connect({ port, host: '127.0.0.1', localAddress: '127.0.0.6' });
          let lines = 0;
          const timer = setInterval(() => {
            // At most 25 lines (25 s): the test ends either way.
            if (lines++ >= 25 || socket.destroyed) return void clearInterval(timer);
            socket.write(`X-Slow-${lines}: ${'a'.repeat(10)}\r\n`);
          }, 1000);
          socket.on('connect', () =>
            socket.write('POST /api/ideas HTTP/1.1\r\nHost: ideen.example.org\r\n'),
          );
          socket.on('data', () => {});
          socket.on('error', () => {});
          socket.on('close', () => {
            clearInterval(timer);
            resolve(Date.now() - started);
          });
        }),
    );
    // Meanwhile residents are served.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const posted = await postIdea(port, { localAddress: '127.0.0.7' });
    assert.equal(posted.status, 201, posted.body);
    const closedAfter = await Promise.all(slow);
    for (const ms of closedAfter) {
      assert.ok(ms >= 9000 && ms < 14_000, `a slow client was cut off after ${ms} ms`);
    }
  });

  test('X-Forwarded-For is set by nginx: the receiver counts the real client, forged headers do not help', async () => {
    for (let i = 0; i < RATE; i++) {
      const answer = await postIdea(port, { localAddress: '127.0.0.2' });
      assert.equal(answer.status, 201, answer.body);
    }
    const limited = await postIdea(port, { localAddress: '127.0.0.2' });
    assert.equal(limited.status, 429, 'the client at 127.0.0.2 used its allowance');
    assert.ok(limited.headers['retry-after']);
    const forged = await postIdea(port, { localAddress: '127.0.0.2', forwardedFor: '127.0.0.99' });
    assert.equal(forged.status, 429, 'a forged X-Forwarded-For is replaced by nginx');
    // Another client has its own allowance, even when it claims to be the first.
    const other = await postIdea(port, { localAddress: '127.0.0.3', forwardedFor: '127.0.0.2' });
    assert.equal(other.status, 201, other.body);
  });

  // Three tries: the receiver's early 413 (a declared length far above its limit) once closed
  // the connection at once while nginx was still passing the body on, so nginx answered 502
  // itself about every second try. The receiver now reads and drops the rest of the body.
  test('a 50 MB body gets the receiver’s 413 with its CORS header (not nginx’s own 413)', async () => {
    for (let attempt = 1; attempt <= 3; attempt++) {
      const answer = await sendLargeBody(port, 50 * 1024 * 1024, '127.0.0.5');
      assert.equal(
        answer.status,
        413,
        `try ${attempt}: ${answer.status} ${JSON.stringify(answer.headers)}`,
      );
      assert.equal(answer.headers['access-control-allow-origin'], ORIGIN);
      assert.match(answer.body, /too-large/);
    }
    assert.equal(receiver.exitCode, null);
    const posted = await postIdea(port, { localAddress: '127.0.0.5' });
    assert.equal(posted.status, 201, posted.body);
  });

  test('plain HTTP redirects to HTTPS; other paths are not passed on', async () => {
    const redirect = await raw(
      redirectPort,
      'GET /api/ideas HTTP/1.1\r\nHost: ideen.example.org\r\nConnection: close\r\n\r\n',
    );
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, 'https://ideen.example.org/api/ideas');
    const other = await raw(
      port,
      'GET /.env HTTP/1.1\r\nHost: ideen.example.org\r\nConnection: close\r\n\r\n',
    );
    assert.equal(other.status, 404);
    assert.equal(other.headers.server, 'nginx', 'server_tokens off: no version');
  });
});
