// The headless system Chromium, and a fresh isolated page per run.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/browsers.js';
import { within } from './budget.js';

/** The viewport every run uses. */
export const VIEWPORT = { width: 1280, height: 800 };
/** Both libraries read date strings as local time: pin the zone so they agree. */
export const TIME_ZONE = 'UTC';
/** How long closing a (possibly hung) page may take before the browser is restarted. */
const CLOSE_TIMEOUT_MS = 10_000;

/** Launches headless Chromium; throws when none is installed. */
export async function launchBrowser() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium found (install chromium or set CHROMIUM_PATH)');
  return puppeteer.launch({ executablePath, args: chromiumArgs, headless: true, defaultViewport: VIEWPORT });
}

/**
 * A fresh page in its own browser context (so its own renderer), which may only
 * reach `origin`: every other request is aborted.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 */
export async function freshPage(browser, origin) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  await page.emulateTimezone(TIME_ZONE);
  await page.setRequestInterception(true);
  page.on('request', request => (request.url().startsWith(`${origin}/`) ? request.continue() : request.abort()));
  return { page, context };
}

/**
 * Closes a run's context; false when that hung (the caller should restart the browser).
 *
 * @param {import('puppeteer-core').BrowserContext} context
 */
export async function closeContext(context) {
  try {
    await within(context.close(), CLOSE_TIMEOUT_MS, 'closing the page');
    return true;
  } catch {
    return false;
  }
}

/**
 * Closes the browser, killing its process (the one we launched) if that hangs.
 *
 * @param {import('puppeteer-core').Browser} browser
 */
export async function closeBrowser(browser) {
  try {
    await within(browser.close(), CLOSE_TIMEOUT_MS, 'closing the browser');
  } catch {
    browser.process()?.kill('SIGKILL');
  }
}
