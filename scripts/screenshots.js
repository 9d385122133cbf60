// Takes headless-Chromium screenshots of the demo pages, served by a dev server that
// this script starts: `node scripts/screenshots.js [outDir]` (default docs/shots).
// docs/screenshot.png, the README's picture, is copied from the 1280 px light one.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, chromiumArgs } from './browsers.js';
import config from '../web-dev-server.config.js';

const outDir = process.argv[2] ?? 'docs/shots';
const shots = [
  { name: 'index-1280-light', path: '/demo/index.html?theme=light', width: 1280 },
  { name: 'index-1280-dark', path: '/demo/index.html?theme=dark', width: 1280 },
  { name: 'index-390-light', path: '/demo/index.html?theme=light', width: 390 },
  { name: 'index-390-dark', path: '/demo/index.html?theme=dark', width: 390 },
  { name: 'index-august-selected', path: '/demo/index.html?theme=light&start=2023-08-01&end=2023-08-31&select=li-arrives-minsk', width: 1280 },
  { name: 'index-list', path: '/demo/index.html?theme=light&view=list', width: 1280 },
  { name: 'index-de-august', path: '/demo/index.html?theme=light&locale=de&start=2023-08-10&end=2023-08-20', width: 1280 },
  { name: 'dashboard-1280', path: '/demo/dashboard.html', width: 1280 },
  { name: 'dashboard-390', path: '/demo/dashboard.html', width: 390 },
  { name: 'docs-1280', path: '/demo/docs.html', width: 1280 },
  { name: 'frameworks-1280', path: '/demo/frameworks/', width: 1280 },
];

mkdirSync(outDir, { recursive: true });
const server = await startDevServer({ config: { ...config, port: 8765 }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    page.on('pageerror', error => console.error(`${shot.name}: ${error.message}`));
    await page.setViewport({ width: shot.width, height: 900, deviceScaleFactor: 1 });
    await page.goto(`http://localhost:8765${shot.path}`, { waitUntil: 'networkidle0' });
    await page.evaluate(async () => {
      const timelines = [...document.querySelectorAll('event-timeline')];
      await Promise.all(timelines.map(t => t.updateComplete));
      await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const file = join(outDir, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
  copyFileSync(join(outDir, 'index-1280-light.png'), 'docs/screenshot.png');
} finally {
  await browser.close();
  await server.stop();
}
