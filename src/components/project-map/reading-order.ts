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
