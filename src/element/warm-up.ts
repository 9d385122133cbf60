/**
 * The warm-up: before the page's first document arrives, the pipeline it will run through
 * runs on a small document of our own, in idle time, once per page.
 *
 * Why: in a fresh page the first document is read, laid out and drawn by code that has
 * never run (the engine interprets it, its inline caches are empty) and by a canvas
 * that has never drawn text in the element's fonts. Measured in headless Chromium
 * (`bench/`, 1,000 events): the first document of a page loaded in 65–88 ms, and a
 * second one of the same size in the same page in 31–40 ms, two frames above nothing
 * at all. Between an element's connection and its data there is nearly always time a
 * page leaves idle: the fetch of `src`, or the page's own loading of its data.
 *
 * So an element connected with nothing to show asks for a warm-up: reading, filtering,
 * preparing (and the radix sort a larger document takes), the layout at two zooms (in
 * the element's own text measure, whose widths it keeps) and the overview's histogram,
 * the dense layer drawn on the element's own canvas, not in the page while it has no
 * document (its pixels allocated, the sprites made), the SVG templates rendered into a
 * hidden element in the plot and laid out there (lit keeps a template's parsed form for
 * the page, and the page's first layout of SVG text in the plot's fonts cost ~3 ms of a
 * first load's frame: traced, 4.5 → 1.4 ms at 10,000 events), the canvas shown blank
 * to the compositor for a few frames (see `DenseLayer.warmCompositor`), and a few EDTF
 * dates; then the whole pass three times more, so that the engine optimizes its hottest
 * functions; the results are thrown away. The stages run in idle tasks, as many a task
 * as its idle time allows; none runs once a real document has arrived (by then warming
 * up cannot help) or after the page's first warm-up (the engine's warmth is the page's,
 * not an element's). With the element connected and its data set in one task there is
 * no idle time, and no warm-up: that first load is as cold as before. It fires no events
 * and changes nothing the element shows.
 */
import { render as renderInto, svg } from 'lit';
import { readAnyDocument } from '../model/import/read-any.js';
import { formatEventDate } from '../model/format.js';
import type { TimelineDocument } from '../model/types.js';
import { filterDocument, findInTexts } from '../layout/filter.js';
import { prepare, type Prepared } from '../layout/prepare.js';
import { radixOrder } from '../layout/argsort.js';
import { density, densityPath } from '../layout/density.js';
import { geometry as layoutGeometry } from '../layout/geometry.js';
import { layoutView, type ViewLayout } from '../layout/view-layout.js';
import { axisTicks } from '../time/ticks.js';
import { timeScale } from '../time/scale.js';
import { fitDomain, type Domain } from '../time/view.js';
import { renderAxis, renderGrid } from '../render/axis.js';
import { whenIdle } from './idle.js';
import { renderLaneLabels, renderLanes } from '../render/lanes.js';
import { renderMark } from '../render/marks.js';
import { renderCluster } from '../render/clusters.js';
import type { DenseView } from '../render/canvas-items.js';
import { describeCluster } from './describe.js';

/** What the warm-up needs of the element that asked for it. */
export interface WarmUpHost {
  /** The element's locale and display zone (read when a stage runs: they are resolved in its first update). */
  readonly format: () => { readonly locale: string | undefined; readonly zone: string };
  /**
   * Text widths in the element's label font, for one stage: the element's own measure,
   * set to the plot's font first, so the widths it keeps are the ones its labels need.
   */
  readonly measure: () => (text: string) => number;
  /**
   * Draws a view on the element's own dense layer (not in the page while it has no
   * document), at the plot's size: its first drawing allocates the canvas's pixels,
   * which the element's first busy view would otherwise wait for.
   */
  readonly drawDense: (view: Pick<DenseView, 'layout' | 'mark' | 'cluster'>) => void;
  /** True once the element has a document of its own: the rest of the warm-up is dropped. */
  readonly done: () => boolean;
  /**
   * An SVG element for the warm-up's templates, inside the plot and hidden
   * (`visibility: hidden`: laid out, never painted), so that their text is laid out in the
   * plot's fonts; the warm-up removes it once laid out. Undefined while the element has
   * no plot (then a detached one is used, which lit still parses templates into).
   */
  readonly surface: () => SVGSVGElement | undefined;
  /** Shows the dense layer's canvas blank for the compositor's first frames with it (see `DenseLayer.warmCompositor`). */
  readonly present: () => Promise<void>;
}

