/**
 * The feed relay: `GET /api/feeds/<name>` answers with a partner's calendar feed
 * (iCalendar or JSON) that the operator listed in the configuration, with CORS
 * for the configured origins, so a widget on another site can read a Google or
 * Nextcloud calendar that sends no CORS header itself.
 *
 *   const relay = createFeedRelay({
 *     origins: ['https://www.example.org'],          // for every feed (optional)
 *     cacheDir: '/var/lib/quartier/feeds',           // optional: the last good copies on disk
 *     feeds: {
 *       'buergerverein': { url: 'https://calendar.google.com/calendar/ical/…/public/basic.ics' },
 *       'nachbarschaftsgarten': { url: 'https://cloud.example.org/remote.php/dav/public-calendars/…?export',
 *                                 origins: ['https://garten.example'], ttlSeconds: 1800 },
 *     },
 *   });
 *   // in the server: relay.handle(req, res, name) for GET, HEAD and OPTIONS /api/feeds/<name>
 *
 * Only the addresses in the configuration are ever fetched, never one a visitor
 * supplies. Each fetch has a deadline (`timeoutMs`, redirects included) and a size
 * cap (`maxBytes`, counted while streaming, after gzip is undone); redirects are
 * followed by hand (at most 3, http and https only). Before any connection, the
 * host name is resolved with `dns.lookup(…, {all: true})` and refused when any of
 * its addresses is private, loopback, link-local, unique-local or otherwise not
 * on the public internet (IPv4, IPv6 and IPv4 inside IPv6); the connection then
 * goes to exactly the addresses checked, so a name cannot resolve differently
 * between check and connect. `allowPrivate: true` lets a feed's configured host
 * be such an address (a partner's server in the city's own network, or a test on
 * 127.0.0.1), and redirects to that same origin; redirects elsewhere stay
 * checked unless `allowPrivateRedirects: true` too.
 *
 * Copies are kept in memory (and in `cacheDir` when given) for `ttlSeconds`;
 * then the partner is asked again with If-None-Match/If-Modified-Since, and a
 * 304 keeps the copy. When the partner is down, slow, too large or answers
 * something that is not a calendar, the last good copy is served with
 * `X-Feed-Stale: 1`, `Warning: 110` and its `Age`; without one, 502 without
 * the partner's details (those go to the operator's log only).
 */
import { createHash } from 'node:crypto';
import { lookup as dnsLookup } from 'node:dns';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';

/** maxBytes as the widgets' own limit for one source (docs/data-format.md §6). */
const DEFAULTS = { maxBytes: 10 * 1024 * 1024, timeoutMs: 10_000, ttlSeconds: 900 };
const MAX_REDIRECTS = 3;
/** After a failed refresh, the partner is not asked again for this long (at most; ttl when shorter). */
const RETRY_AFTER_FAILURE_MS = 60_000;
/** How long browsers and proxies may keep a stale copy (seconds). */
const STALE_MAX_AGE = 60;
const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/i;
const USER_AGENT = 'quartier-widgets-feed-relay/0.1 (+https://github.com/quartier-widgets)';

/** A failure the operator's log may name; visitors only ever see "feed-unavailable". */
class FeedError extends Error {}

// ---------------------------------------------------------------------------
// Addresses

/** The 16 bytes of an IPv6 address (`::ffff:1.2.3.4` and zone ids included), or undefined. */
function ipv6Bytes(address) {
  let text = address.replace(/%.*$/, '').toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let tail = [];
  if (v4) {
    tail = ipv4Bytes(v4[1]);
    if (!tail) return undefined;
    text = text.slice(0, -v4[1].length) + '0:0';
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const part = (s) => (s === '' ? [] : s.split(':'));
  const head = part(halves[0]);
  const rest = halves.length === 2 ? part(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return undefined;
  const groups = [...head, ...Array(missing).fill('0'), ...rest];
  const bytes = [];
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/.test(group)) return undefined;
    const value = parseInt(group, 16);
    bytes.push(value >> 8, value & 0xff);
  }
  if (v4) bytes.splice(12, 4, ...tail);
  return bytes;
}

