import { expect, fixture, html } from '@open-wc/testing';
import edtf from 'edtf';
import { sendKeys } from '@web/test-runner-commands';

describe('toolchain', () => {
  it('parses EDTF in the browser', () => {
    expect(edtf('1993~').min).to.equal(Date.UTC(1993, 0, 1));
  });
  it('sends keys', async () => {
    const el = await fixture<HTMLInputElement>(html`<input />`);
    el.focus();
    await sendKeys({ type: 'ab' });
    expect(el.value).to.equal('ab');
  });
});
