import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a key asks the timeline to do. */
export type KeyAction =
  | 'previous'
  | 'next'
  | 'lane-up'
  | 'lane-down'
  | 'first'
  | 'last'
  | 'select'
  | 'clear'
  | 'zoom-in'
  | 'zoom-out'
  | 'page-back'
  | 'page-forward'
  | 'fit';

const keys: Readonly<Record<string, KeyAction>> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  ArrowUp: 'lane-up',
  ArrowDown: 'lane-down',
  Home: 'first',
  End: 'last',
  Enter: 'select',
  ' ': 'select',
  Escape: 'clear',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  _: 'zoom-out',
  PageUp: 'page-back',
  PageDown: 'page-forward',
  '0': 'fit',
};

/** How time runs on screen: rightwards, leftwards (right-to-left pages) or down. */
export type TimeDirection = 'ltr' | 'rtl' | 'down';

const keyMaps: Readonly<Record<TimeDirection, Readonly<Record<string, KeyAction>>>> = {
  ltr: keys,
  // Right-to-left, time runs leftwards: ← is later, → earlier.
  rtl: { ...keys, ArrowLeft: 'next', ArrowRight: 'previous' },
  // Time running down the page: ↑ earlier, ↓ later; ← and → move between columns' events too.
  down: { ...keys, ArrowUp: 'previous', ArrowDown: 'next', ArrowLeft: 'previous', ArrowRight: 'next' },
};

/** The action for a key press, if the timeline has one (modified keys are the page's). */
export function keyAction(event: KeyboardEvent, direction: TimeDirection = 'ltr'): KeyAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  return keyMaps[direction][event.key];
}

/**
 * Keyboard support: listens for keydown on the host and hands each known key pressed
 * inside `scope` (the plot, not the details panel or the list) to `act`; a key that
 * `act` handles (returns true) does not scroll the page.
 */
export class KeyboardController implements ReactiveController {
  private readonly pressed = (event: KeyboardEvent) => {
    const action = keyAction(event, this.direction());
    if (!action) return;
    const scope = this.scope();
    if (!scope || !event.composedPath().includes(scope)) return;
    if (this.act(action, event)) event.preventDefault();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly scope: () => Element | null | undefined,
    private readonly act: (action: KeyAction, event: KeyboardEvent) => boolean,
    private readonly direction: () => TimeDirection = () => 'ltr',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.pressed);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.pressed);
  }
}
