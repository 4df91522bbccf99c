/**
 * The demo proper, on the e2e harness: the seed article with the extension in headless chromium,
 * a screenshot of the highlighted page, of each claim's card and of the popup, and summary.json.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  launchChromium,
  listSeeds,
  startFixtureServer,
  waitFor,
  type CardState,
  type ChromiumExtensionBrowser,
  type FixtureServer,
} from '../../tests/e2e/harness';

export interface DemoClaim {
  /** `casualty` or `designation`, from the highlight's name. */
  kind: string;
  highlight: string;
  text: string;
  card: Pick<CardState, 'name' | 'description' | 'quote' | 'text'>;
  screenshot: string;
}

export interface DemoSummary {
  generatedAt: string;
  browser: string;
  extension: string;
  article: { url: string; file: string; date: string; outlet: string; headline: string };
  claims: DemoClaim[];
  /** Text of the toolbar popup opened on the article. */
  popup: string;
  screenshots: { page: string; cards: string[]; popup: string; dashboard: string };
}

const SEED = 'shafaq-2024-12-02-pezeshkian-syria';

export async function runDemo({ outDir }: { outDir: string }): Promise<DemoSummary> {
  await mkdir(outDir, { recursive: true });
  for (const f of await readdir(outDir)) {
    if (f.endsWith('.png') || f === 'summary.json') await rm(path.join(outDir, f));
  }
  const seed = listSeeds().find((s) => s.slug === SEED);
  if (!seed) throw new Error(`seed article ${SEED} not found in tests/fixtures/seed`);

  let server: FixtureServer | undefined;
  let browser: ChromiumExtensionBrowser | undefined;
  try {
    server = await startFixtureServer();
    const url = server.seedUrl(SEED);
    console.log(`serving the seed article at ${url}`);
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    console.log(`chromium started with the extension ${browser.extensionOrigin}`);

    const page = await browser.openPage(url);
    const highlights = (await page.waitForSettledHighlights()).filter((h) => h.name !== 'claimcheck-active');
    console.log(`${highlights.length} claim(s) highlighted`);
    const pageShot = '01-page-highlights.png';
    await page.screenshot(path.join(outDir, pageShot), { fullPage: true });

    const claims: DemoClaim[] = [];
    const seen = new Map<string, number>();
    // Document order: top to bottom, as a reader meets them.
    const ordered = [...highlights].sort(
      (a, b) => (a.rect?.y ?? 0) - (b.rect?.y ?? 0) || (a.rect?.x ?? 0) - (b.rect?.x ?? 0),
    );
    for (const [i, h] of ordered.entries()) {
      const index = seen.get(h.text) ?? 0;
      seen.set(h.text, index + 1);
      const card = await page.openCard(h.text, index);
      const kind = h.name.replace(/^claimcheck-/, '').split('-')[0];
      const shot = `${String(i + 2).padStart(2, '0')}-card-${kind}.png`;
      await page.screenshot(path.join(outDir, shot));
      claims.push({
        kind,
        highlight: h.name,
        text: h.text,
        card: { name: card.name, description: card.description, quote: card.quote, text: card.text },
        screenshot: shot,
      });
      console.log(`  ${kind}: "${h.text}" → card "${card.name}"`);
      await page.press('Escape');
      await page.waitForNoCard();
    }

    // The real toolbar popup, opened for the article's tab as a click on the toolbar button would.
    const popup = await browser.openActionPopup(page);
    if (claims.length) {
      await waitFor(async () => (await popup.textOf('body'))?.includes(claims[0].text.slice(-40)), {
        message: 'the popup to list the claims',
        timeout: 10_000,
      }).catch(() => console.warn('warning: the popup does not list the page claims'));
    }
    const popupText = (await popup.textOf('body')) ?? '';
    const popupShot = `${String(claims.length + 2).padStart(2, '0')}-popup.png`;
    await popup.screenshot(path.join(outDir, popupShot));
    const dashboard = await browser.openDashboard();
    // The entity list arrives from the background after the page paints: shoot it once it is in.
    await waitFor(async () => !((await dashboard.textOf('body')) ?? 'Loading…').includes('Loading…'), {
      message: 'the dashboard to list the entities',
      timeout: 10_000,
    }).catch(() => console.warn('warning: the dashboard still shows "Loading…"'));
    const dashboardShot = `${String(claims.length + 3).padStart(2, '0')}-dashboard.png`;
    await dashboard.screenshot(path.join(outDir, dashboardShot));

    const summary: DemoSummary = {
      generatedAt: new Date().toISOString(),
      browser: 'chromium (headless, Debian package)',
      extension: browser.extensionOrigin,
      article: {
        url,
        file: `tests/fixtures/seed/${SEED}.txt`,
        date: seed.date,
        outlet: seed.outlet,
        headline: seed.headline,
      },
      claims,
      popup: popupText,
      screenshots: {
        page: pageShot,
        cards: claims.map((c) => c.screenshot),
        popup: popupShot,
        dashboard: dashboardShot,
      },
    };
    await writeFile(path.join(outDir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
    console.log(
      `wrote ${path.relative(process.cwd(), outDir)}/summary.json and ${claims.length + 3} screenshots`,
    );
    if (claims.length === 0) throw new Error('no claim was highlighted on the seed article');
    return summary;
  } finally {
    await browser?.close();
    await server?.close();
  }
}
