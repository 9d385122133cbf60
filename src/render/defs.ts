/**
 * Shared SVG definitions: the hatching laid over rough (uncertain) extents. Ids are
 * scoped by the shadow root, so instances on one page do not clash.
 */
import { svg, type SVGTemplateResult } from 'lit';

export const hatchId = 'event-timeline-hatch';

export function renderDefs(): SVGTemplateResult {
  return svg`<defs>
    <pattern id=${hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect class="hatch-line" x="0" y="0" width="2.2" height="6"></rect>
    </pattern>
  </defs>`;
}
