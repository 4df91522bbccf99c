import { beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, listSeeds, useBrowser, waitFor, type TestPage } from './harness';

const SEED = 'shafaq-2024-12-02-pezeshkian-syria';
const CASUALTY = 'had risen to 416';
const DESIGNATION = 'a group designated as a terrorist organization by the US';

/** Keyboard users land in the card: focus moves into it once it has rendered. */
async function expectFocusMovesToCard(page: TestPage) {
  await waitFor(async () => (await page.card())?.focused, {
    timeout: 5_000,
    message: 'focus to move into the card',
  });
}

describe.each(BROWSERS)('seed article in %s', (browserName) => {
  const ctx = useBrowser(browserName);
  let page: TestPage;

  // Each test gets a freshly loaded article (closed after it), so one failure leaves nothing behind for the next.
  beforeEach(async () => {
    page = await ctx.open(ctx.server.seedUrl(SEED));
    await page.waitForHighlights();
  });

  it('highlights the casualty count and the designation', async () => {
    const highlights = await page.waitForHighlights(
      (list) => list.some((h) => h.text.includes(CASUALTY)) && list.some((h) => h.text.includes(DESIGNATION)),
    );
    const casualty = highlights.find((h) => h.text.includes(CASUALTY));
    const designation = highlights.find((h) => h.text.includes(DESIGNATION));
    expect(casualty?.name).toMatch(/^claimcheck-casualty-/);
    expect(designation?.name).toMatch(/^claimcheck-designation-/);
    expect(designation?.text).toBe(DESIGNATION);
    // Both are laid out on the page (a range with a box), so a user can see and click them.
    expect(casualty?.rect?.width).toBeGreaterThan(0);
    expect(designation?.rect?.width).toBeGreaterThan(0);
  });

  it('paints without adding elements to the article', async () => {
    const seed = listSeeds().find((s) => s.slug === SEED)!;
    const shape = await page.evaluate<{ children: string[]; paragraphs: string[] }>(`({
      children: [...document.querySelector('article').querySelectorAll('*')].map((e) => e.tagName),
      paragraphs: [...document.querySelectorAll('article > p:not(.dateline)')].map((p) => p.textContent),
    })`);
    expect(shape.children).toEqual(['H1', 'P', 'TIME', ...seed.paragraphs.map(() => 'P')]);
    expect(shape.paragraphs).toEqual(seed.paragraphs);
  });

  it('clicking the casualty count opens a labelled card quoting it; Escape closes it', async () => {
    const card = await page.openCard(CASUALTY);
    expect(card.name).toMatch(/casualt/i);
    expect(card.quote).toContain(CASUALTY);
    expect(card.description).toContain(CASUALTY);
    expect(card.text).toContain(card.quote);
    expect(card.text).toContain('416');
    await expectFocusMovesToCard(page);
    // The card is on screen.
    const viewport = await page.evaluate<{ w: number; h: number }>('({ w: innerWidth, h: innerHeight })');
    expect(card.rect.x).toBeGreaterThanOrEqual(0);
    expect(card.rect.y).toBeGreaterThanOrEqual(0);
    expect(card.rect.x + card.rect.width).toBeLessThanOrEqual(viewport.w);
    expect(card.rect.y + card.rect.height).toBeLessThanOrEqual(viewport.h);

    await page.press('Escape');
    await page.waitForNoCard();
  });

  it('clicking the designation opens a labelled card quoting it; Escape closes it', async () => {
    const card = await page.openCard(DESIGNATION);
    expect(card.name).toMatch(/designat/i);
    expect(card.quote).toContain(DESIGNATION);
    expect(card.description).toContain(DESIGNATION);
    expect(card.text).toContain(card.quote);
    expect(card.text).toContain('Hayat Tahrir al-Sham');
    await expectFocusMovesToCard(page);

    await page.press('Escape');
    await page.waitForNoCard();
  });

  it('clicking plain text opens no card', async () => {
    const point = await page.evaluate<{ x: number; y: number }>(`(() => {
      const h1 = document.querySelector('h1');
      h1.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = h1.getClientRects()[0];
      return { x: r.x + 10, y: r.y + r.height / 2 };
    })()`);
    await page.click(point.x, point.y);
    // Let the click's handlers run and the next frame render, then look.
    await page.evaluate(
      'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))',
    );
    expect(await page.card()).toBeNull();
  });
});
