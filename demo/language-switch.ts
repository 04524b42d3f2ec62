/**
 * The demo page's language switcher: the `<select>` in the header sets `lang` (and `dir="rtl"`
 * for Arabic and Farsi) on `<html>`, as a host page in that language would, and keeps the choice
 * in the address (`?lang=ar`) so a link opens the demo in a language. The widgets have no
 * switcher of their own: they read the language from the page. The page's own text stays German
 * and is marked `lang="de"` in index.html.
 */

/** The page's language without a `?lang=`: German, as in index.html. */
const PAGE_LANG = 'de';
const RIGHT_TO_LEFT = new Set(['ar', 'fa']);

/** Sets the language and writing direction on `root` and tells the widgets to render again. */
export function applyLanguage(root: HTMLElement, lang: string): void {
  root.lang = lang;
  root.dir = RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr';
  // The widgets read their ancestors' `lang` when they render; they do not watch it.
  for (const widget of root.querySelectorAll<HTMLElement & { requestUpdate?: () => void }>('*')) {
    if (widget.localName.startsWith('quartier-')) widget.requestUpdate?.();
  }
}

/** `href` with `?lang=` set to `lang`, or without it for the page's own language. */
export function withLanguage(href: string, lang: string): string {
  const url = new URL(href);
  if (lang === PAGE_LANG) url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  // Commas stay readable, as the topic filter writes them.
  return url.href.replace(/%2C/gi, ',');
}

/**
 * Wires `select` to `root`: the language from the address (one the select offers, else German)
 * is applied at once; a choice applies, is written to the address and survives back/forward.
 */
export function connectLanguageSwitch(
  select: HTMLSelectElement,
  root: HTMLElement = document.documentElement,
): () => void {
  const offered = (lang: string | null): string =>
    [...select.options].some((option) => option.value === lang) ? (lang as string) : PAGE_LANG;
  const fromUrl = () => offered(new URL(location.href).searchParams.get('lang'));
  const show = (lang: string) => {
    select.value = lang;
    applyLanguage(root, lang);
  };
  const onChange = () => {
    const lang = offered(select.value);
    applyLanguage(root, lang);
    history.replaceState(history.state, '', withLanguage(location.href, lang));
  };
  const onPopState = () => show(fromUrl());
  show(fromUrl());
  select.addEventListener('change', onChange);
  window.addEventListener('popstate', onPopState);
  return () => {
    select.removeEventListener('change', onChange);
    window.removeEventListener('popstate', onPopState);
  };
}

const select = document.querySelector<HTMLSelectElement>('#sprache');
if (select) connectLanguageSwitch(select);
