// Wires the demo's controls to the timeline through its public API.
const timeline = document.getElementById('timeline');
const range = document.getElementById('range');
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

document.getElementById('fit').addEventListener('click', () => timeline.fit());
document.getElementById('august').addEventListener('click', () => timeline.zoomTo('2023-08-01', '2023-08-31'));
document.getElementById('nineties').addEventListener('click', () => timeline.zoomTo('1989', '2000'));
document.getElementById('locale').addEventListener('change', event => (timeline.locale = event.target.value));
document.getElementById('theme').addEventListener('change', event => {
  timeline.theme = event.target.value;
  document.documentElement.dataset.theme = event.target.value;
});
timeline.addEventListener('timeline-range-change', event => {
  const { start, end } = event.detail;
  range.value = `${dateFormat.format(start)} – ${dateFormat.format(end)}`;
});

// ?theme=dark&view=list&start=…&end=… (used for screenshots)
const params = new URLSearchParams(location.search);
for (const name of ['theme', 'view', 'locale', 'start', 'end']) {
  const value = params.get(name);
  if (value) timeline.setAttribute(name, value);
}
if (params.get('theme')) document.documentElement.dataset.theme = params.get('theme');
if (params.get('select')) timeline.addEventListener('timeline-load', () => timeline.select(params.get('select')), { once: true });
