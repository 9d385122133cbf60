/** Documents in other formats, written by their own users' conventions. */
/** A TimelineJS3 document as its users write it (strings for numbers, HTML in text, BCE as negative years). */
export const timelineJS = {
  title: { text: { headline: 'Rome <em>and</em> after', text: '<p>From the Republic to the Empire</p>' } },
  scale: 'human',
  eras: [{ start_date: { year: '-27' }, end_date: { year: '14' }, text: { headline: 'Augustus' } }],
  events: [
    {
      start_date: { year: '-44', month: '3', day: '15' },
      text: { headline: 'Ides of March', text: '<p>Caesar is killed in the <b>Theatre of Pompey</b>.</p>' },
      group: 'Politics',
      unique_id: 'ides',
      media: { url: 'https://en.wikipedia.org/wiki/Assassination_of_Julius_Caesar', credit: 'Wikipedia' },
    },
    {
      start_date: { year: -27 },
      end_date: { year: 14, month: 8, day: 19 },
      text: { headline: 'Augustus reigns' },
      group: 'Politics',
      display_date: '27 BC – AD 14',
    },
    { start_date: { year: 79, month: 10 }, text: { headline: 'Vesuvius erupts' }, group: 'Nature', background: { color: '#000' } },
    { start_date: { year: 2014, month: 4, day: 20, hour: 9, minute: 30 }, text: { text: 'No headline, only text<br>and a second line' } },
  ],
};

/** vis-timeline items as its users write them (HTML content, ms numbers, background items, groups). */
export const visData = {
  groups: [
    { id: 1, content: 'Work' },
    { id: 2, content: '<b>Home</b>' },
  ],
  items: [
    { id: 1, content: 'Kick-off', start: '2014-04-20', group: 1 },
    { id: 2, content: '<span>Build</span>', start: '2014-04-14', end: '2014-04-30', group: 1, title: 'The <i>long</i> part', className: 'red' },
    { id: 3, content: 'Move', start: '2014-04-18 10:00', type: 'point', group: 2 },
    { id: 4, content: 'Holiday', start: '2014-04-21', end: '2014-04-25', type: 'background' },
    { id: 5, content: 'Launch', start: Date.UTC(2014, 4, 1, 12), group: 2 },
  ],
};
