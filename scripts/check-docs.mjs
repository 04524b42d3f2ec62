/**
 * `npm run check:docs` (also part of `npm run lint`): the tables of docs/embedding.md against the
 * element manifest (custom-elements.json, generated from the JSDoc of the element classes).
 *
 * For each element (section 4) it compares the attributes (its own table plus the table of
 * section 2, attributes every element has), the events, the CSS parts and the custom properties
 * (the "CSS parts: …" and "Custom properties: …" lines, where `-text` stands for
 * `--quartier-text`); section 6's theming table is compared with the custom properties of all
 * elements. It fails listing everything that is in the manifest but not in the docs, or in the
 * docs but not in the manifest.
 *
 * The manifest is generated afresh in memory (the analyzer the build runs, with the same
 * options), so the check needs no build; `--manifest <file>` uses an existing one instead.
 */
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const DOC = 'docs/embedding.md';

/**
 * Where the manifest is wrong because the JSDoc or code in src/ is: a name the manifest lacks
 * although the element has it (`in: 'docs'`), or lists although the element has no such thing
 * (`in: 'manifest'`). Each is reported on every run and does not fail the check; once src/ is
 * fixed, the check fails until the entry is removed here. `tag: '*'` means every element;
 * `'section 6'` the theming table.
 */
const KNOWN_SRC_PROBLEMS = [];

/**
 * The manifest of src/, as `npm run analyze` makes it, written nowhere: the analyzer's own
 * package.json update (its `customElements` field) is turned off by a config in a temp folder.
 */
