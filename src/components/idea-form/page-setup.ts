/** What the page must give the form: an `action` to send to and a `privacy-url`. */
import { safeLinkUrl } from '../../data/urls.js';
import { pageRegistry } from '../../registry/page-registry.js';

/** The `action` as an absolute http(s) URL; undefined when it is missing or not one. */
export function actionUrlOf(action: string): string | undefined {
  if (!action) return undefined;
  try {
    const url = new URL(action, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A missing `action` or `privacy-url` is the page's mistake: say so once, for the webmaster. */
export function warnIfIncomplete(action: string, privacyUrl: string): void {
  const missing = [
    action ? '' : 'action',
    safeLinkUrl(privacyUrl, document.baseURI) ? '' : 'privacy-url',
  ].filter(Boolean);
  if (missing.length === 0) return;
  const key = `idea-form:missing:${missing.join(',')}`;
  if (pageRegistry().warned.has(key)) return;
  pageRegistry().warned.add(key);
  console.warn(
    `quartier-widgets: <quartier-idea-form> braucht ${missing.map((name) => `„${name}“`).join(' und ')}.`,
  );
}
