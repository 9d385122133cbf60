/**
 * fast-check drives the element itself with hostile documents: markup and script URLs
 * in every text field, odd numbers, bad dates, wrong types. Whatever comes in, nothing
 * is thrown to the page, no element is made from data text, no link but http(s) is
 * rendered, every valid event is drawn or listed, and every invalid one is reported
 * with its index and field.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/event-timeline.js';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import type { TimelineErrorEvent } from '../../src/events/timeline-error.js';
import { readDocument } from '../../src/model/read.js';
import { isoDate } from '../model/arbitraries.js';
import { settle } from '../helpers.js';

const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    'javascript:window.__pwned=1',
    'data:text/html,<b>x</b>',
    '\u202Eevil\u202C',
    'é\u0301\u0301\u0301',
    '👩‍👩‍👧‍👦🚀',
    '\uD800 lone surrogate',
    'a'.repeat(100_000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const hostileDate = fc.oneof(isoDate, hostileText, fc.constantFrom('NaN', '1e308', '-271822', '275760-09-14', '+275761', 'Infinity'), fc.double(), fc.integer());
const hostileUrl = fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', 'ftp://x'), hostileText);
const event = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.double()),
    title: fc.oneof(hostileText, fc.constant(''), fc.integer()),
    start: hostileDate,
    end: hostileDate,
    description: hostileText,
    displayDate: hostileText,
    category: fc.oneof(hostileText, fc.constantFrom('a', 'b')),
    url: hostileUrl,
    sources: fc.array(fc.record({ title: hostileText, url: hostileUrl }, { requiredKeys: [] }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const documents = fc.oneof(
  fc.array(fc.oneof(event, fc.jsonValue()), { maxLength: 12 }),
  fc.record({ title: hostileText, events: fc.array(event, { maxLength: 12 }), categories: fc.anything() }, { requiredKeys: ['events'] }),
  fc.jsonValue(),
);

describe('<event-timeline> with hostile data', () => {
  it('never throws, never makes elements or unsafe links from data, and keeps every valid event', async () => {
    const element = await fixture<EventTimeline>(html`<event-timeline style="width:800px;height:360px"></event-timeline>`);
    const pageErrors: string[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.message);
    window.addEventListener('error', onError);
    const allowedTags = new Set(['div', 'svg', 'g', 'rect', 'circle', 'line', 'text', 'ul', 'ol', 'li', 'span', 'button', 'strong', 'section', 'h2', 'p', 'a', 'details', 'summary', 'slot', 'input', 'path']);
    try {
      await fc.assert(
        fc.asyncProperty(documents, fc.constantFrom('timeline', 'list') as fc.Arbitrary<'timeline' | 'list'>, async (input, view) => {
          const reported: TimelineErrorEvent[] = [];
          const listen = (event: Event) => reported.push(event as TimelineErrorEvent);
          element.addEventListener('timeline-error', listen);
          element.view = view;
          // The same value twice is no change (Lit compares with ===), so each run starts from none.
          element.data = undefined;
          await element.updateComplete;
          element.data = input;
          await settle(element);
          element.removeEventListener('timeline-error', listen);
          const expected = readDocument(input);
          // Every valid event is there: drawn (alone or in a cluster) or listed.
          expect(element.events.length).to.equal(expected.document.events.length);
          const root = element.shadowRoot!;
          if (view === 'list') {
            expect(root.querySelectorAll('.list-item').length).to.equal(Math.min(expected.document.events.length, 2000));
          } else if (expected.document.events.length > 0) {
            const clustered = [...root.querySelectorAll('[part="cluster"]')].reduce((sum, node) => sum + Number(node.getAttribute('data-count')), 0);
            expect(root.querySelectorAll('[part~="event"]').length + clustered).to.equal(expected.document.events.length);
          }
          // Every problem is reported with its event's index and field.
          const where = (problems: readonly { index?: number; field?: string }[]) => problems.map(({ index, field }) => `${index}:${field}`);
          if (expected.problems.length > 0) expect(where(reported.at(-1)!.detail.errors)).to.deep.equal(where(expected.problems));
          else expect(reported).to.have.length(0);
          // Only the element's own tags: nothing made from data text.
          for (const node of root.querySelectorAll('*')) expect(allowedTags.has(node.localName), node.localName).to.equal(true);
          // Only http(s) links.
          for (const link of root.querySelectorAll('a')) expect(new URL(link.href).protocol).to.match(/^https?:$/);
          expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
        }),
        { numRuns: 60 },
      );
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(pageErrors).to.deep.equal([]);
  });
});
