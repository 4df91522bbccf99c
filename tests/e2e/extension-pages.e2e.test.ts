import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser, waitFor } from './harness';

describe.each(BROWSERS)('extension pages in %s', (browserName) => {
  // These tests load no web page; the helper's fixture server just goes unused.
  const ctx = useBrowser(browserName);

  it('the popup page renders its heading', async () => {
    const page = await ctx.browser.openPopup();
    expect(await page.href()).toContain(`${ctx.browser.extensionOrigin}/popup.html`);
    expect(await page.textOf('h1')).toMatch(/\S/);
    await page.close();
  });

  it('the dashboard page opens in a tab and renders its heading', async () => {
    const page = await ctx.browser.openDashboard();
    expect(await page.href()).toContain(`${ctx.browser.extensionOrigin}/options.html`);
    expect(await page.textOf('h1')).toMatch(/dashboard/i);
    await page.close();
  });
});

describe('the toolbar popup in chromium', () => {
  const ctx = useBrowser('chromium');

  it('opened on the seed article, lists the claims of that page', async () => {
    const article = await ctx.open(ctx.server.seedUrl('shafaq-2024-12-02-pezeshkian-syria'));
    await article.waitForHighlights((list) => list.some((h) => h.text.includes('had risen to 416')));
    const popup = await ctx.browser.openActionPopup(article);
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
