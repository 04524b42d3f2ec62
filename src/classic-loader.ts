/**
 * The classic script (`dist/quartier-widgets.iife.js`), for CMSs that cannot add
 * `type="module"`: a small loader, no Lit inside. It imports the module build beside it
 * (`quartier-widgets.js` in the same folder, resolved from this script's own address, so it
 * works from any folder or CDN; a query such as `?ver=1.2.3` is carried over, so a page that
 * also has the module tag with the same query loads the entry once). The module defines the
 * tags; until it has run, the elements' fallback children stay visible, and they stay if the
 * module cannot be loaded (no module support, blocked, 404).
 *
 * The global `QuartierWidgets` is filled when the module has arrived with its exports
 * (`VERSION`, `getChannel`, the element classes); `QuartierWidgets.ready` resolves with that
 * object then, and rejects if the module could not be loaded (after one `console.warn`).
 * Loaded twice, beside the module build, or as two versions: the first global wins, each copy
 * imports its own module after the copies before it have settled (the same address is one
 * module; another version then defines nothing and warns once, as the module does) and
 * nothing throws.
 *
 * It may import nothing of ours but the version (eslint.config.js): anything else would bring
 * a second copy of the library's code into the page.
 */
import { VERSION } from './model/version.js';

interface Global extends Record<string, unknown> {
  ready: Promise<Global>;
}

/** The last import of any copy of this loader on the page, settled either way. */
const QUEUE = Symbol.for('quartier-widgets:classic-loader');
const scope = globalThis as unknown as { QuartierWidgets?: Global; [QUEUE]?: Promise<unknown> };
// currentScript is null only when something else runs this file (a tag manager, a bundle).
const script = (document.currentScript ??
  document.querySelector('script[src*="quartier-widgets.iife"]')) as HTMLScriptElement | null;
const here = script?.src || location.href;
const url = new URL('quartier-widgets.js', here);
url.search = new URL(here).search;

// One copy after the other, in the order of their script tags, so the first one's module
// defines the tags even when another version's files would arrive sooner.
const imported = (scope[QUEUE] ?? Promise.resolve())
  .then(() => import(/* @vite-ignore */ url.href))
  .catch((error: unknown) => {
    console.warn(
      `quartier-widgets: ${url.href} konnte nicht geladen werden; die Inhalte in den Elementen bleiben sichtbar.`,
      error,
    );
    throw error;
  });
// A page that never asks for `ready` gets no "uncaught (in promise)" error from a failure.
scope[QUEUE] = imported.catch(() => undefined);
// The first copy on the page owns the global; a later one only makes its module run.
if (!scope.QuartierWidgets) {
  const global = (scope.QuartierWidgets = { VERSION } as unknown as Global);
  global.ready = imported.then((module: Record<string, unknown>) => Object.assign(global, module));
  global.ready.catch(() => undefined);
}
