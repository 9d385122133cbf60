/**
 * The built bundle on a page served with `Content-Security-Policy: default-src 'self';
 * style-src 'self'; script-src 'self'; require-trusted-types-for 'script'` (a real
 * response header, from test/server/plugin.js), in an iframe.
 */
import { expect } from '@open-wc/testing';

interface Report {
  kind: 'csp-report';
  count: number;
  drawn: number;
  details: string | null;
  globals: string[];
  violations: string[];
  errors: string[];
}

describe('dist/event-timeline.js under a strict CSP with Trusted Types', () => {
  it('draws the dataset and opens details with no policy violation, error or global', async () => {
    const frame = document.createElement('iframe');
    // In view: browsers throttle animation frames in off-screen frames.
    frame.style.cssText = 'position: fixed; left: 0; top: 0; width: 1000px; height: 600px; z-index: 1';
    const report = new Promise<Report>(resolve =>
      window.addEventListener('message', function listen(event: MessageEvent) {
        if (event.data?.kind !== 'csp-report') return;
        window.removeEventListener('message', listen);
        resolve(event.data as Report);
      }),
    );
    frame.src = '/test-server/csp-page';
    document.body.append(frame);
    const result = await report;
    frame.remove();
    // Globals beyond a blank window's, less Lit's own version registries.
    const blank = document.createElement('iframe');
    document.body.append(blank);
    const known = new Set([...Object.keys(blank.contentWindow!), 'litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata']);
    blank.remove();
    const added = result.globals.filter(name => !known.has(name));
    expect(result.violations).to.deep.equal([]);
    expect(result.errors).to.deep.equal([]);
    expect(result.drawn).to.equal(result.count);
    expect(result.count).to.be.greaterThan(13);
    expect(result.details).to.contain('Li Shangfu arrives in Minsk');
    expect(added).to.deep.equal([]);
  });
});
