/**
 * A tiny static server for browser checks of the built library: serves the
 * project folder, with extra headers per path (e.g. a strict CSP for a page).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar; charset=utf-8',
};

/**
 * Serves `root`; `headers(path)` adds headers; `routes[path]` answers with generated content.
 * A route ending in `/*` answers every path under it: its function gets the rest of the path
 * and may return null for "not found".
 */
export function serveStatic(root, { headers = () => ({}), routes = {} } = {}) {
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
      res.writeHead(200, { 'content-type': answer.type, ...extra });
      res.end(answer.body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...extra,
      });
      res.end(body);
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
