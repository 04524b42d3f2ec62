/**
 * `npm start`: the demo page on Vite's dev server. The page embeds the library
 * exactly as a webmaster would (`/dist/quartier-widgets.js`); in development
 * that address is served from the sources. Demo data is generated per request,
 * relative to today, so the demo always shows upcoming dates. The idea form
 * posts to the reference receiver at /api/ideas.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { createDemoData } from './data/schoenefeld.js';
import { leafletTrustedTypesVite } from '../scripts/leaflet-trusted-types.mjs';
import { createReceiver } from './receiver/receiver.mjs';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

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
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [leafletTrustedTypesVite(), demoServer()],
  server: { port: 5173, open: false },
});
