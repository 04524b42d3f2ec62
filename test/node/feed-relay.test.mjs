/**
 * The feed relay (server/feeds.mjs) against a fake partner on 127.0.0.1: first
 * fetch, revalidation with ETag, the last good copy when the partner is down or
 * answers garbage, size cap, timeout, CORS, redirects (followed by hand, refused
 * to non-public addresses) and unknown names. The relay is mounted in a tiny
 * http server, as server/server.mjs mounts it under /api/feeds/<name>.
 */
import { spawn, spawnSync } from 'node:child_process';
import { lookup as dnsLookup } from 'node:dns';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createFeedRelay, guardedLookup, isPrivateAddress } from '../../server/feeds.mjs';

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//fake partner//DE',
  'BEGIN:VEVENT',
  'UID:1@partner.test',
  'DTSTAMP:20260501T100000Z',
  'DTSTART:20260520T160000Z',
  'SUMMARY:Nachbarschaftscafé',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** The fake partner: counts what it was asked and answers as `partner.mode` says. */
const partner = {
  mode: 'ok',
  version: 'v1',
  hits: {},
  notModified: 0,
  lastConditional: undefined,
  bigClosedEarly: false,
};
let partnerServer;
let partnerPort;

function partnerHandler(req, res) {
  const path = req.url.split('?')[0];
  partner.hits[path] = (partner.hits[path] ?? 0) + 1;
  if (path === '/feed.ics' || path === '/target.ics') {
    if (partner.mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<html><body>Wartungsarbeiten</body></html>');
    }
    if (partner.mode === 'error') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      return res.end('internal error at 10.0.0.7');
    }
    const etag = `"${partner.version}"`;
    partner.lastConditional = req.headers['if-none-match'];
    if (req.headers['if-none-match'] === etag) {
      partner.notModified++;
      res.writeHead(304, { etag });
      return res.end();
    }
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      etag,
      'last-modified': 'Fri, 01 May 2026 10:00:00 GMT',
    });
    return res.end(ICS.replace('Nachbarschaftscafé', `Nachbarschaftscafé ${partner.version}`));
  }
  if (path === '/feed-gzip.ics') {
    res.writeHead(200, { 'content-type': 'text/calendar', 'content-encoding': 'gzip' });
    return res.end(gzipSync(ICS));
  }
  if (path === '/events.json') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify({ events: [{ id: '1', title: 'Fest' }] }));
  }
  if (path === '/big.ics') {
    // Streams up to 20 MB in 64 kB chunks, without Content-Length, until the relay hangs up.
    res.writeHead(200, { 'content-type': 'text/calendar' });
    const chunk = Buffer.alloc(64 * 1024, 'A');
    let sent = 0;
    res.on('close', () => {
      if (!res.writableFinished) partner.bigClosedEarly = true;
    });
    const write = () => {
      while (sent < 320 && !res.destroyed) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
      if (!res.destroyed) res.end('END:VCALENDAR');
    };
    res.write('BEGIN:VCALENDAR\r\n');
    return write();
  }
  if (path === '/big-declared.ics') {
    res.writeHead(200, { 'content-type': 'text/calendar', 'content-length': 10_000_000 });
    return res.write('BEGIN:VCALENDAR\r\n');
  }
  if (path === '/slow.ics') {
    res.writeHead(200, { 'content-type': 'text/calendar' });
    res.write('BEGIN:VCALENDAR\r\n');
    const timer = setTimeout(() => res.end('END:VCALENDAR\r\n'), 5000);
    res.on('close', () => clearTimeout(timer));
    return;
  }
  if (path === '/redirect-same') {
    res.writeHead(302, { location: '/feed.ics' });
    return res.end();
  }
  if (path === '/redirect-other-host') {
    // partner.test resolves to 127.0.0.1 (the tests' lookup): another host, private.
    res.writeHead(301, { location: `http://partner.test:${partnerPort}/target.ics` });
    return res.end();
  }
  if (path === '/redirect-loop') {
    res.writeHead(307, { location: '/redirect-loop' });
    return res.end();
  }
  if (path === '/redirect-file') {
    res.writeHead(302, { location: 'file:///etc/passwd' });
    return res.end();
  }
  res.writeHead(404);
  res.end();
}

