/**
 * Event marks as SVG: a pure function of a mark's layout and what the element knows
 * of the event (its name, colour and state). A certain point is a dot; a date known
 * only roughly is drawn as the whole span of its possible dates, striped and faded, so
 * "the early 1990s" never reads as 1 January 1990. A range is a bar whose certain
 * core is solid and whose uncertain ends are striped. (Stripes are a dashed stroke:
 * an SVG pattern fill cost a third of a zoom step's time in software rendering.)
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import type { MarkLayout } from '../layout/view-layout.js';
import { barHeight, pointSize } from '../layout/geometry.js';
import type { TimelineEvent } from '../model/types.js';

export interface MarkState {
  readonly event: TimelineEvent;
  readonly color: string;
  /** The accessible name: title, date, category. */
  readonly name: string;
  /** The drawn label: the title, shortened to fit when long. */
  readonly label: string;
  readonly selected: boolean;
  /** The roving tab stop: exactly one mark (or cluster) has tabindex 0. */
  readonly active: boolean;
  /** Drawn faded: it does not match the search or filter (`filter-mode="dim"`). */
  readonly dimmed?: boolean;
}

/** The `part` names of a mark: event, point|range, then uncertain, selected and dimmed when so. */
export function markParts(event: TimelineEvent, selected: boolean, dimmed = false): string {
  return ['event', event.kind, event.uncertain ? 'uncertain' : '', selected ? 'selected' : '', dimmed ? 'dimmed' : ''].filter(Boolean).join(' ');
}

/** Label baseline below the mark. */
const labelDy = barHeight / 2 + 11;

function shape(mark: MarkLayout, state: MarkState): SVGTemplateResult {
  const { x0, x1, core0, core1, dot } = mark;
  const rough = state.event.uncertain;
  if (dot) {
    const cx = (x0 + x1) / 2;
    return rough
      ? svg`<rect class="fuzzy" x=${cx - pointSize / 2} y=${-pointSize / 2} width=${pointSize} height=${pointSize} rx="2" transform="rotate(45 ${cx} 0)"></rect>`
      : svg`<circle class="dot" cx=${cx} cy="0" r=${pointSize / 2}></circle>`;
  }
  const top = -barHeight / 2;
  const width = Math.max(0, x1 - x0);
  // A certain day (or hour…) wide enough to see, or a range certain from end to end, is
  // drawn as the solid span it is.
  if (!rough && (state.event.kind === 'point' || (core0 <= x0 + 0.5 && core1 >= x1 - 0.5))) {
    return svg`<rect class="core" x=${x0} y=${top} width=${width} height=${barHeight} rx="2"></rect>`;
  }
  // A rough date has no certain part: all of it is drawn as possibility.
  const solid = rough ? 0 : Math.max(0, core1 - core0);
  return svg`
    <rect class="fuzzy" x=${x0} y=${top} width=${width} height=${barHeight} rx="2"></rect>
    <line class="stripes" x1=${x0} x2=${x0 + width} y1="0" y2="0"></line>
    ${solid > 0 ? svg`<rect class="core" x=${core0} y=${top} width=${solid} height=${barHeight}></rect>` : nothing}
  `;
}

/** Dotted tails for open or unknown ends: the event went on (or began) beyond what is known. */
function tails(mark: MarkLayout): SVGTemplateResult | typeof nothing {
  if (mark.tailFrom === undefined && mark.tailTo === undefined) return nothing;
  const centre = (mark.x0 + mark.x1) / 2;
  const from = mark.dot ? centre - pointSize / 2 : mark.x0;
  const to = mark.dot ? centre + pointSize / 2 : mark.x1;
  return svg`${mark.tailFrom !== undefined ? svg`<line class="tail" x1=${mark.tailFrom} x2=${from} y1="0" y2="0"></line>` : nothing}${
    mark.tailTo !== undefined ? svg`<line class="tail" x1=${to} x2=${mark.tailTo} y1="0" y2="0"></line>` : nothing
  }`;
}

/**
 * A mark's group: what makes it an event on the page whichever way it is drawn (its
 * part names, id, role, accessible name, place in the tab order and colour).
 */
export function markGroup(state: MarkState, className: string, transform: string, content: unknown): SVGTemplateResult {
  const { event } = state;
  return svg`<g
    class=${className}
    part=${markParts(event, state.selected, state.dimmed)}
    data-event-id=${String(event.id)}
    role="button"
    aria-pressed=${state.selected ? 'true' : 'false'}
    aria-label=${state.name}
    tabindex=${state.active ? 0 : -1}
    transform=${transform}
    style=${styleProps({ '--_color': state.color })}
  >${content}</g>`;
}

export function renderMark(mark: MarkLayout, state: MarkState): SVGTemplateResult {
  return markGroup(state, 'mark', `translate(0 ${mark.y})`, svg`${tails(mark)}${shape(mark, state)}<text class="label" x=${mark.labelX} y=${labelDy}>${state.label}</text>`);
}
