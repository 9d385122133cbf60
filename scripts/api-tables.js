// The README's API tables, made from custom-elements.json (which the custom elements
// manifest analyzer makes from the element's JSDoc), so the two cannot drift apart.
// Plain ES module with no Node imports: scripts/docs.js writes the tables with it, and
// test/docs/readme.test.ts checks them with it in the browser.

export const startMarker = '<!-- api:start (made by `npm run docs` from custom-elements.json; do not edit by hand) -->';
export const endMarker = '<!-- api:end -->';

const cell = text => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = text => (text ? `\`${cell(text).replace(/`/g, "'")}\`` : '');

/** The element's class declaration in the manifest. */
export function elementOf(manifest) {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) if (declaration.customElement && declaration.tagName) return declaration;
  }
  throw new Error('custom-elements.json declares no custom element');
}

/** The Markdown of every API table. */
export function apiTables(manifest) {
  const element = elementOf(manifest);
  const members = (element.members ?? []).filter(member => !member.static && member.privacy !== 'private' && member.privacy !== 'protected');
  const fields = members.filter(member => member.kind === 'field');
  const methods = members.filter(member => member.kind === 'method');
  const lines = [];
  const table = (title, head, rows) => {
    if (rows.length === 0) return;
    lines.push(`### ${title}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map(row => `| ${row.join(' | ')} |`), '');
  };
  table(
    'Attributes and properties',
    ['attribute', 'property', 'type', 'default', 'description'],
    fields.filter(field => !field.readonly).map(field => [code(field.attribute) || '—', code(field.name), code(field.type?.text), code(field.default), cell(field.description)]),
  );
  table(
    'Read-only properties',
    ['property', 'type', 'description'],
    fields.filter(field => field.readonly).map(field => [code(field.name), code(field.type?.text), cell(field.description)]),
  );
  table(
    'Methods',
    ['method', 'returns', 'description'],
    methods.map(method => [
      code(`${method.name}(${(method.parameters ?? []).map(p => (p.default !== undefined ? `${p.name}?` : p.name)).join(', ')})`),
      code(method.return?.type?.text),
      cell(method.description),
    ]),
  );
  table('Events (bubbling, composed, typed in `GlobalEventHandlersEventMap`)', ['event', 'description'], (element.events ?? []).map(event => [code(event.name), cell(event.description)]));
  table('CSS parts', ['part', 'description'], (element.cssParts ?? []).map(part => [code(part.name), cell(part.description)]));
  table('CSS custom properties', ['property', 'default', 'description'], (element.cssProperties ?? []).map(property => [code(property.name), code(property.default), cell(property.description)]));
  return lines.join('\n').trim();
}

/** `readme` with its API block replaced by `tables`. */
export function withTables(readme, tables) {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`README.md has no ${startMarker} … ${endMarker} block`);
  return `${readme.slice(0, start + startMarker.length)}\n\n${tables}\n\n${readme.slice(end)}`;
}
