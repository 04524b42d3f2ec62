/**
 * Sets CSS custom properties through CSSOM. A strict CSP (`style-src 'self'`) blocks style
 * attributes and the first render of Lit's `styleMap`, but not `style.setProperty`, which is
 * how data colours reach markers, list symbols and the legend.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Vars = Record<`--${string}`, string>;

class CssVarsDirective extends Directive {
  private previous: Vars = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssVars() belongs on an element.');
  }

  render(_vars: Vars): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [vars]: [Vars]): typeof nothing {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const [name, value] of Object.entries(vars) as [keyof Vars, string][]) {
      if (this.previous[name] !== value) style.setProperty(name, value);
    }
    this.previous = vars;
    return nothing;
  }
}

/** `<span ${cssVars({ '--pm-color': color })}>`: custom properties without a style attribute. */
export const cssVars = directive(CssVarsDirective);
