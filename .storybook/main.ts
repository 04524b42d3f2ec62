import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/** Written by `npm run analyze` (and `npm run build`); preview.ts feeds it to Controls. */
const MANIFEST = fileURLToPath(new URL('../dist/custom-elements.json', import.meta.url));
const DEMO_DATA = new URL('../demo/data/schoenefeld.js', import.meta.url).href;
const DEMO_JSON = '/data/schoenefeld.json';

interface DemoDataModule {
  createDemoData(today: Date): unknown;
}

/** The demo data of today, as the demo page serves it; built fresh per request in dev. */
async function demoJson(): Promise<string> {
  // demo/data/schoenefeld.js is plain JavaScript without type declarations.
  const { createDemoData } = (await import(DEMO_DATA)) as DemoDataModule;
  return JSON.stringify(createDemoData(new Date()));
}

/**
 * `/data/schoenefeld.json` for stories that want the full demo data: served by the dev
 * server, and written into the static build (dated the day of the build).
 */
function demoData(): Plugin {
  return {
    name: 'quartier-storybook-demo-data',
    configureServer(server) {
      server.middlewares.use(DEMO_JSON, (_req, res, next) => {
        demoJson().then((body) => {
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.end(body);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: DEMO_JSON.slice(1), source: await demoJson() });
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../demo/data/images', to: '/data/images' }],
  async viteFinal(viteConfig, { configType }) {
    // A static Storybook without the manifest would ship with empty Controls and docs tables.
    if (configType === 'PRODUCTION' && !existsSync(MANIFEST)) {
      throw new Error('dist/custom-elements.json is missing: run `npm run analyze` first.');
    }
    const { mergeConfig } = await import('vite');
    return mergeConfig(
      {
        ...viteConfig,
        // The library's JSON Schema asset and its chunk layout belong to `npm run build`, not to
        // Storybook (the chunk roots of the library are not part of a Storybook build).
        plugins: (viteConfig.plugins ?? []).filter(
          (plugin) =>
            !(
              plugin &&
              'name' in plugin &&
              ['quartier-data-schema', 'quartier-few-chunks', 'quartier-flat-imports'].includes(
                plugin.name,
              )
            ),
        ),
      },
      {
        plugins: [demoData()],
        // Storybook's renderer imports this unbundled; pre-bundled with `lit` it shares one
        // lit-html instead of loading a second copy in dev.
        optimizeDeps: { include: ['lit/directive-helpers.js'] },
        build: {
          // Fixtures are fetched as data sources: keep them real files, never data: URLs.
          assetsInlineLimit: (file: string) => (/\.(json|ics)$/.test(file) ? false : undefined),
        },
      },
    );
  },
};

export default config;
