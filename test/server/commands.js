// Test-runner commands for input the stock commands lack: real wheel events, a
// double click and a two-finger pinch, sent by puppeteer through the browser's own input pipeline
// (CDP in Chromium, WebDriver BiDi in Firefox).
export function inputCommands() {
  return {
    name: 'event-timeline-input',
    async executeCommand({ command, payload, session }) {
      if (!['wheel', 'pinch', 'dblclick'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'dblclick') {
        await page.mouse.click(payload.x, payload.y, { count: 2 });
        return true;
      }
      if (command === 'wheel') {
        const { x, y, deltaX = 0, deltaY = 0, modifier } = payload;
        await page.mouse.move(x, y);
        if (modifier) await page.keyboard.down(modifier);
        await page.mouse.wheel({ deltaX, deltaY });
        if (modifier) await page.keyboard.up(modifier);
        return true;
      }
      // pinch: two touches around (x, y), `from` px apart, moved to `to` px apart in `steps`.
      const { x, y, from, to, steps = 8 } = payload;
      const a = await page.touchscreen.touchStart(x - from / 2, y);
      const b = await page.touchscreen.touchStart(x + from / 2, y);
      for (let i = 1; i <= steps; i++) {
        const half = (from + ((to - from) * i) / steps) / 2;
        await a.move(x - half, y);
        await b.move(x + half, y);
      }
      await a.end();
      await b.end();
      return true;
    },
  };
}
