/**
 * Calls back once when an element comes within one screen of the viewport: an element's view is
 * fetched when it is about to be seen, so a page with a map far below fetches the map's code only
 * when a person scrolls towards it. An element that is not rendered (`display: none`, a closed
 * tab) never comes near and waits until it is shown.
 */
const waiting = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | undefined;

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
  if (typeof IntersectionObserver === 'undefined') {
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
