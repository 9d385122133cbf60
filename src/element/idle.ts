/**
 * Work for idle time: `task` is called in an idle callback with a function giving the
 * milliseconds of idle time left, or soon with none where the browser has no idle
 * callbacks (Safari), so that a task there does one share of its work at a time.
 */
export function whenIdle(task: (left: () => number) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(deadline => task(() => deadline.timeRemaining()), { timeout: 1000 });
  else setTimeout(() => task(() => 0), 1);
}
