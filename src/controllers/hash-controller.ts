import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a deep link holds: the visible window (ISO instants) and the selected event's id. */
export interface LinkState {
  readonly start?: string;
  readonly end?: string;
  readonly selected?: string;
}

export interface HashOptions {
  /** The key prefix ("" for `#view=…&event=…`; "main" for `#main.view=…`), or null when deep links are off. */
  prefix(): string | null;
  /** The state now shown. */
  current(): LinkState;
  /** Shows a state read from the URL (on load, back/forward, or a link followed). */
  restore(state: LinkState): void;
}

/** How long the view must rest before the URL follows it (browsers throttle history updates). */
const viewRest = 300;

/**
 * Deep links (`hash` attribute): the selected event and the visible window kept in
 * the URL's fragment as `view=START/END&event=ID` (with the attribute's value as a
 * prefix, `main.view=…`, when a page has several timelines), and restored on load, on
 * back/forward and when a link changes the fragment. A new selection is a new history
 * entry (Back returns to the one before); moving the view replaces the current entry
 * once the view rests. Other parts of the fragment are kept as they are.
 */
export class HashController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private written = '';
  private readonly changed = () => this.read();

  constructor(
    host: ReactiveControllerHost,
    private readonly options: HashOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.changed);
    window.addEventListener('popstate', this.changed);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.changed);
    window.removeEventListener('popstate', this.changed);
    clearTimeout(this.timer);
  }

  /** The state in the URL now, if deep links are on and it holds any. */
  state(): LinkState | undefined {
    const prefix = this.options.prefix();
    if (prefix === null) return undefined;
    const parts = fragmentParts(location.hash);
    const view = parts.get(key(prefix, 'view'))?.split('/');
    const selected = parts.get(key(prefix, 'event'));
    if (!view && selected === undefined) return undefined;
    return { ...(view?.length === 2 ? { start: view[0], end: view[1] } : {}), ...(selected ? { selected } : {}) };
  }

  /** The selection changed: a new history entry. */
  selectionChanged(): void {
    this.write('push');
  }

  /** The view moved: the URL follows once it rests. */
  viewChanged(): void {
    if (this.options.prefix() === null) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write('replace'), viewRest);
  }

  private read(): void {
    const state = this.state();
    // Our own writes come back as hashchange only when a link or the user changed the URL.
    if (state && location.hash !== this.written) this.options.restore(state);
  }

  private write(mode: 'push' | 'replace'): void {
    const prefix = this.options.prefix();
    if (prefix === null) return;
    clearTimeout(this.timer);
    const { start, end, selected } = this.options.current();
    const parts = fragmentParts(location.hash);
    if (start && end) parts.set(key(prefix, 'view'), `${start}/${end}`);
    if (selected) parts.set(key(prefix, 'event'), selected);
    else parts.delete(key(prefix, 'event'));
    const hash = `#${[...parts].map(([name, value]) => (value === undefined ? name : `${name}=${encodeURIComponent(value).replace(/%2F/g, '/').replace(/%3A/g, ':')}`)).join('&')}`;
    if (hash === location.hash) return;
    this.written = hash;
    const url = `${location.pathname}${location.search}${hash}`;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}

const key = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);

/** The fragment's `&`-separated parts in order; a part without `=` (a plain anchor) is kept with no value. */
function fragmentParts(hash: string): Map<string, string | undefined> {
  const parts = new Map<string, string | undefined>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part) continue;
    const at = part.indexOf('=');
    if (at < 0) parts.set(part, undefined);
    else {
      try {
        parts.set(part.slice(0, at), decodeURIComponent(part.slice(at + 1)));
      } catch {
        parts.set(part.slice(0, at), part.slice(at + 1));
      }
    }
  }
  return parts;
}
