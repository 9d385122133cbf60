/**
 * A cluster: events too dense to label at this zoom, drawn as one badge with their
 * count. Activating it (click, Enter) zooms to its events.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import type { ClusterLayout } from '../layout/view-layout.js';
import { barHeight, clusterWidth } from '../layout/geometry.js';

export interface ClusterState {
  readonly color: string;
  /** The accessible name: how many events, from when to when, and what Enter does. */
  readonly name: string;
  readonly active: boolean;
}

/** Key of a cluster for `repeat`: its lane, row and first event, stable while panning. */
export const clusterKey = (cluster: ClusterLayout): string => `c${cluster.lane}-${cluster.events[0]}`;

/** A cluster's group: its part, count, key, role, accessible name, tab stop and colour. */
export function clusterGroup(cluster: ClusterLayout, state: ClusterState, transform: string, content: unknown): SVGTemplateResult {
  return svg`<g
    class="cluster"
    part="cluster"
    data-count=${cluster.events.length}
    data-cluster=${clusterKey(cluster)}
    role="button"
    aria-label=${state.name}
    tabindex=${state.active ? 0 : -1}
    transform=${transform}
    style=${styleProps({ '--_color': state.color })}
  >${content}</g>`;
}

export function renderCluster(cluster: ClusterLayout, state: ClusterState): SVGTemplateResult {
  const height = barHeight + 2;
  const width = Math.max(clusterWidth, cluster.x1 - cluster.x0);
  return clusterGroup(
    cluster,
    state,
    `translate(${cluster.x0} ${cluster.y})`,
    svg`<rect x="0" y=${-height / 2} width=${width} height=${height} rx=${height / 2}></rect><text x=${width / 2} y="0" dy="0.35em">${cluster.events.length}</text>`,
  );
}
