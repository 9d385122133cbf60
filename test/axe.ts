/** axe-core in the page, and its serious and critical violations inside an element. */
import 'axe-core/axe.min.js';

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[];
}
const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResult> } }).axe;

/** axe-core's serious and critical violations inside `element` (shadow DOM included). */
export async function seriousViolations(element: Element): Promise<string[]> {
  const { violations } = await axe.run(element, { resultTypes: ['violations'] });
  return violations
    .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
    .map(violation => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes: ${JSON.stringify(violation.nodes[0].target)})`);
}
