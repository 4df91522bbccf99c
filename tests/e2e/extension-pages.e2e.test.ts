import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  launchBrowser,
  launchChromium,
  startFixtureServer,
  waitFor,
  type ChromiumExtensionBrowser,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

describe.each(BROWSERS)('extension pages in %s', (browserName) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchBrowser(browserName);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the popup page renders its heading', async () => {
    const page = await browser.openPopup();
    expect(await page.href()).toContain(`${browser.extensionOrigin}/popup.html`);
    expect(await page.textOf('h1')).toMatch(/\S/);
    await page.close();
  });

  it('the dashboard page opens in a tab and renders its heading', async () => {
    const page = await browser.openDashboard();
    expect(await page.href()).toContain(`${browser.extensionOrigin}/options.html`);
    expect(await page.textOf('h1')).toMatch(/dashboard/i);
    await page.close();
  });
});

describe('the toolbar popup in chromium', () => {
  let server: FixtureServer;
  let browser: ChromiumExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opened on the seed article, lists the claims of that page', async () => {
    const article = await browser.openPage(server.seedUrl('shafaq-2024-12-02-pezeshkian-syria'));
    await article.waitForHighlights((list) => list.some((h) => h.text.includes('had risen to 416')));
    const popup = await browser.openActionPopup(article);
    const text = await waitFor(
      async () => {
        const body = await popup.textOf('body');
        return body?.includes('had risen to 416') ? body : null;
      },
      { message: 'the popup to list the casualty claim' },
    );
    expect(text).toContain('had risen to 416');
  });
});