/** Events of the warm-up document: few enough that a pass over them costs a few ms cold (see `passesAgain`). */
const warmEvents = 240;
/** Plot size the warm-up lays out for (the bench's host and a typical page). */
const warmWidth = 1200;
const warmHeight = 400;
const dayMs = 86_400_000;
/**
 * Marks and clusters rendered as SVG per view: lit parses a template once, so a few of
 * each shape is enough; more would only make elements to throw away.
 */
const templateSamples = 8;

/**
 * A document shaped like large real ones: points and ranges over thirty years in six
 * categories, dated by plain days and months (the EDTF grammar has its own stage).
 */
export function warmUpDocument(): unknown {
  const categories = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, label: `Category ${i}` }));
  const first = Date.UTC(1994, 0, 1);
  const events = Array.from({ length: warmEvents }, (_, i) => {
    const start = first + ((i * 7919) % 11_000) * dayMs;
    const dates =
      i % 10 === 0
        ? { start: isoDay(start).slice(0, 7) }
        : i % 3 === 0
          ? { start: isoDay(start), end: isoDay(start + ((i * 13) % 90) * dayMs) }
          : { start: isoDay(start) };
    return { id: `w${i}`, title: `Event ${i} of the warm-up`, category: `c${i % 6}`, ...dates };
  });
  return { categories, events };
}

