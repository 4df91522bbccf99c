/** Cross-references page claims against the database the background owns. */
import type { PageClaim, PageContext, PageFacts } from '../messaging/protocol';
import { articleDateFrom } from '../xref/article-date';
import { checkClaims } from '../xref';
import type { Xref } from '../xref/types';
import { database } from './database';

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
  claims: PageClaim[],
): Promise<{ page: PageContext; results: Record<string, Xref> }> {
  const page = resolvePageContext(facts);
  const db = await database();
  return { page, results: await checkClaims(db, page, claims) };
}
