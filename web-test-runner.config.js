// @web/test-runner: every test in headless Chromium and Firefox ESR, the system
// browsers, driven by puppeteer-core (Chromium over CDP, Firefox over WebDriver BiDi).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import puppeteer from 'puppeteer-core';
import { chromiumPath, firefoxPath, chromiumArgs } from './scripts/browsers.js';
import { testServer } from './test/server/plugin.js';
import { inputCommands } from './test/server/commands.js';
import { edtfWithoutLocalesServer, nearleyAsModuleServer } from './scripts/edtf-plugins.js';


const chromium = chromeLauncher({
  puppeteer,
  launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
});
const firefox = chromeLauncher({
  puppeteer,
  launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true },
});

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'import', 'default'] },
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 120000,
  mimeTypes: { '**/*.ts': 'js' },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    edtfWithoutLocalesServer(),
    nearleyAsModuleServer(),
    testServer(),
    inputCommands(),
    visualRegressionPlugin({
      baseDir: 'test/snapshots',
      update: process.argv.includes('--update-visual-baseline'),
      failureThreshold: 0.1,
      failureThresholdType: 'percent',
    }),
  ],
  // BROWSERS=chromium (or firefox) runs one engine; the default and CI run both.
  browsers: (process.env.BROWSERS ?? 'chromium,firefox')
    .split(',')
    .map(name => ({ chromium, firefox })[name.trim()])
    .filter(Boolean),
};
