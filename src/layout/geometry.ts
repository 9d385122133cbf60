/**
 * The vertical geometry of the plot: lanes stacked top to bottom, each a header (its
 * label) and rows of marks, the axis below. Rows are shared out among the lanes by
 * what the view needs (`allocateRows`), so a busy lane grows while an idle one keeps
 * a single row. Pure functions of sizes and counts.
 */

/** Height of one row of marks: a mark and its label under it. */
export const rowHeight = 28;
/** Height of a lane's header strip, where its label sits. */
export const laneHeaderHeight = 16;
/** Height of the axis: ticks, their labels, and the coarser context row. */
export const axisHeight = 44;
/** Most rows one lane takes, however tall the element. */
export const maxRows = 12;
/** Diameter of a point mark. */
export const pointSize = 10;
/** Thickness of a range bar. */
export const barHeight = 10;
/** Space between the end of one item's label and the next item in a row. */
export const itemGap = 8;
/** Narrowest cluster badge. */
export const clusterWidth = 28;
/** Height of the strip above the lanes where era labels sit, when there are eras. */
export const eraStripHeight = 18;
/** Below this width lane labels fold away and the legend folds into a disclosure. */
export const narrowWidth = 480;

export interface LaneBox {
  readonly top: number;
  readonly height: number;
  readonly rows: number;
  /** y of the first row's mark centre. */
  readonly firstRow: number;
}

export interface Geometry {
  readonly width: number;
  readonly height: number;
  /** Rows there is room for, across all lanes (at least one a lane). */
  readonly rows: number;
  /** y of the axis line. */
  readonly axisTop: number;
  /** y where the first lane begins (below the era strip, if any). */
  readonly lanesTop: number;
  /** Whether lane headers are drawn (they fold away on narrow hosts or when space is short). */
  readonly headers: boolean;
}

/** The room in `width`×`height` px for `laneCount` lanes, under a strip for era labels when `eras`. */
export function geometry(width: number, height: number, laneCount: number, eras = false): Geometry {
  const lanesTop = eras ? eraStripHeight : 0;
  const lanesHeight = Math.max(0, height - axisHeight - lanesTop);
  const count = Math.max(1, laneCount);
  const headers = width >= narrowWidth && lanesHeight >= count * (laneHeaderHeight + rowHeight * 1.5);
  const rows = Math.max(count, Math.floor((lanesHeight - (headers ? count * laneHeaderHeight : 0)) / rowHeight));
  return { width, height, rows, axisTop: lanesTop + lanesHeight, lanesTop, headers };
}

/**
 * Shares `total` rows among lanes that need `demand[i]` rows each: every lane gets at
 * least one; then, one row at a time in lane order, lanes that need more get more
 * (water-filling, so a lane needing few is never starved by one needing many); rows
 * left over go to lanes in turn, so the lanes fill the plot. No lane gets over `maxRows`.
 */
export function allocateRows(demand: readonly number[], total: number): number[] {
  const rows = demand.map(() => 1);
  let left = total - rows.length;
  const fill = (wants: (i: number) => boolean) => {
    let gave = true;
    while (left > 0 && gave) {
      gave = false;
      for (let i = 0; i < rows.length && left > 0; i++) {
        if (rows[i] < maxRows && wants(i)) {
          rows[i]++;
          left--;
          gave = true;
        }
      }
    }
  };
  fill(i => rows[i] < demand[i]);
  fill(() => true);
  return rows;
}

/** Lane boxes, top to bottom from `top`, for the rows each lane has. */
export function laneBoxes(rows: readonly number[], headers: boolean, top = 0): LaneBox[] {
  const header = headers ? laneHeaderHeight : 0;
  return rows.map(count => {
    const height = header + count * rowHeight;
    const box = { top, height, rows: count, firstRow: top + header + barHeight / 2 + 2 };
    top += height;
    return box;
  });
}
