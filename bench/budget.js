// Time budgets: a case over its budget records "timeout" instead of hanging.

/** Thrown (rejected) when a budget runs out. */
export class BudgetExceeded extends Error {
  constructor(what, ms) {
    super(`${what}: over budget (${Math.round(ms / 1000)} s)`);
    this.name = 'BudgetExceeded';
  }
}

/**
 * A deadline `ms` from now; `race(promise)` settles like `promise`, or rejects with
 * BudgetExceeded when the deadline passes first.
 *
 * @param {string} what name used in the error
 * @param {number} ms
 */
export function deadline(what, ms) {
  const end = Date.now() + ms;
  return {
    /** Milliseconds left (never negative). */
    left: () => Math.max(0, end - Date.now()),
    /**
     * @template T
     * @param {Promise<T>} promise
     * @returns {Promise<T>}
     */
    race(promise) {
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new BudgetExceeded(what, ms)), Math.max(0, end - Date.now()));
      });
      return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
    },
  };
}

/**
 * Races `promise` against a plain timeout (for clean-up calls that may hang).
 *
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export const within = (promise, ms, what) => deadline(what, ms).race(promise);
