import { expect } from '@open-wc/testing';
import { detectFormat, readAnyDocument } from '../../../src/model/import/read-any.js';
import { markupText } from '../../../src/model/import/markup-text.js';
import { formatEventDate } from '../../../src/model/format.js';
import { timelineJS, visData } from './fixtures.js';

describe('markupText', () => {
  it('keeps the text of markup and decodes entities, running nothing', () => {
    expect(markupText('<p>A &amp; B</p><script>alert(1)</script><p>C&#8217;s &lt;tag&gt;</p>')).to.equal('A & B\nC’s <tag>');
    expect(markupText('<img src=x onerror=alert(1)>plain')).to.equal('plain');
  });
});

describe('reading TimelineJS3 documents', () => {
  it('is recognised by its shape', () => {
    expect(detectFormat(timelineJS)).to.equal('timelinejs');
  });

  it('reads slides as events with their dates, groups, text and media credit', () => {
    const { document, problems, format } = readAnyDocument(timelineJS);
    expect(format).to.equal('timelinejs');
    expect(document.title).to.equal('Rome and after');
    expect(document.description).to.equal('From the Republic to the Empire');
    const [ides, augustus, vesuvius, untitled] = document.events;
    expect(ides).to.include({ id: 'ides', title: 'Ides of March', category: 'Politics' });
    expect(ides.description).to.equal('Caesar is killed in the Theatre of Pompey.');
    // TimelineJS shows -44 as "44 BCE": the Ides of March, 44 BCE.
    expect(formatEventDate(ides, { locale: 'en-GB' })).to.equal('15 March 44 BC');
    expect(ides.sources).to.deep.equal([{ title: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Assassination_of_Julius_Caesar' }]);
    expect(formatEventDate({ ...augustus, displayDate: undefined }, { locale: 'en-GB' })).to.equal('27 BC – 19 August 14 AD');
    expect(augustus.displayDate).to.equal('27 BC – AD 14');
    expect(formatEventDate(vesuvius, { locale: 'en-GB' })).to.equal('October 79');
    expect(untitled.title).to.equal('No headline, only text');
    expect(untitled.start.precision).to.equal('minute');
    expect(document.categories.map(c => c.id)).to.deep.equal(['Politics', 'Nature']);
    expect(untitled.category).to.equal('');
    expect(document.eras).to.have.length(1);
    expect(document.eras[0].label).to.equal('Augustus');
    // What has no place here is reported, with the slide's index and TimelineJS's field.
    const said = problems.map(p => `${p.index}:${p.field}`);
    expect(said).to.include.members(['0:media', '2:background', '3:text.headline']);
    expect(problems.every(p => p.severity === 'warning')).to.equal(true);
  });

  it('reports date formats and autolink, which it cannot honour', () => {
    const { problems } = readAnyDocument({ events: [{ start_date: { year: 2001, format: 'yyyy' }, text: { headline: 'x' }, autolink: false }] });
    expect(problems.map(p => `${p.index}:${p.field}`)).to.include.members(['0:start_date.format', '0:autolink']);
  });

  it('reports a bad date under TimelineJS\'s field name and index', () => {
    const { document, problems } = readAnyDocument({ events: [{ start_date: { year: 'soon' }, text: { headline: 'x' } }, timelineJS.events[0]] });
    expect(document.events).to.have.length(1);
    expect(problems.find(p => p.severity === 'error')).to.include({ index: 0, field: 'start_date' });
  });
});

describe('reading vis-timeline items', () => {
  it('is recognised by its shape, bare or with groups', () => {
    expect(detectFormat(visData)).to.equal('vis');
    expect(detectFormat(visData.items)).to.equal('vis');
  });

  it('reads items as events with their dates and groups, and background items as eras', () => {
    const { document, problems } = readAnyDocument(visData);
    expect(document.events.map(e => e.title)).to.deep.equal(['Kick-off', 'Build', 'Move', 'Launch']);
    expect(document.categories.map(c => [c.id, c.label])).to.deep.equal([
      ['1', 'Work'],
      ['2', 'Home'],
    ]);
    const [kickoff, build, move, launch] = document.events;
    expect(kickoff.start.calendar).to.equal(true);
    expect(formatEventDate(build, { locale: 'en-GB' })).to.equal('14 – 30 April 2014');
    expect(build.description).to.equal('The long part');
    expect(move.start.precision).to.equal('minute');
    expect(launch.start.earliest).to.equal(Date.UTC(2014, 4, 1, 12));
    expect(document.eras.map(era => era.label)).to.deep.equal(['Holiday']);
    // Problems keep vis's own item indexes, even after the background item left the list.
    expect(problems.map(p => `${p.index}:${p.field}`)).to.include.members(['1:className', '3:type']);
  });

  it('reports group and document fields it does not use', () => {
    const { problems } = readAnyDocument({ items: [{ content: 'a', start: '2014-01-01', group: 1 }], groups: [{ id: 1, content: 'G', className: 'x' }], options: { stack: false } });
    expect(problems.map(p => p.field)).to.include.members(['groups[0].className', 'options']);
  });

  it('keeps vis item indexes in errors after a background item', () => {
    const { problems } = readAnyDocument([
      { content: 'bg', start: '2014-01-01', end: '2014-02-01', type: 'background' },
      { content: 'bad', start: 'not a date' },
    ]);
    expect(problems.find(p => p.severity === 'error')).to.include({ index: 1, field: 'start' });
  });

  it('leaves our own documents to our reader', () => {
    expect(detectFormat({ events: [{ title: 'a', start: '2001' }] })).to.equal('event-timeline');
    expect(detectFormat([{ title: 'a', start: '2001' }])).to.equal('event-timeline');
  });

  it('tells the format by the first event that gives a start, without reading the rest', () => {
    let read = false;
    const later = Object.defineProperty({}, 'start_date', { enumerable: true, get: () => ((read = true), { year: 2001 }) });
    expect(detectFormat({ events: [{ title: 'a', start: '2001' }, later] })).to.equal('event-timeline');
    expect(read).to.equal(false);
    // Slides before the first dated one (broken, or not records) do not decide.
    expect(detectFormat({ events: [null, { text: { headline: 'no date' } }, { start_date: { year: 2001 }, text: { headline: 'b' } }] })).to.equal('timelinejs');
  });
});
