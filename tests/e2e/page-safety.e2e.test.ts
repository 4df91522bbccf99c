/**
 * Page safety: the extension must never break the page it reads. Each fixture page (tests/fixtures/pages/reading/)
 * includes snapshot.js at the end of <body>, which records the page's HTML, text and layout (window.__before)
 * before the content script runs at document_idle. After the highlights appear, with a card open, and after the
 * card closed, the page must be exactly as it was.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, REPO_ROOT, useBrowser, waitFor, type PageHighlight, type TestPage } from './harness';
import { activeClaims, highlightsInside, liveHighlightCount, snapshots } from './harness/reading';

const PAGES = path.join(REPO_ROOT, 'tests/fixtures/pages/reading');
/** A strict policy that still lets the page run its own same-origin scripts (snapshot.js). */
const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'";

/** The page (or the iframe matching `frame`) is as it was before the content script ran: DOM, text, layout. */
async function expectPageUnchanged(page: TestPage, when: string, frame?: string) {
  const { before, now } = await snapshots(page, frame);
  expect(now.html, `${when}: body HTML`).toBe(before.html);
  expect(now.text, `${when}: body text`).toBe(before.text);
  expect(now.scrollHeight, `${when}: scroll height`).toBe(before.scrollHeight);
  expect(now.rects, `${when}: element boxes`).toEqual(before.rects);
}

/** Highlights appear, a card opens and closes on `claim`: the page is unchanged at each step. */
async function expectSafeThroughCard(page: TestPage, claim: string) {
  await page.waitForHighlights((list) => list.some((h) => h.text === claim));
  await expectPageUnchanged(page, 'with highlights');
  const card = await page.openCard(claim);
  expect(card.quote).toContain(claim);
  expect(card.visible).toBe(true);
  await expectPageUnchanged(page, 'with the card open');
  await page.press('Escape');
  await page.waitForNoCard();
  await expectPageUnchanged(page, 'after the card closed');
}

