import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TestPage, type ExtensionBrowser, type PageBackend } from './driver';
import { BROWSER_EXECUTABLES, extensionDir } from './paths';
import { waitFor } from './wait';

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  /** Firefox only: extra preferences for the profile (e.g. to answer permission prompts in automation). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

function backend(page: Page): PageBackend {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    keyDown: (key) => page.keyboard.down(key),
    keyUp: (key) => page.keyboard.up(key),
    type: (text) => page.keyboard.type(text),
    uploadFile: (selector, files) => page.locator(selector).first().setInputFiles(files),
    screenshot: async (file, options) =>
      void (await page.screenshot({ path: file, fullPage: options?.fullPage })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    url: () => page.url(),
    close: () => page.close(),
  };
}

/** Debian chromium, headless, with the built .output/chrome-mv3 loaded unpacked (Playwright persistent context). */
export interface ChromiumExtensionBrowser extends ExtensionBrowser {
  context: BrowserContext;
  /**
   * Opens the extension's real toolbar popup for `page`'s tab (`chrome.action.openPopup()` from the service worker,
   * with `page` brought to front), as a user clicking the toolbar button would, and returns the popup's page.
   */
  openActionPopup(page: TestPage): Promise<TestPage>;
}

export async function launchChromium({
  viewport = { width: 1280, height: 900 },
}: LaunchOptions = {}): Promise<ChromiumExtensionBrowser> {
  const dir = extensionDir('chromium');
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'claimcheck-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: BROWSER_EXECUTABLES.chromium,
      headless: true,
      viewport,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Lets a second CDP client see the toolbar popup, which Playwright's own connection does not list.
        '--remote-debugging-address=127.0.0.1',
        '--remote-debugging-port=0',
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
      ],
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  const pages = new WeakMap<TestPage, Page>();
  const openPage = async (url: string) => {
    const page = await context.newPage();
    const test = new TestPage('chromium', backend(page));
    pages.set(test, page);
    await test.goto(url);
    return test;
  };

  let cdp: Browser | undefined;
  const openActionPopup = async (test: TestPage) => {
    const page = pages.get(test);
    if (!page) throw new Error('openActionPopup: not a page of this browser');
    await page.bringToFront();
    const opened = await worker.evaluate<string>(
      `chrome.action.openPopup().then(() => 'ok', (error) => String(error))`,
    );
    if (opened !== 'ok') throw new Error(`chrome.action.openPopup() failed: ${opened}`);
    if (!cdp) {
      const port = (await readFile(path.join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
      cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    }
    const browser = cdp;
    const popupUrl = `${extensionOrigin}/popup.html`;
    const popup = await waitFor(
      () =>
        browser
          .contexts()
          .flatMap((c) => c.pages())
          .find((p) => p.url().startsWith(popupUrl)),
      { message: 'the toolbar popup to open' },
    );
    const popupTest = new TestPage('chromium', backend(popup));
    await popupTest.waitForText('h1');
    return popupTest;
  };
  const openExtensionPage = async (file: string) => {
    const page = await openPage(`${extensionOrigin}/${file}`);
    await page.waitForText('h1');
    return page;
  };

  return {
    name: 'chromium',
    context,
    extensionOrigin,
    openPage,
    openExtensionPage,
    openPopup: () => openExtensionPage('popup.html'),
    openDashboard: () => openExtensionPage('options.html'),
    openActionPopup,
    async close() {
      await cdp?.close();
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
