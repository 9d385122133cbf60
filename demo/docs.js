// The docs page: a control for every attribute, a button for every method and a log of
// every event, all made from custom-elements.json so the page shows every option there is.
const timeline = document.getElementById('timeline');
const manifest = await (await fetch('../custom-elements.json')).json();
const element = manifest.modules.flatMap(module => module.declarations ?? []).find(declaration => declaration.tagName === 'event-timeline');

/** The string literals of a union type ("'a' | 'b'"), or none. */
const literals = type =>
  /^('[^']*'\s*\|\s*)+'[^']*'$/.test((type ?? '').trim()) ? type.split('|').map(part => part.trim().slice(1, -1)) : undefined;
/** Named types with known values (aliases the manifest does not expand). */
const known = { WheelZoom: ['auto', 'always', 'ctrl'], SourceFormat: ['auto', 'event-timeline', 'timelinejs', 'vis'] };

const form = document.getElementById('attributes');
for (const attribute of element.attributes) {
  const field = element.members.find(member => member.name === attribute.fieldName);
  const type = field?.type?.text ?? attribute.type?.text;
  const options = literals(type) ?? known[type];
  const label = document.createElement('label');
  const name = document.createElement('span');
  name.textContent = attribute.name;
  const control = document.createElement(options ? 'select' : 'input');
  control.name = attribute.name;
  if (options) {
    for (const value of ['', ...options]) control.append(new Option(value || '(default)', value));
  } else control.placeholder = (field?.default ?? '').replace(/^'|'$/g, '') || '(not set)';
  control.value = timeline.getAttribute(attribute.name) ?? '';
  control.addEventListener('change', () => {
    if (control.value === '') timeline.removeAttribute(attribute.name);
    else timeline.setAttribute(attribute.name, control.value);
  });
  const help = document.createElement('small');
  help.textContent = attribute.description ?? '';
  label.append(name, control, help);
  form.append(label);
}

// Methods, with example arguments.
const examples = {
  zoomTo: () => timeline.zoomTo('2023-08-01', '2023-08-31'),
  fit: () => timeline.fit(),
  reload: () => timeline.reload(),
  select: () => timeline.select(timeline.events.at(-1)?.id ?? null),
  toSVG: () => log('toSVG()', `${timeline.toSVG().length} characters of SVG`),
  toPNG: async () => log('toPNG()', `${(await timeline.toPNG()).size} bytes of PNG`),
};
const methods = document.getElementById('methods');
for (const method of element.members.filter(member => member.kind === 'method' && !member.static && (member.privacy ?? 'public') === 'public')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `${method.name}()`;
  button.title = method.description ?? '';
  button.addEventListener('click', () => examples[method.name]?.());
  methods.append(button);
}

const list = document.getElementById('log');
function log(name, detail) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${name} ${detail}`;
  list.prepend(item);
  while (list.children.length > 50) list.lastChild.remove();
}
const summary = (name, detail) => {
  if (name === 'timeline-select') return JSON.stringify({ id: detail.id });
  if (name === 'timeline-error') return JSON.stringify(detail.errors.slice(0, 3));
  return JSON.stringify(detail, (key, value) => (Array.isArray(value) && value.length > 5 ? `[${value.length} items]` : value));
};
for (const event of element.events) timeline.addEventListener(event.name, e => log(event.name, summary(event.name, e.detail)));
