import { expect } from '@open-wc/testing';
import { defaultMaxEvents, readDocument } from '../../src/model/read.js';
import type { Problem, ReadResult } from '../../src/model/types.js';

const only = (result: ReadResult, severity?: Problem['severity']): Problem => {
  const problems = severity ? result.problems.filter(p => p.severity === severity) : result.problems;
  expect(problems, JSON.stringify(result.problems)).to.have.length(1);
  return problems[0];
};
const titles = (result: ReadResult): string[] => result.document.events.map(e => e.title);

describe('readDocument', () => {
  describe('reads', () => {
    it('an array of events', () => {
      const result = readDocument([{ title: 'Moon landing', start: '1969-07-20' }]);
      expect(result.problems).to.deep.equal([]);
      const [event] = result.document.events;
      expect(event.title).to.equal('Moon landing');
      expect(event.start.source).to.equal('1969-07-20');
      expect(event.earliest).to.equal(Date.UTC(1969, 6, 20));
      expect(event.latest).to.equal(Date.UTC(1969, 6, 21) - 1);
      expect(event.kind).to.equal('point');
      expect(event.uncertain).to.equal(false);
      expect(event.category).to.equal('');
      expect(event.sources).to.deep.equal([]);
      expect(event.index).to.equal(0);
    });

    it('a document with title, description, categories, eras and events', () => {
      const result = readDocument({
        $schema: 'https://example.org/event-timeline.schema.json',
        title: 'Space',
        description: 'Firsts in space',
        categories: [{ id: 'crewed', label: 'Crewed flights', color: 'steelblue' }, { id: 'probe' }],
        eras: [{ start: '1957', end: '1975', label: 'Space race', color: '#eee' }],
        events: [
          { id: 1, title: 'Sputnik', start: '1957-10-04', category: 'probe', url: 'https://en.wikipedia.org/wiki/Sputnik_1' },
          { id: 'apollo-11', title: 'Apollo 11', start: '1969-07-16', end: '1969-07-24', category: 'crewed', sources: [{ title: 'NASA', url: 'https://nasa.gov' }] },
        ],
      });
      expect(result.problems).to.deep.equal([]);
      const { document } = result;
      expect(document.title).to.equal('Space');
      expect(document.description).to.equal('Firsts in space');
      expect(document.categories).to.deep.equal([{ id: 'crewed', label: 'Crewed flights', color: 'steelblue' }, { id: 'probe', label: 'probe' }]);
      expect(document.eras.map(era => [era.label, era.start.source, era.end.source, era.color])).to.deep.equal([['Space race', '1957', '1975', '#eee']]);
      expect(document.events.map(e => [e.id, e.category, e.kind])).to.deep.equal([[1, 'probe', 'point'], ['apollo-11', 'crewed', 'range']]);
      expect(document.events[0].url).to.equal('https://en.wikipedia.org/wiki/Sputnik_1');
      expect(document.events[1].sources).to.deep.equal([{ title: 'NASA', url: 'https://nasa.gov' }]);
      expect(document.events[1].latest).to.equal(Date.UTC(1969, 6, 25) - 1);
    });

    it('whole-number years', () => {
      const [event] = readDocument([{ title: 'Caesar', start: -43 }]).document.events;
      expect(event.start.earliest).to.equal(Date.UTC(-43, 0, 1));
    });

    it('null optional fields as absent', () => {
      const result = readDocument([{ title: 'a', start: '2001', end: null, url: null, category: null }]);
      expect(result.problems).to.deep.equal([]);
      expect(result.document.events[0].end).to.equal(undefined);
    });
  });

  describe('derives kind and uncertainty', () => {
    const events = readDocument([
      { title: 'day', start: '2001-02-03' },
      { title: 'year', start: '2001' },
      { title: 'interval', start: '2001/2003' },
      { title: 'end approximate', start: '2001-02-03', end: '2003-04-05~' },
      { title: 'unspecified', start: '2001-02-1X' },
      { title: 'minute', start: '2001-02-03T04:05' },
      { title: 'range of years', start: '2001', end: '2003' },
    ]).document.events;
    const facts = Object.fromEntries(events.map(e => [e.title, [e.kind, e.uncertain]]));
    it('a day is a certain point', () => expect(facts.day).to.deep.equal(['point', false]));
    it('a year is an uncertain point', () => expect(facts.year).to.deep.equal(['point', true]));
    it('an interval start is a range', () => expect(facts.interval).to.deep.equal(['range', false]));
    it('a qualifier on the end makes it uncertain', () => expect(facts['end approximate']).to.deep.equal(['range', true]));
    it('unspecified digits make it uncertain', () => expect(facts.unspecified).to.deep.equal(['point', true]));
    it('a time is a certain point', () => expect(facts.minute).to.deep.equal(['point', false]));
    it('a range of years is certain: its ends are what they say', () => expect(facts['range of years']).to.deep.equal(['range', false]));
    it('latest comes from the end', () => expect(events[6].latest).to.equal(Date.UTC(2004, 0, 1) - 1));
  });

  describe('refuses a document that is not one', () => {
    for (const input of [42, 'events', null, undefined, true]) {
      it(`${String(input)}: one error, an empty document`, () => {
        const result = readDocument(input);
        const problem = only(result);
        expect(problem.severity).to.equal('error');
        expect(problem.index).to.equal(undefined);
        expect(problem.message).to.contain('expected an array of events or an object with an "events" array');
        expect(result.document).to.deep.equal({ categories: [], eras: [], events: [] });
      });
    }

    it('an object without events', () => {
      const problem = only(readDocument({ title: 'x' }));
      expect(problem).to.include({ severity: 'error', field: 'events' });
      expect(problem.message).to.equal('events is missing; expected an array of events, each with a title and a start');
    });

    it('events that are not an array, still reading the rest', () => {
      const result = readDocument({ title: 'kept', events: { title: 'x' } });
      expect(only(result)).to.include({ severity: 'error', field: 'events', message: 'events must be an array, not an object; expected an array of events, each with a title and a start' });
      expect(result.document.title).to.equal('kept');
    });

    it('more events than maxEvents, whole', () => {
      const result = readDocument({ title: 't', events: [1, 2, 3, 4].map(i => ({ title: `e${i}`, start: '2001' })) }, { maxEvents: 3 });
      const problem = only(result);
      expect(problem).to.include({ severity: 'error', field: 'events' });
      expect(problem.message).to.contain('4 events, more than the 3');
      expect(result.document.events).to.deep.equal([]);
    });

    it('more than a million events by default', () => {
      expect(defaultMaxEvents).to.equal(1_000_000);
      const result = readDocument(new Array(1_000_001));
      expect(only(result).message).to.contain('1000001 events, more than the 1000000');
    });
  });

  describe('skips bad events with an error, keeping the good ones', () => {
    const cases: [string, unknown, Partial<Problem>][] = [
      ['not an object', 5, { message: 'event 1 must be an object with a title and a start, not a number; it was skipped', value: '5' }],
      ['an array', ['a'], { value: '["a"]' }],
      ['null', null, { message: 'event 1 must be an object with a title and a start, not null; it was skipped' }],
      ['missing title', { start: '2001' }, { field: 'title', message: 'title is missing; expected a non-empty string' }],
      ['empty title', { title: '', start: '2001' }, { field: 'title', message: 'title is empty; expected a non-empty string' }],
      ['blank title', { title: '  \n', start: '2001' }, { field: 'title' }],
      ['title not a string', { title: 42, start: '2001' }, { field: 'title', value: '42', message: 'title must be a string, not a number' }],
      ['missing start', { title: 'a' }, { field: 'start', message: 'start is missing; expected an EDTF date such as 1993, 1993-05-17, 1993~, 199X or 1990/1993' }],
      ['bad start', { title: 'a', start: '2023-02-30' }, { field: 'start', value: '2023-02-30', message: 'start is not a valid date: 2023-02 has 28 days, so day 30 does not exist' }],
      ['start not a date', { title: 'a', start: true }, { field: 'start', message: 'start is not a valid date: expected a string or a whole number, not boolean' }],
      ['fractional year', { title: 'a', start: 1993.5 }, { field: 'start', value: '1993.5' }],
      ['bad end', { title: 'a', start: '2001', end: 'soon' }, { field: 'end', value: 'soon' }],
      ['end before start', { title: 'a', start: '2001', end: '1999' }, { field: 'end', value: '1999', message: 'end (1999) is before the start (2001); expected an end on or after the start' }],
    ];
    for (const [name, bad, expected] of cases) {
      it(name, () => {
        const result = readDocument([{ title: 'first', start: '2000' }, bad, { title: 'last', start: '2002' }]);
        expect(titles(result)).to.deep.equal(['first', 'last']);
        expect(only(result)).to.include({ severity: 'error', index: 1, ...expected });
      });
    }

    it('reports every problem of an event, not just the first', () => {
      const result = readDocument([{ id: 'x', title: '', start: 'never', end: 'later', url: 'ftp://a' }]);
      expect(result.problems.map(p => [p.severity, p.field, p.id])).to.deep.equal([
        ['error', 'title', 'x'],
        ['error', 'start', 'x'],
        ['error', 'end', 'x'],
        ['warning', 'url', 'x'],
      ]);
      expect(result.document.events).to.deep.equal([]);
    });

    it('a duplicate id, naming the first', () => {
      const result = readDocument([
        { id: 1, title: 'first', start: '2000' },
        { id: '1', title: 'second', start: '2001' },
        { id: 2, title: 'third', start: '2002' },
      ]);
      expect(titles(result)).to.deep.equal(['first', 'third']);
      expect(only(result)).to.include({ severity: 'error', index: 1, id: '1', field: 'id', message: 'duplicate id "1": event 0 has it already; ids must be unique, so this event was skipped' });
    });

    it('lets a later event take the id of a skipped one', () => {
      const result = readDocument([{ id: 1, title: '', start: '2000' }, { id: 1, title: 'b', start: '2001' }]);
      expect(titles(result)).to.deep.equal(['b']);
      expect(only(result)).to.include({ field: 'title', index: 0, id: 1 });
    });
  });

  describe('keeps an event with a warning', () => {
    const warning = (event: Record<string, unknown>): [Problem, ReadResult] => {
      const result = readDocument([{ title: 'a', start: '2001', ...event }]);
      expect(result.document.events).to.have.length(1);
      const problem = only(result);
      expect(problem.severity).to.equal('warning');
      expect(problem.index).to.equal(0);
      return [problem, result];
    };

    it('for an unknown field', () => {
      const [problem] = warning({ colour: 'red' });
      expect(problem).to.include({ field: 'colour', value: 'red' });
      expect(problem.message).to.equal('unknown field "colour"; known fields are id, title, start, end, displayDate, description, category, sources, url');
    });

    it('for an unknown field of the event itself, not one it inherits', () => {
      // An event made in code may carry its prototype's enumerable fields; they are not its own.
      const raw = Object.assign(Object.create({ inherited: true }) as object, { title: 'A', start: '1993', colour: 'red' });
      const result = readDocument({ events: [raw] });
      expect(result.problems.map(p => p.field)).to.deep.equal(['colour']);
    });

    it('for an unknown category, which becomes automatic', () => {
      const [problem, result] = warning({ category: 'wars' });
      expect(problem).to.include({ field: 'category', value: 'wars' });
      expect(problem.message).to.contain('unknown category "wars"');
      expect(result.document.categories).to.deep.equal([{ id: 'wars', label: 'wars', automatic: true }]);
      expect(result.document.events[0].category).to.equal('wars');
    });

    it('for a category that is not a string, putting it in the default category', () => {
      const [problem, result] = warning({ category: 7 });
      expect(problem.field).to.equal('category');
      expect(result.document.events[0].category).to.equal('');
    });

    it('for a link that is not http(s), dropping it', () => {
      const [problem, result] = warning({ url: 'javascript:alert(1)' });
      expect(problem).to.include({ field: 'url', value: 'javascript:alert(1)' });
      expect(problem.message).to.equal('url is not an http(s) link; expected an absolute http:// or https:// URL; it was dropped');
      expect(result.document.events[0].url).to.equal(undefined);
    });

    it('for a relative link', () => {
      const [problem] = warning({ url: '/wiki/Moon' });
      expect(problem.field).to.equal('url');
    });

    it('for a source link that is not http(s), keeping the source title', () => {
      const [problem, result] = warning({ sources: [{ url: 'https://a.org' }, { title: 'Book', url: 'file:///etc/passwd' }] });
      expect(problem).to.include({ field: 'sources[1].url', value: 'file:///etc/passwd' });
      expect(result.document.events[0].sources).to.deep.equal([{ url: 'https://a.org' }, { title: 'Book' }]);
    });

    it('for a source with neither title nor url, dropping it', () => {
      const [problem, result] = warning({ sources: [{ title: 'Book' }, {}] });
      expect(problem).to.include({ field: 'sources[1]', message: 'sources[1] has neither a title nor an http(s) url; it was dropped' });
      expect(result.document.events[0].sources).to.deep.equal([{ title: 'Book' }]);
    });

    it('for a source that is not an object', () => {
      const [problem] = warning({ sources: ['https://a.org'] });
      expect(problem).to.include({ field: 'sources[0]', value: 'https://a.org' });
    });

    it('for sources that are not an array', () => {
      const [problem, result] = warning({ sources: { title: 'Book' } });
      expect(problem.field).to.equal('sources');
      expect(result.document.events[0].sources).to.deep.equal([]);
    });

    it('for an id that is neither a string nor a number, deriving one', () => {
      const [problem, result] = warning({ id: { n: 1 } });
      expect(problem).to.include({ field: 'id', value: '{"n":1}' });
      expect(problem.id).to.equal(undefined);
      expect(result.document.events[0].id).to.match(/^e-[0-9a-z]{7}$/);
    });

    it('for a description that is not a string, dropping it', () => {
      const [problem, result] = warning({ description: ['a'] });
      expect(problem).to.include({ field: 'description', message: 'description must be a string, not an array; it was ignored' });
      expect(result.document.events[0].description).to.equal(undefined);
    });

    const long: [string, number][] = [['title', 1000], ['description', 20000], ['displayDate', 2000]];
    for (const [name, max] of long) {
      it(`for a ${name} longer than ${max} characters, cutting it`, () => {
        const [problem, result] = warning({ [name]: 'x'.repeat(max + 500) });
        expect(problem.field).to.equal(name);
        expect(problem.message).to.equal(`${name} is ${max + 500} characters long; it was cut to ${max}`);
        expect(problem.value).to.have.length(60);
        expect(problem.value?.endsWith('…')).to.equal(true);
        const kept = (result.document.events[0] as unknown as Record<string, string>)[name];
        expect(kept).to.have.length(max);
        expect(kept.endsWith('x…')).to.equal(true);
      });
    }

    it('for a long source title', () => {
      const [problem, result] = warning({ sources: [{ title: 'y'.repeat(2001) }] });
      expect(problem.field).to.equal('sources[0].title');
      expect(result.document.events[0].sources[0].title).to.have.length(2000);
    });
  });

  it('warns once per unknown category, and lists automatic categories after declared ones in order of use', () => {
    const result = readDocument({
      categories: [{ id: 'declared' }],
      events: [
        { title: 'a', start: '2001', category: 'b-cat' },
        { title: 'b', start: '2001', category: 'a-cat' },
        { title: 'c', start: '2001', category: 'b-cat' },
        { title: 'd', start: '2001', category: 'declared' },
      ],
    });
    expect(result.problems.map(p => [p.index, p.value])).to.deep.equal([[0, 'b-cat'], [1, 'a-cat']]);
    expect(result.document.categories.map(c => c.id)).to.deep.equal(['declared', 'b-cat', 'a-cat']);
  });

  it('warns about unknown fields of the document', () => {
    const problem = only(readDocument({ events: [], colour: 'red' }));
    expect(problem).to.include({ severity: 'warning', field: 'colour' });
    expect(problem.index).to.equal(undefined);
    expect(problem.message).to.equal('unknown field "colour"; known fields are $schema, title, description, categories, eras, events');
  });

  describe('checks categories', () => {
    const read = (categories: unknown): ReadResult => readDocument({ categories, events: [] });
    it('skips one without an id', () => {
      const result = read([{ label: 'No id' }, { id: 'ok' }]);
      expect(only(result)).to.include({ severity: 'error', field: 'categories[0].id', message: 'categories[0].id must be a non-empty string; the category was skipped' });
      expect(result.document.categories.map(c => c.id)).to.deep.equal(['ok']);
    });
    it('skips one that is not an object', () => {
      expect(only(read(['war']))).to.include({ severity: 'error', field: 'categories[0]' });
    });
    it('keeps the first of two with one id', () => {
      const result = read([{ id: 'a', label: 'First' }, { id: 'a', label: 'Second' }]);
      expect(only(result)).to.include({ severity: 'warning', field: 'categories[1].id', value: 'a' });
      expect(result.document.categories).to.deep.equal([{ id: 'a', label: 'First' }]);
    });
    it('labels one with its id', () => expect(read([{ id: 'war' }]).document.categories).to.deep.equal([{ id: 'war', label: 'war' }]));
    it('warns about an implausible colour, and keeps it', () => {
      const result = read([{ id: 'a', color: 'blurple-ish' }]);
      expect(only(result)).to.include({ severity: 'warning', field: 'categories[0].color', value: 'blurple-ish' });
      expect(result.document.categories[0].color).to.equal('blurple-ish');
    });
    it('accepts CSS colours of every syntax', () => {
      expect(read([{ id: 'a', color: '#1f77b4' }, { id: 'b', color: 'rgb(1 2 3 / 50%)' }, { id: 'c', color: 'hsl(120 50% 50%)' }, { id: 'd', color: 'rebeccapurple' }]).problems).to.deep.equal([]);
    });
    it('ignores categories that are not an array', () => expect(only(read({ a: 1 }))).to.include({ severity: 'error', field: 'categories' }));
  });

  describe('checks eras', () => {
    const read = (eras: unknown[]): ReadResult => readDocument({ eras, events: [] });
    const good = { start: '1939', end: '1945', label: 'WW2' };
    it('keeps a good one', () => {
      const result = read([good]);
      expect(result.problems).to.deep.equal([]);
      expect(result.document.eras[0].label).to.equal('WW2');
    });
    it('skips one with a bad start', () => {
      const result = read([good, good, { start: 'x', end: '1990', label: 'bad' }]);
      expect(only(result)).to.include({ severity: 'error', field: 'eras[2].start', value: 'x' });
      expect(result.document.eras).to.have.length(2);
    });
    it('skips one without an end or a label', () => {
      const result = read([{ start: '1939' }]);
      expect(result.problems.map(p => [p.severity, p.field])).to.deep.equal([['error', 'eras[0].end'], ['error', 'eras[0].label']]);
      expect(result.document.eras).to.deep.equal([]);
    });
    it('skips one that ends before it starts', () => {
      expect(only(read([{ start: '1945', end: '1939', label: 'x' }]))).to.include({ severity: 'error', field: 'eras[0].end' });
    });
  });

  describe('reads only an event’s own fields', () => {
    it('not ones a page added to Object.prototype, for plain objects and JSON', () => {
      const prototype = Object.prototype as Record<string, unknown>;
      prototype.title = 'Polluted';
      prototype.url = 'https://polluted.example/';
      try {
        const result = readDocument(JSON.parse('{"events": [{"start": "1993"}, {"title": "Own", "start": "1994"}]}'));
        // (Read as own fields here too: every object now inherits the polluted ones.)
        expect(result.document.events.map(event => [event.title, Object.hasOwn(event, 'url')])).to.deep.equal([['Own', false]]);
        expect(result.problems.filter(p => p.severity === 'error').map(p => [p.index, p.field])).to.deep.equal([[0, 'title']]);
        expect(Object.hasOwn(readDocument({ events: [{ title: 'Literal', start: '1995' }] }).document.events[0], 'url')).to.equal(false);
      } finally {
        delete prototype.title;
        delete prototype.url;
      }
      // Cleaned up: the next document is read the quick way again, and reads the same.
      expect(readDocument({ events: [{ title: 'After', start: '1996', url: 'https://example.org/' }] }).document.events[0]).to.include({ title: 'After', url: 'https://example.org/' });
    });

    it('not ones its own prototype holds, getters included; a null prototype holds none', () => {
      class Made {
        get title(): string {
          return 'From a getter';
        }
      }
      const made = Object.assign(new Made(), { start: '1993' });
      expect(readDocument({ events: [made] }).problems.map(p => [p.field, p.severity])).to.deep.equal([['title', 'error']]);
      const bare = Object.assign(Object.create(null) as object, { title: 'Bare', start: '1993', description: 'No prototype' });
      expect(readDocument({ events: [bare] }).document.events[0]).to.include({ title: 'Bare', description: 'No prototype' });
      // An own field that is not enumerable is still its own.
      const hidden = Object.defineProperty({ start: '1993' }, 'title', { value: 'Hidden', enumerable: false });
      expect(readDocument({ events: [hidden] }).document.events[0].title).to.equal('Hidden');
    });
  });

  describe('reads each date string written once', () => {
    it('shares one date between the events that write it, read as when written once', () => {
      const { document } = readDocument({ events: [{ title: 'A', start: '2001-03-04' }, { title: 'B', start: '1999', end: '2001-03-04' }, { title: 'C', start: '2001-03-04' }] });
      const [a, b, c] = document.events;
      expect(a.start).to.equal(c.start);
      expect(b.end).to.equal(a.start);
      expect(a.start).to.deep.equal(readDocument({ events: [{ title: 'A', start: '2001-03-04' }] }).document.events[0].start);
    });

    it('still reports a bad date for every event that writes it', () => {
      const { problems, document } = readDocument({ events: [{ title: 'A', start: '2001-02-30' }, { title: 'B', start: '2001-02-30' }, { title: 'C', start: '2001-02-28' }] });
      expect(problems.map(p => [p.index, p.field])).to.deep.equal([[0, 'start'], [1, 'start']]);
      expect(document.events.map(e => e.title)).to.deep.equal(['C']);
    });
  });

  describe('derives ids', () => {
    const input = [{ title: 'a', start: '2001' }, { title: 'b', start: '2001' }, { title: 'a', start: '2001' }, { title: 'a', start: 2001 }];
    const ids = readDocument(input).document.events.map(e => e.id);

    it('short and stable', () => {
      expect(ids[0]).to.match(/^e-[0-9a-z]{7}$/);
      expect(readDocument(structuredClone(input)).document.events.map(e => e.id)).to.deep.equal(ids);
    });
    it('from title and start, not position', () => {
      expect(readDocument([input[1], input[0]]).document.events.map(e => e.id)).to.deep.equal([ids[1], ids[0]]);
    });
    it('with a suffix on collision', () => {
      expect(ids[2]).to.equal(`${ids[0]}-2`);
      expect(ids[3]).to.equal(`${ids[0]}-3`);
    });
    it('avoiding explicit ids, wherever they come', () => {
      const events = readDocument([{ title: 'a', start: '2001' }, { id: ids[0], title: 'x', start: '2001' }]).document.events;
      expect(events.map(e => e.id)).to.deep.equal([`${ids[0]}-2`, ids[0]]);
    });
  });

  it('shortens long values in problems', () => {
    const problem = only(readDocument([{ title: 'a', start: '1'.repeat(500) }]));
    expect(problem.value).to.equal(`${'1'.repeat(59)}…`);
  });
});
