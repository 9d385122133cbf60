// Where the system browsers are. Shared by the test runner, the benchmark and
// scripts/ensure-browsers.js so that all three agree.
import { execFileSync } from 'node:child_process';

function which(names) {
  for (const name of names) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}

/** Path of Debian's Chromium (or any Chromium/Chrome on PATH); CHROMIUM_PATH overrides. */
export const chromiumPath = () =>
  process.env.CHROMIUM_PATH || which(['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']);

/** Path of Firefox ESR (or Firefox) on PATH; FIREFOX_PATH overrides. */
export const firefoxPath = () => process.env.FIREFOX_PATH || which(['firefox-esr', 'firefox']);

/** Flags for headless Chromium on a closed network, as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
  // Headless Chromium 156 starts two WebUI renderers for the omnibox popup with every new
  // page (chrome://omnibox-popup.top-chrome), which then compete for the CPU with the
  // page being measured or tested; nothing here uses an omnibox.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
