/**
 * The layers of src/ are enforced by lint (eslint.config.js): an import that
 * points up, or two modules that import each other, fail `npm run lint`.
 * These tests lint small pieces of code as if they were files in src/.
 */
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });
const LAYER_RULES = new Set(['import-x/no-restricted-paths', 'import-x/no-cycle']);

/** The layer and cycle errors ESLint reports for `code` at `file` (relative to the repository). */
async function layerErrors(file, code) {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return result.messages.filter((m) => m.severity === 2 && LAYER_RULES.has(m.ruleId));
}

describe('layers of src/', () => {
  it('refuses model/ importing from components/', async () => {
    const errors = await layerErrors(
      'src/model/upward.ts',
      "import { QuartierElement } from '../components/shared/quartier-element.js';\n" +
        'export const element = QuartierElement;\n',
    );
    assert.deepEqual(
      errors.map((e) => e.ruleId),
      ['import-x/no-restricted-paths'],
    );
  });

  it('refuses data/ importing from controllers/, even for a type', async () => {
    const errors = await layerErrors(
      'src/data/upward.ts',
      "import type { DataController } from '../controllers/data-controller.js';\n" +
        'export type Controller = DataController;\n',
    );
    assert.deepEqual(
      errors.map((e) => e.ruleId),
      ['import-x/no-restricted-paths'],
    );
  });

  it('allows an import that points down, and one sideways within a layer', async () => {
    const down = await layerErrors(
      'src/components/downward.ts',
      "import { isoDay } from '../model/dates.js';\nexport const day = isoDay;\n",
    );
    assert.deepEqual(down, []);
    const sideways = await layerErrors(
      'src/data/sideways.ts',
      "import { isKnownZone } from '../calendar/zone.js';\nexport const known = isKnownZone;\n",
    );
    assert.deepEqual(sideways, []);
  });

  describe('cycles', () => {
    const stamp = `${process.pid}-${Date.now()}`;
    const a = `src/model/zz-cycle-a-${stamp}.ts`;
    const b = `src/model/zz-cycle-b-${stamp}.ts`;
    const name = (file) => `./${file.split('/').pop().replace(/\.ts$/, '.js')}`;
    after(() =>
      Promise.all([rm(`${root}${a}`, { force: true }), rm(`${root}${b}`, { force: true })]),
    );

    it('refuses two modules that import each other', async () => {
      await writeFile(
        `${root}${a}`,
        `import { b } from '${name(b)}';\nexport const a = () => b;\n`,
      );
      await writeFile(
        `${root}${b}`,
        `import { a } from '${name(a)}';\nexport const b = () => a;\n`,
      );
      const [result] = await eslint.lintFiles([`${root}${a}`]);
      assert.ok(result.messages.some((m) => m.ruleId === 'import-x/no-cycle' && m.severity === 2));
    });

    it('counts imports of types only, too', async () => {
      await writeFile(
        `${root}${a}`,
        `import type { B } from '${name(b)}';\nexport interface A {\n  b?: B;\n}\n`,
      );
      await writeFile(
        `${root}${b}`,
        `import type { A } from '${name(a)}';\nexport interface B {\n  a?: A;\n}\n`,
      );
      const [result] = await eslint.lintFiles([`${root}${a}`]);
      assert.ok(result.messages.some((m) => m.ruleId === 'import-x/no-cycle' && m.severity === 2));
    });
  });

  it('holds for src/ as it is', async () => {
    const results = await eslint.lintFiles(['src/']);
    const errors = results.flatMap((r) =>
      r.messages
        .filter((m) => LAYER_RULES.has(m.ruleId))
        .map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    assert.deepEqual(errors, []);
  });
});
