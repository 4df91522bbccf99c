/** Cross-references page claims against the database the background owns. */
import type { PageClaim, PageContext, PageFacts } from '../messaging/protocol';
import { articleDateFrom } from '../xref/article-date';
import type { Xref } from '../xref/types';

export function resolvePageContext(facts: PageFacts, now: Date = new Date()): PageContext {
  const date = articleDateFrom(facts.dateInput, now);
  return {
    url: facts.url,
    title: facts.title,
    outlet: facts.outlet,
    articleDate: date.date,
    articleDateSource: date.source,
  };
}

export async function checkPageClaims(
  facts: PageFacts,
  _claims: PageClaim[],
): Promise<{ page: PageContext; results: Record<string, Xref> }> {
  const page = resolvePageContext(facts);
  // Wired to src/xref once the database and cross-referencing land.
  return { page, results: {} };
}
