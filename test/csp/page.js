// Runs inside /test-server/csp-page (strict CSP, Trusted Types required) and reports
// to the test in the parent window what happened there.
const violations = [];
document.addEventListener('securitypolicyviolation', event => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
const errors = [];
window.addEventListener('error', event => errors.push(String(event.message)));

const element = document.querySelector('event-timeline');
async function report(count) {
  await element.updateComplete;
  await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  element.select('li-arrives-minsk');
  await element.updateComplete;
  const root = element.shadowRoot;
  const clustered = [...root.querySelectorAll('[part="cluster"]')].reduce((sum, node) => sum + Number(node.getAttribute('data-count')), 0);
  parent.postMessage(
    {
      kind: 'csp-report',
      count,
      drawn: root.querySelectorAll('[part~="event"]').length + clustered,
      details: root.querySelector('[part="details"] h2')?.textContent ?? null,
      globals: Object.keys(window),
      violations,
      errors,
    },
    '*',
  );
}
// The document may already have arrived before this module ran.
if (element.events?.length > 0) report(element.events.length);
else element.addEventListener('timeline-load', event => report(event.detail.count), { once: true });
