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
 */
import { posix } from 'node:path';

const relative = (from, file) => {
  const path = posix.relative(posix.dirname(from), file);
  return path.startsWith('.') ? path : `./${path}`;
};

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
      for (const chunk of chunks) {
        const has = closure(chunk.fileName);
        chunk.code = chunk.code.replace(
          /\bimport\((["'`])(\.{1,2}\/[^"'`]+)\1\)/g,
          (call, _quote, path) => {
            const target = posix.join(posix.dirname(chunk.fileName), path);
            const early = [...closure(target)].filter(
              (file) => file !== chunk.fileName && !has.has(file),
            );
            if (early.length === 0) return call;
            // A failure here shows in the import of the chunk itself, which its caller handles.
            const fetches = early.map(
              (file) => `import("${relative(chunk.fileName, file)}").catch(()=>0)`,
            );
            return `(${fetches.join(',')},${call})`;
          },
        );
        if (!chunk.isEntry) continue;
        const missing = [...has].filter((file) => !chunk.imports.includes(file));
        // On a line of its own: the file might end in a line comment.
        if (missing.length > 0) chunk.code += '\n';
        chunk.code += missing.map((file) => `import"${relative(chunk.fileName, file)}";`).join('');
      }
    },
  };
}
