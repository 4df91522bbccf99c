/**
 * Dynamic pages: text a live blog adds after load, and a single-page app's route change (history.pushState and a
 * new <main>), are scanned and highlighted; the previous route's claims are gone.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './harness';

const isClaim = (name: string) => name !== 'claimcheck-active' && name !== 'claimcheck-hover';

describe.each(BROWSERS)('dynamic pages in %s', (browserName) => {
  const ctx = useBrowser(browserName);

  it('a live-blog post added after load gets its claim highlighted, and its card opens', async () => {
    const page = await ctx.open('/reading/live-blog.html');
    const first = 'At least 18 people were killed';
    await page.waitForHighlights((list) => list.some((h) => h.text === first));

    const added = 'Rescuers said 23 civilians were killed in an airstrike on Maarat al-Numan.';
    expect(await page.evaluate<string>(`window.addPost(${JSON.stringify(added)})`)).toBe('post-1');
    const highlights = await page.waitForHighlights((list) =>
      list.some((h) => isClaim(h.name) && h.text === '23 civilians were killed'),
    );
    // The earlier post keeps its highlight; each claim is highlighted once.
    const claims = highlights.filter((h) => isClaim(h.name)).map((h) => h.text);
    expect(claims.sort()).toEqual(['23 civilians were killed', first].sort());

    const card = await page.openCard('23 civilians were killed');
    expect(card.quote).toContain('23 civilians were killed');
    await page.press('Escape');
    await page.waitForNoCard();
  });

  it('an SPA route change highlights the new article’s claim and drops the old one', async () => {
    const page = await ctx.open('/reading/spa.html');
    const before = 'At least 57 people were killed';
    const after = '31 people were killed';
    await page.waitForHighlights((list) => list.some((h) => h.text === before));

    await page.evaluate('(window.goToSecondStory(), true)');
    expect(await page.href()).toBe(ctx.server.url('/reading/spa/second-story'));
    const highlights = await page.waitForHighlights(
      (list) =>
        list.some((h) => isClaim(h.name) && h.text === after) &&
        !list.some((h) => h.text.includes('57 people')),
    );
    expect(highlights.filter((h) => isClaim(h.name)).map((h) => h.text)).toEqual([after]);

    const card = await page.openCard(after);
    expect(card.quote).toContain(after);
    await page.press('Escape');
    await page.waitForNoCard();
  });
});
