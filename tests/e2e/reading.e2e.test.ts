/**
 * The reading experience on the seed article (tests/fixtures/seed): what the cards show, stepping through claims
 * with the keyboard, and the popup's list of the tab's claims.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser, waitFor, type TestPage } from './harness';
import {
  activeClaims,
  announcement,
  cardTables,
  focusState,
  waitForCardText,
  type CardTable,
} from './harness/reading';

const SEED = 'shafaq-2024-12-02-pezeshkian-syria';
/** Every claim of the seed article, in document order (the designation's paragraph comes first). */
const DESIGNATION = 'a group designated as a terrorist organization by the US';
const CASUALTY =
  'the death toll from the clashes between government forces and opposition factions had risen to 416';
const CLAIMS = [DESIGNATION, CASUALTY];

const isClaim = (name: string) => name !== 'claimcheck-active' && name !== 'claimcheck-hover';

/** "1 Dec 2024" → 2024-12-01 (the card's date format). */
const isoOf = (shown: string) => {
  const t = Date.parse(`${shown} UTC`);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
};

describe.each(BROWSERS)('the seed article in %s', (browserName) => {
  const ctx = useBrowser(browserName);
  let page: TestPage;

  beforeEach(async () => {
    page = await ctx.open(ctx.server.seedUrl(SEED));
  });

  it('highlights every claim of the article, each once, with its kind', async () => {
    const highlights = await page.waitForHighlights((list) =>
      CLAIMS.every((c) => list.some((h) => isClaim(h.name) && h.text === c)),
    );
    const claims = highlights.filter((h) => isClaim(h.name));
    expect(claims.map((h) => h.text).sort()).toEqual([...CLAIMS].sort());
    expect(claims.find((h) => h.text === CASUALTY)?.name).toMatch(/^claimcheck-casualty-/);
    expect(claims.find((h) => h.text === DESIGNATION)?.name).toMatch(/^claimcheck-designation-/);
  });

  it('the "416" card shows the figure ladder with the same-day figures and what came since', async () => {
    await page.waitForHighlights((list) => list.some((h) => h.text === CASUALTY));
    const card = await page.openCard('had risen to 416');
    expect(card.quote).toContain('had risen to 416');
    // The evidence arrives from the background after the card opened.
    const text = await waitForCardText(page, (t) => /\b412\b/.test(t) && /\b417\b/.test(t));
    expect(text).toMatch(/Consistent|Outdated|Supported|Contradicted|Outlier/);

    const tables = await cardTables(page);
    const ladder = tables.find((t) => /Figures current on/.test(t.caption));
    expect(ladder, JSON.stringify(tables)).toBeDefined();
    const rows = (ladder as CardTable).rows;
    // The page's own figure has its place on the ladder.
    const pageRow = rows.find((r) => r[0].startsWith('This page'));
    expect(pageRow?.[1]).toMatch(/\b416\b/);
    // SOHR's same-day figures, 412 and 417, both current on 1 December 2024.
    for (const figure of ['412', '417']) {
      const row = rows.find((r) => new RegExp(`\\b${figure}\\b`).test(r[1]));
      expect(row, `${figure} in ${JSON.stringify(rows)}`).toBeDefined();
      expect(row?.[2]).toBe('1 Dec 2024');
    }
    // Sorted by date then figure: 412, then the page's 416, then 417.
    const order = ['412', '416', '417'].map((f) =>
      rows.findIndex((r) => new RegExp(`\\b${f}\\b`).test(r[1])),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));

    // "Since then": the figures published after the page's, each dated later.
    const since = tables.find((t) => t.caption === 'Since then');
    expect(since, JSON.stringify(tables)).toBeDefined();
    expect(since!.rows.length).toBeGreaterThan(0);
    for (const row of since!.rows)
      expect(isoOf(row[2]) ?? '', JSON.stringify(row)).toMatch(/^2024-12-(0[2-9]|[12]\d|3[01])$/);

    await page.press('Escape');
    await page.waitForNoCard();
  });

  it('the HTS card shows the United States status on 2 December 2024 and today', async () => {
    await page.waitForHighlights((list) => list.some((h) => h.text === DESIGNATION));
    const card = await page.openCard(DESIGNATION);
    expect(card.quote).toContain(DESIGNATION);
    await waitForCardText(page, (t) => /United States/.test(t) && /Today/.test(t));

    const tables = await cardTables(page);
    const authorities = tables.find((t) => t.headers[0] === 'Authority');
    expect(authorities, JSON.stringify(tables)).toBeDefined();
    const { headers, rows } = authorities as CardTable;
    const onDate = headers.findIndex((h) => h === 'On 2 Dec 2024');
    const today = headers.indexOf('Today');
    expect(onDate, JSON.stringify(headers)).toBeGreaterThan(0);
    expect(today).toBeGreaterThan(0);
    const us = rows.filter((r) => r[0].startsWith('United States'));
    expect(us.length, JSON.stringify(rows)).toBeGreaterThan(0);
    // On the article's date HTS was listed by the US (FTO since 2018); the FTO listing was revoked on 8 July 2025.
    const fto = us.find((r) => /Listed/.test(r[onDate]) && /Delisted/.test(r[today]));
    expect(fto, JSON.stringify(us)).toBeDefined();
    expect(fto![onDate]).toMatch(/^Listed/);
    expect(fto![today]).toMatch(/8 Jul 2025/);

    await page.press('Escape');
    await page.waitForNoCard();
  });

  it('Alt+Shift+N / Alt+Shift+P step through the claims; Enter opens the card; Escape closes it and returns focus', async () => {
    await page.waitForHighlights((list) => CLAIMS.every((c) => list.some((h) => h.text === c)));
    // A short viewport, so stepping to a claim has to scroll it into view.
    await page.setViewport(1000, 360);
    await page.evaluate(
      '(window.scrollTo(0, 0), document.activeElement && document.activeElement.blur(), true)',
    );
    expect((await focusState(page)).tag).toBe('body');

    const waitForActive = (text: string) =>
      waitFor(
        async () => {
          const active = await activeClaims(page);
          return active.length === 1 && active[0] === text ? active : null;
        },
        { timeout: 5_000, message: `${browserName}: claimcheck-active to hold ${JSON.stringify(text)}` },
      ).catch(async (error: unknown) => {
        throw new Error(`${(error as Error).message}; active: ${JSON.stringify(await activeClaims(page))}`);
      });
    const inViewport = (text: string) =>
      page.evaluate<boolean>(`(() => {
        const h = CSS.highlights.get('claimcheck-active');
        const r = h && [...h].find((x) => x.toString() === ${JSON.stringify(text)});
        const box = r && r.getClientRects()[0];
        return !!box && box.top >= 0 && box.bottom <= innerHeight;
      })()`);

    await page.pressCombo('Alt+Shift+KeyN');
    await waitForActive(CLAIMS[0]);
    await page.pressCombo('Alt+Shift+KeyN');
    await waitForActive(CLAIMS[1]);
    // Scrolled into view and announced to screen readers.
    await waitFor(() => inViewport(CLAIMS[1]), {
      timeout: 5_000,
      message: 'the second claim scrolled into view',
    });
    await waitFor(async () => (await announcement(page)).includes(CLAIMS[1]), {
      timeout: 5_000,
      message: 'the live region to announce the second claim',
    });
    await page.pressCombo('Alt+Shift+KeyP');
    await waitForActive(CLAIMS[0]);
    await waitFor(() => inViewport(CLAIMS[0]), {
      timeout: 5_000,
      message: 'the first claim scrolled into view',
    });

    // Focus is still on the page (body), so Enter is the reader's: it opens the selected claim's card.
    expect((await focusState(page)).inExtensionUi).toBe(false);
    await page.press('Enter');
    const card = await page.waitForCard();
    expect(card.quote).toContain(CLAIMS[0]);
    await waitFor(async () => (await page.card())?.focused, { timeout: 5_000, message: 'focus in the card' });

    await page.press('Escape');
    await page.waitForNoCard();
    const focus = await focusState(page);
    expect(focus.inExtensionUi).toBe(false);
    expect(focus.tag).toBe('body');
    // The selection survives closing the card.
    expect(await activeClaims(page)).toEqual([CLAIMS[0]]);
  });

  it('the popup for this page lists its claims by kind; clicking one opens its card on the page', async () => {
    const url = ctx.server.seedUrl(SEED);
    await page.waitForHighlights((list) => CLAIMS.every((c) => list.some((h) => h.text === c)));
    const popup = await ctx.browser.openExtensionPage(`popup.html?for=${encodeURIComponent(url)}`);
    try {
      const listed = await waitFor(
        () =>
          popup.evaluate<{ title: string; quotes: string[] }[] | null>(`(() => {
            const sections = [...document.querySelectorAll('section')].map((s) => ({
              title: ((s.querySelector('h2') || {}).textContent || '').trim(),
              quotes: [...s.querySelectorAll('button .quote')].map((q) => q.textContent.trim()),
            }));
            return sections.length >= 2 ? sections : null;
          })()`),
        { message: `${browserName}: the popup to list the page's claims` },
      );
      const casualty = listed.find((s) => s.title.startsWith('Casualty counts'));
      const designation = listed.find((s) => s.title.startsWith('Designations'));
      expect(casualty?.quotes, JSON.stringify(listed)).toEqual([`“${CASUALTY}”`]);
      expect(designation?.quotes, JSON.stringify(listed)).toEqual([`“${DESIGNATION}”`]);

      await popup.clickElement('button.claim', 'had risen to 416');
      const card = await page.waitForCard();
      expect(card.quote).toContain('had risen to 416');
      // The page scrolled to the claim.
      const visible = await page.evaluate<boolean>(`(() => {
        for (const [name, h] of CSS.highlights) {
          if (name === 'claimcheck-active' || name === 'claimcheck-hover') continue;
          for (const r of h) {
            if (!r.toString().includes('had risen to 416')) continue;
            const box = r.getClientRects()[0];
            return !!box && box.top >= 0 && box.bottom <= innerHeight;
          }
        }
        return false;
      })()`);
      expect(visible).toBe(true);

      // The other kind too: the card switches to the designation.
      await popup.clickElement('button.claim', DESIGNATION);
      await waitFor(async () => (await page.card())?.quote.includes(DESIGNATION), {
        message: `${browserName}: the designation's card on the page`,
      });
    } finally {
      await popup.close();
    }
  });
});
