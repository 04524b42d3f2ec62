/**
 * A Rollup/Vite plugin: every entry file names all the chunks it needs, not
 * just its direct imports. Browsers fetch a module's imports only after
 * parsing it, so a chain entry → element → shared helper costs one round trip
 * per level; listed in the entry, all are fetched at once. The extra imports
 * go at the end of the file, where they change nothing about the order in
 * which modules run (each has already run through the original imports).
 */
import { posix } from 'node:path';

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
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const missing = [...closure(chunk.fileName)].filter(
          (file) => !chunk.imports.includes(file),
        );
        const from = posix.dirname(chunk.fileName);
        // On a line of its own: the file might end in a line comment.
        if (missing.length > 0) chunk.code += '\n';
        chunk.code += missing
          .map((file) => {
            const path = posix.relative(from, file);
            return `import"${path.startsWith('.') ? path : `./${path}`}";`;
          })
          .join('');
      }
    },
  };
}
