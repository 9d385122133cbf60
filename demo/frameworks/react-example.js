// <event-timeline> in React 19, which passes objects to custom elements as properties
// (`data`, `filter`) and listens to their events through `on` + the event's name
// (`ontimeline-select`). Written without JSX so it runs as it is; with JSX it reads
// <event-timeline data={doc} ontimeline-select={onSelect} />.
// In your app: import { createElement, useState } from 'react'; and
// import { createRoot } from 'react-dom/client'; (here, React bundled for the browser by npm run build).
import { createElement as h, useState, createRoot } from './vendor/react.js';
// In your app: import 'event-timeline'; (here, the sources through the dev server)
import '../../src/event-timeline.ts';

function TimelineWithDetails({ doc }) {
  const [selected, setSelected] = useState(null);
  return h(
    'section',
    null,
    h('event-timeline', {
      data: doc,
      theme: 'light',
      style: { display: 'block', height: '380px' },
      'ontimeline-select': event => setSelected(event.detail.event),
    }),
    h('p', { className: 'selected' }, selected ? `Selected: ${selected.title}` : 'Nothing selected'),
  );
}

/** Renders the example into `container`; returns React's root (unmount with `root.unmount()`). */
export function mountReactExample(container, doc) {
  const root = createRoot(container);
  root.render(h(TimelineWithDetails, { doc }));
  return root;
}