/** The open card is styled by the extension's own stylesheet whatever the page's CSS: a fixed, boxed dialog. */
async function expectStyledCard(page: TestPage) {
  const style = await page.evaluate<{ position: string; background: string; border: string }>(`(() => {
    const d = document.querySelector('claimcheck-ui').shadowRoot.querySelector('[role="dialog"]');
    const s = getComputedStyle(d);
    return { position: s.position, background: s.backgroundColor, border: s.borderTopWidth };
  })()`);
  expect(style.position).toBe('fixed');
  expect(style.background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
  expect(style.border).not.toBe('0px');
}

describe.each(BROWSERS)('page safety in %s', (browserName) => {
  const ctx = useBrowser(browserName, {
    routes: {
      '/reading/csp-strict.html': {
        headers: { 'content-security-policy': STRICT_CSP },
        body: readFileSync(path.join(PAGES, 'csp.html'), 'utf8'),
      },
    },
  });

  it('hostile CSS (a span / mark hidden, *{all:unset}): text, DOM and layout unchanged through a card', async () => {
    const page = await ctx.open('/reading/hostile-css.html');
    await expectSafeThroughCard(page, 'At least 18 people were killed');
  });

  it('hostile CSS: the visible claims are highlighted, the hidden one is not; the card is visible and styled', async () => {
    const page = await ctx.open('/reading/hostile-css.html');
    const claim = 'At least 18 people were killed';
    const highlights = await page.waitForHighlights((list) =>
      [claim, '12 people were killed'].every((c) => list.some((h) => h.text === c)),
    );
    // The text the page hides (a span inside a link) is no claim a reader sees.
    expect(highlights.some((h) => h.text.includes('31 people'))).toBe(false);
    expect(await highlightsInside(page, 'a')).toEqual([]);

    const card = await page.openCard(claim);
    expect(card.visible).toBe(true);
    expect(card.rect.width).toBeGreaterThan(100);
    expect(card.rect.height).toBeGreaterThan(50);
    await expectStyledCard(page);
    await page.press('Escape');
    await page.waitForNoCard();
  });

  it('text the page hides (visibility, closed <details>, content-visibility) is neither highlighted nor listed', async () => {
    const url = ctx.server.url('/reading/hidden-text.html');
    const p = await ctx.open(url);
    const isClaim = (h: PageHighlight) => h.name !== 'claimcheck-active' && h.name !== 'claimcheck-hover';
    // Seen: the plain paragraph, a visibility: visible child of a visibility: hidden parent, a closed <details>' summary.
    const shown = ['At least 18 people were killed', '23 civilians were killed', '12 people were killed'];
    // Not seen: the hidden parent's own text and a child inheriting it, a collapsed table row, the body of the closed
    // <details> (bare text and a paragraph), bare text in a content-visibility: hidden element.
    const hidden = /31 people|52 people|64 people|41 people|77 people|29 people/;
    await p
      .waitForHighlights((list) => shown.every((c) => list.some((h) => isClaim(h) && h.text === c)))
      .catch(async (error: unknown) => {
        const seen = (await p.highlights()).map((h) => h.text);
        throw new Error(`${(error as Error).message}; highlighted: ${JSON.stringify(seen)}`);
      });
    const highlights = await p.waitForSettledHighlights();
    expect(highlights.filter((h) => hidden.test(h.text)).map((h) => h.text)).toEqual([]);
    expect(
      highlights
        .filter(isClaim)
        .map((h) => h.text)
        .sort(),
    ).toEqual([...shown].sort());
    for (const claim of shown) {
      const h = highlights.find((x) => isClaim(x) && x.text === claim)!;
      expect(h.rect?.width, `${claim}: a visible width`).toBeGreaterThan(0);
    }
    expect(await highlightsInside(p, '#visible-child')).toEqual(['23 civilians were killed']);
    for (const where of ['#inherits-hidden', '#collapsed-row', '#skipped'])
      expect(await highlightsInside(p, where), `highlights in ${where}`).toEqual([]);
    await expectPageUnchanged(p, 'with highlights');

    // The toolbar popup's list for this page: the claims a reader sees, nothing hidden.
    const popup = await ctx.browser.openExtensionPage(`popup.html?for=${encodeURIComponent(url)}`);
    try {
      const quotes = await waitFor(
        () =>
          popup.evaluate<string[] | null>(`(() => {
            const q = [...document.querySelectorAll('button .quote')].map((el) => el.textContent.trim());
            return q.length >= ${shown.length} ? q : null;
          })()`),
        { message: `${browserName}: the popup to list the page's claims` },
      );
      expect(quotes.filter((q) => hidden.test(q))).toEqual([]);
      expect([...quotes].sort(), JSON.stringify(quotes)).toEqual(shown.map((c) => `“${c}”`).sort());
    } finally {
      await popup.close();
    }
  });

  it('form fields and contenteditable keep their claim-like text to themselves, and typing in them works', async () => {
    const p = await ctx.open('/reading/forms.html');
    const lead = 'At least 57 people were killed';
    await expectSafeThroughCard(p, lead);
    for (const field of ['#comment', '#title', '#draft'])
      expect(await highlightsInside(p, field), `highlights in ${field}`).toEqual([]);
    expect((await p.highlights()).map((h) => h.text)).toEqual(
      expect.arrayContaining([lead, '12 people were killed', '30 injured']),
    );

    // The card opened on the lead claim selected it; from the page (focus on body) the keyboard steps to the next.
    const next = '12 people were killed';
    await p.evaluate('(document.activeElement && document.activeElement.blur(), true)');
    await p.pressCombo('Alt+Shift+KeyN');
    await waitFor(async () => (await activeClaims(p)).join() === next, {
      timeout: 5_000,
      message: `${browserName}: the next claim to be selected`,
    }).catch(async (error: unknown) => {
      throw new Error(`${(error as Error).message}; active: ${JSON.stringify(await activeClaims(p))}`);
    });

    // The textarea: typed text, Enter and a second line land as typed.
    const comment = 'Rescuers said 23 civilians were killed in an airstrike on Maarat al-Numan.';
    await p.evaluate(`(() => {
      const t = document.getElementById('comment');
      t.focus();
      t.setSelectionRange(t.value.length, t.value.length);
      return true;
    })()`);
    await p.type(' Me too');
    await p.press('Enter');
    await p.type('Second line, 40 killed');
    const typed = `${comment} Me too\nSecond line, 40 killed`;
    expect(await p.evaluate<string>(`document.getElementById('comment').value`)).toBe(typed);

    // Alt+Shift+N while typing belongs to the page: the selected claim stays, the page's own handler saw it.
    await p.pressCombo('Alt+Shift+KeyN');
    const combos = await waitFor(
      async () => {
        const seen = await p.evaluate<{ target: string; prevented: boolean }[]>('window.__fieldCombos');
        const inField = seen.filter((c) => c.target === 'comment');
        return inField.length ? inField : null;
      },
      { message: 'the page to see its keydown in the textarea' },
    );
    expect(combos).toEqual([{ target: 'comment', prevented: false }]);
    // Give any step a chance: the next frame after the key, then look.
    await p.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))');
    expect(await activeClaims(p)).toEqual([next]);
    expect(await p.card()).toBeNull();

    // The text input.
    const title = 'The monitor said 31 people were killed in overnight strikes on Idlib.';
    await p.evaluate(`(() => {
      const t = document.getElementById('title');
      t.focus();
      t.setSelectionRange(t.value.length, t.value.length);
      return true;
    })()`);
    await p.type(' Updated');
    await p.press('Enter');
    expect(await p.evaluate<string>(`document.getElementById('title').value`)).toBe(`${title} Updated`);

    // The contenteditable draft: typing, Enter, a new line.
    const draft = 'At least 18 people were killed in the bombing, officials said.';
    await p.evaluate(`(() => {
      const d = document.getElementById('draft');
      d.focus();
      const range = document.createRange();
      range.selectNodeContents(d);
      range.collapse(false);
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    })()`);
    await p.type(' More');
    await p.press('Enter');
    await p.type('Next paragraph');
    const draftText = await p.evaluate<string>(`document.getElementById('draft').innerText`);
    expect(draftText.replace(/\s+/g, ' ').trim()).toBe(`${draft} More Next paragraph`);
    expect(draftText).toMatch(/More\s*\n\s*Next paragraph/);
    // Still no highlight inside any field, and the card never opened.
    for (const field of ['#comment', '#title', '#draft'])
      expect(await highlightsInside(p, field), `highlights in ${field}`).toEqual([]);
    expect(await p.card()).toBeNull();
    expect(await activeClaims(p)).toEqual([next]);
  });

  it('a same-origin iframe: the page and the frame document are unchanged; the top page is highlighted', async () => {
    const p = await ctx.open('/reading/iframe.html');
    await waitFor(
      () =>
        p.evaluate<boolean>(`(() => {
          const w = document.getElementById('frame').contentWindow;
          return !!w && w.document.readyState === 'complete' && !!w.__before;
        })()`),
      { message: `${browserName}: the iframe to load` },
    );
    await expectSafeThroughCard(p, '23 civilians were killed');
    await expectPageUnchanged(p, 'the frame document', '#frame');
    // Nothing of ours in the frame: no highlights registered there, no host element.
    const inFrame = await p.evaluate<{ highlights: string[]; hosts: number }>(`(() => {
      const w = document.getElementById('frame').contentWindow;
      const names = [];
      for (const [name, h] of w.CSS.highlights) if (h.size) names.push(String(name));
      return { highlights: names, hosts: w.document.querySelectorAll('claimcheck-ui').length };
    })()`);
    expect(inFrame).toEqual({ highlights: [], hosts: 0 });
  });

  // csp.e2e.test.ts covers a policy that forbids every page script; this one lets the page run its own
  // same-origin scripts (snapshot.js), so the page can be compared before and after.
  it('a strict Content-Security-Policy page: highlights and a styled card, page unchanged', async () => {
    const page = await ctx.open('/reading/csp-strict.html');
    // The policy is in force: the page's inline script was blocked, its same-origin script ran.
    expect(await page.evaluate<boolean>('window.__inlineScriptRan === true')).toBe(false);
    await expectSafeThroughCard(page, 'At least 18 people were killed');
    const highlights = await page.waitForHighlights((list) =>
      list.some((h) => h.text === 'Hamas, designated a terrorist organization by the EU'),
    );
    expect(highlights.find((h) => h.text.startsWith('Hamas'))?.name).toMatch(/^claimcheck-designation-/);
    await page.openCard('At least 18 people were killed');
    await expectStyledCard(page);
    await page.press('Escape');
    await page.waitForNoCard();
  });

  it('a framework that re-renders its text every 300 ms is never disturbed', async () => {
    const p = await ctx.open('/reading/framework.html');
    await expectSafeThroughCard(p, 'At least 18 people were killed');
    const renders = () => p.evaluate<number>('window.__frameworkRenders');
    const start = await renders();
    await waitFor(async () => (await renders()) >= start + 5, {
      message: `${browserName}: five more re-renders`,
    });
    // The framework found its nodes exactly as it left them every time.
    expect(await p.evaluate<number>('window.__frameworkErrors')).toBe(0);
    await expectPageUnchanged(p, 'after re-renders');
  });

  it('a framework that re-renders its text every 300 ms: the highlight follows the new nodes', async () => {
    const p = await ctx.open('/reading/framework.html');
    await p.waitForHighlights((list) => list.some((h) => h.text === 'At least 18 people were killed'));
    const renders = () => p.evaluate<number>('window.__frameworkRenders');
    const start = await renders();
    const claim = '23 civilians were killed';
    const following = async () => (await liveHighlightCount(p, claim, '#app')) === 1;
    // After several re-renders, the claim in the re-rendered container is highlighted on the nodes now in the page:
    // the range's text is the claim and its nodes are connected (a range on replaced nodes collapses to '').
    await waitFor(async () => (await renders()) >= start + 5 && (await following()), {
      timeout: 15_000,
      message: `${browserName}: a highlight on the re-rendered "${claim}"`,
    }).catch(async (error: unknown) => {
      const seen = (await p.highlights()).map((h) => `${h.name}: ${JSON.stringify(h.text)}`).join('; ');
      throw new Error(`${(error as Error).message}; renders: ${await renders()}; highlights: ${seen}`);
    });
    // And again a few renders later: it keeps following.
    const later = await renders();
    await waitFor(async () => (await renders()) >= later + 3 && (await following()), {
      timeout: 15_000,
      message: `${browserName}: the highlight to keep following the re-rendered text`,
    });
    expect(await p.evaluate<number>('window.__frameworkErrors')).toBe(0);
  });
});
