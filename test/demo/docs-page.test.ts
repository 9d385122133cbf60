/** The docs page offers a control for every attribute and a button for every method. */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

describe('demo/docs.html', () => {
  it('has a control for every attribute and a button for every method, and its controls work', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declaration = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === 'event-timeline');
    const frameElement = document.createElement('iframe');
    frameElement.style.cssText = 'position:fixed;left:0;top:0;width:1100px;height:900px;border:0';
    frameElement.src = '/demo/docs.html';
    document.body.append(frameElement);
    try {
      await new Promise(resolve => frameElement.addEventListener('load', resolve, { once: true }));
      const page = frameElement.contentDocument!;
      await until(() => page.querySelectorAll('#attributes label').length > 0, 300, 'the controls are made');
      const controls = [...page.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#attributes [name]')].map(control => control.name);
      expect(controls).to.have.members(declaration.attributes.map((a: { name: string }) => a.name));
      const buttons = [...page.querySelectorAll('#methods button')].map(button => button.textContent);
      expect(buttons).to.have.members(declaration.members.filter((m: { kind: string; privacy?: string; static?: boolean }) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public').map((m: { name: string }) => `${m.name}()`));
      const theme = page.querySelector<HTMLSelectElement>('#attributes [name="theme"]')!;
      theme.value = 'dark';
      theme.dispatchEvent(new Event('change'));
      expect(page.getElementById('timeline')!.getAttribute('theme')).to.equal('dark');
    } finally {
      frameElement.remove();
    }
  });
});
