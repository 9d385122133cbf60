import { expect } from '@open-wc/testing';
import { seriousViolations } from '../axe.js';
import { inside, mount, sample, settle } from '../helpers.js';

for (const theme of ['light', 'dark'] as const) {
  describe(`<event-timeline> accessibility, ${theme} theme`, () => {
    it('has no serious or critical axe violation in the timeline, with details open', async () => {
      const element = await mount(sample);
      element.theme = theme;
      element.select('p1');
      await settle(element);
      expect(await seriousViolations(element)).to.deep.equal([]);
    });

    it('has no serious or critical axe violation with time running down (vertical)', async () => {
      const element = await mount(sample, { width: 380, height: 600 });
      element.theme = theme;
      element.select('p2');
      await settle(element);
      expect(inside(element, 'svg.surface.vertical')).to.have.length(1);
      expect(await seriousViolations(element)).to.deep.equal([]);
    });

    it('has no serious or critical axe violation in the list view', async () => {
      const element = await mount(sample);
      element.theme = theme;
      element.view = 'list';
      await settle(element);
      expect(await seriousViolations(element)).to.deep.equal([]);
    });
  });
}

describe('<event-timeline> accessible names', () => {
  it('names each mark with its title, date and category', async () => {
    const element = await mount(sample, { attributes: { locale: 'en-GB' } });
    const label = inside(element, '[data-event-id="p1"]')[0].getAttribute('aria-label')!;
    expect(label).to.contain('Point one');
    expect(label).to.contain('4 March 2001');
    expect(label).to.contain('Alpha');
  });

  it('announces the visible range in a polite live region after the view settles', async () => {
    const element = await mount(sample, { attributes: { locale: 'en-GB' } });
    const region = inside(element, 'div[role="status"][aria-live="polite"]')[0];
    await element.zoomTo('2002-01-01', '2002-12-31', { animate: false });
    await new Promise<void>(resolve => new MutationObserver((_, observer) => (observer.disconnect(), resolve())).observe(region, { childList: true, subtree: true, characterData: true }));
    expect(region.textContent).to.match(/Showing .*2002/);
  });
});
