/**
 * Gestures that belong to the page, not the map: without Ctrl (⌘) the wheel scrolls the page,
 * and one finger on touch scrolls it too (the map pans with two). Both show a hint instead.
 * Listening in the capture phase on the map's node stops the wheel before Leaflet sees it.
 */
export function gateGestures(
  host: HTMLElement,
  dragging: () => boolean,
  hint: (kind: 'wheel' | 'touch') => void,
): void {
  host.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey || event.metaKey) return;
      event.stopPropagation();
      hint('wheel');
    },
    { capture: true, passive: true },
  );
  host.addEventListener(
    'touchmove',
    (event) => {
      if (event.touches.length === 1 && !dragging()) hint('touch');
    },
    { capture: true, passive: true },
  );
}
