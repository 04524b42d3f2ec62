/**
 * Tab order that follows the map: markers and clusters north to south, then west to east. Leaflet
 * appends icons as they are added; this moves them into the order given, touching only those
 * out of place.
 */
export function keepReadingOrder(
  pane: HTMLElement | undefined,
  icons: (HTMLElement | undefined)[],
): void {
  if (!pane) return;
  let cursor = pane.firstElementChild;
  for (const icon of icons) {
    if (!icon) continue;
    if (icon === cursor) cursor = cursor.nextElementSibling;
    else pane.insertBefore(icon, cursor);
  }
}

/**
 * Only what the visible map shows is in the tab order. Markers and clusters are drawn a little
 * beyond the edges (for smooth panning); while one's centre is outside the map's `size` it takes
 * tabindex -1, so Tab never reaches what a person cannot see. The list twin has every project.
 */
export function keepTabOrderVisible<T extends { button: HTMLElement }>(
  drawn: Iterable<T>,
  at: (item: T) => { x: number; y: number },
  size: { x: number; y: number },
): void {
  for (const item of drawn) {
    const { x, y } = at(item);
    if (x >= 0 && y >= 0 && x <= size.x && y <= size.y) item.button.removeAttribute('tabindex');
    else item.button.tabIndex = -1;
  }
}
