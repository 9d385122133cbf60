/** Dispatches a bubbling, composed CustomEvent from `target` (events cross shadow roots). */
export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
