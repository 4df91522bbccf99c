/**
 * The dashboard reaches the page: a pack imported through the dashboard's file input changes what an open tab's
 * card shows, and a claim added with "Add as claim" is in the database.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, REPO_ROOT, useBrowser, waitFor, type TestPage } from './harness';
import { cardTables, waitForCardText } from './harness/reading';

const SEED = 'shafaq-2024-12-02-pezeshkian-syria';
const CASUALTY = 'had risen to 416';
/** One casualty report for the seed article's event: 999 killed as of 1 Dec 2024, by "E2E Test Monitor". */
const PACK = path.join(REPO_ROOT, 'tests/fixtures/e2e/e2e-monitor-pack.json');

/** Focuses the light-DOM element labelled `label` (a <label for>), and types `text` into it with real keys. */
async function typeInto(page: TestPage, label: string, text: string) {
  const found = await page.evaluate<boolean>(`(() => {
    const l = [...document.querySelectorAll('label')].find(
      (x) => x.textContent.replace(/\\s+/g, ' ').trim().startsWith(${JSON.stringify(label)}),
    );
    const input = l && document.getElementById(l.htmlFor);
    if (!input) return false;
    input.scrollIntoView({ block: 'center', behavior: 'instant' });
    input.focus();
    return document.activeElement === input;
  })()`);
  if (!found) throw new Error(`${page.browser}: no field labelled ${JSON.stringify(label)}`);
  await page.type(text);
}

