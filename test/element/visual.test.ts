import { visualDiff } from '@web/test-runner-visual-regression';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { mount, settle } from '../helpers.js';

const datasetUrl = new URL('../../demo/data/china-belarus.json', import.meta.url).href;
const browser = navigator.userAgent.includes('Firefox') ? 'firefox' : 'chromium';

/** The picture is the contract: the default dataset, fitted and zoomed to August 2023. */
describe('<event-timeline> pictures', () => {
  let element: EventTimeline;

  beforeEach(async () => {
    // The page's font, as the element inherits it: one that every test machine has.
    document.body.style.fontFamily = 'DejaVu Sans, sans-serif';
    const dataset = await (await fetch(datasetUrl)).json();
    element = await mount(dataset, { width: 1200, height: 440, attributes: { locale: 'en-GB', 'time-zone': 'UTC' } });
    await settle(element);
  });

  afterEach(() => {
    document.body.style.fontFamily = '';
  });

  it('fitted', async () => {
    await visualDiff(element, `${browser}-fitted`);
  });

  it('zoomed to August 2023', async () => {
    await element.zoomTo('2023-08-01', '2023-08-31', { animate: false });
    await settle(element);
    await visualDiff(element, `${browser}-august-2023`);
  });
});
