/**
 * Text inside `display: contents` wrappers (common in component frameworks) is visible but its wrapper has no box,
 * so `checkVisibility()` is false for the wrapper and an IntersectionObserver never sees it intersect. Such claims
 * must be collected and painted all the same, in both browsers, while what the page hides around them stays
 * unhighlighted and the page stays exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser, waitFor, type PageHighlight } from './harness';
import { highlightsInside, snapshots } from './harness/reading';

const PLAIN = 'At least 18 people were killed';
const WRAPPED = '23 civilians were killed';
const INLINE = '12 people were killed';
const NESTED = '30 injured';
const FAR = '41 people were killed';

/** snapshot.js (tests/fixtures/pages/reading/) records the page before the content script runs. */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Display contents - Fixture News</title>
    <meta property="og:site_name" content="Fixture News" />
    <meta property="article:published_time" content="2024-12-02" />
    <style>
      .wrap { display: contents; }
      .gone { display: none; }
      #spacer { height: 6000px; }
    </style>
  </head>
  <body>
    <h1>Strikes continue in north-west Syria</h1>
    <p id="plain">${PLAIN} in the bombing, officials said.</p>
    <div class="wrap" id="wrapped">Rescuers said ${WRAPPED} in an airstrike on Maarat al-Numan.</div>
    <p id="inline">Health officials said <span class="wrap" id="inline-wrap">${INLINE}</span> in the strike.</p>
    <section class="wrap"><div class="wrap" id="nested">The hospital counted ${NESTED} after the raid.</div></section>
    <div class="gone"><div class="wrap" id="hidden-box">Earlier, 31 people were killed in overnight strikes.</div></div>
    <div class="wrap" id="hidden-child"><p class="gone">Later, 52 people were killed near Aleppo.</p></div>
    <div id="spacer"></div>
    <article id="far-box"><div class="wrap" id="far">By evening, ${FAR} across the province.</div></article>
    <script src="/reading/snapshot.js"></script>
  </body>
</html>
`;

const isClaim = (h: PageHighlight) => h.name !== 'claimcheck-active' && h.name !== 'claimcheck-hover';

describe.each(BROWSERS)('display: contents in %s', (browserName) => {
  const ctx = useBrowser(browserName, { routes: { '/reading/display-contents.html': { body: PAGE } } });

  it('claims inside display: contents wrappers are highlighted, hidden ones are not, the page is unchanged', async () => {
    const p = await ctx.open('/reading/display-contents.html');
    const wanted = [PLAIN, WRAPPED, INLINE, NESTED];
    const highlights = await p
      .waitForHighlights((list) => wanted.every((c) => list.some((h) => isClaim(h) && h.text === c)))
      .catch(async (error: unknown) => {
        const seen = (await p.highlights()).map((h) => h.text);
        throw new Error(`${(error as Error).message}; highlighted: ${JSON.stringify(seen)}`);
      });
    // Painted where the reader sees the text: each range has a box.
    for (const claim of wanted) {
      const h = highlights.find((x) => isClaim(x) && x.text === claim)!;
      expect(h.rect, `${claim}: a client rect`).not.toBeNull();
      expect(h.rect!.width, `${claim}: a visible width`).toBeGreaterThan(0);
    }
    // What the page hides, inside or around a wrapper, is no claim.
    for (const hidden of ['#hidden-box', '#hidden-child'])
      expect(await highlightsInside(p, hidden), `highlights in ${hidden}`).toEqual([]);
    expect(highlights.some((h) => /31 people|52 people/.test(h.text))).toBe(false);

    // The card opens on a wrapped claim (a real click on its text).
    const card = await p.openCard(WRAPPED);
    expect(card.quote).toContain(WRAPPED);
    expect(card.visible).toBe(true);
    await p.press('Escape');
    await p.waitForNoCard();

    const { before, now } = await snapshots(p);
    expect(now.html, 'body HTML').toBe(before.html);
    expect(now.text, 'body text').toBe(before.text);
    expect(now.scrollHeight, 'scroll height').toBe(before.scrollHeight);
    expect(now.rects, 'element boxes').toEqual(before.rects);
  });

  it('a wrapped claim far below the viewport is painted once scrolled near', async () => {
    const p = await ctx.open('/reading/display-contents.html');
    await p.waitForHighlights((list) => list.some((h) => isClaim(h) && h.text === PLAIN));
    // Only claims near the viewport are registered; the far one waits for its anchor to come near.
    await p.evaluate(`(document.getElementById('spacer').scrollIntoView({ block: 'end' }), true)`);
    await waitFor(async () => (await p.highlights()).some((h) => isClaim(h) && h.text === FAR), {
      timeout: 10_000,
      message: `${browserName}: a highlight on "${FAR}" after scrolling`,
    });
  });
});
