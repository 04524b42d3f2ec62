/**
 * A Vite plugin that removes the indentation and line breaks inside Lit's
 * html`` and css`` templates at build time (the library ships fewer bytes;
 * the templates mean the same). Whitespace is collapsed conservatively, to
 * one space, never removed between words, and empty attributes stay.
 *
 * The minifier is the one of @lit-labs/rollup-plugin-minify-html-literals
 * (html-minifier-next for HTML, Lightning CSS for CSS), called from this
 * plugin so that it sees only the library's own sources. CSS is written for
 * the browsers the build targets (es2022): nothing those browsers would read
 * differently, such as the text-decoration shorthand with a thickness, which
 * Safari ignores.
 *
 * The plugin fails the build when a template is left as it was written (a
 * line break followed by indentation at its start, which the minifier always
 * collapses): a minifier that no longer finds the templates, after an upgrade
 * or a syntax it cannot parse, cannot silently ship them unminified.
 */
import {
  defaultShouldMinify,
  minifyHTMLLiterals,
} from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

/** Lightning CSS targets: major << 16 | minor << 8, the first versions with all of es2022. */
const CSS_TARGETS = { chrome: 94 << 16, firefox: 93 << 16, safari: (16 << 16) | (4 << 8) };

const OPTIONS = {
  caseSensitive: true,
  collapseWhitespace: true,
  conservativeCollapse: true,
  removeComments: true,
  removeAttributeQuotes: false,
  removeEmptyAttributes: false,
  minifyCSS: { targets: CSS_TARGETS },
};

/**
 * The default strategy, except that svg`` templates keep the slash of `<path />`: Lit parses them
 * as SVG, where an element without it stays open and the next one becomes its child (and is not
 * drawn). html`` templates do without (fewer bytes, same meaning).
 */
function svgAwareStrategy() {
  const svgParts = new WeakSet();
  const svgMarkup = new Set();
  const strategy = {
    ...defaultStrategy,
    combineHTMLStrings(parts, placeholder) {
      const markup = defaultStrategy.combineHTMLStrings(parts, placeholder);
      if (svgParts.has(parts)) svgMarkup.add(markup);
      return markup;
    },
    minifyHTML(markup, options) {
      const svg = svgMarkup.has(markup);
      return defaultStrategy.minifyHTML(
        markup,
        svg ? { ...options, keepClosingSlash: true } : options,
      );
    },
  };
  const shouldMinify = (template) => {
    if (/svg/i.test(template.tag ?? '')) svgParts.add(template.parts);
    return defaultShouldMinify(template);
  };
  return { strategy, shouldMinify };
}

/** The start of a tagged template up to its end or first expression. */
const TEMPLATE_START = /\b(html|css|svg)`([^`$\\]*)/g;

/**
 * Templates in `code` (JavaScript after minification) whose start still has a line break with
 * indentation, as written in the source.
 * @param {string} code
 * @returns {string[]} the start of each such template
 */
export function unminifiedTemplates(code) {
  return [...code.matchAll(TEMPLATE_START)]
    .filter((match) => /\n[ \t]/.test(match[2]))
    .map((match) => `${match[1]}\`${match[2].trim().slice(0, 40)}`);
}

/**
 * Minifies the templates of one module.
 * @param {string} code JavaScript or TypeScript with html``, css`` or svg`` templates
 * @param {string} id the module's file name
 * @param {typeof minifyHTMLLiterals} [minify] the minifier (the tests pass others)
 * @returns {Promise<{ code: string, map: object } | undefined>} undefined when there is nothing
 *   to minify
 * @throws {Error} when a template is left unminified
 */
export async function minifyTemplateSource(code, id, minify = minifyHTMLLiterals) {
  const result = await minify(code, {
    fileName: id,
    minifyOptions: OPTIONS,
    ...svgAwareStrategy(),
  });
  const left = unminifiedTemplates(result?.code ?? code);
  if (left.length > 0) {
    throw new Error(
      `quartier-minify-templates: ${left.length} template(s) in ${id} were not minified ` +
        `(${left.join('; ')}). Did the minifier stop recognising them? Check scripts/minify-templates.mjs.`,
    );
  }
  return result ? { code: result.code, map: result.map } : undefined;
}

export function minifyTemplates() {
  return {
    name: 'quartier-minify-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.(ts|js)$/.test(id) || !/\b(html|css|svg)`/.test(code)) return undefined;
      return minifyTemplateSource(code, id);
    },
  };
}
