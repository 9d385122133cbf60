// Element geometry for the page side. Runs in the browser.

/**
 * The box of an element in viewport px.
 *
 * @param {Element} element
 * @returns {import('./page-adapter.js').Box}
 */
export const boxOf = element => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
};
