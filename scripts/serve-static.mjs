/**
 * A tiny static server for browser checks of the built library: serves the
 * project folder, with extra headers per path (e.g. a strict CSP for a page)
 * and, when asked, gzip as a real web server sends it.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar; charset=utf-8',
};

/** Content types worth compressing: text, as web servers do by default. */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;

/**
 * With `gzip`, a text body goes out gzip-compressed (level 6, the usual server default) when the
 * request accepts it; otherwise, and by default, `send` writes it as it is.
 */
function sender(gzip) {
  return (req, res, status, head, body) => {
    const accepts = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (!gzip || !COMPRESSIBLE.test(head['content-type'] ?? '')) {
      res.writeHead(status, head).end(body);
      return;
    }
    const vary = { ...head, vary: 'Accept-Encoding' };
    if (!accepts) {
      res.writeHead(status, vary).end(body);
      return;
    }
    const packed = gzipSync(body, { level: 6 });
    res.writeHead(status, { ...vary, 'content-encoding': 'gzip', 'content-length': packed.length });
    res.end(packed);
  };
}

/**
 * Serves `root`; `headers(path)` adds headers; `routes[path]` answers with generated content.
 * A route ending in `/*` answers every path under it: its function gets the rest of the path
 * and may return null for "not found". With `gzip: true`, text is sent gzip-compressed to
 * clients that accept it (off by default).
 */
export function serveStatic(root, { headers = () => ({}), routes = {}, gzip = false } = {}) {
  const send = sender(gzip);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const extra = headers(path);
    const prefix = Object.keys(routes).find(
      (key) => key.endsWith('/*') && path.startsWith(key.slice(0, -1)),
    );
    const answer =
      routes[path]?.() ?? (prefix ? routes[prefix](path.slice(prefix.length - 1)) : undefined);
    if (answer === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    if (answer) {
      send(req, res, 200, { 'content-type': answer.type, ...extra }, answer.body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      send(req, res, 200, { 'content-type': type, ...extra }, body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    );
  });
}
