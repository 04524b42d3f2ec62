#!/usr/bin/env node
/**
 * The reference receiver as a service of its own:
 *
 *   node server/server.mjs --port 8787 --origins https://www.example.org --data /var/lib/quartier/ideas.ndjson
 *   DATABASE_URL=postgres://quartier@db.example/quartier node server/server.mjs …
 *
 * `node server/server.mjs --help` lists the options; docs/receiver.md §9 explains them.
 * Routes: POST/OPTIONS <path> (the idea form, SPEC §5), GET /healthz, and with
 * `--feeds <config.json>` GET/HEAD/OPTIONS /api/feeds/<name> (feeds.mjs).
 * Logs: one JSON object a line on standard error, without personal data or IP addresses.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createLogger } from './log.mjs';
import { createReceiver } from './receiver.mjs';

const OPTIONS = {
  port: { type: 'string', default: '8787', help: 'port (0: any free one)' },
  host: { type: 'string', default: '127.0.0.1', help: 'address to listen on' },
  path: { type: 'string', default: '/api/ideas', help: 'path of the receiver' },
  origins: {
    type: 'string',
    default: '',
    help: 'origins of pages that embed the form, comma-separated (*: any)',
  },
  data: {
    type: 'string',
    default: '.data/ideas.ndjson',
    help: 'data file of the file store (without DATABASE_URL)',
  },
  'retention-days': {
    type: 'string',
    default: '180',
    help: 'ideas older than this are deleted (0: keep)',
  },
  'max-body': {
    type: 'string',
    default: String(64 * 1024),
    help: 'largest body in bytes (413 above)',
  },
  'rate-limit': {
    type: 'string',
    default: '20/600',
    help: 'stored ideas per client and window in seconds',
  },
  'trust-proxy': {
    type: 'string',
    default: '',
    help: 'addresses/CIDR ranges of reverse proxies whose X-Forwarded-For counts, comma-separated',
  },
  'max-connections': {
    type: 'string',
    default: '512',
    help: 'open connections at most (keep it below the open-file limit)',
  },
  'headers-timeout': {
    type: 'string',
    default: '10000',
    help: 'ms a client has to send the request headers',
  },
  'request-timeout': {
    type: 'string',
    default: '30000',
    help: 'ms a client has to send the whole request',
  },
  'keep-alive-timeout': {
    type: 'string',
    default: '5000',
    help: 'ms an idle keep-alive connection stays open',
  },
  'shutdown-timeout': {
    type: 'string',
    default: '8000',
    help: 'ms to finish requests after SIGTERM/SIGINT',
  },
  'db-timeout': {
    type: 'string',
    default: '5000',
    help: 'ms per database query (PostgreSQL; 503 after)',
  },
  feeds: { type: 'string', help: 'feed relay configuration (JSON): GET /api/feeds/<name>' },
  help: { type: 'boolean', default: false, help: 'this text' },
};

const { values: args } = parseArgs({ options: OPTIONS });

if (args.help) {
  const lines = Object.entries(OPTIONS).map(
    ([name, option]) =>
      `  --${name}${option.type === 'string' ? ' <value>' : ''}`.padEnd(31) +
      `${option.help}${option.default && option.type === 'string' ? ` (${option.default})` : ''}`,
  );
  console.log(
    `node server/server.mjs [options]\n\nThe reference receiver for <quartier-idea-form>. With DATABASE_URL set, it stores\nto PostgreSQL, else to --data. See docs/receiver.md.\n\n${lines.join('\n')}`,
  );
  process.exit(0);
}

const log = createLogger();
const number = (name) => {
  const value = Number(args[name]);
  if (!Number.isFinite(value) || value < 0) {
    log('bad-option', { option: name });
    process.exit(2);
  }
  return value;
};

const [max, windowSeconds] = args['rate-limit'].split('/').map(Number);
const databaseUrl = process.env.DATABASE_URL || undefined;
let receiver;
try {
  receiver = await createReceiver({
    dataFile: args.data,
    databaseUrl,
    databaseTimeoutMs: number('db-timeout'),
    origins: args.origins
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    retentionDays: number('retention-days'),
    maxBodyBytes: number('max-body'),
    rateLimit: { max, windowMs: windowSeconds * 1000 },
    trustProxy: args['trust-proxy'] || undefined,
    log,
  });
} catch (error) {
  log('start-failed', { error: error.message });
  process.exit(1);
}

let feeds;
if (args.feeds) {
  // Loaded only when configured.
  const { createFeedRelay } = await import('./feeds.mjs');
  feeds = createFeedRelay({
    ...JSON.parse(await readFile(args.feeds, 'utf8')),
    log: (message) => log('feed-relay', { message }),
  });
}

const path = args.path.replace(/\/+$/, '');

/**
 * The path of a request target, or undefined when it is not one (`//`,
 * `//%5B/../x`, `http://[`): a malformed target must never end the process.
 * @param {string | undefined} target
 */
