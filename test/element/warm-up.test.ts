/**
 * The warm-up (src/element/warm-up.ts): an element connected with nothing to show runs
 * the pipeline once on a document of its own, in idle time, and shows nothing of it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { warmUp, warmUpDocument, warmUpEdtf, warmUpStages } from '../../src/element/warm-up.js';
import { readDocument } from '../../src/model/read.js';
import { inside, sample, settle } from '../helpers.js';

/** A host that asks for nothing: the page's warm-up is begun by the element below, so this only finds its promise. */
const noHost = {
  format: () => ({ locale: undefined, zone: 'UTC' }),
  measure: () => (text: string) => text.length * 7,
  drawDense: () => undefined,
  done: () => true,
  surface: () => undefined,
  present: () => Promise.resolve(),
};

describe('warm-up', () => {
  it('reads its own documents without a problem, as the shapes real documents have', () => {
    const { document, problems } = readDocument(warmUpDocument());
    expect(problems).to.deep.equal([]);
    const kinds = new Set(document.events.map(event => `${event.kind}:${event.start.precision}`));
    expect([...kinds].sort()).to.deep.equal(['point:day', 'point:month', 'range:day']);
    expect(document.events).to.have.length(240);
    const edtf = readDocument(warmUpEdtf());
    expect(edtf.problems).to.deep.equal([]);
    expect(edtf.document.events).to.have.length(5);
    expect(edtf.document.events.every(event => event.uncertain)).to.equal(true);
  });

  it('runs while an element waits for data, fires nothing and shows nothing of its document', async () => {
    const heard: string[] = [];
    const element = await fixture<EventTimeline>(html`<event-timeline style="width:900px;height:400px" theme="light"></event-timeline>`);
    for (const type of ['timeline-load', 'timeline-error', 'timeline-range-change', 'timeline-select']) {
      element.addEventListener(type, () => heard.push(type));
    }
    // What the warm-up puts in the plot for a while (its stages run in idle time, after this task).
    const added: Node[] = [];
    const observer = new MutationObserver(records => added.push(...records.flatMap(record => [...record.addedNodes])));
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    // Every stage ran: nothing gave the element data in the meantime.
    expect(await warmUp(noHost)).to.equal(warmUpStages);
    await settle(element);
    observer.disconnect();
    expect(heard).to.deep.equal([]);
    expect(inside(element, '[part~=event], [part~=cluster], canvas.dense')).to.have.length(0);
    expect(element.shadowRoot!.textContent).not.to.contain('warm-up');
    // Its SVG was laid out in the plot (its text in the plot's fonts), hidden, and is gone;
    // so is the canvas it showed the compositor (blank: see dense-layer.test.ts).
    const surfaces = added.filter((node): node is SVGSVGElement => node instanceof SVGSVGElement && node.classList.contains('surface') && node.style.visibility === 'hidden');
    expect(surfaces).to.have.length(1);
    expect(surfaces[0].getAttribute('aria-hidden')).to.equal('true');
    expect(surfaces[0].querySelectorAll('text.lane-label, .axis text').length).to.be.greaterThan(3);
    expect(surfaces[0].isConnected).to.equal(false);
    const canvases = added.filter(node => node instanceof HTMLCanvasElement);
    expect(canvases).to.have.length(1);
    expect((canvases[0] as HTMLCanvasElement).isConnected).to.equal(false);

    // The document that comes next is drawn as if there had been none: here a busy one,
    // on the canvas the warm-up drew on.
    const events = Array.from({ length: 300 }, (_, i) => ({ id: `b${i}`, title: `B${i}`, start: new Date(Date.UTC(2001, 0, 1) + i * 86_400_000).toISOString().slice(0, 10) }));
    element.data = { events };
    await settle(element);
    expect(heard).to.include('timeline-load');
    expect(heard).not.to.include('timeline-error');
    expect(inside(element, 'canvas.dense')).to.have.length(1);
    expect(inside(element, '#dense-note')[0].textContent).to.match(/^\d+ events in view, drawn as a picture/);

    element.data = sample;
    await settle(element);
    expect(inside(element, '[part~=event]').map(mark => mark.getAttribute('data-event-id'))).to.have.members(sample.events.map(event => event.id));
  });
});
