/**
 * fast-check on what a server may send for `src`: valid JSON of any shape, JSON cut
 * short, arbitrary text, bytes that are not UTF-8, markup, whitespace and byte-order
 * marks, each served byte for byte by the test server (not a mocked fetch). Whatever
 * arrives: nothing is thrown to the page, a body that is JSON is read like `data`
 * (same events, same problems), and any other body is reported in part="error" and
 * `timeline-error` while the events already shown stay.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TimelineErrorEvent } from '../../src/events/timeline-error.js';
import { readDocument } from '../../src/model/read.js';
import { inside, mount, sample, settle } from '../helpers.js';

const encoder = new TextEncoder();
const text = (value: string) => encoder.encode(value);

const bodies: fc.Arbitrary<Uint8Array> = fc.oneof(
  // Valid JSON of any shape, and documents that look like ours.
  fc.json({ maxDepth: 3 }).map(text),
  fc
    .array(fc.record({ title: fc.string(), start: fc.constantFrom('2001', '2002-03', '1990~/1993~', 'NaN', 'x') }, { requiredKeys: [] }), { maxLength: 6 })
    .map(events => text(JSON.stringify({ events }))),
  // JSON cut short at any point.
  fc.tuple(fc.json({ maxDepth: 3 }), fc.nat()).map(([json, cut]) => text(json.slice(0, cut % Math.max(1, json.length)))),
  // Any text, markup, whitespace and BOMs.
  fc.string({ unit: 'binary', maxLength: 60 }).map(text),
  fc.constantFrom('', '  \n\t', '\uFEFF[]', '\uFEFF{"events":[{"title":"BOM","start":"2001"}]}', '<!doctype html><p>', '<?xml version="1.0"?><a/>', 'null', '"events"', '{"events":5}', ')]}\',\n[]').map(text),
  // Bytes that are not UTF-8.
  fc.uint8Array({ maxLength: 40 }),
);

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('<event-timeline> with arbitrary response bodies', () => {
  it('reads a JSON body as it reads data, and reports any other body while keeping the events shown', async () => {
    const element = await mount(sample);
    const pageErrors: string[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(bodies, async bytes => {
          element.data = structuredClone(sample);
          await settle(element);
          const url = `/test-server/body?b=${base64url(bytes)}&run=${run++}`;
          // What the browser decodes (UTF-8, BOM dropped), and what JSON it holds, if any.
          const decoded = new TextDecoder().decode(bytes).trim();
          let json: { value: unknown } | undefined;
          try {
            json = decoded ? { value: JSON.parse(decoded) } : undefined;
          } catch {
            json = undefined;
          }
          const outcome = new Promise<string>(resolve => {
            element.addEventListener('timeline-load', () => resolve('load'), { once: true });
            element.addEventListener('timeline-error', event => resolve((event as TimelineErrorEvent).detail.errors[0].message), { once: true });
          });
          element.src = url;
          const first = await outcome;
          await settle(element);
          if (json) {
            expect(first).to.equal('load');
            const expected = readDocument(json.value);
            expect(element.events.map(event => event.title)).to.deep.equal(expected.document.events.map(event => event.title));
            expect(element.errors.map(problem => `${problem.index}:${problem.field}`)).to.deep.equal(expected.problems.map(problem => `${problem.index}:${problem.field}`));
          } else {
            expect(first).to.match(/is empty|HTML or XML|not valid JSON/);
            expect(inside(element, '[part="error"]')[0].textContent).to.include(first);
            expect(element.events.map(event => event.title)).to.deep.equal(sample.events.map(event => event.title));
            expect(inside(element, '[data-event-id="p1"]')).to.have.length(1);
          }
          element.removeAttribute('src');
        }),
        { numRuns: 50 },
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(pageErrors).to.deep.equal([]);
  });

  for (const src of ['http://[', 'javascript:window.__pwned=1', 'ftp://example.org/events.json', 'data:text/html,<script>window.__pwned=1</script>']) {
    it(`reports the src ${JSON.stringify(src)} without throwing or running anything`, async () => {
      const element = await mount(sample);
      const failed = new Promise<TimelineErrorEvent>(resolve => element.addEventListener('timeline-error', event => resolve(event as TimelineErrorEvent), { once: true }));
      element.src = src;
      const { detail } = await failed;
      await settle(element);
      expect(detail.errors[0].message).to.match(/Could not fetch|HTML or XML/);
      expect(inside(element, '[data-event-id="p1"]')).to.have.length(1);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  }
});