/** A few events dated by the EDTF grammar (its parser's first run is its own stage). */
export function warmUpEdtf(): unknown {
  return { events: ['199X', '1997~', '2004-06?/2006', '2001-21', '1990/..'].map((start, i) => ({ title: `Rough ${i}`, start })) };
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** One stage of the warm-up; each gets what the ones before it made. */
type Stage = (state: WarmState) => void;

interface WarmState {
  readonly host: WarmUpHost;
  /** Whether this pass lays its SVG out in the element's plot (the first; once is enough for the fonts). */
  readonly layOut: boolean;
  /** The canvas shown blank to the compositor (see `WarmUpHost.present`): resolved once it is out again. */
  presented?: Promise<void>;
  document?: TimelineDocument;
  prepared?: Prepared;
  views: { layout: ViewLayout; domain: Domain }[];
}

/** One pass of the pipeline, stage by stage. */
const pass: readonly Stage[] = [
  state => {
    state.document = readAnyDocument(warmUpDocument()).document;
  },
  state => {
    const filtered = filterDocument(state.document!, { search: '', hidden: new Set() }, findInTexts(() => ''));
    state.prepared = prepare(filtered.document, state.host.format().zone, filtered.lanes);
    // The warm-up's own events are sorted by the native sort; a document of
    // `radixThreshold` events or more by the radix sort, whose first run is slow (its
    // loops not yet optimized): a first run here on a few values costs ~4 ms.
    radixOrder(Float64Array.from({ length: 1100 }, (_, i) => (i * 7919) % 1693));
  },
  state => {
    const prepared = state.prepared!;
    const geometry = layoutGeometry(warmWidth, warmHeight, prepared.lanes.length, false);
    const measure = state.host.measure();
    const full = fitDomain(prepared.extent);
    const year: Domain = [full[0] + (full[1] - full[0]) / 2, full[0] + (full[1] - full[0]) / 2 + 365 * dayMs];
    for (const domain of [full, year]) {
      const scale = timeScale(domain, warmWidth);
      const layout = layoutView(prepared, scale, geometry, index => measure(prepared.document.events[index].title) + 4);
      state.views.push({ layout, domain });
    }
    // The overview strip's histogram of every event, as the element draws it.
    densityPath(density(prepared.startEarliest, full, Math.ceil(warmWidth / 3)), warmWidth, 30);
  },
  state => {
    const prepared = state.prepared!;
    for (const { layout } of state.views) {
      state.host.drawDense({
        layout,
        mark: mark => {
          const event = prepared.document.events[mark.event];
          return { color: prepared.lanes[mark.lane].color, label: event.title, uncertain: event.uncertain, point: event.kind === 'point', dimmed: false };
        },
        cluster: cluster => prepared.lanes[cluster.lane].color,
      });
    }
  },
  state => {
    const prepared = state.prepared!;
    const measure = state.host.measure();
    const { locale, zone } = state.host.format();
    const geometry = layoutGeometry(warmWidth, warmHeight, prepared.lanes.length, false);
    const target = (state.layOut && state.host.surface()) || document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    for (const { layout, domain } of state.views) {
      const scale = timeScale(domain, warmWidth);
      const { ticks, context } = axisTicks(domain, warmWidth, { locale, measure });
      const events = prepared.document.events;
      renderInto(
        svg`${renderLanes(prepared.lanes, layout.lanes, warmWidth)}${renderGrid(ticks, scale, geometry.axisTop)}${renderLaneLabels(prepared.lanes, layout.lanes, geometry.headers)}${layout.marks.slice(0, templateSamples).map(mark =>
          renderMark(mark, {
            event: events[mark.event],
            color: prepared.lanes[mark.lane].color,
            name: `${events[mark.event].title}, ${formatEventDate(events[mark.event], { locale, timeZone: zone })}`,
            label: events[mark.event].title,
            selected: false,
            active: false,
          }),
        )}${layout.clusters.slice(0, templateSamples).map(cluster =>
          renderCluster(cluster, {
            color: prepared.lanes[cluster.lane].color,
            name: describeCluster(cluster.events.length, cluster.start, cluster.end, locale),
            active: false,
          }),
        )}${renderAxis(ticks, context, scale, geometry.axisTop, warmWidth, measure)}`,
        target,
      );
      // In the plot: lay it out now (reading its box), text and all, as a frame would.
      if (target.isConnected) target.getBoundingClientRect();
    }
    target.remove();
  },
];

/**
 * The pass runs three times more after the first, a whole pass a stage: the engine
 * optimizes a function after enough calls, not after enough time, and one pass over
 * 240 events leaves the hottest loops short of it. The warm-up then takes 85–129 ms of
 * idle time in a fresh page, against 47–68 with one pass (traced, 3 pages each), in
 * idle tasks of up to ~50 ms, as before. Interleaved against one pass
 * (`bench/compare.js`, 6 rounds): load of 1,000 events 73.3 → 57.3 ms, of 10,000
 * 93.7 → 85.6, of 100,000 459 → 432 (bench/README.md has the steps that led here).
 * Six more passes measured as three. Each pass's stages as stages of their
 * own instead (shorter idle tasks) loaded 16 % slower at both sizes, and were not kept.
 */
const passesAgain = 3;

const stages: readonly Stage[] = [
  ...pass,
  // The canvas the pass drew on, shown blank for a few frames while the stages go on.
  // Not first: its frames held the idle stages back ~70 ms, and the bench's 1,000-event
  // load read 47.1 ms with it first against 39.2 here (`bench/compare.js`, 6 rounds).
  state => void (state.presented = state.host.present()),
  () => readAnyDocument(warmUpEdtf()),
  ...Array.from({ length: passesAgain }, (): Stage => state => {
    const again: WarmState = { host: state.host, layOut: false, views: [] };
    for (const stage of pass) stage(again);
  }),
];

/** How many stages a whole warm-up runs. */
export const warmUpStages = stages.length;

/** This page's warm-up, once begun: resolved (with the stages run) after its last stage, or when the rest was dropped. */
let warming: Promise<number> | undefined;

/** Idle time a stage should have left to start (a cold stage takes a few ms). */
const minIdleMs = 6;

/**
 * Warms the pipeline up for `host`, in idle tasks (as many stages a task as its idle
 * time allows, at least one), unless the page has begun to already. Resolves when the
 * page's warm-up has ended (its last stage run, or the rest dropped), with the number
 * of stages it ran.
 */
export function warmUp(host: WarmUpHost): Promise<number> {
  warming ??= new Promise(resolve => {
    const state: WarmState = { host, layOut: true, views: [] };
    let stage = 0;
    let ran = 0;
    const run = (left: () => number): void => {
      do {
        if (host.done()) stage = stages.length;
        else (stages[stage++](state), ran++);
      } while (stage < stages.length && left() >= minIdleMs);
      if (stage < stages.length) whenIdle(run);
      else void Promise.resolve(state.presented).then(() => resolve(ran));
    };
    whenIdle(run);
  });
  return warming;
}