/** The 4 bytes of a dotted IPv4 address, or undefined. */
function ipv4Bytes(address) {
  const parts = address.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) {
    return undefined;
  }
  return parts.map(Number);
}

/** [first byte(s), prefix length] of IPv4 ranges that are not the public internet. */
const V4_BLOCKED = [
  [[0, 0, 0, 0], 8], // "this network"
  [[10, 0, 0, 0], 8], // private
  [[100, 64, 0, 0], 10], // carrier-grade NAT
  [[127, 0, 0, 0], 8], // loopback
  [[169, 254, 0, 0], 16], // link-local (cloud metadata at 169.254.169.254)
  [[172, 16, 0, 0], 12], // private
  [[192, 0, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2, 0], 24], // documentation
  [[192, 88, 99, 0], 24], // 6to4 relay anycast
  [[192, 168, 0, 0], 16], // private
  [[198, 18, 0, 0], 15], // benchmarking
  [[198, 51, 100, 0], 24], // documentation
  [[203, 0, 113, 0], 24], // documentation
  [[224, 0, 0, 0], 4], // multicast
  [[240, 0, 0, 0], 4], // reserved, broadcast
];

/** IPv6 ranges that are not the public internet (IPv4 inside IPv6 is checked as IPv4). */
const V6_BLOCKED = [
  [[0x01, 0x00, 0, 0, 0, 0, 0, 0], 64], // discard
  [[0x20, 0x01, 0x00, 0x00], 23], // IETF protocol assignments (Teredo included)
  [[0x20, 0x01, 0x0d, 0xb8], 32], // documentation
  [[0xfc], 7], // unique-local
  [[0xfe, 0x80], 10], // link-local
  [[0xfe, 0xc0], 10], // site-local (deprecated)
  [[0xff], 8], // multicast
];

function inRange(bytes, [prefix, length]) {
  for (let bit = 0; bit < length; bit += 8) {
    const mask = length - bit >= 8 ? 0xff : (0xff << (8 - (length - bit))) & 0xff;
    if ((bytes[bit / 8] & mask) !== ((prefix[bit / 8] ?? 0) & mask)) return false;
  }
  return true;
}

/**
 * Whether an address must not be fetched from: private, loopback, link-local,
 * unique-local, multicast, reserved or documentation ranges, in IPv4 or IPv6,
 * and IPv4 addresses carried in IPv6 (`::ffff:127.0.0.1`, `::127.0.0.1`, NAT64
 * `64:ff9b::/96`, 6to4 `2002::/16`). Anything that is not an address counts as
 * private.
 * @param {string} address
 */
export function isPrivateAddress(address) {
  const v4 = ipv4Bytes(address);
  if (v4) return V4_BLOCKED.some((range) => inRange(v4, range));
  const v6 = ipv6Bytes(address);
  if (!v6) return true;
  const zeros = (from, to) => v6.slice(from, to).every((b) => b === 0);
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible, ::1 included), ::ffff:0:a.b.c.d (translated)
  const mapped = zeros(0, 10) && v6[10] === 0xff && v6[11] === 0xff;
  const translated = zeros(0, 8) && v6[8] === 0xff && v6[9] === 0xff && zeros(10, 12);
  if (mapped || translated || zeros(0, 12)) return isPrivateAddress(v6.slice(12).join('.'));
  // 64:ff9b::/96 (NAT64; 64:ff9b:1::/48 is for local use)
  if (v6[0] === 0 && v6[1] === 0x64 && v6[2] === 0xff && v6[3] === 0x9b) {
    return (v6[4] === 0 && v6[5] === 1) || isPrivateAddress(v6.slice(12).join('.'));
  }
  // 2002:a.b.c.d::/48 (6to4)
  if (v6[0] === 0x20 && v6[1] === 0x02) return isPrivateAddress(v6.slice(2, 6).join('.'));
  return V6_BLOCKED.some((range) => inRange(v6, range));
}

