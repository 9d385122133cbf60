import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells its host when the page's language or writing direction may have changed: the
 * `lang` or `dir` attribute of the document element, or of the host itself, as a page's
 * language switcher sets them. (Shoelace's localize controller watches the same two
 * attributes of the document element.) One observer serves every host on the document;
 * a host's own attributes have one each. Attributes of the ancestors in between are not
 * watched: a page that sets them there can set `locale`, or resize, to be read again.
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

  hostConnected(): void {
    const { hosts } = LanguageController;
    hosts.add(this);
    if (!LanguageController.page) {
      LanguageController.page = new MutationObserver(() => hosts.forEach(controller => controller.changed()));
      LanguageController.page.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
    }
    this.own = new MutationObserver(() => this.changed());
    this.own.observe(this.host, { attributes: true, attributeFilter: ['lang', 'dir'] });
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
