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
 * The chunks of the build, each named after the modules it starts from. An element's definition
 * (properties, shared controllers, public methods, skeleton) is small and every page with the
 * script-tag entry needs all four, so they are part of the core; its view (templates, styles,
 * what a person's action does) is fetched only when such an element is shown (define.ts).
 */
const VALIDATION = 'validation';

const CHUNK_ROOTS: Record<string, string[]> = {
  // The registration every define entry shares, and the four definitions.
  core: [
    'src/define.ts',
    'src/components/event-calendar/event-calendar.ts',
    'src/components/topic-filter/topic-filter.ts',
    'src/components/project-map/project-map.ts',
    'src/components/idea-form/idea-form.ts',
  ],
  'event-calendar-view': ['src/components/event-calendar/event-calendar.view.ts'],
  'topic-filter-view': ['src/components/topic-filter/topic-filter.view.ts'],
  'project-map-view': ['src/components/project-map/project-map.view.ts'],
  'idea-form-view': ['src/components/idea-form/idea-form.view.ts'],
  [VALIDATION]: ['src/data/parse.ts'],
  // The page's data requests, sent by the script-tag entry before the widgets' code runs; a
  // chunk of their own, so the class entries stay free of side effects.
  'early-fetch': ['src/data/early-fetch.ts'],
};

const VIEW = '-view';
/** Marks a part a view fetches later with `import()` (the map's details, the calendar's dialogs). */
const LATER = '~later';

/**
 * Where a module used from several roots goes. A view's later parts count as that view (it is
 * always there first): used by one view only, to its chunk; used only by views (or their later
 * parts), to the views' shared chunk, so no view fetches another's; by views and the validation
 * (valibot, the rule parser), to the validation; anything else to `core`. A module that only
 * later parts use is left to the bundler (it goes with them).
 */
function sharedOwner(names: Set<string>): string | null {
  if ([...names].every((name) => name.endsWith(LATER))) return null;
  const roots = new Set([...names].map((name) => name.replace(LATER, '')));
  if (roots.size === 1) return [...roots][0];
  const others = [...roots].filter((name) => name !== VALIDATION);
  if (!others.every((name) => name.endsWith(VIEW))) return 'core';
  // Every page with data fetches the validation before its views show any.
  return roots.has(VALIDATION) ? VALIDATION : 'views';
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
    return names ? sharedOwner(names) : null;
  };
  const plugin: Plugin = {
    name: 'quartier-few-chunks',
    apply: 'build',
    buildEnd(error) {
      owners.clear();
      if (error) return;
      /** What it imports with `import()`: [importer, imported]. */
      type Later = [string, string];
      /** Marks what `start` imports statically as `name`'s; returns what it imports with `import()`. */
      const mark = (start: string[], name: string): Later[] => {
        const later: Later[] = [];
        const todo = [...start];
        for (let next = todo.pop(); next; next = todo.pop()) {
          const names = owners.get(next) ?? new Set();
          if (names.has(name)) continue;
          owners.set(next, names.add(name));
          const info = this.getModuleInfo(next);
          todo.push(...(info?.importedIds ?? []));
          for (const part of info?.dynamicallyImportedIds ?? []) later.push([next, part]);
        }
        return later;
      };
      const later: [...Later, string][] = [];
      for (const [name, roots] of Object.entries(CHUNK_ROOTS)) {
        const ids = roots.map((root) => normalizePath(resolve(root)));
        // A root renamed or no longer imported would silently leave its chunk to the bundler.
        for (const id of ids) {
          if (!this.getModuleInfo(id)) {
            this.error(
              `quartier-few-chunks: ${id} (a root of the "${name}" chunk) is not part of ` +
                `the build. Update CHUNK_ROOTS in vite.config.ts.`,
            );
          }
        }
        const parts = mark(ids, name);
        if (name.endsWith(VIEW))
          later.push(...parts.map(([from, part]): [...Later, string] => [from, part, name]));
      }
      // Then a view's later parts, and theirs in turn, count as the view's (see sharedOwner): those
      // its own modules import, not those of the core it uses (a language's texts).
      for (let next = later.pop(); next; next = later.pop()) {
        const [from, part, view] = next;
        const own = sharedOwner(owners.get(from)!)?.replace(LATER, '') === view;
        if (!own || owners.has(part)) continue;
        later.push(...mark([part], view + LATER).map(([f, p]): [...Later, string] => [f, p, view]));
      }
    },
  };
  const groups = [
    { name: 'core', test: (id: string) => owner(id) === 'core', priority: 2 },
    // Groups of their own: left to the name function, modules shared with a view went into that
    // view's chunk, which the others then imported (a map page fetched the calendar's view).
    { name: 'views', test: (id: string) => owner(id) === 'views', priority: 2 },
    { name: VALIDATION, test: (id: string) => owner(id) === VALIDATION, priority: 2 },
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