// ---------------------------------------------------------------------------
// Configuration

/**
 * Checks a configuration (the parsed `--feeds` JSON file) and fills in the
 * defaults; throws naming the first mistake.
 * @param {object} config
 */
export function normaliseFeedConfig(config) {
  if (!config || typeof config !== 'object') throw new Error('feed config: not an object');
  const stringList = (value, where) => {
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((o) => typeof o === 'string')) {
      throw new Error(`feed config: ${where}origins must be a list of origins`);
    }
    return value.map((origin) => {
      if (origin === '*') return origin;
      const url = new URL(origin);
      if (url.origin !== origin.replace(/\/$/, '')) {
        throw new Error(
          `feed config: ${where}origin ${origin} is not an origin (scheme://host[:port])`,
        );
      }
      return url.origin;
    });
  };
  const positive = (value, fallback, key, name, allowZero = false) => {
    if (value === undefined) return fallback;
    if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
      throw new Error(`feed config: feeds.${name}.${key} must be a positive number`);
    }
    return value;
  };
  const feeds = new Map();
  for (const [name, feed] of Object.entries(config.feeds ?? {})) {
    if (!NAME.test(name)) {
      throw new Error(`feed config: feed name ${JSON.stringify(name)} (letters, digits, . _ -)`);
    }
    if (!feed || typeof feed.url !== 'string')
      throw new Error(`feed config: feeds.${name}.url missing`);
    const url = new URL(feed.url);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`feed config: feeds.${name}.url must be http or https`);
    }
    feeds.set(name, {
      name,
      url: url.href,
      origins: stringList(feed.origins, `feeds.${name}.`),
      maxBytes: positive(feed.maxBytes, config.maxBytes ?? DEFAULTS.maxBytes, 'maxBytes', name),
      timeoutMs: positive(
        feed.timeoutMs,
        config.timeoutMs ?? DEFAULTS.timeoutMs,
        'timeoutMs',
        name,
      ),
      ttlSeconds: positive(
        feed.ttlSeconds,
        config.ttlSeconds ?? DEFAULTS.ttlSeconds,
        'ttlSeconds',
        name,
        true,
      ),
      allowPrivate: feed.allowPrivate === true,
      allowPrivateRedirects: feed.allowPrivateRedirects === true,
    });
  }
  return {
    feeds,
    origins: stringList(config.origins, '') ?? [],
    cacheDir: typeof config.cacheDir === 'string' ? config.cacheDir : undefined,
  };
}

// ---------------------------------------------------------------------------
// Fetching

/**
 * A `lookup` for http.request that resolves every address of the host and
 * refuses them all when one is not public; the connection then uses exactly
 * the addresses checked. Exported for tests.
 * @param {typeof dnsLookup} resolve
 * @param {boolean} allowPrivate
 */
export function guardedLookup(resolve, allowPrivate) {
  return (hostname, options, callback) => {
    resolve(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error);
      let list = addresses ?? [];
      if (options?.family === 4 || options?.family === 6) {
        list = list.filter((a) => a.family === options.family);
      }
      if (list.length === 0) return callback(new FeedError(`no address for ${hostname}`));
      const refused = list.find((a) => isPrivateAddress(a.address));
      if (refused && !allowPrivate) {
        const e = new FeedError(
          `${hostname} resolves to a non-public address (${refused.address})`,
        );
        e.code = 'EFEEDPRIVATE';
        return callback(e);
      }
      if (options?.all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    });
  };
}

/**
 * One GET, no redirects followed: resolves with {status, headers, body?}; the
 * body is read only for 200, up to `maxBytes` (after gzip).
 */
