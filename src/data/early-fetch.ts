/**
 * Starts fetching the data sources named in the page while the widgets' own
 * code is still being compiled and run, which on a slow phone is the longer
 * wait. Evaluated first (see index.ts); the elements later ask the loader for
 * the same URLs and find the requests under way. Sources that depend on what
 * an element shows (`{start}`/`{end}`) are left to the element. The build
 * keeps this module in a chunk of its own, imported first, so it runs before
 * the elements' code rather than after it.
 */
import { splitList } from './split-list.js';
import { loadSourceNow } from './loader.js';
import { hasRangePlaceholder } from './urls.js';

const TAGS = [
  'quartier-event-calendar',
  'quartier-topic-filter',
  'quartier-project-map',
  'quartier-idea-form',
];

/** Starts the requests; the promises settle when each source is loaded and checked, or failed. */
export function fetchEarly(root: ParentNode = document): Promise<unknown>[] {
  const urls = new Set<string>();
  const requests: Promise<unknown>[] = [];
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
    // Failures are the element's to show; here nobody listens.
    requests.push(loadSourceNow(href).catch(() => undefined));
  }
  return requests;
}

/** The page's requests, started when this module runs. */
export const earlyRequests = typeof document !== 'undefined' ? fetchEarly() : [];
