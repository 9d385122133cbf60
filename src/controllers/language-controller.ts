import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The attributes that set an element's language and writing direction, and its descendants'. */
const watched = ['lang', 'dir'];

/** The node that holds `node`, across shadow roots (a host inside another component). */
const holder = (node: Node): Node | null => (node instanceof ShadowRoot ? node.host : node.parentNode);

/** Whether `node` is `host` or holds it. */
function holds(node: Node, host: Element): boolean {
  for (let at: Node | null = host; at; at = holder(at)) if (at === node) return true;
  return false;
}

/**
 * Tells its host when its language or writing direction may have changed: a `lang` or
 * `dir` attribute set, changed or removed on the host or on any element that holds it,
 * as a page's language switcher sets them on the document element (Shoelace's localize
 * controller watches that one) or on a wrapper. One observer of the document serves
 * every host, and tells only the hosts inside the element that changed; a host inside a
 * shadow root has one of its own for its own attributes (the document's does not see
 * in). Attributes set inside another component's shadow root, between it and the host,
 * are not seen: there, set `locale`.
 */
export class LanguageController implements ReactiveController {
  private static readonly hosts = new Set<LanguageController>();
  private static page?: MutationObserver;
  private own?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  /** The `lang` of the nearest element that has one, the host first, across shadow roots. */
  lang(): string | null {
    for (let at: Node | null = this.host; at; at = holder(at)) {
      const lang = at instanceof Element ? at.getAttribute('lang') : null;
      if (lang) return lang;
    }
    return null;
  }

  hostConnected(): void {
    const { hosts } = LanguageController;
    hosts.add(this);
    if (!LanguageController.page) {
      LanguageController.page = new MutationObserver(records => {
        for (const controller of hosts) if (records.some(record => holds(record.target, controller.host))) controller.changed();
      });
      LanguageController.page.observe(document.documentElement, { attributes: true, attributeFilter: watched, subtree: true });
    }
    if (this.host.getRootNode() === document) return;
    this.own = new MutationObserver(() => this.changed());
    this.own.observe(this.host, { attributes: true, attributeFilter: watched });
  }

  hostDisconnected(): void {
    const { hosts } = LanguageController;
    hosts.delete(this);
    this.own?.disconnect();
    this.own = undefined;
    if (hosts.size === 0) {
      LanguageController.page?.disconnect();
      LanguageController.page = undefined;
    }
  }
}
