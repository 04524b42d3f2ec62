/**
 * A Vite plugin that removes the indentation and line breaks inside Lit's
 * html`` and css`` templates at build time (the library ships fewer bytes;
 * the templates mean the same). Whitespace is collapsed conservatively, to
 * one space, never removed between words, and empty attributes stay.
 */
import { minifyHTMLLiterals } from 'minify-html-literals';

const OPTIONS = {
  caseSensitive: true,
  collapseWhitespace: true,
  conservativeCollapse: true,
  removeComments: true,
  removeAttributeQuotes: false,
  removeEmptyAttributes: false,
  minifyCSS: true,
};

export function minifyTemplates() {
  return {
    name: 'quartier-minify-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.(ts|js)$/.test(id) || !/\b(html|css|svg)`/.test(code)) return undefined;
      const result = minifyHTMLLiterals(code, { fileName: id, minifyOptions: OPTIONS });
      return result ? { code: result.code, map: result.map } : undefined;
    },
  };
}
