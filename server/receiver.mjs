/**
 * The reference receiver for <quartier-idea-form> (SPEC §5, docs/receiver.md):
 * plain Node, no framework. One handler for Node's `(req, res)`, usable
 *
 * - in a connect stack (Vite's dev server): `server.middlewares.use('/api/ideas', receiver.connect)`,
 * - in Koa (@web/dev-server): `app.use(receiver.koa('/api/ideas'))`,
 * - on its own: server.mjs.
 *
 * It checks with the same valibot schema as the form (src/data/idea-schema.js).
 */
import { randomBytes } from 'node:crypto';
import { validateIdea } from '../src/data/idea-schema.js';
import { RateLimiter } from './rate-limit.mjs';
import { IdeaStore } from './store.mjs';

/** Bodies past the cap are still read (and thrown away) up to this much, so the browser gets the 413. */
const DRAIN_LIMIT = 1024 * 1024;
/** Seconds a client should wait when the disk cannot take the idea right now. */
const STORAGE_RETRY_AFTER = 30;
/** Reference numbers: no 0/O, 1/I/L, so they survive being read out on the phone. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * A short reference number for people: `Q-2026-7KX3M`.
 * @param {Date} now
 */
export function newReference(now = new Date()) {
  const bytes = randomBytes(5);
  const code = Array.from(bytes, (byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]);
  return `Q-${now.getUTCFullYear()}-${code.join('')}`;
}

/**
 * @typedef {object} ReceiverOptions
 * @property {string} dataFile NDJSON file the ideas are appended to
 * @property {string[]} [origins] origins of pages allowed to send (CORS); `*` allows any
 * @property {number} [maxBodyBytes] larger bodies get 413 (default 64 KiB)
 * @property {{max?: number, windowMs?: number}} [rateLimit] new ideas per client and window
 * @property {number} [retentionDays] ideas older than this are deleted (default 180; 0 = keep)
 * @property {boolean} [trustProxy] take the client address from `X-Forwarded-For` (behind a reverse proxy)
 * @property {(idea: object) => Record<string, string> | undefined} [check] a site's own extra rules
 *   (a word list, say): field errors for a 422, or undefined when the idea may be stored
 * @property {() => Date} [now]
 * @property {(message: string) => void} [log]
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
  const log = options.log ?? ((message) => console.warn(message));
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const origins = new Set((options.origins ?? []).map((origin) => origin.replace(/\/+$/, '')));
  const store = await new IdeaStore(options.dataFile, {
    retentionDays: options.retentionDays,
    now,
    log,
  }).open();
  const limiter = new RateLimiter({ ...options.rateLimit, now: () => now().getTime() });
  /** @type {Map<string, Promise<Answer>>} submissions being stored right now, by id */
  const inFlight = new Map();

  // The retention period applies while the server runs, not only at start.
  const purgeTimer = setInterval(
    () => void store.purgeExpired().catch((error) => log(`idea receiver: ${error.message}`)),
    6 * 60 * 60 * 1000,
  );
  purgeTimer.unref();

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

  function clientOf(req) {
    if (options.trustProxy) {
      const forwarded = String(req.headers['x-forwarded-for'] ?? '')
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
      if (forwarded.length > 0) return forwarded[forwarded.length - 1];
    }
    return req.socket.remoteAddress ?? 'unknown';
  }

  /** Stores a valid idea once, however many tries of it arrive at the same time. */
  function storeOnce(idea) {
    const running = inFlight.get(idea.id);
    if (running) return running;
    const stored = (async () => {
      const receivedAt = now().toISOString();
      const reference = newReference(now());
      const { website: _honeypot, ...kept } = idea;
      try {
        await store.append({ id: idea.id, reference, receivedAt, ...kept });
      } catch (error) {
        log(`idea receiver: could not store an idea: ${error.message}`);
        return json(503, { error: 'storage' }, { 'retry-after': String(STORAGE_RETRY_AFTER) });
      }
      return json(201, { id: idea.id, reference });
    })().finally(() => inFlight.delete(idea.id));
    inFlight.set(idea.id, stored);
    return stored;
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
    const key = String(headers['idempotency-key'] ?? body.id ?? '').trim();
    if (typeof body.id === 'string' && key !== body.id)
      return json(422, { errors: { id: 'invalid' } });

    // A repeated key gets the first answer again and stores nothing: that is what makes retries safe.
    const known = store.find(key);
    if (known) return json(201, known);
    const running = inFlight.get(key);
    if (running) return running;

    const wait = limiter.take(client);
    if (wait > 0) return json(429, { error: 'rate-limited' }, { 'retry-after': String(wait) });

    // The honeypot: a bot gets what looks like success, and nothing is stored.
    if (typeof body.website === 'string' && body.website.trim() !== '')
      return json(201, { id: key, reference: newReference(now()) });

    const result = validateIdea(body);
    if (!result.ok) return json(422, { errors: result.errors });
    const siteErrors = options.check?.(result.idea);
    if (siteErrors && Object.keys(siteErrors).length > 0) return json(422, { errors: siteErrors });
    return storeOnce(result.idea);
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
      res.setHeader('connection', 'close');
      return send(json(413, { error: 'too-large' }));
    }
    let body;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch {
      return undefined;
    }
    if ('tooLarge' in body) return send(json(413, { error: 'too-large' }));
    send(await accept({ headers: req.headers, text: body.text, client: clientOf(req) }));
  }

  return {
    store,
    accept,
    handle,
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
    close() {
      clearInterval(purgeTimer);
    },
  };
}
