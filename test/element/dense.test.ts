/**
 * The dense layer: a view with more items than SVG updates cheaply draws them on a
 * canvas, keeps the tab stop and the selection as SVG, and stays usable by pointer,
 * keyboard and screen reader, and exportable.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import type { TimelineSelectEvent } from '../../src/events/timeline-select.js';
import { seriousViolations } from '../axe.js';
import { idle, inside, mount, once, settle, until } from '../helpers.js';

const red = '#ff0000';
/** 80 one-day events a week apart in one red category, short titles: rows, no clusters. */
const weekly = {
  title: 'Weekly',
  categories: [{ id: 'w', label: 'Weeks', color: red }],
  events: Array.from({ length: 80 }, (_, i) => ({
    id: `w${i}`,
    title: `W${i}`,
    start: new Date(Date.UTC(2001, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10),
    category: 'w',
  })),
};

const canvasOf = (element: EventTimeline) => inside<HTMLCanvasElement>(element, 'canvas.dense')[0];
const items = (element: EventTimeline) => inside(element, '[part~=event], [part~=cluster]');
const focused = (element: EventTimeline) => element.shadowRoot!.activeElement;

/** Page coordinates of the centre of a red dot drawn on the canvas (inside the visible plot), if any. */
function redDot(element: EventTimeline, skip = 0): { x: number; y: number } | undefined {
  const canvas = canvasOf(element);
  const context = canvas.getContext('2d')!;
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  const box = canvas.getBoundingClientRect();
  const plot = inside(element, '.plot')[0].getBoundingClientRect();
  const scale = canvas.width / box.width;
  let found = 0;
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      const i = (y * width + x) * 4;
      const solid = data[i] > 230 && data[i + 1] < 40 && data[i + 2] < 40 && data[i + 3] > 240;
      // The centre of a dot: solid red two px to each side too.
      const j = i + 8;
      const k = i - 8;
      if (!solid || data[j] < 230 || data[j + 3] < 240 || data[k] < 230 || data[k + 3] < 240) continue;
      const page = { x: Math.round(box.left + x / scale), y: Math.round(box.top + y / scale) };
      if (page.x < plot.left + 20 || page.x > plot.right - 20) continue;
      if (found++ === skip) return page;
      // The next dot, not the next pixel of this one.
      x += 24;
    }
  }
  return undefined;
}

/** 1,200 daily events in six red categories: far more than rows hold, so cluster badges. */
const crowded = {
  categories: Array.from({ length: 6 }, (_, k) => ({ id: `c${k}`, label: `Crowd ${k}`, color: red })),
  events: Array.from({ length: 1200 }, (_, i) => ({
    id: `c${i}`,
    title: `C${i}`,
    start: new Date(Date.UTC(2001, 0, 1) + Math.floor(i / 6) * 86_400_000).toISOString().slice(0, 10),
    category: `c${i % 6}`,
  })),
};

/** The longest run of pixels along one row of a `width` × `height` image for which `solid` (given the pixel's RGBA offset) holds. */
function longestRun(width: number, height: number, solid: (i: number) => boolean): { y: number; x0: number; x1: number } {
  let best = { y: 0, x0: 0, x1: 0 };
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      if (x < width && solid((y * width + x) * 4)) {
        if (start < 0) start = x;
      } else if (start >= 0) {
        if (x - start > best.x1 - best.x0) best = { y, x0: start, x1: x };
        start = -1;
      }
    }
  }
  return best;
}

/**
 * The canvas's widest cluster badge: the longest run of strong red along a pixel row
 * (a badge's straight top edge), and the alphas of the pure red pixels a few px below
 * it (its faint inside; the count's dark text left out).
 */
