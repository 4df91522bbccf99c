import puppeteer, { type Browser, type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
import { TestPage, type ExtensionBrowser, type PageBackend } from './driver';
import type { LaunchOptions } from './chromium';
import { BROWSER_EXECUTABLES, extensionDir } from './paths';
import { waitFor } from './wait';

/** Must match `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'claimcheck@claimcheck.dev';
/** Fixed internal UUID, so moz-extension:// URLs are known before install. */
export const FIREFOX_EXTENSION_UUID = '6c1a7d52-3b1e-4b8e-9a61-c1a1c0c0ffee';

function backend(page: Page): PageBackend {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as KeyInput),
    keyDown: (key) => page.keyboard.down(key as KeyInput),
    keyUp: (key) => page.keyboard.up(key as KeyInput),
    type: (text) => page.keyboard.type(text),
    uploadFile: async (selector, files) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`firefox: no ${selector} to choose files in`);
      try {
        await (input as ElementHandle<HTMLInputElement>).uploadFile(...files);
      } finally {
        await input.dispose();
      }
    },
    screenshot: async (file, options) =>
      void (await page.screenshot({ path: file as `${string}.png`, fullPage: options?.fullPage })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    url: () => page.url(),
    close: () => page.close(),
  };
}

/** Debian firefox-esr, headless, driven over WebDriver BiDi, with .output/firefox-mv2 installed as a temporary add-on. */
export async function launchFirefox({
  viewport = { width: 1280, height: 900 },
  firefoxPrefs = {},
}: LaunchOptions = {}): Promise<ExtensionBrowser & { browser: Browser }> {
  const dir = extensionDir('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSER_EXECUTABLES.firefox,
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: viewport,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      ...firefoxPrefs,
    },
  });
  try {
    await browser.installExtension(dir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

  const openPage = async (url: string) => {
    const page = await browser.newPage();
    const test = new TestPage('firefox', backend(page));
    await test.goto(url);
    return test;
  };
  const openExtensionPage = async (file: string) => {
    const page = await browser.newPage();
    const test = new TestPage('firefox', backend(page));
    // Over BiDi, navigating to a moz-extension:// page never reports its load: start it, then wait for content.
    const url = `${extensionOrigin}/${file}`;
    void page.goto(url).catch(() => undefined);
    await waitFor(async () => (await test.href()).startsWith(url), { message: `firefox: ${url} to load` });
    await test.waitForText('h1');
    return test;
  };

  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    openPage,
    openExtensionPage,
    openPopup: () => openExtensionPage('popup.html'),
    openDashboard: () => openExtensionPage('options.html'),
    close: () => browser.close(),
  };
}
