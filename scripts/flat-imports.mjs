/**
 * A Rollup/Vite plugin that removes round trips from module loading. Browsers
 * fetch a module's imports only after parsing it, so a chain entry → element →
 * shared helper costs one round trip per level.
 *
 * - Every entry file names all the chunks it needs, not just its direct
 *   imports; all are fetched at once. The extra imports go at the end of the
 *   file, where they change nothing about the order in which modules run
 *   (each has already run through the original imports).
 * - Every `import()` of a lazy chunk also starts fetching that chunk's own
 *   imports which the importer does not already have, so the iCalendar parser
 *   or the validation arrives in one wave, not two.
 *
 * The plugin fails the build when the code no longer looks as expected: an
 * `import()` of a lazy chunk (as Rollup lists it in `dynamicImports`) that the
 * pattern below does not find, or no rewrite at all although a lazy chunk has
 * imports its importer lacks. A bundler upgrade that prints `import()`
 * differently cannot silently bring the second wave back.
 */
import { posix } from 'node:path';

const relative = (from, file) => {
  const path = posix.relative(posix.dirname(from), file);
  return path.startsWith('.') ? path : `./${path}`;
};

/** `import("./chunk.js")` as Rollup prints it for a lazy chunk: a relative path in quotes. */
export const DYNAMIC_IMPORT = /\bimport\((["'`])(\.{1,2}\/[^"'`]+)\1\)/g;

export function flatImports() {
  return {
    name: 'quartier-flat-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      const closure = (fileName, seen = new Set()) => {
        for (const imported of bundle[fileName]?.imports ?? []) {
          if (seen.has(imported)) continue;
          seen.add(imported);
          closure(imported, seen);
        }
        return seen;
      };
      const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
      const problems = [];
      let rewritten = 0;
      for (const chunk of chunks) {
        const has = closure(chunk.fileName);
        const found = new Set();
        chunk.code = chunk.code.replace(DYNAMIC_IMPORT, (call, _quote, path) => {
          const target = posix.join(posix.dirname(chunk.fileName), path);
          found.add(target);
          const early = [...closure(target)].filter(
            (file) => file !== chunk.fileName && !has.has(file),
          );
          if (early.length === 0) return call;
          rewritten++;
          // A failure here shows in the import of the chunk itself, which its caller handles.
          const fetches = early.map(
            (file) => `import("${relative(chunk.fileName, file)}").catch(()=>0)`,
          );
          return `(${fetches.join(',')},${call})`;
        });
        // Every lazy chunk of this bundle that the chunk imports must have been seen above.
        for (const target of chunk.dynamicImports ?? []) {
          if (bundle[target]?.type === 'chunk' && !found.has(target)) {
            problems.push(
              `${chunk.fileName} imports ${target} with import(), but no \`import("./…")\` call for it was found`,
            );
          }
        }
        if (!chunk.isEntry) continue;
        const missing = [...has].filter((file) => !chunk.imports.includes(file));
        // On a line of its own: the file might end in a line comment.
        if (missing.length > 0) chunk.code += '\n';
        chunk.code += missing.map((file) => `import"${relative(chunk.fileName, file)}";`).join('');
      }
      // Lazy chunks importing what no entry loads: their import() calls must have been rewritten.
      const loaded = new Set(
        chunks
          .filter((chunk) => chunk.isEntry)
          .flatMap((chunk) => [chunk.fileName, ...closure(chunk.fileName)]),
      );
      const needy = chunks.filter(
        (chunk) => chunk.isDynamicEntry && chunk.imports.some((file) => !loaded.has(file)),
      );
      if (needy.length > 0 && rewritten === 0) {
        problems.push(
          `no import() was rewritten, although lazy chunks import chunks no entry loads (${needy.map((chunk) => chunk.fileName).join(', ')})`,
        );
      }
      if (problems.length > 0) {
        throw new Error(
          `quartier-flat-imports: the output no longer looks as expected (did the bundler change how it prints import()?):\n` +
            problems.map((problem) => `  - ${problem}`).join('\n') +
            `\nCheck DYNAMIC_IMPORT in scripts/flat-imports.mjs.`,
        );
      }
    },
  };
}