async function generateManifest() {
  const folder = mkdtempSync(join(tmpdir(), 'quartier-cem-'));
  const config = join(folder, 'custom-elements-manifest.config.mjs');
  writeFileSync(config, 'export default { packagejson: false };\n');
  try {
    return await cli({
      argv: [
        'analyze',
        '--litelement',
        '--globs',
        'src/components/**/*.ts',
        '--exclude',
        'src/components/**/*.styles.ts',
        '--config',
        config,
        '--quiet',
      ],
      noWrite: true,
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** tag → { attribute, event, 'CSS part', 'custom property' } sets, from the manifest. */
function fromManifest(manifest) {
  const elements = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const names = (list) => new Set((list ?? []).map((item) => item.name));
      elements.set(declaration.tagName, {
        attribute: names(declaration.attributes),
        event: names(declaration.events),
        'CSS part': names(declaration.cssParts),
        'custom property': names(declaration.cssProperties),
      });
    }
  }
  return elements;
}

/** Backticked names at the start of each row of the Markdown tables whose first header is `header`. */
function tableNames(text, header) {
  const names = new Set();
  let inTable = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const first = line.split('|')[1].trim();
    if (first === header) inTable = true;
    else if (inTable && !/^-+$/.test(first)) {
      for (const [, name] of first.matchAll(/`([^`]+)`/g)) names.add(name);
    }
  }
  return names;
}

/**
 * Backticked names of the paragraph part after `label` ("CSS parts:"), up to the next label or the
 * end of the paragraph. Custom properties written `-text` after a `--quartier-…` are expanded.
 */
function listNames(text, label, stopLabels) {
  const names = new Set();
  for (const paragraph of text.split(/\n\s*\n/)) {
    const start = paragraph.indexOf(label);
    if (start < 0) continue;
    let part = paragraph.slice(start + label.length);
    for (const stop of stopLabels) {
      const end = part.indexOf(stop);
      if (end >= 0) part = part.slice(0, end);
    }
    for (const [, name] of part.matchAll(/`([^`]+)`/g)) {
      names.add(/^-[^-]/.test(name) ? `--quartier${name}` : name);
    }
  }
  return names;
}

/** The docs' sets per element, the attributes every element has, and section 6's properties. */
function fromDocs(markdown) {
  const sections = markdown.split(/^(?=#{2,3} )/m);
  const section = (pattern) => sections.find((text) => pattern.test(text.split('\n')[0])) ?? '';
  const elements = new Map();
  for (const text of sections) {
    const tag = /^### 4\.\d+ `<([a-z-]+)>`/.exec(text)?.[1];
    if (!tag) continue;
    elements.set(tag, {
      attribute: tableNames(text, 'attribute'),
      event: tableNames(text, 'event'),
      'CSS part': listNames(text, 'CSS parts:', ['Custom properties:']),
      'custom property': listNames(text, 'Custom properties:', ['CSS parts:']),
    });
  }
  const common = tableNames(section(/^## 2\. /), 'attribute');
  const theming = new Set(
    [...tableNames(section(/^## 6\. /), 'custom property')].filter((name) => name.startsWith('--')),
  );
  return { elements, common, theming };
}

/**
 * @param {object} manifest custom-elements.json
 * @param {string} markdown docs/embedding.md
 * @param {Array<{tag: string, kind: string, name: string, in: 'docs' | 'manifest'}>} [knownProblems]
 * @returns {{ problems: string[], known: string[] }} what fails the check, what is only reported
 */
export function check(manifest, markdown, knownProblems = KNOWN_SRC_PROBLEMS) {
  const inManifest = fromManifest(manifest);
  const docs = fromDocs(markdown);
  const problems = [];
  const known = [];
  const usedKnown = new Set();
  /** The entry of KNOWN_SRC_PROBLEMS for this difference, marked as seen. */
  const knownProblem = (tag, kind, name, side) => {
    const entry = knownProblems.find(
      (known) =>
        (known.tag === tag || (known.tag === '*' && tag.startsWith('quartier-'))) &&
        known.kind === kind &&
        known.name === name &&
        known.in === side,
    );
    if (entry) usedKnown.add(entry);
    return entry;
  };
  /** Reports the difference of two sets; `where` says which docs table or list. */
  const compare = (tag, kind, manifestSet, docSet, where) => {
    for (const name of manifestSet) {
      if (docSet.has(name)) continue;
      if (knownProblem(tag, kind, name, 'manifest')) {
        known.push(`${tag}: ${kind} \`${name}\` is in the manifest by mistake (fix in src/)`);
      } else {
        problems.push(`${tag}: ${kind} \`${name}\` is missing from ${where}`);
      }
    }
    for (const name of docSet) {
      if (manifestSet.has(name)) continue;
      if (knownProblem(tag, kind, name, 'docs')) {
        known.push(`${tag}: ${kind} \`${name}\` is documented, the JSDoc in src/ lacks it`);
      } else {
        problems.push(`${tag}: ${kind} \`${name}\` is in ${where} but not in the manifest`);
      }
    }
  };

  for (const tag of new Set([...inManifest.keys(), ...docs.elements.keys()])) {
    const fromCode = inManifest.get(tag);
    const fromDoc = docs.elements.get(tag);
    if (!fromCode) {
      problems.push(`${tag}: has a section in ${DOC} but is not in the manifest`);
      continue;
    }
    if (!fromDoc) {
      problems.push(`${tag}: is in the manifest but has no section "### 4.x \`<${tag}>\`"`);
      continue;
    }
    const section = `the ${tag} section`;
    compare(
      tag,
      'attribute',
      fromCode.attribute,
      new Set([...fromDoc.attribute, ...docs.common]),
      `${section}'s table and the table of section 2`,
    );
    compare(tag, 'event', fromCode.event, fromDoc.event, `${section}'s event table`);
    compare(
      tag,
      'CSS part',
      fromCode['CSS part'],
      fromDoc['CSS part'],
      `${section}'s "CSS parts:"`,
    );
    compare(
      tag,
      'custom property',
      fromCode['custom property'],
      fromDoc['custom property'],
      `${section}'s "Custom properties:"`,
    );
  }
  const allProperties = new Set(
    [...inManifest.values()].flatMap((element) => [...element['custom property']]),
  );
  compare('section 6', 'custom property', allProperties, docs.theming, `section 6's theming table`);

  for (const entry of knownProblems) {
    if (!usedKnown.has(entry)) {
      problems.push(
        `KNOWN_SRC_PROBLEMS in scripts/check-docs.mjs lists ${entry.tag} ${entry.kind} \`${entry.name}\`, ` +
          `which no longer differs: remove it`,
      );
    }
  }
  return { problems, known };
}

/** Runs the check as `node scripts/check-docs.mjs [--manifest <file>]`. */
async function main() {
  const args = process.argv.slice(2);
  const manifestFile = args.includes('--manifest') ? args[args.indexOf('--manifest') + 1] : null;
  const manifest = manifestFile
    ? JSON.parse(readFileSync(manifestFile, 'utf8'))
    : await generateManifest();
  const { problems, known } = check(manifest, readFileSync(DOC, 'utf8'));
  for (const line of known) console.log(`note: ${line}`);
  if (problems.length > 0) {
    console.error(`${DOC} does not match the element manifest:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(`${DOC}: attributes, events, CSS parts and custom properties match the manifest.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  await main();