function getOnce(url, { headers, lookup, allowPrivate, maxBytes, signal }) {
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && isPrivateAddress(host) && !allowPrivate) {
      const e = new FeedError(`${host} is not a public address`);
      e.code = 'EFEEDPRIVATE';
      return reject(e);
    }
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(url, {
      method: 'GET',
      headers,
      agent: false,
      lookup: guardedLookup(lookup, allowPrivate),
      signal,
    });
    req.on('error', (error) => reject(error));
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        resolve({ status: res.statusCode, headers: res.headers });
        req.destroy();
        return;
      }
      const declared = Number(res.headers['content-length']);
      const encoding = (res.headers['content-encoding'] ?? 'identity').toLowerCase();
      if (encoding !== 'identity' && encoding !== 'gzip') {
        req.destroy();
        return reject(new FeedError(`unsupported content-encoding ${encoding}`));
      }
      if (encoding === 'identity' && declared > maxBytes) {
        req.destroy();
        return reject(new FeedError(`content-length ${declared} over the cap of ${maxBytes}`));
      }
      let stream = res;
      if (encoding === 'gzip') {
        stream = createGunzip();
        res.on('error', (error) => stream.destroy(error));
        res.pipe(stream);
      }
      const chunks = [];
      let size = 0;
      stream.on('data', (chunk) => {
        size += chunk.length;
        if (size > maxBytes) {
          req.destroy();
          stream.destroy();
          reject(new FeedError(`body over the cap of ${maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (error) => reject(error));
      res.on('close', () => {
        if (!res.complete) reject(new FeedError('partner ended the answer early'));
      });
      stream.on('end', () =>
        resolve({ status: 200, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.end();
  });
}

/** Whether a body is what the feed should be; the type we serve it as. */
function checkBody(body, partnerType) {
  const type = String(partnerType ?? '').toLowerCase();
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  if (/[/+]json\b/.test(type)) {
    JSON.parse(text); // throws on garbage
    // The partner's JSON type (with its parameters) when it is a plain one.
    const safe = /^application\/(?:[a-z0-9.-]+\+)?json(?:\s*;\s*charset=[\w-]+)?$/.test(type);
    return safe ? type : 'application/json; charset=utf-8';
  }
  const start = text.trimStart().slice(0, 15).toUpperCase();
  // As the widgets read it: text after END:VCALENDAR and several calendars are tolerated.
  if (start !== 'BEGIN:VCALENDAR' || !/^END:VCALENDAR\s*$/im.test(text)) {
    throw new FeedError(`not an iCalendar file (content-type ${type || 'none'})`);
  }
  return 'text/calendar; charset=utf-8';
}

// ---------------------------------------------------------------------------
// The relay

/**
 * @param {object} options the feed configuration (see normaliseFeedConfig and
 *   docs/receiver.md), plus for tests: `lookup` (instead of dns.lookup), `now`
 *   (instead of Date.now), `log` (instead of console.warn)
 * @returns {{ handle(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, name: string): Promise<void>, close(): void }}
 */
export function createFeedRelay(options) {
  const config = normaliseFeedConfig(options);
  // Functions only: the rest of `options` may come from a JSON file.
  const given = (key, fallback) => (typeof options[key] === 'function' ? options[key] : fallback);
  const resolve = given('lookup', dnsLookup);
  const now = given('now', Date.now);
  const log = given('log', (message) => console.warn(`feed relay: ${message}`));
  /** name → { body, type, etag, lastModified, fetchedAt, checkedAt, ourEtag } */
  const cache = new Map();
  /** name → Promise of the refresh under way */
  const refreshing = new Map();
  /** name → time of the last failed refresh */
  const failedAt = new Map();
  const loadedFromDisk = new Set();
  const controllers = new Set();
  let closed = false;

  const cachePaths = (name) =>
    config.cacheDir && {
      body: join(config.cacheDir, `${name}.feed`),
      meta: join(config.cacheDir, `${name}.meta.json`),
    };

  async function loadFromDisk(name) {
    if (loadedFromDisk.has(name)) return;
    loadedFromDisk.add(name);
    const paths = cachePaths(name);
    if (!paths || cache.has(name)) return;
    try {
      const meta = JSON.parse(await readFile(paths.meta, 'utf8'));
      const body = await readFile(paths.body);
      if (meta.url !== config.feeds.get(name).url) return; // the operator changed the address
      cache.set(name, { ...meta, body, ourEtag: etagOf(body) });
    } catch {
      // no copy yet, or an unreadable one: fetched anew
    }
  }

  async function saveToDisk(name, entry) {
    const paths = cachePaths(name);
    if (!paths) return;
    try {
      await mkdir(config.cacheDir, { recursive: true, mode: 0o700 });
      const { body, ourEtag: _ourEtag, ...meta } = entry;
      const suffix = `.${process.pid}.tmp`;
      await writeFile(paths.body + suffix, body, { mode: 0o600 });
      await rename(paths.body + suffix, paths.body);
      await writeFile(paths.meta + suffix, JSON.stringify(meta), { mode: 0o600 });
      await rename(paths.meta + suffix, paths.meta);
    } catch (error) {
      log(`${name}: cannot keep the copy on disk (${error.message})`);
    }
  }

  /** Fetches a feed, following at most 3 redirects; a 304 keeps `previous`. */
  async function fetchFeed(feed, previous) {
    const controller = new AbortController();
    controllers.add(controller);
    const timer = setTimeout(
      () => controller.abort(new FeedError(`no complete answer within ${feed.timeoutMs} ms`)),
      feed.timeoutMs,
    );
    try {
      const start = new URL(feed.url);
      let url = start;
      for (let hop = 0; ; hop++) {
        const headers = {
          'user-agent': USER_AGENT,
          accept: 'text/calendar, application/json;q=0.9, */*;q=0.1',
          'accept-encoding': 'gzip',
        };
        if (previous?.etag) headers['if-none-match'] = previous.etag;
        if (previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
        const sameOrigin = url.origin === start.origin;
        const answer = await getOnce(url, {
          headers,
          lookup: resolve,
          allowPrivate: sameOrigin ? feed.allowPrivate : feed.allowPrivateRedirects,
          maxBytes: feed.maxBytes,
          signal: controller.signal,
        }).catch((error) => {
          throw controller.signal.aborted ? controller.signal.reason : error;
        });
        if ([301, 302, 303, 307, 308].includes(answer.status)) {
          if (hop >= MAX_REDIRECTS) throw new FeedError(`more than ${MAX_REDIRECTS} redirects`);
          const location = answer.headers.location;
          if (!location) throw new FeedError(`redirect ${answer.status} without Location`);
          url = new URL(location, url);
          if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new FeedError(`redirect to a ${url.protocol} address`);
          }
          if (start.protocol === 'https:' && url.protocol === 'http:') {
            throw new FeedError('redirect from https to http');
          }
          continue;
        }
        if (answer.status === 304 && previous) return { notModified: true };
        if (answer.status !== 200) throw new FeedError(`partner answered ${answer.status}`);
        const type = checkBody(answer.body, answer.headers['content-type']);
        return {
          body: answer.body,
          type,
          etag: answer.headers.etag,
          // Passed on to visitors: only a plain HTTP date.
          lastModified: /^[\w ,:+-]{1,64}$/.test(answer.headers['last-modified'] ?? '')
            ? answer.headers['last-modified']
            : undefined,
        };
      }
    } finally {
      clearTimeout(timer);
      controllers.delete(controller);
    }
  }

  /** Refreshes one feed (one refresh at a time per feed); never throws. */
  function refresh(feed) {
    let running = refreshing.get(feed.name);
    if (running) return running;
    running = (async () => {
      const previous = cache.get(feed.name);
      try {
        const result = await fetchFeed(feed, previous);
        const time = now();
        failedAt.delete(feed.name);
        if (result.notModified) {
          const entry = { ...previous, checkedAt: time };
          cache.set(feed.name, entry);
          await saveToDisk(feed.name, entry);
          return;
        }
        const entry = {
          url: feed.url,
          body: result.body,
          type: result.type,
          etag: result.etag,
          lastModified: result.lastModified,
          fetchedAt: time,
          checkedAt: time,
          ourEtag: etagOf(result.body),
        };
        cache.set(feed.name, entry);
        await saveToDisk(feed.name, entry);
      } catch (error) {
        failedAt.set(feed.name, now());
        const reason = error instanceof FeedError || error?.code ? error.message : String(error);
        log(`${feed.name}: ${previous ? 'serving the last good copy' : 'no copy'}: ${reason}`);
      } finally {
        refreshing.delete(feed.name);
      }
    })();
    refreshing.set(feed.name, running);
    return running;
  }

  /** The copy to serve and whether it is stale (the partner could not confirm it in time). */
  async function current(feed) {
    await loadFromDisk(feed.name);
    const ttl = feed.ttlSeconds * 1000;
    let entry = cache.get(feed.name);
    const fresh = (e) => e && now() - e.checkedAt < ttl;
    if (!fresh(entry)) {
      const failed = failedAt.get(feed.name);
      const backingOff =
        failed !== undefined && now() - failed < Math.min(RETRY_AFTER_FAILURE_MS, ttl);
      if (!backingOff && !closed) await refresh(feed);
      entry = cache.get(feed.name);
    }
    return { entry, stale: !fresh(entry) };
  }

  const originsFor = (feed) => feed?.origins ?? config.origins;

  function corsHeaders(req, feed) {
    const origin = req.headers.origin;
    const allowed = originsFor(feed);
    const headers = { vary: 'Origin' };
    if (allowed.includes('*')) headers['access-control-allow-origin'] = '*';
    else if (origin && allowed.includes(origin)) headers['access-control-allow-origin'] = origin;
    if (headers['access-control-allow-origin']) {
      headers['access-control-expose-headers'] = 'Age, Warning, X-Feed-Stale, Retry-After';
    }
    return headers;
  }

  function sendError(req, res, status, error, feed, extra = {}) {
    const body = JSON.stringify({ error });
    res.writeHead(status, {
      ...corsHeaders(req, feed),
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...extra,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req, res, name) {
    const feed = typeof name === 'string' ? config.feeds.get(name) : undefined;
    try {
      if (!feed) return sendError(req, res, 404, 'unknown-feed');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          ...corsHeaders(req, feed),
          'access-control-allow-methods': 'GET, HEAD, OPTIONS',
          'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
          'access-control-max-age': '600',
        });
        return void res.end();
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendError(req, res, 405, 'method-not-allowed', feed, {
          allow: 'GET, HEAD, OPTIONS',
        });
      }
      const { entry, stale } = await current(feed);
      if (!entry) {
        return sendError(req, res, 502, 'feed-unavailable', feed, {
          'retry-after': String(Math.ceil(RETRY_AFTER_FAILURE_MS / 1000)),
        });
      }
      const age = Math.max(0, Math.floor((now() - entry.checkedAt) / 1000));
      const maxAge = stale
        ? Math.min(STALE_MAX_AGE, feed.ttlSeconds)
        : Math.max(0, feed.ttlSeconds - age);
      const headers = {
        ...corsHeaders(req, feed),
        'content-type': entry.type,
        'cache-control': `public, max-age=${maxAge}`,
        etag: entry.ourEtag,
        age: String(age),
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      };
      if (entry.lastModified) headers['last-modified'] = entry.lastModified;
      if (stale) {
        headers['x-feed-stale'] = '1';
        headers.warning = '110 - "Response is Stale"';
      }
      const ifNoneMatch = req.headers['if-none-match'];
      if (ifNoneMatch && ifNoneMatch.split(/\s*,\s*/).includes(entry.ourEtag)) {
        res.writeHead(304, headers);
        return void res.end();
      }
      headers['content-length'] = String(entry.body.length);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : entry.body);
    } catch (error) {
      log(`${name}: ${error?.message ?? error}`);
      if (res.headersSent) res.destroy();
      else sendError(req, res, 502, 'feed-unavailable', feed);
    }
  }

  function close() {
    closed = true;
    for (const controller of controllers) controller.abort(new FeedError('relay closed'));
    controllers.clear();
  }

  return { handle, close };
}

function etagOf(body) {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}
