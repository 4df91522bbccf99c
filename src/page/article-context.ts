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
  const timeDatetimes = [...doc.querySelectorAll('time[datetime]')]
    .slice(0, 5)
    .map((t) => t.getAttribute('datetime') ?? '');
  return { metas, jsonLd, timeDatetimes, text: text.slice(0, 2000) };
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