/** dns.lookup, except that partner.test and public.test resolve to 127.0.0.1 (never leaving this machine). */
function testLookup(hostname, options, callback) {
  if (hostname === 'partner.test' || hostname === 'public.test') {
    const list = [{ address: '127.0.0.1', family: 4 }];
    return options.all ? callback(null, list) : callback(null, '127.0.0.1', 4);
  }
  return dnsLookup(hostname, options, callback);
}

/** A relay in a tiny server (as server.mjs mounts it); returns {url, relay, close, clock, logs}. */
async function mountRelay(config) {
  const clock = { now: 1_800_000_000_000 };
  const logs = [];
  const relay = createFeedRelay({
    lookup: testLookup,
    now: () => clock.now,
    log: (message) => logs.push(message),
    ...config,
  });
  const server = createServer((req, res) => {
    const match = /^\/api\/feeds\/([^/?]+)$/.exec(req.url.split('?')[0]);
    if (!match) {
      res.writeHead(404);
      return res.end();
    }
    relay.handle(req, res, decodeURIComponent(match[1]));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${server.address().port}/api/feeds/`;
  return {
    base,
    relay,
    clock,
    logs,
    get: (name, init) => fetch(base + name, init),
    close: async () => {
      relay.close();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

const feedUrl = (path) => `http://127.0.0.1:${partnerPort}${path}`;
const local = (path, extra = {}) => ({ url: feedUrl(path), allowPrivate: true, ...extra });

before(async () => {
  partnerServer = createServer(partnerHandler);
  partnerServer.listen(0, '127.0.0.1');
  await once(partnerServer, 'listening');
  partnerPort = partnerServer.address().port;
});

after(async () => {
  partnerServer.closeAllConnections();
  partnerServer.close();
});

beforeEach(() => {
  partner.mode = 'ok';
  partner.version = 'v1';
  partner.hits = {};
  partner.notModified = 0;
  partner.lastConditional = undefined;
  partner.bigClosedEarly = false;
});

/** Asserts a 502 that says nothing about the partner. */
async function assertUnavailable(response) {
  assert.equal(response.status, 502);
  const text = await response.text();
  assert.deepEqual(JSON.parse(text), { error: 'feed-unavailable' });
  const headers = JSON.stringify([...response.headers]);
  for (const leak of [String(partnerPort), '127.0.0.1', 'partner.test', '10.0.0.7']) {
    assert.ok(!text.includes(leak) && !headers.includes(leak), `502 mentions ${leak}`);
  }
}

describe('feed relay', () => {
  test('first fetch: the partner is asked once, the calendar served with its type, cache and ETag', async () => {
    const relay = await mountRelay({ feeds: { cafe: local('/feed.ics', { ttlSeconds: 600 }) } });
    try {
      const first = await relay.get('cafe');
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('content-type'), 'text/calendar; charset=utf-8');
      assert.equal(first.headers.get('cache-control'), 'public, max-age=600');
      assert.equal(first.headers.get('age'), '0');
      assert.equal(first.headers.get('x-feed-stale'), null);
      assert.equal(first.headers.get('last-modified'), 'Fri, 01 May 2026 10:00:00 GMT');
      assert.equal(first.headers.get('x-content-type-options'), 'nosniff');
      assert.match(first.headers.get('etag'), /^"[\w-]+"$/);
      assert.match(await first.text(), /SUMMARY:Nachbarschaftscafé v1/);
      relay.clock.now += 100_000;
      const second = await relay.get('cafe');
      assert.equal(second.status, 200);
      assert.equal(second.headers.get('age'), '100');
      assert.equal(second.headers.get('cache-control'), 'public, max-age=500');
      await second.arrayBuffer();
      assert.equal(partner.hits['/feed.ics'], 1, 'served from the cache within ttlSeconds');
      // The visitor's own conditional request
      const conditional = await relay.get('cafe', {
        headers: { 'if-none-match': first.headers.get('etag') },
      });
      assert.equal(conditional.status, 304);
      const head = await relay.get('cafe', { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(await head.text(), '');
      assert.equal(partner.hits['/feed.ics'], 1);
    } finally {
      await relay.close();
    }
  });

  test('after ttlSeconds the partner is asked with If-None-Match; its 304 keeps the copy', async () => {
    const relay = await mountRelay({ feeds: { cafe: local('/feed.ics', { ttlSeconds: 60 }) } });
    try {
      await (await relay.get('cafe')).text();
      relay.clock.now += 61_000;
      const revalidated = await relay.get('cafe');
      assert.equal(revalidated.status, 200);
      assert.equal(revalidated.headers.get('age'), '0');
      assert.equal(revalidated.headers.get('x-feed-stale'), null);
      assert.match(await revalidated.text(), /Nachbarschaftscafé v1/);
      assert.equal(partner.lastConditional, '"v1"');
      assert.equal(partner.notModified, 1);
      assert.equal(partner.hits['/feed.ics'], 2);
      // A new version at the partner replaces the copy at the next revalidation.
      partner.version = 'v2';
      relay.clock.now += 61_000;
      assert.match(await (await relay.get('cafe')).text(), /Nachbarschaftscafé v2/);
      assert.equal(partner.notModified, 1);
    } finally {
      await relay.close();
    }
  });

  test('the last good copy is served, marked stale with its age, when the partner answers garbage or errors', async () => {
    const relay = await mountRelay({ feeds: { cafe: local('/feed.ics', { ttlSeconds: 60 }) } });
    try {
      await (await relay.get('cafe')).text();
      partner.mode = 'garbage';
      relay.clock.now += 120_000;
      const stale = await relay.get('cafe');
      assert.equal(stale.status, 200);
      assert.equal(stale.headers.get('x-feed-stale'), '1');
      assert.match(stale.headers.get('warning'), /^110 /);
      assert.equal(stale.headers.get('age'), '120');
      assert.equal(stale.headers.get('cache-control'), 'public, max-age=60');
      assert.match(await stale.text(), /Nachbarschaftscafé v1/);
      assert.ok(relay.logs.some((line) => /not an iCalendar file/.test(line)));
      // Within the minute after a failure the partner is not asked again.
      const hits = partner.hits['/feed.ics'];
      await (await relay.get('cafe')).text();
      assert.equal(partner.hits['/feed.ics'], hits);
      partner.mode = 'error';
      relay.clock.now += 61_000;
      const still = await relay.get('cafe');
      assert.equal(still.headers.get('x-feed-stale'), '1');
      assert.equal(still.headers.get('age'), '181');
      await still.text();
      assert.equal(partner.hits['/feed.ics'], hits + 1);
      // The partner is back: a fresh copy again.
      partner.mode = 'ok';
      relay.clock.now += 61_000;
      const fresh = await relay.get('cafe');
      assert.equal(fresh.headers.get('x-feed-stale'), null);
      assert.equal(fresh.headers.get('age'), '0');
      await fresh.text();
    } finally {
      await relay.close();
    }
  });

  test('the last good copy is served when the partner is down, also from disk after a restart', async () => {
    // A partner of its own that can be stopped.
    const own = createServer(partnerHandler);
    own.listen(0, '127.0.0.1');
    await once(own, 'listening');
    const url = `http://127.0.0.1:${own.address().port}/feed.ics`;
    const cacheDir = await mkdtemp(join(tmpdir(), 'feeds-'));
    const config = { cacheDir, feeds: { cafe: { url, allowPrivate: true, ttlSeconds: 60 } } };
    const first = await mountRelay(config);
    let second;
    try {
      assert.equal((await first.get('cafe')).status, 200);
      own.closeAllConnections();
      own.close();
      await once(own, 'close');
      first.clock.now += 61_000;
      const stale = await first.get('cafe');
      assert.equal(stale.status, 200);
      assert.equal(stale.headers.get('x-feed-stale'), '1');
      assert.match(await stale.text(), /Nachbarschaftscafé v1/);
      await first.close();
      // A restarted relay with the partner still down: the copy on disk.
      const files = await readdir(cacheDir);
      assert.deepEqual(files.sort(), ['cafe.feed', 'cafe.meta.json']);
      assert.equal((await stat(join(cacheDir, 'cafe.feed'))).mode & 0o777, 0o600);
      second = await mountRelay(config);
      second.clock.now += 3_600_000;
      const fromDisk = await second.get('cafe');
      assert.equal(fromDisk.status, 200);
      assert.equal(fromDisk.headers.get('x-feed-stale'), '1');
      assert.match(await fromDisk.text(), /Nachbarschaftscafé v1/);
    } finally {
      await first.close().catch(() => {});
      await second?.close();
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  test('without any copy, a failure answers 502 without the partner’s details', async () => {
    const relay = await mountRelay({ feeds: { cafe: local('/feed.ics') } });
    try {
      partner.mode = 'error';
      await assertUnavailable(await relay.get('cafe'));
      assert.ok(
        relay.logs.some((line) => /partner answered 500/.test(line)),
        'the operator’s log says why',
      );
    } finally {
      await relay.close();
    }
  });

  test('size cap: a body over maxBytes is cut off while streaming, and one declared too large is not read', async () => {
    const relay = await mountRelay({
      feeds: {
        big: local('/big.ics', { maxBytes: 100_000 }),
        declared: local('/big-declared.ics', { maxBytes: 100_000 }),
      },
    });
    try {
      await assertUnavailable(await relay.get('big'));
      assert.ok(relay.logs.some((line) => /over the cap/.test(line)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.ok(partner.bigClosedEarly, 'the relay hung up before the partner sent everything');
      await assertUnavailable(await relay.get('declared'));
      assert.ok(relay.logs.some((line) => /content-length 10000000 over the cap/.test(line)));
    } finally {
      await relay.close();
    }
  });

  test('a gzip answer is unpacked (and counted unpacked against the cap); a JSON feed keeps its type', async () => {
    const relay = await mountRelay({
      feeds: {
        packed: local('/feed-gzip.ics'),
        tight: local('/feed-gzip.ics', { maxBytes: 100 }),
        json: local('/events.json'),
      },
    });
    try {
      const packed = await relay.get('packed');
      assert.equal(packed.status, 200);
      assert.equal(await packed.text(), ICS);
      await assertUnavailable(await relay.get('tight'));
      const json = await relay.get('json');
      assert.equal(json.headers.get('content-type'), 'application/json');
      assert.deepEqual(await json.json(), { events: [{ id: '1', title: 'Fest' }] });
    } finally {
      await relay.close();
    }
  });

  test('timeout: a partner that does not finish within timeoutMs is given up', async () => {
    const relay = await mountRelay({ feeds: { slow: local('/slow.ics', { timeoutMs: 300 }) } });
    try {
      const start = Date.now();
      await assertUnavailable(await relay.get('slow'));
      const took = Date.now() - start;
      assert.ok(took >= 250 && took < 2000, `gave up after ${took} ms`);
      assert.ok(relay.logs.some((line) => /within 300 ms/.test(line)));
    } finally {
      await relay.close();
    }
  });

  test('CORS only for the configured origins, per feed or global', async () => {
    const relay = await mountRelay({
      origins: ['https://stadtteil.example'],
      feeds: {
        global: local('/feed.ics'),
        own: local('/feed.ics', { origins: ['https://garten.example'] }),
        open: local('/feed.ics', { origins: ['*'] }),
      },
    });
    const acao = async (name, origin, method = 'GET') => {
      const response = await relay.get(name, { method, headers: origin ? { origin } : {} });
      await response.arrayBuffer();
      assert.equal(response.headers.get('vary'), 'Origin');
      return response.headers.get('access-control-allow-origin');
    };
    try {
      assert.equal(await acao('global', 'https://stadtteil.example'), 'https://stadtteil.example');
      assert.equal(await acao('global', 'https://evil.example'), null);
      assert.equal(await acao('global', undefined), null);
      assert.equal(await acao('own', 'https://garten.example'), 'https://garten.example');
      assert.equal(
        await acao('own', 'https://stadtteil.example'),
        null,
        'per-feed list replaces the global one',
      );
      assert.equal(await acao('open', 'https://anyone.example'), '*');
      assert.equal(
        await acao('global', 'https://stadtteil.example', 'OPTIONS'),
        'https://stadtteil.example',
      );
      assert.equal(await acao('global', 'https://evil.example', 'OPTIONS'), null);
      const preflight = await relay.get('global', {
        method: 'OPTIONS',
        headers: { origin: 'https://stadtteil.example', 'access-control-request-method': 'GET' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-methods'), 'GET, HEAD, OPTIONS');
      const post = await relay.get('global', { method: 'POST', body: 'x' });
      assert.equal(post.status, 405);
      assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
    } finally {
      await relay.close();
    }
  });

  test('redirects: followed by hand within the origin, at most 3, never to another scheme', async () => {
    const relay = await mountRelay({
      feeds: {
        same: local('/redirect-same'),
        loop: local('/redirect-loop'),
        file: local('/redirect-file'),
      },
    });
    try {
      const same = await relay.get('same');
      assert.equal(same.status, 200);
      assert.match(await same.text(), /BEGIN:VCALENDAR/);
      await assertUnavailable(await relay.get('loop'));
      assert.equal(partner.hits['/redirect-loop'], 4, 'the first request and 3 redirects');
      assert.ok(relay.logs.some((line) => /more than 3 redirects/.test(line)));
      await assertUnavailable(await relay.get('file'));
    } finally {
      await relay.close();
    }
  });

  test('a redirect to a host that resolves to a loopback address is refused (allowPrivate covers the configured origin only)', async () => {
    const relay = await mountRelay({
      feeds: {
        refused: local('/redirect-other-host'),
        allowed: local('/redirect-other-host', { allowPrivateRedirects: true }),
      },
    });
    try {
      await assertUnavailable(await relay.get('refused'));
      assert.equal(partner.hits['/redirect-other-host'], 1);
      assert.equal(
        partner.hits['/target.ics'],
        undefined,
        'no request went to the redirect target',
      );
      assert.ok(
        relay.logs.some((line) => /partner\.test resolves to a non-public address/.test(line)),
      );
      // The same redirect with the operator's explicit permission: so the refusal above is the check's.
      const allowed = await relay.get('allowed');
      assert.equal(allowed.status, 200);
      assert.equal(partner.hits['/target.ics'], 1);
      await allowed.text();
    } finally {
      await relay.close();
    }
  });

  test('a configured host that is, or resolves to, a private address is refused without allowPrivate', async () => {
    const relay = await mountRelay({
      feeds: {
        literal: { url: feedUrl('/feed.ics') },
        named: { url: `http://public.test:${partnerPort}/feed.ics` },
        mapped: { url: `http://[::ffff:127.0.0.1]:${partnerPort}/feed.ics` },
      },
    });
    try {
      for (const name of ['literal', 'named', 'mapped']) {
        await assertUnavailable(await relay.get(name));
      }
      assert.equal(partner.hits['/feed.ics'], undefined, 'the partner was never asked');
    } finally {
      await relay.close();
    }
  });

  test('unknown feed names answer 404', async () => {
    const relay = await mountRelay({ feeds: { cafe: local('/feed.ics') } });
    try {
      for (const name of ['nope', '__proto__', 'constructor', 'toString', '..%2Fetc', 'CAFE']) {
        const response = await relay.get(name);
        assert.equal(response.status, 404, name);
        assert.deepEqual(await response.json(), { error: 'unknown-feed' });
      }
      assert.equal(partner.hits['/feed.ics'], undefined);
    } finally {
      await relay.close();
    }
  });
});

describe('feed relay: addresses and configuration', () => {
  test('isPrivateAddress: private, loopback, link-local, unique-local and IPv4 inside IPv6', () => {
    const refused = [
      '127.0.0.1',
      '127.8.9.10',
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.178.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fe80::1%eth0',
      'fd12:3456::1',
      'fc00::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:10.0.0.1',
      '::ffff:169.254.169.254',
      '::127.0.0.1',
      '64:ff9b::7f00:1',
      '2002:7f00:1::1',
      '2001:db8::1',
      'not an address',
    ];
    const allowed = [
      '8.8.8.8',
      '172.32.0.1',
      '2a00:1450:4001:80b::200e',
      '::ffff:8.8.8.8',
      '64:ff9b::808:808',
    ];
    for (const address of refused) assert.equal(isPrivateAddress(address), true, address);
    for (const address of allowed) assert.equal(isPrivateAddress(address), false, address);
  });

  test('every address of a name is checked: one private among public ones refuses the name', async () => {
    const fakeResolve = (_host, options, callback) => {
      assert.equal(options.all, true);
      callback(null, [
        { address: '2a00:1450:4001:80b::200e', family: 6 },
        { address: '8.8.8.8', family: 4 },
        { address: '::ffff:192.168.0.1', family: 6 },
      ]);
    };
    const result = await new Promise((resolve) =>
      guardedLookup(fakeResolve, false)('partner.example', { all: true }, (...args) =>
        resolve(args),
      ),
    );
    assert.equal(result[0]?.code, 'EFEEDPRIVATE');
    const allowed = await new Promise((resolve) =>
      guardedLookup(fakeResolve, true)('partner.example', { all: false }, (...args) =>
        resolve(args),
      ),
    );
    assert.deepEqual(allowed, [null, '2a00:1450:4001:80b::200e', 6]);
  });

  test('a wrong configuration is refused at start, naming the mistake', () => {
    assert.throws(
      () => createFeedRelay({ feeds: { 'a/b': { url: 'https://x.example/' } } }),
      /feed name/,
    );
    assert.throws(
      () => createFeedRelay({ feeds: { a: { url: 'file:///etc/passwd' } } }),
      /http or https/,
    );
    assert.throws(() => createFeedRelay({ feeds: { a: {} } }), /url missing/);
    assert.throws(
      () => createFeedRelay({ feeds: { a: { url: 'https://x.example/', maxBytes: -1 } } }),
      /maxBytes/,
    );
    assert.throws(
      () => createFeedRelay({ origins: ['https://x.example/path'], feeds: {} }),
      /not an origin/,
    );
  });
});

const serverHelp = spawnSync(process.execPath, ['server/server.mjs', '--help'], {
  encoding: 'utf8',
}).stdout;

describe(
  'feed relay in the receiver process',
  {
    skip: /--feeds\b/.test(serverHelp) ? false : 'server/server.mjs has no --feeds option yet',
  },
  () => {
    test('node server/server.mjs --feeds <file> answers /api/feeds/<name>', async () => {
      const folder = await mkdtemp(join(tmpdir(), 'feeds-e2e-'));
      const config = join(folder, 'feeds.json');
      await writeFile(
        config,
        JSON.stringify({
          origins: ['https://stadtteil.example'],
          cacheDir: join(folder, 'feeds'),
          feeds: { cafe: { url: feedUrl('/feed.ics'), allowPrivate: true } },
        }),
      );
      const probe = createServer();
      probe.listen(0, '127.0.0.1');
      await once(probe, 'listening');
      const port = probe.address().port;
      probe.close();
      await once(probe, 'close');
      let output = '';
      const child = spawn(
        process.execPath,
        [
          'server/server.mjs',
          '--port',
          String(port),
          '--data',
          join(folder, 'ideas.ndjson'),
          '--feeds',
          config,
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      try {
        const deadline = Date.now() + 10_000;
        let up = false;
        while (!up && Date.now() < deadline && child.exitCode === null) {
          up = await new Promise((resolve) => {
            const socket = connect(port, '127.0.0.1');
            socket.on('connect', () => (socket.destroy(), resolve(true)));
            socket.on('error', () => resolve(false));
          });
          if (!up) await new Promise((resolve) => setTimeout(resolve, 50));
        }
        assert.ok(up, `the receiver did not start:\n${output}`);
        const base = `http://127.0.0.1:${port}/api/feeds/`;
        const feed = await fetch(`${base}cafe`, {
          headers: { origin: 'https://stadtteil.example' },
        });
        assert.equal(feed.status, 200);
        assert.equal(feed.headers.get('content-type'), 'text/calendar; charset=utf-8');
        assert.equal(feed.headers.get('access-control-allow-origin'), 'https://stadtteil.example');
        assert.match(await feed.text(), /BEGIN:VCALENDAR/);
        const other = await fetch(`${base}cafe`, { headers: { origin: 'https://evil.example' } });
        assert.equal(other.headers.get('access-control-allow-origin'), null);
        await other.arrayBuffer();
        assert.equal(partner.hits['/feed.ics'], 1, 'the second answer came from the cache');
        assert.equal((await fetch(`${base}nope`)).status, 404);
        assert.equal((await fetch(`${base}cafe`, { method: 'POST', body: 'x' })).status, 405);
      } finally {
        child.kill('SIGTERM');
        if (child.exitCode === null) await once(child, 'exit');
        await rm(folder, { recursive: true, force: true });
      }
    });
  },
);
