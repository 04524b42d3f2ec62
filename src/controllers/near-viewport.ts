/**
 * Calls back once when an element comes within one screen of the viewport: an element's view is
 * fetched when it is about to be seen, so a page with a map far below fetches the map's code only
 * when a person scrolls towards it. An element that is not rendered (`display: none`, a closed
 * tab) never comes near and waits until it is shown.
 */
const waiting = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | undefined;
/** Elements of the page's HTML that were near the viewport when the library's script first ran. */
const nearAtStart = new WeakSet<Element>();

/**
 * Notes which of these elements are within a screen of the viewport now. The script-tag entry
 * calls it once, before any element is defined, when the page's layout is usually done already:
 * those elements fetch their views at once instead of waiting for the observer's first report,
 * which comes only after the next frame (on a slow phone, after the core has run).
 */
export function noteNearViewport(elements: Iterable<Element>): void {
  const screen = window.innerHeight;
  for (const element of elements) {
    // No boxes: not rendered (`display: none`, a closed part); an empty inline element has one.
    if (element.getClientRects().length === 0) continue;
    const box = element.getBoundingClientRect();
    if (box.bottom >= -screen && box.top <= 2 * screen) nearAtStart.add(element);
  }
}

function observe(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const callback = waiting.get(entry.target);
        stopWatching(entry.target);
        callback?.();
      }
    },
    // A screen above and below: the view has arrived by the time the element scrolls into sight.
    { rootMargin: '100% 0px' },
  );
  return observer;
}

export function whenNearViewport(element: Element, callback: () => void): void {
  if (nearAtStart.has(element) || typeof IntersectionObserver === 'undefined') {
    nearAtStart.delete(element);
    callback();
    return;
  }
  waiting.set(element, callback);
  observe().observe(element);
}

export function stopWatching(element: Element): void {
  waiting.delete(element);
  observer?.unobserve(element);
}
