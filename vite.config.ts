/**
 * Library build. `vite build` writes the ES module entry with its lazy chunks
 * and the per-element entries; `vite build --mode iife` adds the classic
 * script for CMSs without `type="module"` (a small loader of the ES build).
 * scripts/build.mjs runs both.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { resolve } from 'node:path';
import { defineConfig, normalizePath, type Plugin } from 'vite';
import { flatImports } from './scripts/flat-imports.mjs';
import { leafletTrustedTypesVite } from './scripts/leaflet-trusted-types.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { QuartierDataSchema } from './src/data/schema.ts';

/** Element entries for bundler users: a define entry and a side-effect-free class module each. */
export const ELEMENT_ENTRIES: Record<string, string> = {
  'event-calendar': 'src/components/event-calendar/define.ts',
  'event-calendar.class': 'src/components/event-calendar/index.ts',
  'idea-form': 'src/components/idea-form/define.ts',
  'idea-form.class': 'src/components/idea-form/index.ts',
  'project-map': 'src/components/project-map/define.ts',
  'project-map.class': 'src/components/project-map/index.ts',
  'topic-filter': 'src/components/topic-filter/define.ts',
  'topic-filter.class': 'src/components/topic-filter/index.ts',
};

/**
 * What each element needs to paint, and the checks every page with data runs.
 * The classes with their views (index.ts), not the define entries: those stay in their
 * entry files, so a class entry defines nothing.
 */
const CHUNK_ROOTS: Record<string, string | string[]> = {
  calendar: 'src/components/event-calendar/index.ts',
  'topic-filter': 'src/components/topic-filter/index.ts',
  'project-map': 'src/components/project-map/index.ts',
  'idea-form': 'src/components/idea-form/index.ts',
  validation: 'src/data/parse.ts',
  // The registration every define entry shares.
  core: 'src/define.ts',
  // The page's data requests, sent by the script-tag entry before the widgets' code runs; a
  // chunk of their own, so the class entries stay free of side effects.
  'early-fetch': 'src/data/early-fetch.ts',
};

/**
 * Few, whole chunks: each module goes to the one root that imports it
 * statically, and what several share goes to `core`. A page then loads a
 * handful of files instead of dozens (each costs a request and some bytes of
 * its own). Modules only ever loaded with `import()` keep chunks of their own.
 */
function fewChunks() {
  const owners = new Map<string, Set<string>>();
  const owner = (id: string) => {
    const names = owners.get(id);
    if (!names) return null;
    return names.size === 1 ? [...names][0] : 'core';
  };
  const plugin: Plugin = {
    name: 'quartier-few-chunks',
    apply: 'build',
    buildEnd(error) {
      owners.clear();
      if (error) return;
      for (const [name, roots] of Object.entries(CHUNK_ROOTS)) {
        const todo = [roots].flat().map((root) => normalizePath(resolve(root)));
        // A root renamed or no longer imported would silently leave its chunk to the bundler.
        const gone = todo.filter((root) => !this.getModuleInfo(root));
        if (gone.length > 0) {
          this.error(
            `quartier-few-chunks: ${gone.join(', ')} (root of the "${name}" chunk) is not part of ` +
              `the build. Update CHUNK_ROOTS in vite.config.ts.`,
          );
        }
        for (let next = todo.pop(); next; next = todo.pop()) {
          const names = owners.get(next) ?? new Set();
          if (names.has(name)) continue;
          owners.set(next, names.add(name));
          todo.push(...(this.getModuleInfo(next)?.importedIds ?? []));
        }
      }
    },
  };
  const groups = [
    { name: 'core', test: (id: string) => owner(id) === 'core', priority: 2 },
    { name: owner, debugName: 'element or validation', priority: 1 },
  ];
  return { plugin, groups };
}

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

const chunks = fewChunks();

export default defineConfig(({ mode }) =>
  mode === 'iife'
    ? {
        // The classic script is a small loader that imports the ES build beside it
        // (src/classic-loader.ts); it sets the global `QuartierWidgets` itself.
        build: {
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          lib: {
            entry: 'src/classic-loader.ts',
            // Required for iife; the loader exports nothing, so no variable of this name is made.
            name: 'QuartierWidgetsLoader',
            formats: ['iife'],
            fileName: () => 'quartier-widgets.iife.js',
          },
        },
      }
    : {
        plugins: [
          leafletTrustedTypesVite(),
          dataSchema(),
          minifyTemplates(),
          flatImports(),
          chunks.plugin,
        ],
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
              codeSplitting: { groups: chunks.groups },
              entryFileNames: '[name].js',
              // Vite keeps white space in ES library builds; a script-tag library wants it gone.
              minify: true,
            },
          },
        },
      },
);
