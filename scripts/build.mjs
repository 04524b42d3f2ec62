/** `npm run build`: the ES build, the classic script, type declarations and the element manifest. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('node_modules/.bin/vite', 'build', '--logLevel', 'warn');
run('node_modules/.bin/vite', 'build', '--mode', 'iife', '--logLevel', 'warn');
run('node_modules/.bin/tsc', '-p', 'tsconfig.build.json');
run(
  'node_modules/.bin/cem',
  'analyze',
  '--litelement',
  '--globs',
  'src/components/**/*.ts',
  '--exclude',
  'src/components/**/*.styles.ts',
  '--outdir',
  'dist',
  '--quiet',
);

// The optional host-page stylesheet (SPEC §1): plain CSS, copied as it is.
copyFileSync('src/styles/quartier-widgets.css', 'dist/quartier-widgets.css');

const expected = [
  'dist/quartier-widgets.css',
  'dist/quartier-widgets.js',
  'dist/quartier-widgets.iife.js',
  'dist/custom-elements.json',
  'dist/quartier-data.schema.json',
  'dist/types/index.d.ts',
];
const missing = expected.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`Build incomplete, missing: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`Build complete: ${expected.join(', ')}`);
