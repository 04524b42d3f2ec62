/**
 * Library build. `vite build` writes the ES module entry with its lazy chunks
 * and the per-element entries; `vite build --mode iife` adds the classic
 * script for CMSs without `type="module"`. scripts/build.mjs runs both.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { defineConfig, type Plugin } from 'vite';
import { flatImports } from './scripts/flat-imports.mjs';
import { leafletTrustedTypesVite } from './scripts/leaflet-trusted-types.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { QuartierDataSchema } from './src/data/schema.ts';

/** Element entries for bundler users: a define entry and a side-effect-free class module each. */
export const ELEMENT_ENTRIES: Record<string, string> = {
  'event-calendar': 'src/components/event-calendar/define.ts',
  'event-calendar.class': 'src/components/event-calendar/event-calendar.ts',
  'idea-form': 'src/components/idea-form/define.ts',
  'idea-form.class': 'src/components/idea-form/idea-form.ts',
  'project-map': 'src/components/project-map/define.ts',
  'project-map.class': 'src/components/project-map/project-map.ts',
  'topic-filter': 'src/components/topic-filter/define.ts',
  'topic-filter.class': 'src/components/topic-filter/topic-filter.ts',
};

/** dist/quartier-data.schema.json, generated from the same schemas the widgets validate with. */
function dataSchema(): Plugin {
  return {
    name: 'quartier-data-schema',
    apply: 'build',
    generateBundle() {
      const schema = {
        title: 'Quartier JSON v1',
        description:
          'Data format of quartier-widgets: topics, events and projects of a neighbourhood. See docs/data-format.md.',
        ...toJsonSchema(QuartierDataSchema, { errorMode: 'ignore' }),
      };
      this.emitFile({
        type: 'asset',
        fileName: 'quartier-data.schema.json',
        source: `${JSON.stringify(schema, null, 2)}\n`,
      });
    },
  };
}

export default defineConfig(({ mode }) =>
  mode === 'iife'
    ? {
        plugins: [leafletTrustedTypesVite(), minifyTemplates()],
        build: {
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          lib: {
            entry: 'src/index.ts',
            name: 'QuartierWidgets',
            formats: ['iife'],
            fileName: () => 'quartier-widgets.iife.js',
          },
        },
      }
    : {
        plugins: [leafletTrustedTypesVite(), dataSchema(), minifyTemplates(), flatImports()],
        build: {
          target: 'es2022',
          minify: true,
          lib: {
            entry: { 'quartier-widgets': 'src/index.ts', ...ELEMENT_ENTRIES },
            formats: ['es'],
          },
          rollupOptions: {
            output: {
              chunkFileNames: 'chunks/[name]-[hash].js',
              // Its own chunk, imported first by the entry: it runs before the elements' code.
              manualChunks: (id) =>
                id.endsWith('src/data/early-fetch.ts') ? 'early-fetch' : undefined,
              entryFileNames: '[name].js',
              // Vite keeps white space in ES library builds; a script-tag library wants it gone.
              minify: true,
            },
          },
        },
      },
);
