import { describe, expect, it } from 'vitest';
import { BROWSERS, listSeeds, seedArticleHtml, useBrowser } from './harness';

// News sites often send a strict Content-Security-Policy. The extension's highlights and card must still work:
// they are the extension's, not the page's.
const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'";

describe.each(BROWSERS)('a page with a strict CSP in %s', (browserName) => {
  const seed = listSeeds().find((s) => s.slug === 'shafaq-2024-12-02-pezeshkian-syria')!;
  const ctx = useBrowser(browserName, {
    routes: {
      '/csp/article.html': {
        headers: { 'content-security-policy': STRICT_CSP },
        // An inline style of the page's own, which the policy blocks: proves the policy is in force.
        body: seedArticleHtml(seed).replace('</head>', '<style>h1 { color: rgb(1, 2, 3); }</style></head>'),
      },
    },
  });

  it('still highlights the claims and opens a visible card', async () => {
    const page = await ctx.open('/csp/article.html');
    expect(await page.evaluate<string>("getComputedStyle(document.querySelector('h1')).color")).not.toBe(
      'rgb(1, 2, 3)',
    );
    const highlights = await page.waitForHighlights((list) =>
      list.some((h) => h.text.includes('had risen to 416')),
    );
    expect(highlights.some((h) => h.name.startsWith('claimcheck-casualty-'))).toBe(true);

    const card = await page.openCard('had risen to 416');
    expect(card.name).toMatch(/casualt/i);
    expect(card.quote).toContain('had risen to 416');
    // The card's own stylesheet applied despite the page's style-src: it is positioned, not in the page flow.
    const position = await page.evaluate<string>(`(() => {
      const d = document.querySelector('claimcheck-ui').shadowRoot.querySelector('[role="dialog"]');
      return getComputedStyle(d).position;
    })()`);
    expect(position).toMatch(/fixed|absolute/);

    await page.press('Escape');
    await page.waitForNoCard();
  });
});
