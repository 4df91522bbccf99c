import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type ExtensionBrowser } from './harness';

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