function widestPill(element: EventTimeline): { length: number; edge: number[]; inside: number[] } {
  const canvas = canvasOf(element);
  const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  // A 1.5 px edge covers no pixel row wholly: its strongest row is over half opaque.
  const solid = (i: number) => data[i] > 230 && data[i + 1] < 40 && data[i + 2] < 40 && data[i + 3] > 150;
  const best = longestRun(width, height, solid);
  const edge: number[] = [];
  const inside: number[] = [];
  const below = best.y + Math.round(4 * ratio);
  // The edge along the straight middle, a badge's height in from each end (past the
  // round ends); the inside all along the run, where the ends meet the middle too.
  const end = Math.round(12 * ratio);
  for (let x = best.x0; x < best.x1; x++) {
    if (x >= best.x0 + end && x < best.x1 - end) edge.push(data[(best.y * width + x) * 4 + 3]);
    const i = (below * width + x) * 4;
    if (data[i] > 230 && data[i + 1] < 40 && data[i + 2] < 40) inside.push(data[i + 3]);
  }
  return { length: (best.x1 - best.x0) / ratio, edge, inside };
}

/** The weekly points and one long red range among them (a bar of ~60 days). */
const withBar = {
  ...weekly,
  events: [...weekly.events, { id: 'bar', title: 'Long', start: '2001-03-05', end: '2001-05-03', category: 'w' }],
};

/**
 * The canvas's longest run of opaque red along a pixel row (the middle of the bar: a
 * seam where copied parts meet would cut it short), and the alphas, at the run's two
 * ends, of the bar's top row (its rounded corners).
 */
function longestBar(element: EventTimeline): { length: number; corners: number[] } {
  const canvas = canvasOf(element);
  const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const red = (i: number) => data[i] > 230 && data[i + 1] < 40 && data[i + 2] < 40 && data[i + 3] > 250;
  const best = longestRun(width, height, red);
  // The bar's top row: the first row above the run's middle that is not solid red.
  let top = best.y;
  const middle = (best.x0 + best.x1) >> 1;
  while (top > 0 && data[((top - 1) * width + middle) * 4 + 3] > 0) top--;
  const corners = [data[(top * width + best.x0) * 4 + 3], data[(top * width + best.x1 - 1) * 4 + 3]];
  return { length: (best.x1 - best.x0) / ratio, corners };
}

afterEach(async () => {
  await resetMouse();
});

