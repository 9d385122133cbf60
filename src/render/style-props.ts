/**
 * `style=${styleProps({ '--_color': c })}`: sets inline style properties through the
 * CSSOM (`style.setProperty`) on every render, the first included. Lit's `styleMap`
 * writes a style *attribute* on first render, which a page whose Content-Security-Policy
 * has no 'unsafe-inline' for styles blocks (style-src-attr); CSSOM writes are allowed.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type Properties = Readonly<Record<string, string | undefined>>;

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProps belongs in a style attribute: style=${styleProps({...})}');
    }
  }

  render(_properties: Properties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Properties]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) if (properties[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      this.previous.add(name);
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
