#!/usr/bin/env node
/**
 * The reference receiver on its own:
 *
 *   node server/server.mjs --port 8787 --origins https://www.example.org --data .data/ideas.ndjson
 *
 * Options (all optional): --port (8787), --host (127.0.0.1), --path (/api/ideas),
 * --origins (comma-separated origins of pages that embed the form; `*` = any),
 * --data (.data/ideas.ndjson), --retention-days (180; 0 = keep), --max-body
 * (bytes, 65536), --rate-limit (ideas per client and window: `20/600` = 20 per
 * 600 s), --trust-proxy (behind a reverse proxy: client address from
 * X-Forwarded-For). See docs/receiver.md.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createReceiver } from './receiver.mjs';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    path: { type: 'string', default: '/api/ideas' },
    origins: { type: 'string', default: '' },
    data: { type: 'string', default: '.data/ideas.ndjson' },
    'retention-days': { type: 'string', default: '180' },
    'max-body': { type: 'string', default: String(64 * 1024) },
    'rate-limit': { type: 'string', default: '20/600' },
    'trust-proxy': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  console.log(
    'node server/server.mjs [--port 8787] [--host 127.0.0.1] [--path /api/ideas] ' +
      '[--origins https://a.example,https://b.example] [--data .data/ideas.ndjson] ' +
      '[--retention-days 180] [--max-body 65536] [--rate-limit 20/600] [--trust-proxy]',
  );
  process.exit(0);
}

const [max, windowSeconds] = args['rate-limit'].split('/').map(Number);
const receiver = await createReceiver({
  dataFile: args.data,
  origins: args.origins
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
  retentionDays: Number(args['retention-days']),
  maxBodyBytes: Number(args['max-body']),
  rateLimit: { max, windowMs: windowSeconds * 1000 },
  trustProxy: args['trust-proxy'],
});

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
function respond(req, res, status, error) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ error }));
}

const server = createServer((req, res) => {
  try {
    const pathname = pathOfTarget(req.url);
    if (pathname === undefined) return respond(req, res, 400, 'bad-request-target');
    if (pathname !== path && pathname !== `${path}/`) return respond(req, res, 404, 'not-found');
    receiver.handle(req, res).catch((error) => {
      console.warn(`idea receiver: ${error.message}`);
      respond(req, res, 500, 'internal');
    });
  } catch (error) {
    console.warn(`idea receiver: ${error.message}`);
    respond(req, res, 500, 'internal');
  }
});

server.listen(Number(args.port), args.host, () => {
  const { port } = server.address();
  console.log(`Idea receiver: http://${args.host}:${port}${path} → ${args.data}`);
});

// Ideas being written when the process is asked to stop are finished first.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    receiver.close();
    server.close(() => process.exit(0));
    server.closeIdleConnections?.();
  });
}
