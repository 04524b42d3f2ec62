/**
 * `npm start`: the demo page on Vite's dev server. The page embeds the library
 * exactly as a webmaster would (`/dist/quartier-widgets.js`); in development
 * that address is served from the sources. Demo data is generated per request,
 * relative to today, so the demo always shows upcoming dates. The idea form
 * posts to the reference receiver at /api/ideas. `/api/termine?start=…&end=…` answers
 * one range of events, as a server does for a calendar that asks month by month, and
 * `/data/partner.ics` is a partner initiative's iCalendar feed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { createDemoData } from './data/schoenefeld.js';
import { createPartnerCalendar } from './data/partner-ics.js';
import { leafletTrustedTypesVite } from '../scripts/leaflet-trusted-types.mjs';
import { createReceiver } from '../server/receiver.mjs';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** A real calendar date as `YYYY-MM-DD`, else undefined. */
function dayParam(value: string | null): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 ? value : undefined;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

/**
 * The demo events of one range, `start` to `end` (exclusive), as a server would answer a
 * calendar that asks month by month. Series are always included: the calendar expands them.
 */
function termine(req: IncomingMessage, res: ServerResponse): void {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const start = dayParam(query.get('start'));
  const end = dayParam(query.get('end'));
  if (!start || !end || start >= end) {
    sendJson(res, 400, { error: 'start and end must be dates as YYYY-MM-DD, start before end' });
    return;
  }
  const { version, topics, events } = createDemoData(new Date());
  // Dates are local days (all-day `end` inclusive), so comparing the day parts is enough.
  const inRange = events.filter(
    (event) =>
      event.recurrence !== undefined ||
      (event.start.slice(0, 10) < end && (event.end ?? event.start).slice(0, 10) >= start),
  );
  sendJson(res, 200, { version, topics, events: inRange });
}

function demoServer(): Plugin {
  return {
    name: 'quartier-demo',
    resolveId(id) {
      if (id === '/dist/quartier-widgets.js') return fromRoot('src/index.ts');
      return undefined;
    },
    async configureServer(server) {
      // The reference receiver for the idea form, storing to .data/ (git-ignored).
      const receiver = await createReceiver({ dataFile: fromRoot('.data/ideas.ndjson') });
      server.middlewares.use('/api/ideas', receiver.connect);
      server.httpServer?.once('close', () => receiver.close());
      server.middlewares.use('/data/schoenefeld.json', (_req, res) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify(createDemoData(new Date())));
      });
      server.middlewares.use('/api/termine', termine);
      server.middlewares.use('/data/partner.ics', (_req, res) => {
        res.setHeader('content-type', 'text/calendar; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(createPartnerCalendar(new Date()));
      });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [leafletTrustedTypesVite(), demoServer()],
  server: { port: 5173, open: false },
});
