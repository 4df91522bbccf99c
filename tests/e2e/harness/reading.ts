/**
 * Helpers for the reading-experience tests (tests/e2e/{reading,page-safety,dynamic,dashboard}.e2e.test.ts): what a
 * reader sees in a card's tables, which claim the keyboard selected, page snapshots taken by
 * tests/fixtures/pages/reading/snapshot.js, and where highlight ranges live.
 */
import type { TestPage } from './driver';
import { waitFor, type WaitOptions } from './wait';

/** One table of the open card, as text. */
export interface CardTable {
  caption: string;
  /** Column headers (`thead th`). */
  headers: string[];
  /** Body rows, each a list of its cells' text (`th` and `td`, in order). */
  rows: string[][];
}

/** The tables of the open claim card (inside `<claimcheck-ui>`'s shadow root); [] when no card is open. */
export function cardTables(page: TestPage): Promise<CardTable[]> {
  return page.evaluate<CardTable[]>(`(() => {
    const clean = (el) => (el ? (el.textContent || '').replace(/\\s+/g, ' ').trim() : '');
    for (const host of document.querySelectorAll('claimcheck-ui')) {
      const dialog = host.shadowRoot && host.shadowRoot.querySelector('[role="dialog"]');
      if (!dialog) continue;
      return [...dialog.querySelectorAll('table')].map((table) => ({
        caption: clean(table.querySelector('caption')),
        headers: [...table.querySelectorAll('thead th')].map(clean),
        rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(clean)),
      }));
    }
    return [];
  })()`);
}

/** Waits until the open card's text satisfies `ready` (e.g. its evidence arrived) and returns that text. */
export function waitForCardText(
  page: TestPage,
  ready: (text: string) => boolean,
  options: WaitOptions = {},
): Promise<string> {
  let last = '';
  return waitFor(
    async () => {
      last = (await page.card())?.text ?? '';
      return ready(last) ? last : null;
    },
    { timeout: 15_000, message: `${page.browser}: the card's content`, ...options },
  ).catch((error: unknown) => {
    throw new Error(`${(error as Error).message}; card text: ${JSON.stringify(last.slice(0, 600))}`);
  });
}

/** Text of every range in the `claimcheck-active` highlight (the claim the keyboard selected), in order. */
export function activeClaims(page: TestPage): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const h = CSS.highlights.get('claimcheck-active');
    return h ? [...h].map((r) => r.toString()) : [];
  })()`);
}

/** Text of the role="status" live region(s) in `<claimcheck-ui>`'s shadow root, outside the card. */
export function announcement(page: TestPage): Promise<string> {
  return page.evaluate<string>(`(() => {
    const out = [];
    for (const host of document.querySelectorAll('claimcheck-ui')) {
      const root = host.shadowRoot;
      if (!root) continue;
      for (const el of root.querySelectorAll('[role="status"]'))
        if (!el.closest('[role="dialog"]')) out.push((el.textContent || '').replace(/\\s+/g, ' ').trim());
    }
    return out.join(' ');
  })()`);
}

/** Where focus is, as the page's main world sees it. */
export interface FocusState {
  /** `document.activeElement`'s tag name (lower case), or null. */
  tag: string | null;
  /** Its id, '' when none. */
  id: string;
  /** Focus is on `<claimcheck-ui>` or inside its shadow root. */
  inExtensionUi: boolean;
}

export function focusState(page: TestPage): Promise<FocusState> {
  return page.evaluate<FocusState>(`(() => {
    const el = document.activeElement;
    return {
      tag: el ? el.localName : null,
      id: (el && el.id) || '',
      inExtensionUi: !!el && (el.localName === 'claimcheck-ui' || !!el.closest('claimcheck-ui')),
    };
  })()`);
}

/** What tests/fixtures/pages/reading/snapshot.js records. */
export interface PageSnapshot {
  html: string;
  text: string;
  rects: { el: string; x: number; y: number; w: number; h: number }[];
  scrollHeight: number;
}

/** `window.__before` (the page as parsed, before the content script ran) and `window.__snapshot()` now. */
export function snapshots(
  page: TestPage,
  frameSelector?: string,
): Promise<{ before: PageSnapshot; now: PageSnapshot }> {
  const win = frameSelector
    ? `document.querySelector(${JSON.stringify(frameSelector)}).contentWindow`
    : 'window';
  return page.evaluate(`(() => {
    const w = ${win};
    if (!w.__before || typeof w.__snapshot !== 'function') throw new Error('snapshot.js did not run in this page');
    if (!Array.isArray(w.__beforeHighlights) || w.__beforeHighlights.length)
      throw new Error('snapshot.js recorded the page after the content script ran: ' + w.__beforeHighlights);
    return { before: w.__before, now: w.__snapshot() };
  })()`);
}

/** Text of highlight ranges (any `claimcheck-*` entry) that start or end inside an element matching `selector`. */
export function highlightsInside(page: TestPage, selector: string): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const inside = (node) => {
      const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      return !!el && !!el.closest(${JSON.stringify(selector)});
    };
    const out = [];
    for (const [name, h] of CSS.highlights) {
      if (!String(name).startsWith('claimcheck-')) continue;
      for (const r of h) if (inside(r.startContainer) || inside(r.endContainer)) out.push(r.toString());
    }
    return out;
  })()`);
}

/**
 * Claim highlights (not the active/hover cues) whose text is exactly `text`, whose nodes are in the document now
 * and inside `within` (a selector).
 */
export function liveHighlightCount(page: TestPage, text: string, within = 'body'): Promise<number> {
  return page.evaluate<number>(`(() => {
    const scope = document.querySelector(${JSON.stringify(within)});
    let n = 0;
    for (const [name, h] of CSS.highlights) {
      if (!String(name).startsWith('claimcheck-') || name === 'claimcheck-active' || name === 'claimcheck-hover')
        continue;
      for (const r of h)
        if (
          r.toString() === ${JSON.stringify(text)} &&
          r.startContainer.isConnected &&
          r.endContainer.isConnected &&
          !!scope && scope.contains(r.startContainer) && scope.contains(r.endContainer)
        )
          n++;
    }
    return n;
  })()`);
}