describe('<event-timeline> dense layer', () => {
  it('draws a busy view on a canvas and keeps only the tab stop as SVG', async () => {
    const element = await mount(weekly);
    expect(canvasOf(element), 'canvas').to.exist;
    expect(items(element).length).to.equal(1);
    expect(inside(element, '.plot [tabindex="0"]').length).to.equal(1);
    expect(redDot(element), 'a red dot is drawn').to.exist;
    const note = inside(element, '#dense-note')[0];
    expect(inside(element, '.plot')[0].getAttribute('aria-describedby')).to.equal('dense-note');
    expect(note.textContent).to.match(/^80 events in view, drawn as a picture\. Move between them with the arrow keys/);
  });

  it('keeps its pixels when the plot gets shorter, one to a device pixel and clipped by the plot; grows with it', async () => {
    const element = await mount(weekly);
    const canvas = canvasOf(element);
    const plot = () => inside(element, '.plot')[0].getBoundingClientRect();
    const { width, height } = canvas;
    const tall = plot().height;
    element.style.height = '340px';
    await settle(element);
    expect(plot().height).to.be.below(tall - 30);
    expect(canvasOf(element)).to.equal(canvas);
    expect([canvas.width, canvas.height]).to.deep.equal([width, height]);
    const ratio = window.devicePixelRatio || 1;
    expect(canvas.getBoundingClientRect().height).to.be.closeTo(height / ratio, 0.5);
    expect(getComputedStyle(inside(element, '.plot')[0]).overflow).to.equal('hidden');
    expect(redDot(element), 'still drawn').to.exist;
    element.style.height = '600px';
    await settle(element);
    expect(canvas.height).to.equal(Math.round(plot().height * ratio));
    expect(canvas.getBoundingClientRect().height).to.be.closeTo(plot().height, 0.5);
  });

  it('draws cluster badges as whole pills: a solid edge round a faint inside, without seams', async () => {
    const element = await mount(crowded);
    expect(canvasOf(element), 'canvas').to.exist;
    const pill = widestPill(element);
    // Wider than a badge's two round ends (24 px high): it has a straight middle.
    expect(pill.length).to.be.above(40);
    expect(Math.max(...pill.edge) - Math.min(...pill.edge)).to.be.below(16);
    // The inside is one faint red (a quarter opaque) all along: no darker seam where parts overlap, no gap.
    expect(pill.inside.length).to.be.above(pill.edge.length / 2);
    expect(Math.min(...pill.inside)).to.be.within(50, 80);
    expect(Math.max(...pill.inside)).to.be.within(50, 80);
  });

  it('draws a bar whole: solid all along its middle, its corners rounded', async () => {
    const element = await mount(withBar);
    expect(canvasOf(element), 'canvas').to.exist;
    const bar = longestBar(element);
    // 59 days at the fitted scale (the plot is 900 px wide for ~570 days), opaque all
    // along: no seam where the copied ends meet the stretched middle.
    expect(bar.length).to.be.within(70, 120);
    // Rounded corners: the top row's end pixels are only partly covered.
    for (const alpha of bar.corners) expect(alpha).to.be.below(230);
  });

  it('draws few items as SVG, and switches as the view fills', async () => {
    const element = await mount(weekly);
    const first = canvasOf(element);
    await element.zoomTo('2001-01-01', '2001-03-01', { animate: false });
    await settle(element);
    expect(canvasOf(element)).to.equal(undefined);
    expect(items(element).length).to.be.within(8, 40);
    await element.fit({ animate: false });
    await settle(element);
    // The same canvas again (its memory kept), drawn anew.
    expect(canvasOf(element)).to.equal(first);
    expect(redDot(element)).to.exist;
  });

  it('shows the tooltip over a drawn event, and selects it on click', async () => {
    const element = await mount(weekly);
    const dot = redDot(element, 10)!;
    await sendMouse({ type: 'move', position: [dot.x, dot.y] });
    await until(() => inside(element, '[part=tooltip]').length === 1, 60, 'tooltip shown');
    const title = inside(element, '[part=tooltip]')[0].textContent!;
    const id = /W(\d+)/.exec(title)![0].replace('W', 'w');
    const selected = once<TimelineSelectEvent>(element, 'timeline-select');
    await sendMouse({ type: 'click', position: [dot.x, dot.y] });
    expect((await selected).detail.id).to.equal(id);
    await settle(element);
    // The selection is SVG now, with its part, name and pressed state.
    const mark = inside(element, '[part~=selected]')[0];
    expect(mark.getAttribute('data-event-id')).to.equal(id);
    expect(mark.getAttribute('aria-pressed')).to.equal('true');
    expect(mark.getAttribute('aria-label')).to.contain(`W${id.slice(1)}`);
  });

  it('reaches every event in view by the arrow keys, each named as it gets focus', async () => {
    const element = await mount(weekly);
    inside<SVGElement>(element, '.plot [tabindex="0"]')[0].focus();
    await sendKeys({ press: 'Home' });
    await settle(element);
    const names = new Set<string>();
    for (let i = 0; i < 80; i++) {
      const now = focused(element)!;
      expect(now.getAttribute('role')).to.equal('button');
      names.add(now.getAttribute('aria-label')!);
      await sendKeys({ press: 'ArrowRight' });
      await settle(element);
    }
    expect(names.size).to.equal(80);
    expect(items(element).length).to.equal(1);
  });

  it('keeps focus in the timeline through an animated fit ("0") that replaces the focused cluster', async () => {
    const daily = { events: Array.from({ length: 3000 }, (_, i) => ({ id: `d${i}`, title: `Day ${i}`, start: new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10) })) };
    const element = await mount(daily);
    await element.zoomTo('2003-01-01', '2004-01-01', { animate: false });
    await settle(element);
    inside<SVGElement>(element, '.plot [tabindex="0"]')[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    const before = focused(element)!;
    expect(before.getAttribute('role')).to.equal('button');
    await sendKeys({ press: '0' });
    await idle(element);
    await settle(element);
    // The view fits every event, and focus is on an item of it, not dropped to the page.
    expect(+element.visibleRange.end - +element.visibleRange.start).to.be.above(7 * 365 * 86_400_000);
    // (Compared as booleans: chai would print the whole element on a failure.)
    expect(document.activeElement === element, 'focus is in the timeline').to.equal(true);
    expect(focused(element)?.getAttribute('role')).to.equal('button');
  });

  it('exports every drawn item as vector SVG, and leaves the canvas in place', async () => {
    const element = await mount(weekly);
    const exported = element.toSVG();
    expect(exported.match(/data-event-id="w\d+"/g)?.length).to.equal(80);
    expect(items(element).length).to.equal(1);
    expect(canvasOf(element)).to.exist;
  });

  it('has no serious or critical axe violation', async () => {
    const element = await mount(weekly);
    element.select('w5');
    await settle(element);
    expect(await seriousViolations(element)).to.deep.equal([]);
  });

  it('keeps the pointer on the right events in a right-to-left page', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const element = await mount(weekly);
      const dot = redDot(element, 3)!;
      const selected = once<TimelineSelectEvent>(element, 'timeline-select');
      await sendMouse({ type: 'click', position: [dot.x, dot.y] });
      const { id } = (await selected).detail;
      await settle(element);
      // The SVG mark drawn for the selection is where the canvas drew it.
      const box = inside(element, '[part~=selected] circle')[0].getBoundingClientRect();
      expect(Math.abs(box.left + box.width / 2 - dot.x), `${id} drawn where it was clicked`).to.be.below(4);
      expect(Math.abs(box.top + box.height / 2 - dot.y)).to.be.below(4);
    } finally {
      document.documentElement.dir = '';
    }
  });

  it('keeps the keyboard, the details and axe working at 100,000 events', async () => {
    const day = 86_400_000;
    const first = Date.UTC(1990, 0, 1);
    const events = Array.from({ length: 100_000 }, (_, i) => ({
      id: i,
      title: `Event ${i}`,
      start: new Date(first + Math.floor((i * 12_419) / 100_000) * day).toISOString().slice(0, 10),
      category: `c${i % 6}`,
    }));
    const element = await mount({ title: 'Many', events }, { width: 1200, height: 500 });
    expect(element.events).to.have.length(100_000);
    expect(canvasOf(element)).to.exist;
    inside<SVGElement>(element, '.plot [tabindex="0"]')[0].focus();
    /** Enter on a focused cluster zooms into it, until an event has focus (focus kept on an item throughout). */
    const intoClusters = async () => {
      for (let i = 0; i < 8 && focused(element)?.getAttribute('data-cluster'); i++) {
        await sendKeys({ press: 'Enter' });
        await idle(element);
        await until(() => focused(element)?.getAttribute('role') === 'button', 60, 'focus kept on an item');
      }
    };
    // A cluster has focus first in a fitted view of 100,000 events.
    await intoClusters();
    const names = new Set<string>();
    for (let i = 0; i < 5; i++) {
      names.add(focused(element)!.getAttribute('aria-label')!);
      await sendKeys({ press: 'ArrowRight' });
      await settle(element);
    }
    expect(names.size).to.equal(5);
    await intoClusters();
    const id = focused(element)!.getAttribute('data-event-id')!;
    expect(/^\d+$/.test(id), `an event has focus, not ${id}`).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(inside(element, '[part="details"] h2')[0].textContent).to.equal(`Event ${id}`);
    expect(inside(element, '*').length).to.be.below(3000);
    expect(await seriousViolations(element)).to.deep.equal([]);
  });
});
