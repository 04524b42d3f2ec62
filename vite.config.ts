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
 * The chunks of the build, each named after the module it starts from. An element's definition
 * (properties, controllers, public methods, skeleton) is loaded with the script-tag entry; its view
 * (templates, styles, keyboard handling) only when such an element is shown (define.ts).
 */
const CHUNK_ROOTS: Record<string, string> = {
  'event-calendar': 'src/components/event-calendar/event-calendar.ts',
  'event-calendar-view': 'src/components/event-calendar/event-calendar.view.ts',
  'topic-filter': 'src/components/topic-filter/topic-filter.ts',
  'topic-filter-view': 'src/components/topic-filter/topic-filter.view.ts',
  'project-map': 'src/components/project-map/project-map.ts',
  'project-map-view': 'src/components/project-map/project-map.view.ts',
  'idea-form': 'src/components/idea-form/idea-form.ts',
  'idea-form-view': 'src/components/idea-form/idea-form.view.ts',
  validation: 'src/data/parse.ts',
  // The registration every define entry shares.
  core: 'src/define.ts',
  // The page's data requests, sent by the script-tag entry before the widgets' code runs; a
  // chunk of their own, so the class entries stay free of side effects.
  'early-fetch': 'src/data/early-fetch.ts',
};

const VIEW = '-view';

/**
 * Where a module used from several roots goes: used by one element's definition and its view, to
 * the definition (the view never comes without it); used only by views, to the views' shared chunk;
 * anything else to `core`.
 */
function sharedOwner(names: Set<string>): string {
  const elements = new Set([...names].map((name) => name.replace(VIEW, '')));
  if (elements.size === 1) return [...elements][0];
  return [...names].every((name) => name.endsWith(VIEW)) ? 'views' : 'core';
}

/**
 * Few, whole chunks: each module goes to the one root that imports it
 * statically (see `sharedOwner` for modules several import). A page then loads
 * a handful of files instead of dozens (each costs a request and some bytes of
 * its own). Modules only ever loaded with `import()` keep chunks of their own.
 */
function fewChunks() {
  const owners = new Map<string, Set<string>>();
  const owner = (id: string) => {
    const names = owners.get(id);
    if (!names) return null;
    return names.size === 1 ? [...names][0] : sharedOwner(names);
  };
  const plugin: Plugin = {
    name: 'quartier-few-chunks',
    apply: 'build',
    buildEnd(error) {
      owners.clear();
      if (error) return;
      for (const [name, root] of Object.entries(CHUNK_ROOTS)) {
        const todo = [normalizePath(resolve(root))];
        // A root renamed or no longer imported would silently leave its chunk to the bundler.
        if (!this.getModuleInfo(todo[0])) {
          this.error(
            `quartier-few-chunks: ${todo[0]} (root of the "${name}" chunk) is not part of ` +
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
    // Its own group: left to the name function, these modules went into one view's chunk, which
    // the other views then imported (a map page fetched the calendar's view).
    { name: 'views', test: (id: string) => owner(id) === 'views', priority: 2 },
    { name: owner, debugName: 'element, view or validation', priority: 1 },
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
