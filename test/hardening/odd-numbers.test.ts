/**
 * Numbers in odd places, one case each, through the element: NaN-like strings, 1e308,
 * negative and very long years, the edges of the JavaScript Date range, numbers where
 * text belongs. Each case sits beside a good event; the good event is always drawn,
 * an accepted odd one is drawn with the right date, a rejected one is reported with
 * its index, field and a reason a person can act on.
 */
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import type { TimelineErrorEvent } from '../../src/events/timeline-error.js';
import { inside, mount, settle } from '../helpers.js';

const anchor = { id: 'anchor', title: 'Anchor', start: '2001-05-05' };

/** The odd event's fields; `field` is where the problem must be reported. */
interface Rejected {
  event: Record<string, unknown>;
  field: string;
  reason: RegExp;
}
interface Accepted {
  event: Record<string, unknown>;
  /** Words the event's accessible name must hold (its date, as a reader hears it). */
  named: string;
}

const notADate = /expected an EDTF date/;
const outOfRange = /outside the range of JavaScript dates.*271,822 BCE.*275,760 CE/;
const notWhole = /not a whole number; a number is a year/;
const longYear = /written with a "Y"/;

const rejected: Record<string, Rejected> = {
  'the string "NaN"': { event: { start: 'NaN' }, field: 'start', reason: notADate },
  'the string "Infinity"': { event: { start: 'Infinity' }, field: 'start', reason: notADate },
  'the string "-Infinity" as an end': { event: { start: '2001', end: '-Infinity' }, field: 'end', reason: notADate },
  'the string "1e308"': { event: { start: '1e308' }, field: 'start', reason: notADate },
  'the string "0x7D0"': { event: { start: '0x7D0' }, field: 'start', reason: notADate },
  'full-width digits': { event: { start: '１９９３' }, field: 'start', reason: notADate },
  'the number 1e308': { event: { start: 1e308 }, field: 'start', reason: outOfRange },
  'the number -1e308 as an end': { event: { start: 2001, end: -1e308 }, field: 'end', reason: outOfRange },
  'NaN set by code': { event: { start: Number.NaN }, field: 'start', reason: notWhole },
  'Infinity set by code': { event: { start: Number.POSITIVE_INFINITY }, field: 'start', reason: notWhole },
  'a fractional year': { event: { start: 1993.5 }, field: 'start', reason: notWhole },
  'Number.MAX_SAFE_INTEGER': { event: { start: Number.MAX_SAFE_INTEGER }, field: 'start', reason: outOfRange },
  'year 275,760 (the Date range ends in its September)': { event: { start: 275760 }, field: 'start', reason: outOfRange },
  'year 275,761 with a "Y"': { event: { start: 'Y275761' }, field: 'start', reason: outOfRange },
  '275760-09-13 (a six-digit year with a month)': { event: { start: '275760-09-13' }, field: 'start', reason: longYear },
  'a "+" sign': { event: { start: '+1993' }, field: 'start', reason: longYear },
  'a five-digit year without "Y"': { event: { start: '12345' }, field: 'start', reason: longYear },
  'year -271,821 (before the Date range begins in its April)': { event: { start: -271821 }, field: 'start', reason: outOfRange },
  'Y-300000': { event: { start: 'Y-300000' }, field: 'start', reason: outOfRange },
  'Y170000000': { event: { start: 'Y170000000' }, field: 'start', reason: outOfRange },
  'day 30 of February': { event: { start: '2001-02-30' }, field: 'start', reason: /28 days, so day 30 does not exist/ },
  'month 0': { event: { start: '2001-00-10' }, field: 'start', reason: /month 0 does not exist/ },
  'a number as the title': { event: { title: 12345 }, field: 'title', reason: /title must be a string, not a number/ },
  'NaN as the title': { event: { title: Number.NaN }, field: 'title', reason: /title must be a string, not a number/ },
  'an end before a negative start': { event: { start: -43, end: -44 }, field: 'end', reason: /before/ },
};

const accepted: Record<string, Accepted> = {
  'the number -43 (44 BCE)': { event: { start: -43 }, named: '44 BC' },
  'the number 0 (1 BCE)': { event: { start: 0 }, named: '1 BC' },
  'the number -0': { event: { start: -0 }, named: '1 BC' },
  'the string "-0043-03-15"': { event: { start: '-0043-03-15' }, named: '44 BC' },
  'Y-270000': { event: { start: 'Y-270000' }, named: '270001 BC' },
  'Y270000': { event: { start: 'Y270000' }, named: '270000' },
  'a range over nearly the whole Date range': { event: { start: -271820, end: 275759 }, named: '271821 BC' },
  'surrounding spaces': { event: { start: ' 1993 ' }, named: '1993' },
  'the id 1e308': { event: { id: 1e308, start: '1993' }, named: '1993' },
  'the id -0': { event: { id: -0, start: '1993' }, named: '1993' },
};

async function feed(event: Record<string, unknown>): Promise<{ element: EventTimeline; errors: TimelineErrorEvent[] }> {
  const errors: TimelineErrorEvent[] = [];
  document.body.addEventListener('timeline-error', (e: Event) => errors.push(e as TimelineErrorEvent), { once: true });
  const element = await mount({ events: [anchor, { id: 'odd', title: 'Odd', ...event }] });
  return { element, errors };
}

describe('numbers in odd places', () => {
  for (const [name, { event, field, reason }] of Object.entries(rejected)) {
    it(`reports ${name} at event 1, field ${field}, and keeps the good event`, async () => {
      const { element, errors } = await feed(event);
      expect(errors, 'a timeline-error').to.have.length(1);
      const problem = errors[0].detail.errors.find(p => p.severity === 'error');
      expect(problem).to.include({ index: 1, field });
      expect(problem!.message).to.match(reason);
      expect(element.events.map(e => e.id)).to.deep.equal(['anchor']);
      expect(inside(element, '[data-event-id="anchor"]')).to.have.length(1);
      expect(inside(element, '[part="error"]')[0].textContent).to.match(/Event 1/);
    });
  }

  for (const [name, { event, named }] of Object.entries(accepted)) {
    it(`draws ${name} with its date, beside the good event`, async () => {
      const { element, errors } = await feed(event);
      expect(errors.flatMap(e => e.detail.errors.filter(p => p.severity === 'error'))).to.deep.equal([]);
      expect(element.events).to.have.length(2);
      const odd = element.events.find(e => e.title === 'Odd')!;
      // Shown on its own: the view goes to it, then it is drawn and named with its date.
      element.select(odd.id);
      await element.zoomTo(odd.start.earliest, Math.max(odd.end?.latest ?? odd.start.latest, odd.start.earliest + 86_400_000));
      await settle(element);
      const mark = inside(element, `[data-event-id="${CSS.escape(String(odd.id))}"]`);
      expect(mark, 'the odd event is drawn').to.have.length(1);
      expect(mark[0].getAttribute('aria-label')).to.include('Odd').and.include(named);
      expect(inside(element, '[part="error"]')).to.have.length(0);
    });
  }
});
