/**
 * The audit receipt: enough to show later what was checked, against which
 * rows and data version, and when.
 */
import type { PageContext } from '../messaging/protocol';
import type { Xref } from '../xref/types';
import type { FoundClaim } from './scanner';

export function auditReceipt(found: FoundClaim, page: PageContext, xref: Xref | null) {
  const rows: string[] = [];
  for (const e of xref?.evidence ?? []) {
    if (e.kind === 'casualty') rows.push(...e.ladder.map((r) => `report:${r.reportId}`));
    else
      for (const a of e.authorities)
        rows.push(`designation:${e.entity?.id ?? '?'}:${a.authority}:${a.list ?? 'any'}`);
  }
  return {
    receipt: 'claimcheck-audit/1',
    claim: found.claim,
    position: {
      url: page.url,
      start: found.claim.start,
      end: found.claim.end,
      quote: found.claim.quote,
      sentence: found.sentence,
    },
    page: { title: page.title, outlet: page.outlet },
    articleDate: page.articleDate,
    articleDateSource: page.articleDateSource,
    verdict: xref?.verdict ?? null,
    why: xref?.why ?? null,
    checkedAgainst: rows,
    dataVersion: xref?.dataVersion ?? null,
    checkedAt: xref?.checkedAt ?? null,
  };
}
