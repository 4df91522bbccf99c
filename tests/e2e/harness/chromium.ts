import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { TestPage, type ExtensionBrowser, type PageBackend } from './driver';
import { BROWSER_EXECUTABLES, extensionDir } from './paths';

export interface LaunchOptions {
  viewport?: { width: number; height: number };
}

function backend(page: Page): PageBackend {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (file, options) =>
      void (await page.screenshot({ path: file, fullPage: options?.fullPage })),
    url: () => page.url(),
    close: () => page.close(),
  };
}

/** Debian chromium, headless, with the built .output/chrome-mv3 loaded unpacked (Playwright persistent context). */
export async function launchChromium({
  viewport = { width: 1280, height: 900 },
}: LaunchOptions = {}): Promise<ExtensionBrowser & { context: BrowserContext }> {
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

  const openPage = async (url: string) => {
    const page = await context.newPage();
    const test = new TestPage('chromium', backend(page));
    await test.goto(url);
    return test;
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
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
