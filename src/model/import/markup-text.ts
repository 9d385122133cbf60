/**
 * The text of an HTML fragment, for formats that allow markup in their fields
 * (TimelineJS3's `text.headline`, vis-timeline's `content`). We never render markup
 * from data, so the tags are dropped and the text kept: a regular expression rather
 * than DOMParser, which a page requiring Trusted Types refuses a plain string.
 */
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function markupText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|h\d)\s*>/gi, '\n')
    .replace(/<[^>]*>?/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return entities[name.toLowerCase()] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/[ \t\r\f]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}
