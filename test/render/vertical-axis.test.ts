/**
 * The vertical axis (src/render/vertical.ts): a context label at each period's start,
 * the one in progress pinned at the top until the next one reaches it, and no tick label
 * under a context label.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderVerticalAxis } from '../../src/render/vertical.js';
import { axisTicks } from '../../src/time/ticks.js';
import { timeScale } from '../../src/time/scale.js';

const height = 500;
const day = 86_400_000;

/** The axis for `domain` (wall-clock ms) drawn 300 px wide: its context labels and tick labels, with their baselines. */
function axis(domain: [number, number]) {
  const { ticks, context } = axisTicks(domain, height, { locale: 'en-GB', measure: () => 16, minSpacing: 36 });
  const target = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  render(renderVerticalAxis(ticks, context, timeScale(domain, height), 300, height), target);
  const texts = (selector: string) => [...target.querySelectorAll(selector)].map(text => ({ label: text.textContent!, y: Number(text.getAttribute('y')) }));
  return { contexts: texts('text.context'), ticks: texts('text.tick'), all: ticks.length };
}

describe('renderVerticalAxis', () => {
  it('names the month in progress at the top and the next at its start, and leaves no tick label under either', () => {
    const august = Date.UTC(2023, 7, 1);
    const { contexts, ticks, all } = axis([Date.UTC(2023, 6, 20), Date.UTC(2023, 8, 11)]);
    const scale = timeScale([Date.UTC(2023, 6, 20), Date.UTC(2023, 8, 11)], height);
    expect(contexts.map(label => label.label)).to.deep.equal(['Jul 2023', 'Aug 2023', 'Sept 2023']);
    expect(contexts[0].y).to.equal(12);
    expect(contexts[1].y).to.equal(Math.round(scale(august)) + 12);
    // A tick label's box (its centre ± 6 px) never reaches a context label's (baseline − 11 to + 3).
    for (const tick of ticks) for (const label of contexts) expect(tick.y + 6 <= label.y - 11 || tick.y - 6 >= label.y + 3, `${tick.label} at ${tick.y}, ${label.label} at ${label.y}`).to.equal(true);
    // Only those are left out: most ticks keep their labels.
    expect(ticks.length).to.be.within(all - 3, all);
  });

  it('lets the label in progress give way when the next period begins near the top', () => {
    // August begins 6 px down: "Jul 2023" would touch "Aug 2023", so only August is named.
    const start = Date.UTC(2023, 7, 1) - 6 * ((30 * day) / height);
    const { contexts } = axis([start, start + 30 * day]);
    expect(contexts.map(label => label.label)).to.deep.equal(['Aug 2023']);
    expect(contexts[0].y).to.equal(18);
  });

  it('leaves out a context label that would start below the bottom', () => {
    const end = Date.UTC(2023, 7, 1) + day / 10;
    const { contexts } = axis([end - 30 * day, end]);
    expect(contexts.map(label => label.label)).to.deep.equal(['Jul 2023']);
  });
});
