import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows an element's content-box size with a ResizeObserver and asks the host to
 * update when it changes. (Like @lit-labs/observers' ResizeController, but it renders
 * in the next frame; see below, and it keeps no extra dependency.) The element is given with `observe` once it is rendered;
 * observation stops when the host disconnects and resumes when it reconnects.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private target?: Element;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts following `element` (the last one given wins). */
  observe(element: Element): void {
    this.target = element;
    this.hostConnected();
  }

  hostConnected(): void {
    this.observer?.disconnect();
    if (!this.target) return;
    this.observer = new ResizeObserver(entries => {
      const box = entries[entries.length - 1].contentRect;
      if (!this.take(box.width, box.height)) return;
      // Render in the next frame, not inside the observer's delivery: a render that
      // resizes the observed element again (a legend folding) would otherwise raise
      // "ResizeObserver loop completed with undelivered notifications" on the page.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.target);
  }

  /**
   * Reads the size now, forcing a layout: for a host whose render has just changed what
   * surrounds the target (a legend or a problems panel appearing), so that it can render
   * again for the new size before the frame is painted, not a frame later with the old
   * size on screen (when it changed, the observer then stays quiet). The target has no
   * border or padding, so its box is its content box.
   */
  measureNow(): void {
    if (!this.target?.isConnected) return;
    const box = this.target.getBoundingClientRect();
    if (this.take(box.width, box.height)) cancelAnimationFrame(this.frame);
  }

  private take(width: number, height: number): boolean {
    const [w, h] = [Math.round(width), Math.round(height)];
    if (w === this.width && h === this.height) return false;
    this.width = w;
    this.height = h;
    return true;
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
