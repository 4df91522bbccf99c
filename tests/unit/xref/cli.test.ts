import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBundledDb, readHtml, resolveArticleDate, xrefClaims } from '../../../scripts/xref-cli';
import type { ClaimsDb } from '../../../src/db/schema';
import type { Claim } from '../../../src/extract/types';

const text = readFileSync('tests/fixtures/seed/shafaq-2024-12-02-pezeshkian-syria.txt', 'utf8');
const now = new Date('2026-01-15T12:00:00Z');
const VERDICTS = ['supported', 'outdated', 'contradicted', 'unknown', 'consistent', 'outlier'];

function claimAt(quote: string, fields: Partial<Claim>): Claim {
  const start = text.indexOf(quote);
  return { quote, start, end: start + quote.length, ...fields } as Claim;
}
const claims: Claim[] = [
  claimAt('a group designated as a terrorist organization by the US', {
    kind: 'designation',
    entity: 'Hayat Tahrir al-Sham (HTS)',
    designators: ['United States'],
    label: 'terrorist organization',
    status: 'designated',
  }),
  claimAt('had risen to 416', {
    kind: 'casualty',
    category: 'killed',
    min: 416,
    max: 416,
    approx: 'exact',
    who: null,
    source: 'The Syrian Observatory for Human Rights',
  }),
];

let db: ClaimsDb;
beforeAll(async () => {
  db = await openBundledDb();
});
afterAll(() => db.close());

describe('scan --xref', () => {
  it('keeps every claim field and adds xref {verdict, why, evidence}', async () => {
    const out = await xrefClaims({ text, claims, now, db });
    expect(out).toHaveLength(2);
    out.forEach((c, i) => {
      expect(c).toMatchObject(claims[i]);
      expect(VERDICTS).toContain(c.xref.verdict);
      expect(c.xref.why.length).toBeGreaterThan(10);
      expect(c.xref.evidence.length).toBe(1);
    });
    expect(out.map((c) => c.xref.verdict)).toEqual(['outdated', 'consistent']);
  });

  it('dates text by --date, else its dateline; HTML by its metas', () => {
    expect(resolveArticleDate(text, undefined, undefined, now)).toEqual({
      date: '2024-12-02',
      source: 'dateline',
    });
    expect(resolveArticleDate(text, undefined, '2025-01-01', now).date).toBe('2025-01-01');
    const html =
      '<html><head><title>T</title><meta property="article:published_time" content="2024-11-30T08:00:00Z">' +
      '<meta property="og:site_name" content="Outlet"></head><body><p>Text.</p></body></html>';
    expect(resolveArticleDate('Text.', html, undefined, now)).toEqual({ date: '2024-11-30', source: 'meta' });
    expect(readHtml(html)).toMatchObject({ title: 'T', outlet: 'Outlet' });
  });

  it('a --date after the revocation turns the HTS claim contradicted', async () => {
    const out = await xrefClaims({ text, claims, date: '2025-09-01', now, db });
    expect(out[0].xref.verdict).toBe('contradicted');
  });
});