function pathOfTarget(target) {
  if (!target?.startsWith('/')) return undefined;
  try {
    // Parsed as a path on a fixed origin, so `//host/…` cannot become a host.
    return new URL(`http://receiver${target}`).pathname;
  } catch {
    return undefined;
  }
}

/** Answers one request; whatever goes wrong answers that request only. */
function respond(res, status, error, headers = {}) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(error === undefined ? { status: 'ok' } : { error }));
}

let stopping = false;
/** Responses being written, so that a shutdown can mark them `Connection: close`. */
const active = new Set();

async function route(req, res) {
  const pathname = pathOfTarget(req.url);
  if (pathname === undefined) return ['bad-target', respond(res, 400, 'bad-request-target')];
  if (pathname === path || pathname === `${path}/`)
    return ['ideas', await receiver.handle(req, res)];
  if (pathname === '/healthz') {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return ['healthz', respond(res, 405, 'method-not-allowed', { allow: 'GET, HEAD' })];
    const healthy = !stopping && (await receiver.healthy());
    return [
      'healthz',
      healthy ? respond(res, 200) : respond(res, 503, 'storage', { 'retry-after': String(30) }),
    ];
  }
  const feed = /^\/api\/feeds\/([^/]+)\/?$/.exec(pathname);
  if (feed && feeds) {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method))
      return ['feeds', respond(res, 405, 'method-not-allowed', { allow: 'GET, HEAD, OPTIONS' })];
    return ['feeds', await feeds.handle(req, res, decodeURIComponent(feed[1]))];
  }
  return ['not-found', respond(res, 404, 'not-found')];
}

const headersTimeout = number('headers-timeout');
const server = createServer(
  {
    headersTimeout,
    requestTimeout: Math.max(number('request-timeout'), headersTimeout + 1),
    keepAliveTimeout: number('keep-alive-timeout'),
    // How often the timeouts above are checked (Node's default is 30 s).
    connectionsCheckingInterval: Math.max(100, Math.min(1000, headersTimeout / 2)),
  },
  (req, res) => {
    const started = process.hrtime.bigint();
    let name = 'unknown';
    active.add(res);
    res.on('close', () => {
      active.delete(res);
      log('request', {
        method: String(req.method).slice(0, 10),
        route: name,
        status: res.statusCode,
        ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
      });
    });
    if (stopping) {
      // Stopping: nothing new is taken, and the connection ends with this answer.
      name = 'stopping';
      res.shouldKeepAlive = false;
      return respond(res, 503, 'stopping', { 'retry-after': '5', connection: 'close' });
    }
    route(req, res).then(
      ([routeName]) => {
        name = routeName;
      },
      (error) => {
        log('request-failed', { error: error.code ?? error.message });
        respond(res, 500, 'internal');
      },
    );
  },
);
server.maxConnections = number('max-connections');
server.on('clientError', (error, socket) => {
  // Malformed requests and timeouts: answered and closed, never fatal.
  if (socket.writable && !socket.destroyed) {
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    socket.end(
      `HTTP/1.1 ${status} ${status === 408 ? 'Request Timeout' : 'Bad Request'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
    );
  } else socket.destroy();
});

server.listen(number('port'), args.host, () => {
  const { port } = server.address();
  const host = args.host.includes(':') ? `[${args.host}]` : args.host;
  log('listening', {
    url: `http://${host}:${port}${path}`,
    store: receiver.store.kind,
    at: receiver.store.describe(),
    feeds: Boolean(feeds),
  });
});

/**
 * Graceful stop: no new connections, requests on open ones get 503 with
 * `Connection: close`, requests in flight are answered (with `Connection:
 * close`), idle keep-alive connections are closed; after `--shutdown-timeout`
 * whatever is left is cut off. Then the store is closed and the process exits 0.
 */
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log('stopping', { signal, inFlight: active.size });
  for (const res of active) {
    res.shouldKeepAlive = false;
    if (!res.headersSent) res.setHeader('connection', 'close');
  }
  const deadline = setTimeout(() => server.closeAllConnections(), number('shutdown-timeout'));
  deadline.unref();
  server.close(async () => {
    clearTimeout(deadline);
    feeds?.close();
    await receiver.close().catch((error) => log('close-failed', { error: error.message }));
    log('stopped');
    process.exit(0);
  });
  server.closeIdleConnections();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => shutdown(signal));