describe.each(BROWSERS)('the dashboard in %s', (browserName) => {
  const ctx = useBrowser(browserName);

  it("a pack imported in the dashboard reaches an open tab's card", async () => {
    const article = await ctx.open(ctx.server.seedUrl(SEED));
    const dashboard = await ctx.browser.openDashboard();
    try {
      // Before: the 416 card's ladder has the bundled figures only.
      await article.waitForHighlights((list) => list.some((h) => h.text.includes(CASUALTY)));
      await article.openCard(CASUALTY);
      const before = await waitForCardText(article, (t) => /\b412\b/.test(t));
      expect(before).not.toContain('E2E Test Monitor');
      await article.press('Escape');
      await article.waitForNoCard();

      // Import the pack through the Import tab's file input, as a user choosing the file.
      await dashboard.clickElement('[role="tab"]', 'Import');
      await waitFor(() => dashboard.evaluate<boolean>(`!!document.querySelector('#import-file')`), {
        message: `${browserName}: the Import tab's file input`,
      });
      expect(
        await dashboard.evaluate<string>(
          `document.querySelector('label[for="import-file"]').textContent.trim()`,
        ),
      ).toBe('Choose files to import');
      await dashboard.uploadFile('#import-file', [PACK]);
      const report = await waitFor(
        async () => {
          const text = (await dashboard.textOf('.import-report[role="status"]')) ?? '';
          return /Imported:|Not imported:/.test(text) ? text : null;
        },
        { timeout: 20_000, message: `${browserName}: the import report` },
      );
      expect(report).toContain('Imported: e2e-monitor-pack.json');
      expect(report).toContain('Added or updated: 1 casualty report.');

      // Reload the article: its card now has the imported figure on the ladder, on its date.
      await article.goto(ctx.server.seedUrl(SEED));
      await article.waitForHighlights((list) => list.some((h) => h.text.includes(CASUALTY)));
      await article.openCard(CASUALTY);
      await waitForCardText(article, (t) => t.includes('E2E Test Monitor'));
      const tables = await cardTables(article);
      const row = tables.flatMap((t) => t.rows).find((r) => r[0].startsWith('E2E Test Monitor'));
      expect(row, JSON.stringify(tables)).toBeDefined();
      expect(row?.[1]).toBe('999');
      expect(row?.[2]).toBe('1 Dec 2024');
      expect(row?.[3]).toBe('E2E Test Wire');
      await article.press('Escape');
      await article.waitForNoCard();
    } finally {
      await dashboard.close();
    }
  });

  // "Add as claim" is a context-menu item on selected text; context menus cannot be clicked in headless automation,
  // so this opens the dashboard link the menu opens (options.html#add?quote=…&url=…&date=…), saves the form as a
  // casualty report, and finds the row through the dashboard's Casualty reports search.
  it('"Add as claim": the prefilled form saves a casualty report that the dashboard search finds', async () => {
    const quote = 'The Syrian Observatory for Human Rights said 57 people were killed in Idlib on Tuesday.';
    const url = ctx.server.url('/reading/forms.html');
    const link =
      `options.html#add?quote=${encodeURIComponent(quote)}` +
      `&url=${encodeURIComponent(url)}&date=2024-12-02`;
    const dashboard = await ctx.browser.openExtensionPage(link);
    try {
      // The form shows what the menu sent and recognised the figure.
      await waitFor(() => dashboard.textOf('.add-claim'), { message: `${browserName}: the Add claim form` });
      const prefill = (await dashboard.textOf('.add-claim .prefill')) ?? '';
      expect(prefill).toContain(quote);
      expect(prefill).toContain(url);
      expect(prefill).toContain('2024-12-02');
      const values = await dashboard.evaluate<Record<string, string>>(`(() => {
        const form = document.querySelector('.add-claim form');
        const v = {};
        for (const el of form.querySelectorAll('input[name], select[name], textarea[name]')) v[el.name] = el.value;
        return v;
      })()`);
      expect(values).toMatchObject({ min: '57', category: 'killed', asOf: '2024-12-02', url });

      // A new event for it; everything else comes from the prefill. The form first puts focus in its first field
      // (after rendering); the reader types once it has.
      await waitFor(
        () => dashboard.evaluate<boolean>(`!!document.activeElement.closest('.add-claim form')`),
        { message: `${browserName}: the form to take focus` },
      );
      await typeInto(dashboard, 'Event title', 'E2E Qazvinova market shelling');
      expect(
        await dashboard.evaluate<string>(`document.querySelector('input[name="eventTitle"]').value`),
      ).toBe('E2E Qazvinova market shelling');
      await dashboard.clickElement('.add-claim button[type="submit"]', 'Save casualty report');
      // On failure, say what the form shows (a validation message, a save error) rather than only "timed out".
      await waitFor(
        async () => ((await dashboard.textOf('main > .notice')) ?? '').includes('Saved the casualty report'),
        { timeout: 30_000, message: `${browserName}: the saved notice` },
      ).catch(async (error: unknown) => {
        const form = await dashboard.textOf('.add-claim').catch(() => null);
        throw new Error(`${(error as Error).message}; the form shows: ${form ?? '(no form)'}`);
      });
      expect(await dashboard.evaluate<boolean>(`!document.querySelector('.add-claim')`)).toBe(true);

      // The Casualty reports tab finds it by its event's title.
      const selected = await dashboard.evaluate<string>(
        `document.querySelector('[role="tab"][aria-selected="true"]').textContent.trim()`,
      );
      if (selected !== 'Casualty reports') await dashboard.clickElement('[role="tab"]', 'Casualty reports');
      await waitFor(() => dashboard.evaluate<boolean>(`!!document.querySelector('#search-reports')`), {
        message: `${browserName}: the Casualty reports search`,
      });
      await typeInto(dashboard, 'Search casualty reports', 'Qazvinova');
      const rows = await waitFor(
        async () => {
          // While the search runs, the previous rows stay on screen: wait until every row shown is a match.
          const list = await dashboard.evaluate<string[]>(`(() => {
            const panel = document.querySelector('#panel-reports');
            return [...panel.querySelectorAll('tbody tr')].map((tr) => tr.textContent.replace(/\\s+/g, ' ').trim());
          })()`);
          return list.length && list.every((r) => r.includes('Qazvinova')) ? list : null;
        },
        { message: `${browserName}: the search to find the added report` },
      );
      expect(rows).toHaveLength(1);
      expect(await dashboard.textOf('#panel-reports .count')).toBe('Showing 1–1 of 1 matching “Qazvinova”.');
      expect(rows[0]).toContain('57');
      expect(rows[0]).toContain('Syrian Observatory for Human Rights');
      expect(rows[0]).toContain('yours');
    } finally {
      await dashboard.close();
    }
  });
});
