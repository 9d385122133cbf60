/**
 * Eras: coloured bands behind the lanes, labelled in a strip above them; they may
 * overlap (the bands are translucent; a label is shortened to its band's width).
 */
import { svg, type SVGTemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import type { TimeScale } from '../time/scale.js';
import type { EraBand } from '../layout/prepare.js';

/** Keeps an era's px extent renderable when it reaches far off-screen. */
const clamp = (x: number, width: number) => Math.max(-10, Math.min(width + 10, x));
/** Baseline of era labels in the strip above the lanes. */
const labelBaseline = 13;

export function renderEras(
  eras: readonly EraBand[],
  scale: TimeScale,
  width: number,
  height: number,
  measure: (text: string) => number,
  fit: (text: string, width: number) => string,
): SVGTemplateResult {
  return svg`<g class="eras">${eras.map(era => {
    const x0 = clamp(scale(era.start), width);
    const x1 = clamp(scale(era.end), width);
    if (x1 <= 0 || x0 >= width) return null;
    // Near the right edge the label runs leftwards from the band's end, so it stays whole;
    // it is shortened to the band's visible width.
    const visible = Math.min(x1, width) - Math.max(x0, 0);
    const labelAtEnd = Math.max(x0, 0) + measure(era.label) + 8 > width;
    return svg`<g part="era" class="era" style=${styleProps({ '--_color': era.color })}>
      <rect x=${x0} y="0" width=${Math.max(1, x1 - x0)} height=${height}></rect>
      <text x=${labelAtEnd ? Math.min(x1, width) - 4 : Math.max(x0, 0) + 4} y=${labelBaseline} text-anchor=${labelAtEnd ? 'end' : 'start'}>${fit(era.label, visible - 8)}</text>
    </g>`;
  })}</g>`;
}
