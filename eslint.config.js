import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first (docs: STYLE.md, "The shape to grow into").
 * An import only ever points down, or sideways within a layer; no-cycle keeps
 * sideways imports from going round. The define entries of the elements
 * (components/<name>/define.ts) belong to the entries, with src/define.ts.
 */
const LAYERS = [
  { name: 'model', files: ['src/model/**'] },
  { name: 'registry', files: ['src/registry/**'] },
  { name: 'data, calendar', files: ['src/data/**', 'src/calendar/**'] },
  { name: 'state, i18n', files: ['src/state/**', 'src/i18n/**'] },
  { name: 'styles', files: ['src/styles/**'] },
  { name: 'controllers', files: ['src/controllers/**'] },
  { name: 'components', files: ['src/components/**/!(define).ts'] },
  { name: 'entries', files: ['src/{index,define}.ts', 'src/components/*/define.ts'] },
];

const layerZones = LAYERS.slice(0, -1).map((layer, i) => ({
  target: layer.files,
  from: LAYERS.slice(i + 1).flatMap((higher) => higher.files),
  message: `${layer.name} may import only from its own or lower layers (eslint.config.js, LAYERS).`,
}));

/**
 * The classic script (src/classic-loader.ts) is a small loader of the ES build: anything of ours
 * it imported, other than the version, would be a second copy of the library's code in the page.
 */
layerZones.push({
  target: 'src/classic-loader.ts',
  from: 'src',
  except: ['./model/version.ts'],
  message: 'The classic loader may import only model/version.ts: it loads the ES build instead.',
});

/**
 * The TypeScript parser, with every import and re-export read as a value
 * import. import-x/no-cycle skips type-only imports and has no option to
 * count them; a cycle of types is still a cycle between layers. Used for src/
 * only, where the scope analysis is done before this runs.
 */
const parserCountingTypeImports = {
  meta: { name: 'typescript-eslint/parser, type imports counted' },
  parseForESLint(code, options) {
    const result = tseslint.parser.parseForESLint(code, options);
    for (const node of result.ast.body) {
      if (node.type === 'ImportDeclaration') {
        node.importKind = 'value';
        for (const specifier of node.specifiers) {
          if ('importKind' in specifier) specifier.importKind = 'value';
        }
      } else if (
        (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') &&
        node.source
      ) {
        node.exportKind = 'value';
        for (const specifier of node.specifiers ?? []) specifier.exportKind = 'value';
      }
    }
    return result;
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', '.data/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'No innerHTML: data must never reach an HTML sink.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No insertAdjacentHTML: data must never reach an HTML sink.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,js}'],
    languageOptions: { parser: parserCountingTypeImports },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: layerZones },
      ],
    },
  },
  {
    // Chai assertions such as `expect(x).to.be.true` are expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'test/server/**/*.mjs',
      'test/node/**/*.mjs',
      '*.config.{js,mjs,ts}',
      'demo/**/*.{js,mjs,ts}',
      'server/**/*.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Functions passed to page.evaluate() run in the browser.
    files: ['scripts/e2e.mjs', 'scripts/bench*.mjs', 'scripts/screenshot.mjs', 'bench/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
