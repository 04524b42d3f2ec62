/**
 * The reference receiver for <quartier-idea-form> (SPEC §5, docs/receiver.md):
 * plain Node, no framework. One handler for Node's `(req, res)`, usable
 *
 * - in a connect stack (Vite's dev server): `server.middlewares.use('/api/ideas', receiver.connect)`,
 * - in Koa (@web/dev-server): `app.use(receiver.koa('/api/ideas'))`,
 * - on its own: server.mjs.
 *
 * It checks with the same valibot schema as the form (src/data/idea-schema.js).
 * Storage: the file store, or PostgreSQL with `databaseUrl` (stores.mjs).
 */
import { UUID_V4, validateIdea } from '../src/data/idea-schema.js';
import { clientOf, trustedProxies } from './client-address.mjs';
import { createLogger } from './log.mjs';
import { RateLimiter } from './rate-limit.mjs';
import { newReference } from './reference.mjs';
import { hmac } from './store.mjs';
import { createStore } from './stores.mjs';

/** Bodies past the cap are still read (and thrown away) up to this much, so the browser gets the 413. */
const DRAIN_LIMIT = 1024 * 1024;
export { newReference };

/** Seconds a client should wait when the storage cannot take the idea right now. */
const STORAGE_RETRY_AFTER = 30;
/**
 * @typedef {object} ReceiverOptions
 * @property {string} [dataFile] NDJSON file the ideas are appended to (the file store)
 * @property {string} [databaseUrl] PostgreSQL instead of the file (`postgres://…`)
 * @property {number} [databaseTimeoutMs] deadline of each database query (default 5000)
 * @property {object} [store] a store made already (see stores.mjs)
 * @property {boolean} [serve] this process serves the file (one per file; default true)
 * @property {number} [purgeIntervalMs] how often the retention period is applied (default 6 h)
 * @property {string[]} [origins] origins of pages allowed to send (CORS); `*` allows any
 * @property {number} [maxBodyBytes] larger bodies get 413 (default 64 KiB)
 * @property {{max?: number, windowMs?: number}} [rateLimit] new ideas per client and window
 * @property {number} [retentionDays] ideas older than this are deleted (default 180; 0 = keep)
 * @property {string[] | string | boolean} [trustProxy] addresses or CIDR ranges of reverse proxies
 *   whose `X-Forwarded-For` is believed (`true`: loopback)
 * @property {(idea: object) => Record<string, string> | undefined} [check] a site's own extra rules
 *   (a word list, say): field errors for a 422, or undefined when the idea may be stored
 * @property {() => Date} [now]
 * @property {(event: string, fields?: object) => void} [log] one structured event (no personal data)
 */

/**
 * @typedef {object} Answer
 * @property {number} status
 * @property {Record<string, string>} [headers]
 * @property {unknown} [body]
 */

const json = (status, body, headers = {}) => ({ status, body, headers });

/**
 * Reads a request body up to `max` bytes. Past that it keeps reading without
 * keeping (so the client is not cut off before it can read the 413), and
 * gives up on the connection beyond DRAIN_LIMIT.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {number} max
 * @returns {Promise<{text: string} | {tooLarge: true}>}
 */
export function readBody(req, max) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else if (size > max + DRAIN_LIMIT) {
        req.destroy();
        resolve({ tooLarge: true });
      }
    });
    req.on('end', () =>
      resolve(size > max ? { tooLarge: true } : { text: Buffer.concat(chunks).toString('utf8') }),
    );
    req.on('error', reject);
  });
}

