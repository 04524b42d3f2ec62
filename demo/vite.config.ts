/**
 * `npm start`: the demo page on Vite's dev server. The page embeds the library
 * exactly as a webmaster would (`/dist/quartier-widgets.js`); in development
 * that address is served from the sources. Demo data is generated per request,
 * relative to today, so the demo always shows upcoming dates.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { createDemoData } from './data/schoenefeld.js';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

function demoServer(): Plugin {
  return {
    name: 'quartier-demo',
    resolveId(id) {
      if (id === '/dist/quartier-widgets.js') return fromRoot('src/index.ts');
      return undefined;
    },
    configureServer(server) {
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
  plugins: [demoServer()],
  server: { port: 5173, open: false },
});
