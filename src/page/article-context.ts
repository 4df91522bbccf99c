/**
 * Reads what the page says about itself (publication date, outlet) for the
 * cross-referencing: meta tags, JSON-LD, <time datetime>, else a dateline.
 */
import type { PageFacts } from '../messaging/protocol';
// Type only: date parsing (chrono) runs in the background, keeping the content script small.
import type { PageDateInput } from '../xref/article-date';

export function readPageDateInput(doc: Document, text: string): PageDateInput {
  const metas: PageDateInput['metas'] = [];
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    if (key) metas.push({ key, content: meta.getAttribute('content') ?? '' });
  }
  const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => s.textContent ?? '',
  );
  // A live blog has a <time> per post: the first five are read, not a list of all of them.
  const timeDatetimes: string[] = [];
  for (const t of doc.querySelectorAll('time[datetime]')) {
    timeDatetimes.push(t.getAttribute('datetime') ?? '');
    if (timeDatetimes.length === 5) break;
  }
  return { metas, jsonLd, timeDatetimes, text: text.slice(0, LEADING_CHARS) };
}

/** How much of the page's opening text a dateline is looked for in. */
export const LEADING_CHARS = 2000;
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/**
 * The first `max` characters of `root`'s text, read node by node: `textContent` would build
 * the whole page's text (megabytes on a long live blog) to keep its first lines.
 */
export function leadingText(root: Node, max = LEADING_CHARS): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < max; n = walker.nextNode()) {
    if (NOT_TEXT.has(n.parentElement?.localName ?? '')) continue;
    const data = (n as Text).data;
    parts.push(data);
    length += data.length;
  }
  return parts.join('').slice(0, max);
}

export function readOutlet(doc: Document): string | null {
  const meta =
    doc.querySelector('meta[property="og:site_name"]') ?? doc.querySelector('meta[name="application-name"]');
  const name = meta?.getAttribute('content')?.trim();
  return name || null;
}

export function readPageFacts(doc: Document, text: string): PageFacts {
  return {
    url: doc.location?.href ?? '',
    title: doc.title,
    outlet: readOutlet(doc),
    dateInput: readPageDateInput(doc, text),
  };
}
