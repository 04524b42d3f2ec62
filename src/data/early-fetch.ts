/**
 * Starts fetching the data sources named in the page while the widgets' own
 * code is still being compiled and run, which on a slow phone is the longer
 * wait. The elements later ask the loader for the same URLs and take the
 * answers over. Sources that depend on what an element shows
 * (`{start}`/`{end}`) are left to the element. The script-tag entry imports
 * it first, and the build gives it a chunk of its own (vite.config.ts), so it
 * runs before the widgets' code.
 */
import { splitList } from '../model/split-list.js';
import { requestSourceNow } from './loader.js';
import { hasRangePlaceholder } from './urls.js';

const TAGS = [
  'quartier-event-calendar',
  'quartier-topic-filter',
  'quartier-project-map',
  'quartier-idea-form',
];

export function fetchEarly(root: ParentNode = document): void {
  const urls = new Set<string>();
  for (const element of root.querySelectorAll(TAGS.map((tag) => `${tag}[src]`).join())) {
    for (const url of splitList(element.getAttribute('src'))) {
      if (!hasRangePlaceholder(url)) urls.add(url);
    }
  }
  for (const url of urls) {
    let href: string;
    try {
      href = new URL(url, document.baseURI).href;
    } catch {
      continue; // the element reports a bad address itself
    }
    requestSourceNow(href);
  }
}

if (typeof document !== 'undefined') fetchEarly();
