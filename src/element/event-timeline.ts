import { LitElement, html, svg, nothing, render as renderInto, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { styleProps } from '../render/style-props.js';

import { readAnyDocument, type SourceFormat } from '../model/import/read-any.js';
import { formatEventDate } from '../model/format.js';
import { tryParseDate } from '../model/date.js';
import type { Problem, TimelineDocument, TimelineEvent } from '../model/types.js';
import { prepare, type Prepared } from '../layout/prepare.js';
import { geometry as layoutGeometry, narrowWidth, type Geometry } from '../layout/geometry.js';
import { layoutView, type ClusterLayout, type MarkLayout, type ViewLayout } from '../layout/view-layout.js';
import { moveTarget, type Move } from '../layout/navigation.js';
import { axisTicks } from '../time/ticks.js';
import { defaultZone, fromWall, isValidZone, toWall } from '../time/wall.js';
import { type Domain, clusterZoom, fitDomain, minSpan, timeLimit, timeScale } from '../time/view.js';
import { ZoomController, type WheelZoom } from '../controllers/zoom-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { LanguageController } from '../controllers/language-controller.js';
import { KeyboardController, type KeyAction } from '../controllers/keyboard-controller.js';
import { SourceController, parseJson } from '../controllers/source-controller.js';
import { HashController, type LinkState } from '../controllers/hash-controller.js';
import { renderAxis, renderGrid } from '../render/axis.js';
import { renderEras } from '../render/eras.js';
import { renderLaneLabels, renderLanes } from '../render/lanes.js';
import { renderMark, type MarkState } from '../render/marks.js';
import { DenseLayer } from './dense-layer.js';
import type { Paint } from '../render/canvas-items.js';
import { hitItem } from '../layout/hit.js';
import { clusterKey, renderCluster, type ClusterState } from '../render/clusters.js';
import { clusterTime } from '../layout/cluster-time.js';
import { renderVerticalAxis, renderVerticalCluster, renderVerticalEras, renderVerticalMark } from '../render/vertical.js';
import { layoutVertical, verticalGeometry } from '../layout/vertical-layout.js';
import { emit } from '../events/emit.js';
import type { TimelineLoadDetail } from '../events/timeline-load.js';
import type { TimelineErrorDetail, TimelineErrorItem } from '../events/timeline-error.js';
import type { TimelineRangeChangeDetail } from '../events/timeline-range-change.js';
import type { TimelineSelectDetail } from '../events/timeline-select.js';
import { styles } from './styles.js';
import { offerDownload, serializeSvg, svgToPng } from '../render/export.js';
import { TextMeasure, fitText, fontOf } from './measure.js';
import { PerEvent } from './per-event.js';
import { Labels } from './labels.js';
import { SearchTexts } from './search-texts.js';
import { warmUp, type WarmUpHost } from './warm-up.js';
import { describeCluster, describeRange } from './describe.js';
import { renderDetails } from './details.js';
import { renderList, listPageSize } from './list-view.js';
import { pageAt, pageHolding, turnPage } from '../layout/list-page.js';
import { renderLegend } from './legend.js';
import { overviewHeight, renderOverview } from './overview.js';
import { density, densityPath } from '../layout/density.js';
import { controlsOf, renderControls } from './controls.js';
import { filterDocument, type Filtered } from '../layout/filter.js';
import type { TimelineFilterChangeDetail } from '../events/timeline-filter-change.js';

/** A time the API accepts: a Date, epoch milliseconds, or any date string the model reads. */
export type TimeInput = Date | number | string;

export interface ZoomToOptions {
  /** Animate the change (default true; never under prefers-reduced-motion). */
  readonly animate?: boolean;
}

/** What has keyboard focus inside the plot: an event, or a cluster (by its key). */
type Active = { readonly kind: 'event'; readonly id: string } | { readonly kind: 'cluster'; readonly key: string };

/** How long the view must rest before the live region announces it. */
const announceDelay = 600;
/** Share of the view a PageUp / PageDown pans. */
const pageShare = 0.8;
/** Labels are at most this share of the plot's width, between the two bounds (px). */
const labelShare = 0.45;
const minLabelWidth = 80;
const maxLabelWidth = 300;
/** A pan of up to this many px reuses the last layout (it covers 400 px beyond each edge). */
const panReuse = 240;
/** Below this width (px) `orientation="auto"` runs time down the page. */
const verticalBelow = 400;
/** Margin around a cluster's events when zooming to them. */
const clusterPadding = 0.15;
/**
 * Above this many marks and clusters in view, they are drawn on a canvas (the dense
 * layer, render/canvas-items.ts) instead of as SVG: creating and updating a few
 * hundred SVG groups costs a frame or more on each zoom step, a canvas about a
 * millisecond. The active item and the selected one stay SVG (focus, names, parts);
 * the arrow keys reach every other item, each becoming SVG as it gets focus. Below
 * it, every item is SVG and styleable through `::part(event)`.
 */
const denseAbove = 40;
const media = (query: string): MediaQueryList | undefined => (typeof matchMedia === 'function' ? matchMedia(query) : undefined);
const darkScheme = media('(prefers-color-scheme: dark)');
const forcedColors = media('(forced-colors: active)');


/**
 * A zoomable timeline of events read from JSON, with honest (EDTF) dates.
 *
 * @summary Draws a zoomable D3 timeline from a JSON list of events.
 *
 * @fires timeline-load - A document was read. Detail: `{ count, errors }`.
 * @fires timeline-error - Something was wrong: bad events or fields, a failed fetch, invalid JSON. Detail: `{ errors: [{ index?, id?, field?, message }] }`.
 * @fires timeline-range-change - The visible window changed (at most once a frame). Detail: `{ start: Date, end: Date }`.
 * @fires timeline-select - The selection changed. Detail: `{ id, event }` (`null` when cleared).
 * @fires timeline-filter-change - What is shown changed (search, `filter`, a category switched off or on). Detail: `{ search, hiddenCategories, shown, total }`.
 *
 * @slot - An optional `<script type="application/json">` holding the document.
 *
 * @csspart base - The element's layout wrapper.
 * @csspart event - Every event drawn as SVG; also `point` or `range`, `uncertain` for rough dates, `selected` when selected. In a busy view (over 40 marks and clusters) the rest are drawn on a canvas and only the focused and the selected event are elements.
 * @csspart point - An event on one day or instant (or known only to a coarser unit).
 * @csspart range - An event with a start and an end.
 * @csspart uncertain - An event whose dates are approximate, uncertain or imprecise.
 * @csspart selected - The selected event.
 * @csspart dimmed - An event that does not match the search or filter, with `filter-mode="dim"`.
 * @csspart cluster - Events too dense to label, with `data-count` (in a busy view, only the focused cluster is an element).
 * @csspart axis - The time axis.
 * @csspart lane-label - A lane's label.
 * @csspart era - An era band.
 * @csspart legend - The categories' legend; each category is a toggle button that shows or hides it.
 * @csspart controls - The toolbar of zoom, search and export controls.
 * @csspart control - Each button in the controls.
 * @csspart search - The search box.
 * @csspart overview - The overview strip: the events' density and the brush over the visible window.
 * @csspart tooltip - The tooltip of the hovered or focused event.
 * @csspart details - The details panel of the selected event.
 * @csspart error - Problems found in the data or while fetching it.
 * @csspart list - The list view (a page of up to 250 events when there are more).
 * @csspart list-pages - The list's pager: which events are listed, and buttons to the earlier and later ones.
 *
 * @cssprop [--event-timeline-height=360px] - Height of the plot when the host's height is not set.
 * @cssprop [--event-timeline-background=#ffffff] - Background (dark theme: #161a22).
 * @cssprop [--event-timeline-color=#1d2330] - Text colour (dark theme: #e8ebf1).
 * @cssprop [--event-timeline-muted-color=#5b6272] - Secondary text (dark theme: #a5adbd).
 * @cssprop [--event-timeline-grid-color=#e3e6ec] - Grid lines and borders (dark theme: #2c3340).
 * @cssprop [--event-timeline-lane-background=#f6f7f9] - Every other lane's band (dark theme: #1d222c).
 * @cssprop [--event-timeline-accent-color=#1a5fd0] - Links and the active switch (dark theme: #8db4ff).
 * @cssprop [--event-timeline-focus-color=#1a5fd0] - Focus rings (dark theme: #8db4ff).
 * @cssprop [--event-timeline-era-opacity=0.12] - Opacity of era bands (dark theme: 0.2).
 * @cssprop [--event-timeline-font-size=12px] - Base font size; the font family is the page's.
 */
export class EventTimeline extends LitElement {
  static override styles = styles;

  /** The events: an array of events or a document `{ title, description, categories, eras, events }`. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a JSON document to fetch; a newer `src` wins over an older fetch still in flight. */
  @property() src?: string;

  /** Start of the initial window (any date form the model reads); default: fit all events. */
  @property() start?: string;

  /** End of the initial window. */
  @property() end?: string;

  /** BCP 47 locale for labels; default the page's `lang` (followed as it changes), else the browser's. */
  @property() locale?: string;

  /** IANA time zone in which instants are shown; default the viewer's. Calendar dates never shift. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Plain mouse wheel: `auto` (zooms unless the page scrolls), `always`, or `ctrl` (Ctrl/⌘ + wheel only). */
  @property({ attribute: 'wheel-zoom' }) wheelZoom: WheelZoom = 'auto';

  /** Colour theme: `light`, `dark` or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /**
   * The data's format: `auto` (recognised by its shape), `event-timeline` (ours),
   * `timelinejs` (a TimelineJS3 document) or `vis` (a vis-timeline item array, or
   * `{ items, groups }`). Parts of another format with no place here are reported as
   * warnings in `timeline-error`, never dropped silently.
   */
  @property() format: SourceFormat = 'auto';

  /**
   * Text to find: only events whose title, description, date or category hold every
   * word are drawn and listed (any case, with or without accents). The search box in
   * the controls sets it too.
   */
  @property({ reflect: true }) search = '';

  /**
   * The host's own test of which events to show (`event => boolean`), on top of the
   * search and the legend. Setting it keeps the view.
   */
  @property({ attribute: false }) filter?: (event: TimelineEvent) => boolean;

  /**
   * What the search and `filter` do to events that do not match: `hide` them (default)
   * or `dim` them (drawn faded, listed faded, still reachable).
   */
  @property({ attribute: 'filter-mode' }) filterMode: 'hide' | 'dim' = 'hide';

  /** Category ids switched off (the legend's toggles set it too). */
  @property({ attribute: false }) hiddenCategories: readonly string[] = [];

  /**
   * Which controls the toolbar shows: space-separated `zoom`, `search` and `export`
   * (default all three), or `none`.
   */
  @property() controls = 'zoom search export';

  /**
   * Deep links: when present, the selected event and the visible window are kept in
   * the URL's fragment (`#view=START/END&event=ID`) and restored on load and on
   * back/forward. A value names this timeline's keys (`hash="main"`: `#main.view=…`)
   * for pages with several.
   */
  @property() hash?: string | null;

  /**
   * The overview strip under the plot: the whole extent with the events' density and
   * a brush for the visible window. `auto` (default) shows it when there is room
   * (240 px for plot and strip together), `on` always, `off` never.
   */
  @property({ reflect: true }) overview: 'auto' | 'on' | 'off' = 'auto';

  /**
   * Which way time runs: `horizontal` (left to right, or right to left on `dir="rtl"`
   * pages), `vertical` (down the page, as in an article's sidebar: one or two columns of
   * events beside an axis on the left; drag or scroll to move in time, Ctrl/⌘ + wheel
   * or the controls to zoom) or `auto` (default): vertical when the element is narrower
   * than 400 px.
   */
  @property({ reflect: true }) orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Which view shows: the `timeline`, or the accessible chronological `list` (250 events a page, opening where the timeline's view begins). */
  @property({ reflect: true }) view: 'timeline' | 'list' = 'timeline';

  @state() private problems: readonly Problem[] = [];
  @state() private fetchError?: string;
  @state() private domain: Domain = [0, 1];
  @state() private selectedId: string | null = null;
  @state() private hovered?: { id: string; x: number; y: number };
  @state() private announcement = '';

  @query('.plot') private plot!: HTMLElement;
  @query('svg.surface') private surface!: SVGSVGElement;

  /** The document read, prepared for drawing (its events in time order, lanes, indexes). */
  @state() private prepared?: Prepared;
  /** The last input read (parsed JSON), kept to read it again in another `format`. */
  private raw?: unknown;
  /** The whole document read; `prepared` holds what the filters let through. */
  private full?: TimelineDocument;
  private filtered?: Filtered;
  /** Each event's searchable text, made on the first search (dates in the current locale). */
  private readonly searchTexts = new SearchTexts(
    () => ({ locale: this.resolvedLocale, timeZone: this.zone }),
    id => this.full?.categories.find(category => category.id === id)?.label ?? '',
  );
  private searchTimer?: ReturnType<typeof setTimeout>;
  private active?: Active;
  private focusPending = false;
  private layout?: ViewLayout;
  private frame = 0;
  private pendingDomain?: Domain;
  private lastRange?: Domain;
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** Each drawn event's accessible name, by its index in the drawn document. */
  private readonly names = new PerEvent<string>();
  private readonly measure = new TextMeasure();
  /** Each event's label (its title cut to `labels.limit`) and the label's width, px. */
  private readonly labels = new Labels(this.measure);
  private readonly resize = new ResizeController(this);
  private readonly source = new SourceController(this);
  private restoringLink = false;
  private readonly links = new HashController(this, {
    prefix: () => (this.hash === undefined || this.hash === null ? null : this.hash.trim()),
    current: () => {
      const { start, end } = this.visibleRange;
      return { start: isoInstant(start), end: isoInstant(end), selected: this.selectedId ?? undefined };
    },
    restore: state => void this.restoreLink(state),
  });
  private readonly zoom = new ZoomController(this, {
    changed: domain => this.viewChanged(domain),
    wheelMode: () => (['always', 'ctrl'].includes(this.wheelZoom) ? this.wheelZoom : 'auto'),
    animate: () => !matchMedia('(prefers-reduced-motion: reduce)').matches,
  });

  constructor() {
    super();
    new KeyboardController(
      this,
      () => this.plot,
      (action, event) => this.act(action, event),
      () => (this.vertical ? 'down' : this.rtl ? 'rtl' : 'ltr'),
    );
  }

  /** Follows the page's `lang` and `dir` as they change (a language switcher). */
  private readonly language = new LanguageController(this, () => this.languageChanged());

  /** The window shown now, as instants. */
  get visibleRange(): { start: Date; end: Date } {
    return { start: new Date(this.fromWall(this.domain[0])), end: new Date(this.fromWall(this.domain[1])) };
  }

  private get document(): TimelineDocument | undefined {
    return this.prepared?.document;
  }

  /** The events drawn and listed (those the filters let through), indexed as in `prepared`. */
  private get drawn(): readonly TimelineEvent[] {
    return this.prepared?.document.events ?? [];
  }

  /** The events read from the data, in input order (read-only). */
  get events(): readonly TimelineEvent[] {
    return this.full?.events ?? [];
  }

  /** Every problem found in the data, errors and warnings. */
  get errors(): readonly Problem[] {
    return this.problems;
  }

  /**
   * Shows the window from `start` to `end` (Dates, epoch ms or date strings; a
   * calendar date counts from its first moment to its last), animated unless
   * reduced motion is asked for. Resolves once the view shows that window.
   */
  async zoomTo(start: TimeInput, end: TimeInput, options: ZoomToOptions = {}): Promise<void> {
    const from = this.wallOf(start, 'start');
    const to = this.wallOf(end, 'end');
    if (from === undefined || to === undefined) throw new RangeError(`zoomTo: cannot read ${String(from === undefined ? start : end)} as a date`);
    await this.updateComplete;
    await this.goTo(orderDomain(from, to), options.animate ?? true);
  }

  /** Fits every event in view. */
  async fit(options: ZoomToOptions = {}): Promise<void> {
    if (!this.prepared) return;
    await this.updateComplete;
    await this.goTo(this.fitDomain(), options.animate ?? true);
  }

  /**
   * Fetches `src` again, for dashboards that refresh the same URL. The view window and
   * the selection are kept when the events are still there; until the new document is
   * valid JSON the current events stay on screen. Resolves when the new data is read
   * (or the fetch failed, which fires `timeline-error`).
   */
  async reload(): Promise<void> {
    if (this.src) await this.fetchSource(this.src, true);
  }

  /**
   * The current view as a standalone SVG document (colours and fonts inlined, the
   * document's title as its <title>): what is drawn now, at the plot's size.
   */
  toSVG(): string {
    const box = this.surface?.getBoundingClientRect();
    if (!box || this.view !== 'timeline') throw new Error('toSVG: the timeline view is not drawn');
    const background = getComputedStyle(this.plot).backgroundColor;
    return this.withEveryItemAsSvg(() =>
      serializeSvg(this.surface, {
        width: Math.round(box.width),
        height: Math.round(box.height),
        background: background && background !== 'rgba(0, 0, 0, 0)' ? background : getComputedStyle(this).getPropertyValue('--event-timeline-background').trim() || '#ffffff',
        title: this.document?.title,
      }),
    );
  }

  /**
   * Runs `task` with the dense layer's items drawn as SVG too (an export stays vector
   * and styled as on the page), then takes them away again.
   */
  private withEveryItemAsSvg<T>(task: () => T): T {
    const prepared = this.prepared;
    const layout = this.layout;
    if (!this.dense || !prepared || !layout) return task();
    const ns = 'http://www.w3.org/2000/svg';
    const group = document.createElementNS(ns, 'g');
    // The SVG subset (tab stop, selection) steps aside meanwhile: each item once.
    const subset = [...this.surface.querySelectorAll<SVGGElement>(':scope > g.marks, :scope > g.clusters')].map(node => ({ node, next: node.nextSibling }));
    subset[0]?.node.before(group);
    const inDom = this.inDom;
    renderInto(this.renderItems(prepared, layout, renderMark, renderCluster, this.layoutShift, true), group);
    this.inDom = inDom;
    for (const { node } of subset) node.remove();
    try {
      return task();
    } finally {
      for (const { node, next } of subset.reverse()) this.surface.insertBefore(node, next);
      group.remove();
    }
  }

  /** The current view as a PNG, `scale` times its size on screen (default 2, for sharp print and HiDPI). */
  async toPNG(scale = 2): Promise<Blob> {
    const svgText = this.toSVG();
    const box = this.surface.getBoundingClientRect();
    return svgToPng(svgText, Math.round(box.width), Math.round(box.height), scale);
  }

  /** The export buttons: the view as a file, named after the document. */
  private async download(kind: 'svg' | 'png'): Promise<void> {
    const name = (this.document?.title ?? 'timeline').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'timeline';
    try {
      const blob = kind === 'svg' ? new Blob([this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG();
      offerDownload(blob, `${name}.${kind}`);
    } catch (error) {
      emit<TimelineErrorDetail>(this, 'timeline-error', { errors: [{ message: `Could not export: ${(error as Error).message}`, severity: 'error' }] });
    }
  }

  /** Selects an event by id (opens its details and fires `timeline-select`); `null` clears. */
  select(id: string | number | null): void {
    const key = id === null ? null : String(id);
    if (key !== null && !this.prepared?.byId.has(key)) return;
    if (key === this.selectedId) return;
    this.selectedId = key;
    const event = key === null ? null : this.drawn[this.prepared!.byId.get(key)!];
    emit<TimelineSelectDetail>(this, 'timeline-select', { id: event ? event.id : null, event });
    if (!this.restoringLink) this.links.selectionChanged();
  }

  /** Shows what a deep link holds: its window (animated) and its selection. */
  private async restoreLink(state: LinkState): Promise<void> {
    if (!this.prepared) return;
    this.restoringLink = true;
    try {
      this.select(state.selected ?? null);
    } finally {
      this.restoringLink = false;
    }
    if (state.start && state.end) {
      const from = this.wallOf(state.start, 'start');
      const to = this.wallOf(state.end, 'start');
      if (from !== undefined && to !== undefined && to > from) await this.goTo([from, to], true);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The writing direction is read here and on every resize, never per frame.
    this.rtl = getComputedStyle(this).direction === 'rtl';
    document.fonts?.addEventListener('loadingdone', this.fontsLoaded);
    if (this.data === undefined && !this.src && !this.document) this.readInlineScript();
    // Nothing to show yet: the page's first document will be drawn by warm code (see warm-up.ts).
    if (!this.full) void warmUp(this.warmUpHost);
  }

  private readonly warmUpHost: WarmUpHost = {
    format: () => ({ locale: this.resolvedLocale, zone: this.zone }),
    measure: () => {
      if (this.plot) this.measure.setFont(fontOf(this.plot));
      return text => this.measure.width(text);
    },
    drawDense: view => {
      const { width, height } = this.resize;
      if (width > 0 && height > 0) {
        this.denseLayer.draw({ ...view, width, height, margin: panReuse, shift: 0, rtl: this.rtl, key: 'warm-up' }, this.densePaint());
      }
    },
    done: () => this.full !== undefined || this.data !== undefined || !this.isConnected,
    surface: () => {
      if (!this.plot?.isConnected) return undefined;
      // After the plot's own surface (which queries for `svg.surface` find first), styled as it is.
      const surface = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      surface.setAttribute('class', 'surface');
      surface.setAttribute('aria-hidden', 'true');
      surface.style.visibility = 'hidden';
      this.plot.append(surface);
      return surface;
    },
    present: () => {
      const { width, height } = this.resize;
      if (!this.plot?.isConnected) return Promise.resolve();
      return this.denseLayer.warmCompositor(this.plot, width, height, panReuse, { done: this.warmUpHost.done, shows: () => this.dense });
    },
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener('loadingdone', this.fontsLoaded);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('timeZone') || changed.has('locale')) this.resolveZoneAndLocale();
    if (changed.has('data') && this.data !== undefined) {
      // Data set by code wins over a fetch still in flight.
      this.source.cancel();
      this.read(this.data);
    }
    if (changed.has('src') && this.src && !changed.has('data')) void this.fetchSource(this.src);
    // Another format asked for: the same input read again, keeping the view.
    if (changed.has('format') && this.hasUpdated && this.raw !== undefined && !changed.has('data')) this.read(this.raw, true);
    if ((changed.has('timeZone') || changed.has('locale')) && this.full && this.hasUpdated) {
      this.searchTexts.clear();
      this.prepareDocument(false);
    }
    if ((changed.has('search') || changed.has('filter') || changed.has('hiddenCategories') || changed.has('filterMode')) && this.full && this.hasUpdated && !changed.has('data')) {
      this.prepareDocument(false);
      const { search, hiddenCategories } = this;
      emit<TimelineFilterChangeDetail>(this, 'timeline-filter-change', { search, hiddenCategories, shown: this.filtered!.matching, total: this.events.length });
    }
    // The list opens where the timeline's view is.
    if (changed.has('view') && this.view === 'list') this.listPlacedFor = undefined;
    // A new start or end after the data arrived moves the view there.
    if ((changed.has('start') || changed.has('end')) && this.prepared && this.hasUpdated && !changed.has('data')) {
      this.zoom.show(this.initialDomain());
    }
  }

  protected override firstUpdated(): void {
    this.resize.observe(this.plot);
    this.bindGestures();
  }

  protected override updated(): void {
    // What takes room from the plot changed (data with a legend, a problems panel, the
    // details): render again for the plot's new size before this frame is painted.
    if (this.plotDeferred) {
      this.resize.measureNow();
      this.requestUpdate();
    }
    if (this.listFocusPending) {
      this.listFocusPending = false;
      const list = this.renderRoot.querySelector<HTMLElement>('.list');
      if (list) list.scrollTop = 0;
      list?.querySelector<HTMLElement>('.list-title')?.focus();
    }
    // Focus follows once the view it asked for is drawn (not while a frame is pending).
    if (this.focusPending && !this.frame) this.restoreFocus();
    if (this.domain !== this.lastRange && this.prepared) {
      this.lastRange = this.domain;
      emit<TimelineRangeChangeDetail>(this, 'timeline-range-change', this.visibleRange);
      this.links.viewChanged();
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => (this.announcement = describeRange(this.domain, this.resolvedLocale)), announceDelay);
    }
    this.bindGestures();
    if (!this.plotDeferred) this.drawDenseLayer();
  }

  /** Whether this render left the plot as it was, to lay it out once measured. */
  private plotDeferred = false;
  private lastPlot: unknown = nothing;
  /** What, outside the plot, shaped the layout around it at the last check. */
  private surroundings: readonly unknown[] = [];

  /**
   * Whether anything that can change the plot's size changed since the last call:
   * never true while zooming or panning, so the hot path reads no layout.
   */
  private surroundingsChanged(): boolean {
    const now = [this.prepared, this.filtered?.categories, this.problems, this.fetchError, this.controls, this.selectedId, this.matchesText(), this.view, this.overviewShown, this.theme, this.vertical];
    const changed = now.some((value, i) => value !== this.surroundings[i]);
    this.surroundings = now;
    return changed;
  }

  // ——— Data in ———

  private readInlineScript(): void {
    const script = this.querySelector('script[type="application/json"]');
    if (!script) return;
    const parsed = parseJson(script.textContent ?? '', 'The inline <script type="application/json">');
    if (parsed.ok) this.read(parsed.json);
    else this.fail(parsed.message);
  }

  private async fetchSource(url: string, keepView = false): Promise<void> {
    const result = await this.source.fetch(url);
    if (!result || url !== this.src) return; // a newer src (or data) took over
    if (result.ok) this.read(result.json, keepView);
    else this.fail(result.message);
  }

  /** Reports a failure to obtain a document; the events already shown stay. */
  private fail(message: string): void {
    this.fetchError = message;
    emit<TimelineErrorDetail>(this, 'timeline-error', { errors: [{ message, severity: 'error' }] });
  }

  private read(input: unknown, keepView = false): void {
    // A document can arrive before the first update (an inline script): resolve first.
    this.resolveZoneAndLocale();
    this.raw = input;
    const { document, problems } = readAnyDocument(input, this.format);
    this.searchTexts.clear(document.events);
    this.fetchError = undefined;
    this.problems = problems;
    this.full = document;
    this.labels.reset(document.events);
    this.prepareDocument(!keepView);
    emit<TimelineLoadDetail>(this, 'timeline-load', { count: document.events.length, errors: problems });
    if (problems.length > 0) {
      const errors = problems.map(({ index, id, field, message, severity }): TimelineErrorItem => ({ index, id, field, message, severity }));
      emit<TimelineErrorDetail>(this, 'timeline-error', { errors });
    }
  }

  private prepareDocument(fresh: boolean): void {
    // A new document re-seats the zoom behaviour on the view it starts with.
    this.documentVersion++;
    const filtered = filterDocument(this.full!, { search: this.search, hidden: new Set(this.hiddenCategories), predicate: this.filter, mode: this.filterMode }, this.searchTexts.find);
    if (filtered.predicateError && filtered.predicateError !== this.filtered?.predicateError) {
      emit<TimelineErrorDetail>(this, 'timeline-error', { errors: [{ message: filtered.predicateError, severity: 'warning' }] });
    }
    this.filtered = filtered;
    this.prepared = this.prepareFiltered(filtered);
    this.names.clear(this.drawn.length);
    if (this.selectedId !== null && !this.prepared.byId.has(this.selectedId)) this.selectedId = null;
    if (fresh) {
      // A deep link's selection is restored with the document that holds it.
      const linked = this.links.state()?.selected;
      if (linked && this.prepared.byId.has(linked)) this.selectedId = linked;
      // A new document starts on its own view; an animation over the old one ends here.
      this.zoom.stop();
      this.active = undefined;
      this.pendingDomain = undefined;
      this.domain = this.initialDomain();
    }
  }

  /** The whole document prepared, with what it was prepared for (see `prepareFiltered`). */
  private whole?: { document: TimelineDocument; zone: string; lanes: string; prepared: Prepared };

  /**
   * `filtered` prepared for drawing. When it draws the whole document (no filter, or
   * every search in `filter-mode="dim"`), the whole document's preparation is kept and
   * reused: clearing a search over 100,000 events prepared them all again (~50 ms of
   * the bench's search steps), and so did each keystroke of a dimming search.
   */
  private prepareFiltered(filtered: Filtered): Prepared {
    const { document, lanes } = filtered;
    // Another document read: the old one's preparation would only hold it in memory.
    if (this.whole?.document !== this.full) this.whole = undefined;
    // A filtered document's events are the whole one's: their spans and order are read from its preparation.
    if (document !== this.full) return prepare(document, this.zone, lanes, this.whole?.zone === this.zone ? this.whole.prepared : undefined);
    const key = lanes.map(lane => `${lane.id}\u0000${lane.color ?? ''}`).join('\u0000');
    const whole = this.whole;
    if (whole && whole.document === document && whole.zone === this.zone && whole.lanes === key) return whole.prepared;
    const prepared = prepare(document, this.zone, lanes);
    this.whole = { document, zone: this.zone, lanes: key, prepared };
    return prepared;
  }

  // ——— Time ———

  /** The display zone and locale, resolved when their attributes change (never per frame). */
  private zone = defaultZone();
  private resolvedLocale?: string;

  /**
   * The page's language or direction may have changed: labels, names and search texts
   * follow a new locale (unless `locale` is set), and the plot is mirrored or not.
   */
  private languageChanged(): void {
    const locale = this.resolvedLocale;
    this.resolveZoneAndLocale();
    if (this.resolvedLocale !== locale && this.full) {
      this.searchTexts.clear();
      this.prepareDocument(false);
    }
    // The direction and the font are read again when the geometry is (see `zoomGeometry`).
    this.geometryKey = '';
    this.requestUpdate();
  }

  private resolveZoneAndLocale(): void {
    this.zone = this.timeZone && isValidZone(this.timeZone) ? this.timeZone : defaultZone();
    const lang = this.locale || this.language.lang() || document.documentElement.lang;
    try {
      this.resolvedLocale = lang ? Intl.getCanonicalLocales(lang)[0] : undefined;
    } catch {
      this.resolvedLocale = undefined;
    }
  }

  /** A time given to the API as wall-clock ms, or undefined when it cannot be read. */
  private wallOf(input: TimeInput, side: 'start' | 'end'): number | undefined {
    if (input instanceof Date || typeof input === 'number') {
      const ms = +input;
      return Number.isFinite(ms) ? toWall(ms, this.zone) : undefined;
    }
    const parsed = tryParseDate(input);
    if ('error' in parsed) return undefined;
    const { date } = parsed;
    const ms = side === 'start' ? date.earliest : date.latest + 1;
    return date.calendar ? ms : toWall(ms, this.zone);
  }

  /** The instant a wall-clock time stands for in the display zone (for reporting). */
  private fromWall(wall: number): number {
    return fromWall(wall, this.zone);
  }

  private fitDomain(): Domain {
    return fitDomain(this.prepared!.extent);
  }

  private initialDomain(): Domain {
    const link = this.links.state();
    if (link?.start && link.end) {
      const from = this.wallOf(link.start, 'start');
      const to = this.wallOf(link.end, 'start');
      if (from !== undefined && to !== undefined && to > from) return [from, to];
    }
    const start = this.start ? this.wallOf(this.start, 'start') : undefined;
    const end = this.end ? this.wallOf(this.end, 'end') : undefined;
    if (start !== undefined && end !== undefined) return orderDomain(start, end);
    return this.fitDomain();
  }

  // ——— The view ———

  private viewChanged(domain: Domain): void {
    // Re-seating the zoom behaviour on the view already shown is not a change.
    if (!this.frame && domain[0] === this.domain[0] && domain[1] === this.domain[1]) return;
    this.pendingDomain = domain;
    if (this.frame) return;
    // One render a frame, however many wheel or pointer events arrive in it.
    this.frame = requestAnimationFrame(this.showPendingView);
  }

  /** Shows the view the last gesture or call asked for (at the frame it waited for). */
  private readonly showPendingView = () => {
    this.frame = 0;
    if (this.pendingDomain) this.domain = this.pendingDomain;
  };

  /** Resolves after the next frame has rendered. */
  private async rendered(): Promise<void> {
    await new Promise(resolve => requestAnimationFrame(resolve));
    await this.updateComplete;
  }

  private async goTo(domain: Domain, animate: boolean): Promise<void> {
    if (animate) {
      await this.zoom.zoomTo(domain);
      await this.rendered();
      return;
    }
    // A view asked for by code is drawn in this update, not the next frame's: the frame
    // batching is for gestures, whose events arrive many a frame.
    this.zoom.show(domain);
    this.applyPendingView();
    await this.updateComplete;
  }

  /** Shows the view waiting for the next frame now (its frame is not needed). */
  private applyPendingView(): void {
    if (!this.frame) return;
    cancelAnimationFrame(this.frame);
    this.showPendingView();
  }

  /** Pans (without zooming) so that the event or time `wall` is in view. */
  private reveal(start: number, end: number): void {
    const [d0, d1] = this.domain;
    if (start >= d0 && end <= d1) return;
    const span = d1 - d0;
    const centre = (Math.max(start, d0 - span * 10) + Math.min(end, d1 + span * 10)) / 2;
    this.zoom.show([centre - span / 2, centre + span / 2]);
  }

  // ——— Keyboard ———

  private act(action: KeyAction, event: KeyboardEvent): boolean {
    const prepared = this.prepared;
    if (!prepared || this.view !== 'timeline') return false;
    // Whatever the key changes, focus stays in the plot once it is drawn.
    this.focusPending = true;
    this.requestUpdate();
    const n = prepared.order.length;
    switch (action) {
      case 'zoom-in':
      case 'zoom-out':
        this.zoom.scaleBy(action === 'zoom-in' ? 2 : 0.5, undefined, event);
        return true;
      case 'page-back':
      case 'page-forward':
        this.zoom.panBy((action === 'page-back' ? -pageShare : pageShare) * this.resize.width, event);
        return true;
      case 'fit':
        void this.fitKeepingFocus();
        return true;
      case 'clear':
        if (this.selectedId === null) return false;
        this.select(null);
        return true;
      case 'select':
        return this.activate();
      default:
        break;
    }
    if (n === 0) return false;
    const target = moveTarget(action as Move, prepared, this.activeEvents(), this.firstVisible(), (this.domain[0] + this.domain[1]) / 2);
    if (target === undefined) return true;
    this.moveFocusTo(target);
    return true;
  }

  /** The events behind the active mark or cluster, if any. */
  private activeEvents(): ArrayLike<number> | undefined {
    const active = this.active;
    if (!active || !this.prepared) return undefined;
    if (active.kind === 'event') {
      const index = this.prepared.byId.get(active.id);
      return index === undefined ? undefined : [index];
    }
    return this.layout?.clusters.find(cluster => clusterKey(cluster) === active.key)?.events;
  }

  /** The earliest event drawn in view (alone or in a cluster), where ← and → start from. */
  private firstVisible(): number | undefined {
    const layout = this.layout;
    const prepared = this.prepared!;
    // Drawn marks, and each cluster's first event (its events are in time order).
    const candidates = [...(layout?.marks.map(mark => mark.event) ?? []), ...(layout?.clusters.map(cluster => cluster.events[0]) ?? [])];
    const visible = candidates.filter(event => prepared.endLatest[event] >= this.domain[0]);
    if (visible.length === 0) return prepared.order[0];
    return visible.reduce((a, b) => (prepared.rank[a] < prepared.rank[b] ? a : b));
  }

  private moveFocusTo(event: number): void {
    const prepared = this.prepared!;
    this.active = { kind: 'event', id: String(prepared.document.events[event].id) };
    this.focusPending = true;
    this.reveal(prepared.startEarliest[event], prepared.endLatest[event]);
    this.requestUpdate();
  }

  /**
   * "0": fits every event, animated. In a busy view only the focused item is an element,
   * and each frame of the zoom replaces it (a cluster's key is its time bucket): focus
   * would fall to the page. It waits on the plot while the view moves, then goes to the
   * active event's item (or the cluster now holding it).
   */
  private async fitKeepingFocus(): Promise<void> {
    const events = this.activeEvents();
    if (events && events.length > 0) this.active = { kind: 'event', id: String(this.drawn[events[0]].id) };
    this.focusPending = false;
    this.plot.focus();
    await this.fit();
    if (!this.isConnected || !this.plot.matches(':focus-within')) return;
    this.focusPending = true;
    this.requestUpdate();
    await this.updateComplete;
  }

  /** Enter / Space: select the active event, or zoom into the active cluster. */
  private activate(): boolean {
    const active = this.active;
    if (!active) return false;
    if (active.kind === 'event') {
      this.select(active.id);
      return true;
    }
    const cluster = this.layout?.clusters.find(c => clusterKey(c) === active.key);
    if (cluster) void this.zoomToCluster(cluster);
    return true;
  }

  /** A cluster's accessible name: its count and the time its events begin, as precisely as they are known. */
  private clusterName(prepared: Prepared, cluster: ClusterLayout, locale: string | undefined): string {
    return describeCluster(cluster.events.length, cluster.start, cluster.end, locale, clusterTime(prepared, cluster).grain);
  }

  private async zoomToCluster(cluster: ClusterLayout): Promise<void> {
    // To the span of its events' starts as known: a cluster of one day's events zooms to that day.
    const { start, end } = clusterTime(this.prepared!, cluster);
    const target = clusterZoom(start, end, this.domain, clusterPadding);
    // Focus follows the cluster's first event in the window zoomed to.
    const starts = this.prepared!.startEarliest;
    const inside = cluster.events.find(event => starts[event] >= target[0]);
    const first: Active = { kind: 'event', id: String(this.drawn[inside ?? cluster.events[0]].id) };
    const keepFocus = this.plot.matches(':focus-within');
    this.active = first;
    this.focusPending = keepFocus;
    await this.goTo(target, true);
    // The cluster's element may be gone once zoomed in: focus goes to its first event
    // (or the cluster now holding it) where the zoom ended.
    if (keepFocus && this.isConnected) {
      this.active = first;
      this.focusPending = true;
      this.requestUpdate();
      await this.updateComplete;
    }
  }

  /**
   * After a keyboard action has been drawn, puts focus on the active mark, on the
   * cluster now holding its event, or (when it left the view) on the plot's tab stop,
   * so that focus is never dropped to the page while the keys are in use.
   */
  private restoreFocus(): void {
    this.focusPending = false;
    const active = this.active;
    let target: SVGElement | HTMLElement | null = null;
    if (active?.kind === 'event' && this.layout) {
      const index = this.prepared?.byId.get(active.id);
      const cluster = this.layout.clusters.find(c => index !== undefined && c.events.includes(index));
      if (cluster) {
        this.active = { kind: 'cluster', key: clusterKey(cluster) };
        this.requestUpdate();
      }
      const selector = cluster ? `[data-cluster="${clusterKey(cluster)}"]` : `[data-event-id="${CSS.escape(active.id)}"]`;
      target = this.renderRoot.querySelector<SVGElement>(selector);
      // In a busy view only the active item is an element: the cluster's comes with the
      // render just asked for, and focus goes to it then.
      if (cluster && !target && this.dense) {
        this.focusPending = true;
        return;
      }
    } else if (active?.kind === 'cluster') {
      target = this.renderRoot.querySelector<SVGElement>(`[data-cluster="${active.key}"]`);
    }
    target ??= this.plot.querySelector<SVGElement>('[tabindex="0"]') ?? this.plot;
    target.focus();
    if (this.active?.kind === 'event') this.showTooltipFor(this.active.id);
  }

  /** A web font arrived: labels are measured again (with the geometry, on the next render). */
  private readonly fontsLoaded = () => {
    this.geometryKey = '';
    this.denseLayer.forgetPaint();
    this.labels.reset();
    this.requestUpdate();
  };

  // ——— Pointer ———

  private readonly clicked = (event: MouseEvent) => {
    const target = event.composedPath().find(node => node instanceof Element && (node.hasAttribute('data-event-id') || node.hasAttribute('data-cluster'))) as Element | undefined;
    if (!target) {
      const hit = this.hitAt(event);
      if (hit && 'mark' in hit) {
        const id = String(this.drawn[hit.mark.event].id);
        this.active = { kind: 'event', id };
        this.select(id);
        this.focusPending = true;
      } else if (hit) void this.zoomToCluster(hit.cluster);
      return;
    }
    const id = target.getAttribute('data-event-id');
    if (id !== null) {
      this.active = { kind: 'event', id };
      this.select(id);
      return;
    }
    const key = target.getAttribute('data-cluster');
    const cluster = this.layout?.clusters.find(c => clusterKey(c) === key);
    if (cluster) void this.zoomToCluster(cluster);
  };

  private readonly pointed = (event: Event) => {
    const target = event.composedPath().find(node => node instanceof Element && node.hasAttribute('data-event-id')) as Element | undefined;
    const id = target?.getAttribute('data-event-id');
    if (id) this.showTooltipFor(id);
    else if (this.hovered) this.hovered = undefined;
  };

  private readonly focused = (event: FocusEvent) => {
    const target = event.composedPath()[0] as Element;
    const id = target.getAttribute?.('data-event-id');
    const key = target.getAttribute?.('data-cluster');
    if (id) {
      this.active = { kind: 'event', id };
      this.showTooltipFor(id);
    } else if (key) this.active = { kind: 'cluster', key };
  };

  private readonly left = () => {
    this.hovered = undefined;
  };

  private showTooltipFor(id: string): void {
    const index = this.prepared?.byId.get(id);
    const mark = this.layout?.marks.find(m => m.event === index);
    if (!mark) return;
    const x = (mark.dot ? (mark.x0 + mark.x1) / 2 : Math.max(0, mark.labelX)) + this.layoutShift;
    const shown = this.rtl ? this.resize.width - x : x;
    if (this.hovered?.id !== id || this.hovered.x !== shown || this.hovered.y !== mark.y) this.hovered = { id, x: shown, y: mark.y };
  }

  // ——— Rendering ———

  /** Name read for a mark: title, date and category. */
  private nameOf(index: number): string {
    let name = this.names.get(index);
    if (name === undefined) {
      const event = this.drawn[index];
      const lane = this.prepared!.lanes[this.prepared!.laneOf[index]];
      name = `${event.title}, ${this.dateOf(event)}${lane.category.label ? `, ${lane.category.label}` : ''}`;
      this.names.set(index, name);
    }
    return name;
  }

  /** The widest a label may be (px): long titles are shortened to it; a new limit cuts them afresh. */
  private setLabelLimit(limit: number): void {
    if (limit !== this.labels.limit) this.labels.reset(undefined, limit);
  }

  private labelOf(index: number): string {
    return this.labels.text(this.drawn[index]);
  }

  /** How wide an event's label is drawn, px (measured once, not on every layout). */
  private labelWidthOf(index: number): number {
    return this.labels.width(this.drawn[index]);
  }

  private toggleCategory(id: string): void {
    const hidden = new Set(this.hiddenCategories);
    if (hidden.has(id)) hidden.delete(id);
    else hidden.add(id);
    this.hiddenCategories = [...hidden];
  }

  /**
   * The pointer is over the search box, or it has focus: the search texts are made in
   * idle time, so that the first keystroke only compares texts (the pointer gives that
   * work, ~200 ms at 100,000 events, a head start before the click).
   */
  private searchSoon(): void {
    if (this.full) this.searchTexts.makeSoon(this.full.events);
  }

  /** The search box: typing waits a moment before filtering (a large document re-filters each time). */
  private typed(text: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.search = text), this.events.length > 20_000 ? 250 : 80);
  }

  private dateOf(event: TimelineEvent): string {
    return formatEventDate(event, { locale: this.resolvedLocale, timeZone: this.zone });
  }

  protected override render(): TemplateResult {
    const document = this.document;
    const timeline = this.view === 'timeline';
    // The plot first: the roving tab stop below depends on what it lays out. When what
    // surrounds it changes, its size is not known until this render is in the DOM: the
    // plot keeps its last picture (never painted) and is laid out once `updated` has
    // measured it (the plot holding focus is laid out at once, to keep its elements).
    const changed = this.surroundingsChanged();
    this.plotDeferred = timeline && changed && !this.plotDeferred && !(this.hasUpdated && this.plot.matches(':focus-within'));
    if (!this.plotDeferred) {
      this.dense = false;
      this.lastPlot = timeline ? this.renderPlot() : nothing;
    }
    const plot = this.lastPlot;
    const folded = this.resize.width > 0 && this.resize.width < narrowWidth;
    // What does not change while zooming and panning is not rendered again for it.
    return html`<div class="base ${this.rtl ? 'rtl' : ''}" part="base">
      ${guard([this.filtered?.categories, folded, this.controls, this.search, this.matchesText(), timeline], () => this.renderToolbar(folded, timeline))}
      ${guard([this.problems, this.fetchError], () => this.renderProblems())}
      <div
        class="plot"
        role="group"
        aria-roledescription="timeline"
        aria-label=${document?.title ?? 'Timeline'}
        ?hidden=${!timeline}
        tabindex=${this.layout && (this.layout.marks.length > 0 || this.layout.clusters.length > 0) ? -1 : 0}
        @click=${this.clicked}
        @pointerover=${this.pointed}
        @pointerleave=${this.left}
        @pointermove=${this.moved}
        aria-describedby=${this.dense ? 'dense-note' : nothing}
        @focusin=${this.focused}
        @focusout=${this.left}
      >
        <svg class="surface ${this.vertical ? 'vertical' : ''}" aria-hidden=${this.layout ? nothing : 'true'}>${plot}</svg>
        ${this.dense
          ? html`${this.denseLayer.canvas}<span class="sr-only" id="dense-note">${this.layout ? this.denseLayer.note(this.layout) : ''}</span>`
          : nothing}
        ${this.renderTooltip()}
        ${this.zoom.hint ? html`<div class="hint" aria-hidden="true">Hold ${isMac() ? '⌘' : 'Ctrl'} and scroll to zoom the timeline</div>` : nothing}
      </div>
      ${timeline ? this.renderOverviewStrip() : this.renderListView()}
      ${guard([this.selectedId, this.prepared, this.resolvedLocale, this.zone], () => renderDetails(this.detailsView(), () => this.select(null)))}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private rtl = false;
  private overviewShown = false;

  /** The legend, the controls and the view switch. */
  private renderToolbar(folded: boolean, timeline: boolean): TemplateResult {
    return html`<div class="toolbar">
      ${this.filtered ? renderLegend(this.filtered.categories, folded, id => this.toggleCategory(id)) : nothing}
      ${renderControls(controlsOf(this.controls), this.search, this.matchesText(), {
        zoomIn: () => this.zoom.scaleBy(2),
        zoomOut: () => this.zoom.scaleBy(0.5),
        fit: () => void this.fit(),
        search: text => this.typed(text),
        searchSoon: () => this.searchSoon(),
        download: kind => void this.download(kind),
      })}
      <div class="switch" role="group" aria-label="View">
        <button type="button" aria-pressed=${timeline ? 'true' : 'false'} @click=${() => (this.view = 'timeline')}>Timeline</button>
        <button type="button" aria-pressed=${timeline ? 'false' : 'true'} @click=${() => (this.view = 'list')}>List</button>
      </div>
    </div>`;
  }

  // ——— The dense layer (marks and clusters on a canvas) ———

  /** Whether this view's items are drawn on the canvas (see `denseAbove`). */
  private dense = false;
  /** In the dense layer: which items are SVG instead (the canvas leaves them out). */
  private inDom?: { mark: (mark: MarkLayout) => boolean; cluster: (cluster: ClusterLayout) => boolean };
  /** Which items the SVG holds in the dense layer (the canvas redraws when that changes). */
  private domItemsKey = '';
  private readonly denseLayer = new DenseLayer();

  /** Draws the dense layer for the current layout (after each render that shows it). */
  private drawDenseLayer(): void {
    const layout = this.layout;
    const prepared = this.prepared;
    // The pointer's cursor over a drawn item is set by hand; without the layer, nothing is.
    if (!this.dense && this.surface?.style.cursor) this.surface.style.cursor = '';
    if (!this.dense || !this.denseLayer.canvas.isConnected || !layout || !prepared) return;
    const events = this.drawn;
    const dimmed = this.filtered?.dimmed;
    const inDom = this.inDom;
    const forced = forcedColors?.matches ?? false;
    const paint = this.densePaint();
    const { width, height } = this.resize;
    this.denseLayer.draw(
      {
        layout,
        width,
        height,
        // A short pan moves the canvas (drawn `panReuse` px beyond each side) and redraws nothing.
        margin: panReuse,
        shift: this.layoutShift,
        rtl: this.rtl,
        key: `${this.domItemsKey}:${this.documentVersion}`,
        dimmed,
        mark: mark => {
          if (inDom?.mark(mark)) return undefined;
          const event = events[mark.event];
          return {
            color: forced ? paint.fg : prepared.lanes[mark.lane].color,
            label: this.labelOf(mark.event),
            uncertain: event.uncertain,
            point: event.kind === 'point',
            dimmed: dimmed?.has(event) ?? false,
          };
        },
        cluster: cluster => (inDom?.cluster(cluster) ? undefined : forced ? paint.fg : prepared.lanes[cluster.lane].color),
      },
      paint,
    );
    this.denseLayer.prime(prepared.lanes, forced ? paint.fg : undefined);
  }

  /** The dense layer's colours and fonts (read again when the theme, size, data or colour scheme change). */
  private densePaint(): Paint {
    const forced = forcedColors?.matches ?? false;
    return this.denseLayer.paintFor(this.plot, `${this.theme}:${this.geometryKey}:${darkScheme?.matches}:${forced}`, forced);
  }

  /** The item of the dense layer under a pointer, if any. */
  private hitAt(event: MouseEvent): ReturnType<typeof hitItem> {
    const layout = this.layout;
    if (!this.dense || !layout || !this.surface) return undefined;
    const box = this.surface.getBoundingClientRect();
    const x = event.clientX - box.left;
    return hitItem(layout, (this.rtl ? box.width - x : x) - this.layoutShift, event.clientY - box.top, mark => this.labelWidthOf(mark.event));
  }

  /** Hover over the dense layer: the tooltip and the cursor, as SVG items have them. */
  private readonly moved = (event: PointerEvent) => {
    if (!this.dense || event.buttons !== 0 || event.pointerType === 'touch') return;
    const hit = this.hitAt(event);
    this.surface.style.cursor = hit ? ('mark' in hit ? 'pointer' : 'zoom-in') : '';
    if (hit && 'mark' in hit) this.showTooltipFor(String(this.drawn[hit.mark.event].id));
    else if (this.hovered) this.hovered = undefined;
  };

  /** Time runs down the page: asked for, or chosen on a narrow host. */
  private get vertical(): boolean {
    return this.orientation === 'vertical' || (this.orientation === 'auto' && this.resize.width > 0 && this.resize.width < verticalBelow);
  }

  /** Gestures follow the way time runs on the plot; the list view has none. */
  private bindGestures(): void {
    if (this.view === 'timeline' && this.surface) this.zoom.attach(this.surface, this.vertical ? 'y' : 'x');
    else this.zoom.release();
  }

  private densityKey = '';
  private densityPathCache = '';

  private renderOverviewStrip(): TemplateResult | typeof nothing {
    const prepared = this.prepared;
    const { width, height } = this.resize;
    const room = height + (this.overviewShown ? overviewHeight + 2 : 0);
    this.overviewShown = Boolean(prepared) && width > 0 && !this.vertical && (this.overview === 'on' || (this.overview === 'auto' && room >= 240));
    if (!this.overviewShown || !prepared) return nothing;
    const fit = this.fitDomain();
    const domain: Domain = [Math.min(fit[0], this.domain[0]), Math.max(fit[1], this.domain[1])];
    const key = `${this.documentVersion}:${width}:${domain[0]}:${domain[1]}`;
    if (key !== this.densityKey) {
      this.densityKey = key;
      this.densityPathCache = densityPath(density(prepared.startEarliest, domain, Math.ceil(width / 3)), width, 30);
    }
    return renderOverview(
      { domain, view: this.domain, width, path: this.densityPathCache, label: describeRange(this.domain, this.resolvedLocale), rtl: this.rtl },
      { show: view => this.zoom.showBounded(view), zoom: factor => this.zoom.scaleBy(factor) },
    );
  }

  /** "12 of 15 events" while a filter is on; nothing otherwise. */
  private matchesText(): string {
    const total = this.events.length;
    const shown = this.filtered?.matching ?? total;
    return this.full && shown !== total ? `${shown} of ${total} events` : '';
  }

  private renderProblems(): TemplateResult | typeof nothing {
    const errors = this.problems.filter(problem => problem.severity === 'error');
    const warnings = this.problems.filter(problem => problem.severity === 'warning');
    if (!this.fetchError && errors.length === 0 && warnings.length === 0) return nothing;
    const line = (problem: Problem) =>
      html`<li class=${problem.severity}>${problem.index !== undefined ? `Event ${problem.index}${problem.id !== undefined ? ` (id ${String(problem.id)})` : ''}: ` : ''}${problem.message}</li>`;
    // It scrolls when long: a tab stop, so the keyboard can scroll it too.
    return html`<div class="errors" part="error" role="alert" tabindex="0">
      ${this.fetchError ? html`<strong>${this.fetchError}</strong>` : nothing}
      ${errors.length + warnings.length > 0
        ? html`<span>${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} in the data${errors.length ? '; the valid events are shown' : ''}.</span>
            <ul>${[...errors, ...warnings].slice(0, 50).map(line)}</ul>`
        : nothing}
    </div>`;
  }

  private activeIsRendered(): boolean {
    const active = this.active;
    if (!active || !this.layout) return false;
    if (active.kind === 'cluster') return this.layout.clusters.some(c => clusterKey(c) === active.key);
    const index = this.prepared?.byId.get(active.id);
    return this.layout.marks.some(mark => mark.event === index);
  }

  private renderPlot(): unknown {
    const prepared = this.prepared;
    const { width, height } = this.resize;
    if (!prepared || width === 0 || height === 0) {
      this.layout = undefined;
      return nothing;
    }
    if (this.vertical) return this.renderVerticalPlot(prepared, width, height);
    const geometry = layoutGeometry(width, height, prepared.lanes.length, prepared.document.eras.length > 0);
    this.zoomGeometry(geometry);
    const scale = timeScale(this.domain, width);
    const { ticks, context } = axisTicks([this.domain[0], this.domain[1]], width, {
      locale: this.resolvedLocale,
      measure: text => this.measure.width(text),
    });
    // A share of the width, within bounds, so narrow hosts stay readable.
    this.setLabelLimit(Math.round(Math.max(minLabelWidth, Math.min(maxLabelWidth, width * labelShare))));
    const layout = this.layoutFor(prepared, scale, geometry);
    const shift = this.layoutShift;
    this.dense = layout.marks.length + layout.clusters.length > denseAbove;
    return svg`
      ${renderLanes(prepared.lanes, layout.lanes, width)}
      ${renderEras(prepared.eras, scale, width, geometry.axisTop, text => this.measure.width(text), (text, room) => fitText(this.measure, text, room))}
      ${renderGrid(ticks, scale, geometry.axisTop)}
      ${renderLaneLabels(prepared.lanes, layout.lanes, geometry.headers)}
      ${this.renderItems(prepared, layout, renderMark, renderCluster, shift)}
      ${renderAxis(ticks, context, scale, geometry.axisTop, width, text => this.measure.width(text))}
    `;
  }

  /** The plot with time running down (see render/vertical.ts). */
  private renderVerticalPlot(prepared: Prepared, width: number, height: number): unknown {
    const geometry = verticalGeometry(width, height);
    // The zoom works along the time axis: here its length is the plot's height.
    this.zoomGeometry({ width: height, height: width });
    const scale = timeScale(this.domain, height);
    const { ticks, context } = axisTicks([this.domain[0], this.domain[1]], height, { locale: this.resolvedLocale, measure: () => 16, minSpacing: 36 });
    this.setLabelLimit(Math.max(minLabelWidth / 2, Math.round(geometry.columnWidth - 24)));
    const layout = layoutVertical(prepared, scale, geometry);
    this.layout = layout;
    this.layoutMadeFor = undefined;
    this.layoutShift = 0;
    return svg`
      ${renderVerticalEras(prepared.eras, scale, width, height)}
      ${renderVerticalAxis(ticks, context, scale, width, height)}
      ${this.renderItems(prepared, layout, renderVerticalMark, renderVerticalCluster)}
    `;
  }

  /**
   * The marks and clusters of `layout`, drawn by `drawMark` and `drawCluster`, shifted
   * by `shift` px (a short pan), with the roving tab stop on exactly one of them: the
   * active mark or cluster, else the first mark, else the first cluster.
   */
  private renderItems(
    prepared: Prepared,
    layout: ViewLayout,
    drawMark: (mark: MarkLayout, state: MarkState) => SVGTemplateResult,
    drawCluster: (cluster: ClusterLayout, state: ClusterState) => SVGTemplateResult,
    shift = 0,
    all = !this.dense,
  ): SVGTemplateResult {
    const events = this.drawn;
    const activeId = this.active?.kind === 'event' ? this.active.id : undefined;
    const activeKey = this.active?.kind === 'cluster' ? this.active.key : undefined;
    const fallbackActive = this.activeIsRendered() ? undefined : layout.marks[0]?.event;
    const fallbackCluster = this.activeIsRendered() || layout.marks.length > 0 ? undefined : layout.clusters[0];
    const locale = this.resolvedLocale;
    const dimmed = this.filtered?.dimmed;
    // The dense layer draws the rest on a canvas: only the tab stop and the selection are SVG.
    const activeIndex = activeId === undefined ? undefined : prepared.byId.get(activeId);
    const selectedIndex = this.selectedId === null ? undefined : prepared.byId.get(this.selectedId);
    const inDom = (mark: MarkLayout): boolean => mark.event === activeIndex || mark.event === selectedIndex || mark.event === fallbackActive;
    const clusterInDom = (cluster: ClusterLayout): boolean => cluster === fallbackCluster || (activeKey !== undefined && clusterKey(cluster) === activeKey);
    this.inDom = all ? undefined : { mark: inDom, cluster: clusterInDom };
    const marks = all ? layout.marks : layout.marks.filter(inDom);
    const clusters = all ? layout.clusters : layout.clusters.filter(clusterInDom);
    if (!all) this.domItemsKey = `${marks.map(mark => mark.event).join()}|${clusters.map(clusterKey).join()}`;
    return svg`<g class="marks" transform="translate(${shift} 0)">${guard([marks, this.selectedId, activeId, fallbackActive, drawMark, dimmed], () =>
      repeat(
        marks,
        mark => String(events[mark.event].id),
        mark => {
          const event = events[mark.event];
          const id = String(event.id);
          return drawMark(mark, {
            event,
            color: prepared.lanes[mark.lane].color,
            name: this.nameOf(mark.event),
            label: this.labelOf(mark.event),
            selected: id === this.selectedId,
            active: id === activeId || mark.event === fallbackActive,
            dimmed: dimmed?.has(event) ?? false,
          });
        },
      ),
    )}</g>
      <g class="clusters" transform="translate(${shift} 0)">${guard([all ? layout : clusters, activeKey, fallbackCluster, drawCluster], () =>
        repeat(clusters, clusterKey, cluster =>
          drawCluster(cluster, {
            color: prepared.lanes[cluster.lane].color,
            name: this.clusterName(prepared, cluster, locale),
            active: clusterKey(cluster) === activeKey || cluster === fallbackCluster,
          }),
        ),
      )}</g>`;
  }

  private geometryKey = '';
  private documentVersion = 0;
  /** What the current layout was made for; a pan within `panReuse` px reuses it. */
  private layoutMadeFor?: { version: number; width: number; height: number; start: number; span: number; labelLimit: number };
  /** How far (px) the current view is panned from where the layout was made. */
  private layoutShift = 0;

  /**
   * The layout for this view. A pure pan by less than `panReuse` px reuses the last
   * layout, drawn shifted by one transform: no relayout and no mark attribute changes,
   * so a drag touches a single group. Zooming, resizing or new data lay out anew.
   */
  private layoutFor(prepared: Prepared, scale: ReturnType<typeof timeScale>, geometry: Geometry): ViewLayout {
    const [start, end] = this.domain;
    const span = end - start;
    const made = this.layoutMadeFor;
    if (
      this.layout &&
      made &&
      // The same preparation of the document: a new one (new data, a filter, a zone)
      // comes with a new version, and so may a kept one prepared again (a locale, see
      // `prepareFiltered`), whose names and labels were made anew.
      made.version === this.documentVersion &&
      made.width === geometry.width &&
      made.height === geometry.height &&
      made.labelLimit === this.labels.limit &&
      Math.abs(made.span - span) <= span * 1e-9
    ) {
      const shift = ((made.start - start) / span) * geometry.width;
      if (Math.abs(shift) <= panReuse) {
        this.layoutShift = shift;
        return this.layout;
      }
    }
    this.layout = layoutView(prepared, scale, geometry, index => this.labelWidthOf(index) + 4);
    this.layoutMadeFor = { version: this.documentVersion, width: geometry.width, height: geometry.height, start, span, labelLimit: this.labels.limit };
    this.layoutShift = 0;
    return this.layout;
  }

  /** Tells the zoom behaviour the size (along time, then across) and the pan bounds when they change. */
  private zoomGeometry(geometry: Pick<Geometry, 'width' | 'height'>): void {
    const bounds = this.fitDomain();
    const key = `${geometry.width}x${geometry.height}:${bounds[0]}:${bounds[1]}:${this.documentVersion}`;
    if (key === this.geometryKey) return;
    this.geometryKey = key;
    // Reading the font forces a style pass: done when the size or data change, never per frame.
    // Labels were cut and measured in the old font.
    if (this.measure.setFont(fontOf(this.plot))) this.labels.reset();
    // Right-to-left pages: the plot and the strip are drawn mirrored (time runs
    // leftwards), their text kept readable; see .rtl in styles.ts.
    this.rtl = getComputedStyle(this).direction === 'rtl';
    const pending = this.pendingDomain ?? this.domain;
    this.zoom.configure(bounds, geometry.width, geometry.height, pending);
  }

  private renderTooltip(): TemplateResult | typeof nothing {
    const hovered = this.hovered;
    const index = hovered ? this.prepared?.byId.get(hovered.id) : undefined;
    if (!hovered || index === undefined) return nothing;
    const event = this.drawn[index];
    const width = this.resize.width;
    const left = Math.max(4, Math.min(hovered.x, width - 240));
    const below = hovered.y + 34 < this.resize.height - 80;
    // Positioned through the CSSOM (styleMap), which a strict style-src allows.
    const position = below ? { left: `${left}px`, top: `${hovered.y + 26}px` } : { left: `${left}px`, bottom: `${this.resize.height - hovered.y + 12}px` };
    return html`<div class="tooltip" part="tooltip" role="tooltip" style=${styleProps(position)}>
      <strong>${event.title}</strong><span class="tooltip-date">${this.dateOf(event)}</span>
    </div>`;
  }

  private detailsView() {
    if (this.selectedId === null || !this.prepared) return undefined;
    const index = this.prepared.byId.get(this.selectedId);
    if (index === undefined) return undefined;
    const event = this.drawn[index];
    const lane = this.prepared.lanes[this.prepared.laneOf[index]];
    return { event, date: this.dateOf(event), category: lane.category.label, color: lane.color };
  }

  /** The listed page's first event, by its place in time order (see list-view.ts). */
  private listFirst = 0;
  /** The document and selection the page was last placed for: a new one places it again. */
  private listPlacedFor?: { prepared: Prepared; selectedId: string | null };
  /** Focus goes to the first listed event once a new page is drawn. */
  private listFocusPending = false;

  private renderListView(): TemplateResult {
    const prepared = this.prepared;
    if (!prepared) return html`<ol class="list" part="list"></ol>`;
    const total = prepared.order.length;
    const placed = this.listPlacedFor;
    // A new document (or filter) opens the list where the timeline's view begins; a new
    // selection turns to the page that holds it.
    if (placed?.prepared !== prepared) this.listFirst = pageAt(prepared, this.domain[0], listPageSize);
    const selected = this.selectedId === null ? undefined : prepared.byId.get(this.selectedId);
    if (selected !== undefined && placed?.selectedId !== this.selectedId) this.listFirst = pageHolding(this.listFirst, prepared.rank[selected], total, listPageSize);
    this.listPlacedFor = { prepared, selectedId: this.selectedId };
    const items = Array.from(prepared.order.subarray(this.listFirst, this.listFirst + listPageSize), index => {
      const event = this.drawn[index];
      const lane = prepared.lanes[prepared.laneOf[index]];
      return {
        event,
        date: this.dateOf(event),
        category: lane.category.label,
        color: lane.color,
        selected: String(event.id) === this.selectedId,
        dimmed: this.filtered?.dimmed?.has(event) ?? false,
      };
    });
    return renderList(
      items,
      { first: this.listFirst, total, locale: this.resolvedLocale },
      {
        select: event => this.select(event.id),
        page: direction => {
          this.listFirst = turnPage(this.listFirst, direction, total, listPageSize);
          this.listFocusPending = true;
          this.requestUpdate();
        },
      },
    );
  }
}

/** [a, b] in increasing order, at least a minute wide and inside the Date range. */
function orderDomain(a: number, b: number): Domain {
  let [start, end] = a <= b ? [a, b] : [b, a];
  if (end - start < minSpan) {
    const centre = (start + end) / 2;
    [start, end] = [centre - minSpan / 2, centre + minSpan / 2];
  }
  return [Math.max(-timeLimit, start), Math.min(timeLimit, end)];
}

function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}

/** An instant as a compact ISO string for URLs ("2023-08-01T00:00:00Z"). */
function isoInstant(date: Date): string {
  return Number.isNaN(+date) ? '' : date.toISOString().replace('.000Z', 'Z');
}
