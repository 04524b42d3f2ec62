/**
 * What an element's view module gives its definition. The definition renders through it once it
 * is attached: at once (the class entries) or when the element is shown (the define entries fetch
 * it with `viewFrom`, QuartierElement and controllers/view-controller.ts).
 */
import type { CSSResultGroup, nothing, TemplateResult } from 'lit';

export interface ElementView<E> {
  /** The view's styles, added to every instance's shadow root after the definition's own. */
  readonly styles?: CSSResultGroup;
  /**
   * Gives one element what only the view needs (the element's own controllers), once, before the
   * element first renders with the view: so a page without such an element never fetches them.
   */
  setup?(element: E): void;
  /** Everything the element shows. */
  render(element: E): TemplateResult | typeof nothing;
}
