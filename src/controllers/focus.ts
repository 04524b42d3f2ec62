/**
 * Moving focus without ever losing it to the page (`<body>`): when the
 * control that had focus is gone, focus goes to a sensible place nearby —
 * the heading of the content that replaced it, else its first control.
 */

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const HEADING = '[role="heading"], h1, h2, h3, h4, h5, h6';

/** The focused element, looking into shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether focus is on nothing in particular (the page itself). */
export const focusIsLost = (): boolean => {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
};

/** A visible element inside `scope` that can take focus: its first heading (made focusable), else its first control. */
export function fallbackTarget(scope: ParentNode): HTMLElement | undefined {
  const visible = (element: HTMLElement) => element.getClientRects().length > 0;
  const heading = [...scope.querySelectorAll<HTMLElement>(HEADING)].find(visible);
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    return heading;
  }
  return [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)].find(visible);
}

/**
 * Focuses the first of `candidates` that is still in the document; if none
 * is, a fallback inside `scope`. Returns what got focus.
 */
export function focusSafely(
  scope: ParentNode,
  ...candidates: (HTMLElement | null | undefined)[]
): HTMLElement | undefined {
  for (const candidate of candidates) {
    if (!candidate?.isConnected) continue;
    candidate.focus();
    if (deepActiveElement() === candidate) return candidate;
  }
  const fallback = fallbackTarget(scope);
  fallback?.focus();
  return fallback;
}