/** @param {ReceiverOptions} options */
export async function createReceiver(options) {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? createLogger();
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const origins = new Set((options.origins ?? []).map((origin) => origin.replace(/\/+$/, '')));
  const store =
    options.store ??
    (await (
      await createStore({
        dataFile: options.dataFile,
        databaseUrl: options.databaseUrl,
        timeoutMs: options.databaseTimeoutMs,
        retentionDays: options.retentionDays,
        serve: options.serve ?? true,
        now,
        log,
      })
    ).open());
  const secret = await store.secret();
  const proxies = trustedProxies(options.trustProxy);
  const limiter = new RateLimiter({ ...options.rateLimit, now: () => now().getTime() });
  /** @type {Map<string, Promise<Answer>>} submissions being stored right now, by id */
  const inFlight = new Map();

  /** Applies the retention period (at start, by the store, and then on its schedule). */
  async function purge() {
    try {
      const removed = await store.purgeExpired();
      log('purged', { count: removed.length });
    } catch (error) {
      log('purge-failed', { error: error.code ?? error.message });
    }
  }
  // The retention period applies while the server runs, not only at start.
  const purgeTimer = setInterval(() => void purge(), options.purgeIntervalMs ?? 6 * 60 * 60 * 1000);
  purgeTimer.unref();

  const unavailable = (error) => {
    log('storage-unavailable', { error: error.code ?? error.message });
    return json(503, { error: 'storage' }, { 'retry-after': String(STORAGE_RETRY_AFTER) });
  };

  /** What the honeypot answers: looks like a reference number, the same for the same key. */
  const decoyReference = (key) => newReference(now(), hmac(secret, key).subarray(0, 5));

  /** Same origin as the receiver itself, or one of the configured ones. */
  function originAllowed(origin, host) {
    if (!origin) return true;
    if (origins.has('*') || origins.has(origin)) return true;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }

  function corsHeaders(origin) {
    if (!origin) return {};
    return {
      'access-control-allow-origin': origins.has('*') ? '*' : origin,
      'access-control-expose-headers': 'Retry-After',
      vary: 'Origin',
    };
  }

  /**
   * Stores a valid idea once, however many tries of it arrive at the same time
   * (here, and in other processes on the same database). The client's allowance
   * is given back when nothing new was stored.
   */
  function storeOnce(key, idea, client) {
    const running = inFlight.get(key);
    if (running) return running;
    const stored = (async () => {
      const receivedAt = now().toISOString();
      const { website: _honeypot, id: _id, ...kept } = idea;
      try {
        const result = await store.insert({
          id: key,
          reference: newReference(now()),
          receivedAt,
          ...kept,
        });
        if (!result.created) limiter.refund(client);
        log(result.created ? 'stored' : 'repeated', { store: store.kind });
        return json(201, { id: result.id, reference: result.reference });
      } catch (error) {
        limiter.refund(client);
        return unavailable(error);
      }
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, stored);
    return stored;
  }

  /** `page` trimmed, and only when it is an http(s) URL. */
  function pageOf(page) {
    const text = String(page ?? '').trim();
    try {
      const url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:' ? text : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Everything after the body has been read; no HTTP objects, so it is easy to test and to wrap.
   * @param {{headers: Record<string, string | string[] | undefined>, text: string, client: string}} request
   * @returns {Promise<Answer>}
   */
  async function accept({ headers, text, client }) {
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return json(400, { error: 'invalid-json' });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return json(422, { errors: { '': 'invalid' } });
    // Keys are UUIDs: `ABC…` and `abc…` are the same key.
    const key = String(headers['idempotency-key'] ?? body.id ?? '')
      .trim()
      .toLowerCase();
    if (typeof body.id === 'string' && key !== body.id.trim().toLowerCase())
      return json(422, { errors: { id: 'invalid' } });

    // A repeated key gets the first answer again and stores nothing: that is what makes retries safe.
    if (UUID_V4.test(key)) {
      let known;
      try {
        known = await store.find(key);
      } catch (error) {
        return unavailable(error);
      }
      if (known) return json(201, known);
    }
    const running = inFlight.get(key);
    if (running) return running;

    // The honeypot: a bot gets what looks like success (the same for the same key), and nothing
    // is stored or counted.
    if (typeof body.website === 'string' && body.website.trim() !== '') {
      log('honeypot');
      return json(201, { id: key, reference: decoyReference(key) });
    }

    const result = validateIdea(body);
    if (!result.ok) return json(422, { errors: result.errors });
    const page = pageOf(result.idea.page);
    if (!page) return json(422, { errors: { page: 'invalid' } });
    const siteErrors = options.check?.(result.idea);
    if (siteErrors && Object.keys(siteErrors).length > 0) return json(422, { errors: siteErrors });

    // Only ideas about to be stored count against the client's allowance.
    const wait = limiter.take(client);
    if (wait > 0) return json(429, { error: 'rate-limited' }, { 'retry-after': String(wait) });
    return storeOnce(key, { ...result.idea, page }, client);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const origin = req.headers.origin;
    const allowed = originAllowed(origin, req.headers.host);
    const send = (answer) => {
      const headers = {
        ...(allowed ? corsHeaders(origin) : {}),
        'cache-control': 'no-store',
        ...answer.headers,
      };
      if (answer.body === undefined) {
        res.writeHead(answer.status, headers);
        res.end();
      } else {
        res.writeHead(answer.status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(answer.body));
      }
    };

    if (req.method === 'OPTIONS') {
      if (!allowed) return send(json(403, { error: 'origin-not-allowed' }));
      return send({
        status: 204,
        headers: {
          'access-control-allow-methods': 'POST, OPTIONS',
          'access-control-allow-headers': 'Content-Type, Idempotency-Key',
          'access-control-max-age': '600',
        },
      });
    }
    if (req.method !== 'POST')
      return send(json(405, { error: 'method-not-allowed' }, { allow: 'POST, OPTIONS' }));
    if (!allowed) return send(json(403, { error: 'origin-not-allowed' }));
    const type = String(req.headers['content-type'] ?? '');
    if (!/^application\/json\b/i.test(type)) return send(json(415, { error: 'json-expected' }));
    if (Number(req.headers['content-length']) > maxBodyBytes + DRAIN_LIMIT) {
      // Answered at once; the body is read and thrown away (bounded by the server's request
      // timeout), so that a proxy sending it gets the 413 instead of a reset connection.
      req.resume();
      send(json(413, { error: 'too-large' }));
      return undefined;
    }
    let body;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch {
      return undefined;
    }
    if ('tooLarge' in body) return send(json(413, { error: 'too-large' }));
    send(await accept({ headers: req.headers, text: body.text, client: clientOf(req, proxies) }));
  }

  /** Whether the storage answers (for `GET /healthz`), within `timeoutMs`. */
  async function healthy(timeoutMs = 3000) {
    let timer;
    try {
      await Promise.race([
        store.check(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
        }),
      ]);
      return true;
    } catch (error) {
      log('storage-unavailable', { error: error.code ?? error.message });
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    store,
    accept,
    handle,
    healthy,
    purge,
    /** Connect middleware: mount it at the receiver's path. */
    connect(req, res, next) {
      handle(req, res).catch((error) => next(error));
    },
    /** Koa middleware answering at `path` (exactly, or with a trailing slash). */
    koa(path) {
      return async (ctx, next) => {
        if (ctx.path !== path && ctx.path !== `${path}/`) return next();
        ctx.respond = false;
        await handle(ctx.req, ctx.res);
      };
    },
    /** Stops the retention timer and closes the store (releases the data file, ends the pool). */
    close() {
      clearInterval(purgeTimer);
      return Promise.all(inFlight.values()).then(() => store.close());
    },
  };
}
