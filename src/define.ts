/**
 * Guarded registration. Pages load the script twice more often than one would
 * think (a CMS module and a theme both embed it): the first definition of a
 * tag wins, a different version says so once, the same version stays silent.
 */
import { de } from './i18n/messages/de.js';
import { pageRegistry } from './registry/page-registry.js';
import { VERSION } from './model/version.js';

export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as
    (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  const theirs = existing.version ?? 'unbekannt';
  const key = `version:${theirs}:${VERSION}`;
  if (theirs === VERSION || pageRegistry().warned.has(key)) return;
  pageRegistry().warned.add(key);
  console.warn(de.versionMismatch(tag, theirs, VERSION));
}
