import { css } from 'lit';

/** The dark theme's defaults, for `theme="dark"` and for `auto` on a dark system. */
const darkTokens = css`
  --_bg: var(--event-timeline-background, #161a22);
  --_fg: var(--event-timeline-color, #e8ebf1);
  --_muted: var(--event-timeline-muted-color, #a5adbd);
  --_grid: var(--event-timeline-grid-color, #2c3340);
  --_band: var(--event-timeline-lane-background, #1d222c);
  --_accent: var(--event-timeline-accent-color, #8db4ff);
  --_focus: var(--event-timeline-focus-color, #8db4ff);
  --_era-opacity: var(--event-timeline-era-opacity, 0.2);
  color-scheme: dark;
`;

/**
 * Public custom properties (documented on the element) are read into private `--_*`
 * variables once, here; the rest of the sheet uses only the private ones.
 */
export const styles = css`
  :host {
    --_bg: var(--event-timeline-background, #ffffff);
    --_fg: var(--event-timeline-color, #1d2330);
    --_muted: var(--event-timeline-muted-color, #5b6272);
    --_grid: var(--event-timeline-grid-color, #e3e6ec);
    --_band: var(--event-timeline-lane-background, #f6f7f9);
    --_accent: var(--event-timeline-accent-color, #1a5fd0);
    --_focus: var(--event-timeline-focus-color, #1a5fd0);
    --_era-opacity: var(--event-timeline-era-opacity, 0.12);
    --_font-size: var(--event-timeline-font-size, 12px);
    display: block;
    box-sizing: border-box;
    position: relative;
    min-width: 0;
    color: var(--_fg);
    background: var(--_bg);
    font: inherit;
    font-size: var(--_font-size);
    line-height: 1.35;
    contain: layout;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .base {
    display: flex;
    flex-direction: column;
    /* Fills the host whatever its display (a flex or grid host would shrink it to fit). */
    flex: 1 1 auto;
    width: 100%;
    min-width: 0;
    height: 100%;
    min-height: 0;
  }

  /* Toolbar: legend and the Timeline / List switch. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    padding: 4px 6px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 12px;
    margin: 0;
    padding: 0;
    list-style: none;
    flex: 1 1 auto;
    color: var(--_muted);
  }
  .legend-fold {
    flex: 1 1 auto;
  }
  .legend-fold summary {
    cursor: pointer;
    color: var(--_muted);
  }
  .legend-fold .legend {
    flex-direction: column;
    padding: 4px 0;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 5px;
  }
  .legend-toggle {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    border: 0;
    padding: 1px 2px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
    border-radius: 3px;
  }
  .legend-toggle[aria-pressed='false'] {
    text-decoration: line-through;
    opacity: 0.6;
  }
  .legend-toggle[aria-pressed='false'] .swatch {
    background: transparent !important;
    outline: 1px solid currentColor;
  }
  /* Right-to-left: plot and strip mirrored (time runs leftwards), every text flipped
     back in place so it reads normally. Pointer input follows the mirror by itself
     (d3.pointer and hit testing go through the transform). */
  .rtl svg.surface,
  .rtl .overview-surface {
    transform: scaleX(-1);
  }
  .rtl svg.surface text {
    /* Laid out as in left-to-right (anchors, boxes), then flipped inside its own box. */
    direction: ltr;
    unicode-bidi: plaintext;
    transform-box: fill-box;
    transform-origin: center;
    transform: scaleX(-1);
  }
  /* filter-mode="dim": what does not match stays, faded. */
  [part~='dimmed'],
  .list-item.dimmed {
    opacity: 0.28;
  }
  .overview {
    flex: none;
    border-top: 1px solid var(--_grid);
    height: 40px;
    overflow: hidden;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }
  .overview-surface {
    display: block;
    cursor: pointer;
  }
  .density {
    fill: var(--_muted);
    opacity: 0.45;
  }
  .brush-window {
    fill: color-mix(in srgb, var(--_accent) 14%, transparent);
    stroke: var(--_accent);
    stroke-width: 1.5;
    cursor: grab;
  }
  .brush-handle {
    fill: transparent;
    cursor: ew-resize;
  }
  .brush:focus-visible .brush-window {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .brush:focus {
    outline: none;
  }
  .controls {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .controls button,
  .list-pages button {
    min-width: 28px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: transparent;
    color: inherit;
    font: inherit;
    padding: 2px 7px;
    cursor: pointer;
  }
  .list-pages button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .controls button:hover,
  .list-pages button:enabled:hover {
    border-color: var(--_muted);
  }
  .search {
    width: 11em;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_bg);
    color: inherit;
    font: inherit;
    padding: 2px 6px;
  }
  .matches {
    color: var(--_muted);
    min-width: 0;
  }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    border-radius: 2px;
    flex: none;
  }
  .swatch.hatched {
    background: repeating-linear-gradient(90deg, var(--_muted) 0 2px, transparent 2px 5px);
    opacity: 0.8;
  }
  .switch {
    display: inline-flex;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    overflow: hidden;
    margin-left: auto;
  }
  .switch button {
    border: 0;
    background: transparent;
    padding: 3px 10px;
    cursor: pointer;
  }
  .switch button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_bg);
  }

  /* Errors from data or fetching. */
  .errors {
    margin: 4px 6px;
    padding: 6px 10px;
    border-left: 4px solid #c62828;
    background: color-mix(in srgb, #c62828 10%, var(--_bg));
    max-height: 8em;
    overflow: auto;
  }
  .errors ul {
    margin: 2px 0 0;
    padding-left: 1.2em;
  }
  .errors .warning {
    color: var(--_muted);
  }

  /* The plot. */
  .plot {
    /* Nothing inside changes the plot's size: keep style and layout work inside it. */
    contain: strict;
    position: relative;
    flex: 1 1 auto;
    height: var(--event-timeline-height, 360px);
    min-height: 160px;
    overflow: hidden;
    outline: none;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }
  .plot[hidden] {
    display: none;
  }
  svg.surface {
    /* Labels are short; kerning and ligatures are not worth their layout cost per frame. */
    text-rendering: optimizeSpeed;
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
    cursor: grab;
    font-size: var(--_font-size);
    overflow: hidden;
  }
  svg.surface:active {
    cursor: grabbing;
  }
  canvas.dense {
    /* The dense layer: over the SVG, which still takes every pointer event. */
    /* Drawn beyond both sides of the plot (see drawDenseLayer), moved by a transform while panning. */
    /* Sized in px by the dense layer, which may keep a canvas taller than the plot. */
    position: absolute;
    top: 0;
    left: 0;
    pointer-events: none;
  }
  text {
    fill: var(--_fg);
  }
  .lane-band.even {
    fill: var(--_band);
  }
  .lane-band.odd {
    fill: var(--_bg);
  }
  .lane-label {
    fill: var(--_muted);
    font-weight: 600;
    font-size: 0.92em;
    /* A halo in the band's colour (render/lanes.ts): grid lines and era edges stop short of the letters. */
    paint-order: stroke;
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .lane-label.even {
    stroke: var(--_band);
  }
  .lane-label.odd {
    stroke: var(--_bg);
  }
  .grid path {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .era rect {
    fill: var(--_color);
    opacity: var(--_era-opacity);
  }
  .era text {
    fill: var(--_muted);
    font-style: italic;
  }
  .axis line,
  .axis .ticks {
    fill: none;
    stroke: var(--_muted);
  }
  .axis text {
    fill: var(--_fg);
    font-variant-numeric: tabular-nums;
  }
  .axis .context {
    font-weight: 600;
  }
  .mark {
    cursor: pointer;
    outline: none;
  }
  .mark .dot,
  .mark .core {
    fill: var(--_color);
  }
  .mark .fuzzy {
    fill: var(--_color);
    fill-opacity: 0.3;
    stroke: var(--_color);
    stroke-width: 1;
    stroke-dasharray: 3 2;
  }
  .mark .stripes {
    pointer-events: none;
    stroke: var(--_bg);
    stroke-opacity: 0.6;
    stroke-width: 8;
    stroke-dasharray: 2 3;
  }
  .mark .tail {
    stroke: var(--_color);
    stroke-width: 2;
    stroke-dasharray: 2 3;
  }
  .mark .label {
    font-size: 1em;
  }
  .mark[aria-pressed='true'] .label {
    font-weight: 700;
  }
  .mark[aria-pressed='true'] .dot,
  .mark[aria-pressed='true'] .core,
  .mark[aria-pressed='true'] .fuzzy {
    stroke: var(--_fg);
    stroke-width: 2;
    stroke-dasharray: none;
  }
  .mark:focus-visible .label,
  .cluster:focus-visible text {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .mark:focus-visible .dot,
  .mark:focus-visible .core,
  .mark:focus-visible .fuzzy,
  .cluster:focus-visible rect {
    stroke: var(--_focus);
    stroke-width: 3;
    stroke-dasharray: none;
  }
  .cluster {
    cursor: zoom-in;
    outline: none;
  }
  .cluster rect {
    fill: var(--_color);
    fill-opacity: 0.25;
    stroke: var(--_color);
    stroke-width: 1.5;
  }
  .cluster text {
    text-anchor: middle;
    font-weight: 700;
    font-size: 0.95em;
  }

  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: min(320px, 80%);
    padding: 6px 8px;
    border-radius: 6px;
    background: var(--_fg);
    color: var(--_bg);
    pointer-events: none;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  .tooltip .tooltip-date {
    opacity: 0.85;
    display: block;
  }
  .hint {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    background: rgb(0 0 0 / 0.45);
    color: #fff;
    font-size: 1.2em;
    pointer-events: none;
  }

  .details {
    position: relative;
    margin: 6px;
    padding: 8px 36px 8px 12px;
    border: 1px solid var(--_grid);
    border-radius: 8px;
    background: var(--_bg);
  }
  .details h2 {
    margin: 0 0 2px;
    font-size: 1.2em;
  }
  .details .meta {
    margin: 0 0 6px;
    color: var(--_muted);
  }
  .details .description {
    margin: 0 0 6px;
  }
  .details .close {
    position: absolute;
    top: 4px;
    right: 4px;
    width: 28px;
    height: 28px;
    border: 0;
    border-radius: 50%;
    background: transparent;
    font-size: 1.4em;
    line-height: 1;
    cursor: pointer;
  }
  .sources ul {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sources li {
    display: inline;
  }
  .sources li + li::before {
    content: ' · ';
  }
  .sources-label {
    color: var(--_muted);
    margin-right: 4px;
  }

  .list {
    margin: 0;
    padding-block: 4px 8px;
    padding-inline: var(--_marker-room, 2em) 8px;
    overflow: auto;
    flex: 1 1 auto;
    height: var(--event-timeline-height, 360px);
    min-height: 160px;
  }
  .list-item {
    padding: 4px 0;
    border-bottom: 1px solid var(--_grid);
  }
  .list-item.selected {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .list-date {
    display: block;
    color: var(--_muted);
  }
  .list-title {
    border: 0;
    padding: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .list-category {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    margin-left: 8px;
    color: var(--_muted);
  }
  .list-description {
    margin: 2px 0;
  }
  .list-pages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 6px 8px;
    color: var(--_muted);
  }
  .list-range {
    margin-right: auto;
  }

  @media (forced-colors: active) {
    .mark .dot,
    .mark .core,
    .cluster rect {
      fill: CanvasText;
    }
    .mark .fuzzy {
      fill: Canvas;
      stroke: CanvasText;
    }
    text {
      fill: CanvasText;
    }
    .lane-band.even,
    .lane-band.odd {
      fill: Canvas;
    }
    .lane-label.even,
    .lane-label.odd {
      stroke: Canvas;
    }
    .mark:focus-visible .dot,
    .mark:focus-visible .core,
    .mark:focus-visible .fuzzy {
      stroke: Highlight;
    }
    .swatch {
      forced-color-adjust: none;
    }
  }
`;
