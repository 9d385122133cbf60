/**
 * What is under the pointer in a view drawn on a canvas: the item whose shape or
 * label covers a point, as the SVG version's elements would be hit. Pure, over the
 * layout (a few hundred items at most), so pointer moves cost microseconds.
 */
import type { ClusterLayout, MarkLayout, ViewLayout } from './view-layout.js';
import { barHeight, clusterWidth, pointSize } from './geometry.js';

export type Hit = { readonly mark: MarkLayout } | { readonly cluster: ClusterLayout };

/** Extra px around a shape that still counts as on it (fingers and shaky hands). */
const slop = 3;
/** Where a label's box lies relative to its mark's centre line (px). */
const labelTop = barHeight / 2;
const labelBottom = barHeight / 2 + 15;

/**
 * The item at layout point (`x`, `y`), topmost first (marks are drawn over
 * clusters, later ones over earlier), or undefined. `labelWidth` gives a mark's
 * drawn label width.
 */
export function hitItem(layout: ViewLayout, x: number, y: number, labelWidth: (mark: MarkLayout) => number): Hit | undefined {
  for (let i = layout.marks.length - 1; i >= 0; i--) {
    const mark = layout.marks[i];
    const dy = y - mark.y;
    const half = (mark.dot ? pointSize : barHeight) / 2 + slop;
    const left = mark.dot ? (mark.x0 + mark.x1) / 2 - half : mark.x0 - slop;
    const right = mark.dot ? (mark.x0 + mark.x1) / 2 + half : mark.x1 + slop;
    if (Math.abs(dy) <= half && x >= left && x <= right) return { mark };
    if (dy >= labelTop && dy <= labelBottom && x >= mark.labelX && x <= mark.labelX + labelWidth(mark)) return { mark };
  }
  for (let i = layout.clusters.length - 1; i >= 0; i--) {
    const cluster = layout.clusters[i];
    const width = Math.max(clusterWidth, cluster.x1 - cluster.x0);
    if (Math.abs(y - cluster.y) <= (barHeight + 2) / 2 + slop && x >= cluster.x0 - slop && x <= cluster.x0 + width + slop) return { cluster };
  }
  return undefined;
}
