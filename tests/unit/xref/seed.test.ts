/**
 * The seed article (Shafaq News, 2 Dec 2024) against the bundled reference
 * data, loaded as the extension installs it, in fake-indexeddb.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBundledDb } from '../../../scripts/xref-cli';
import type { ClaimsDb } from '../../../src/db/schema';
import type { CasualtyClaim, DesignationClaim } from '../../../src/extract/types';
import type { PageClaim, PageContext } from '../../../src/messaging/protocol';
import { articleDate } from '../../../src/xref/article-date';
import { checkClaim, checkClaims } from '../../../src/xref/index';
import { surroundings } from '../../../src/xref/page-claims';
import type { CasualtyEvidence, DesignationEvidence } from '../../../src/xref/types';

const text = readFileSync('tests/fixtures/seed/shafaq-2024-12-02-pezeshkian-syria.txt', 'utf8');
const date = articleDate({ metas: [], jsonLd: [], timeDatetimes: [], text });
const page: PageContext = {
  url: 'https://shafaq.com/en/example',
  title: 'Pezeshkian reaffirms support for Syria',
  articleDate: date.date,
  articleDateSource: date.source,
  outlet: 'Shafaq News',
};

// The claims as CLAIMS.md defines them, written out so these tests do not depend on the extractor.
function at(quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the seed: ${quote}`);
  return { quote, start, end: start + quote.length, ...surroundings(text, start, start + quote.length) };
}
const toll = at(
  'the death toll from the clashes between government forces and opposition factions had risen to 416',
);
const tollClaim: PageClaim = {
  id: 'toll',
  sentence: toll.sentence,
  paragraph: toll.paragraph,
  claim: {
    kind: 'casualty',
    quote: toll.quote,
    start: toll.start,
    end: toll.end,
    category: 'killed',
    min: 416,
    max: 416,
    approx: 'exact',
    who: null,
    source: 'The Syrian Observatory for Human Rights',
  } satisfies CasualtyClaim,
};
const hts = at('a group designated as a terrorist organization by the US');
const htsClaim: PageClaim = {
  id: 'hts',
  sentence: hts.sentence,
  paragraph: hts.paragraph,
  claim: {
    kind: 'designation',
    quote: hts.quote,
    start: hts.start,
    end: hts.end,
    entity: 'Hayat Tahrir al-Sham (HTS)',
    designators: ['United States'],
    label: 'terrorist organization',
    status: 'designated',
  } satisfies DesignationClaim,
};

const AFTER_REVOCATION = new Date('2026-01-15T12:00:00Z');
const BEFORE_REVOCATION = new Date('2025-03-01T12:00:00Z');

let db: ClaimsDb;
beforeAll(async () => {
  db = await openBundledDb();
});
afterAll(() => db.close());

describe('seed article', () => {
  it('is dated 2 December 2024 by its dateline', () => {
    expect(date).toEqual({ date: '2024-12-02', source: 'dateline' });
  });

  it('"416" killed, reported by SOHR on Sunday, is consistent with the same-day figures', async () => {
    const x = await checkClaim(db, page, tollClaim, AFTER_REVOCATION);
    const ev = x.evidence[0] as CasualtyEvidence;
    expect(ev.event?.id).toBe('syria-2024-deterrence-of-aggression');
    expect(ev.claimDate).toBe('2024-12-01');
    expect(ev.claimDateFrom).toBe('text');
    expect(x.verdict).toBe('consistent');
    const compared = ev.ladder.filter((r) => ev.compared?.includes(r.reportId));
    expect(compared.every((r) => r.asOf === '2024-12-01')).toBe(true);
    expect(compared.map((r) => r.min)).toEqual(expect.arrayContaining([412, 417]));
    // Later SOHR tolls are on the ladder as "since then", never compared.
    const later = ev.ladder.filter((r) => r.sinceThen);
    expect(later.map((r) => r.min)).toEqual(expect.arrayContaining([514, 602, 704, 910]));
    expect(later.every((r) => r.asOf > '2024-12-01')).toBe(true);
    // Civilian-only counts of the same day are shown but kept apart.
    expect(ev.ladder.some((r) => r.asOf === '2024-12-01' && r.differentScope)).toBe(true);
    expect(compared.every((r) => !r.differentScope)).toBe(true);
    expect(x.articleDate).toBe('2024-12-02');
    expect(x.dataVersion).toMatch(/claimcheck-bundled@/);
  });

  it('HTS "designated as a terrorist organization by the US" is outdated after the FTO revocation', async () => {
    const x = await checkClaim(db, page, htsClaim, AFTER_REVOCATION);
    expect(x.verdict).toBe('outdated');
    expect(x.why).toMatch(/8 Jul 2025/);
    const ev = x.evidence[0] as DesignationEvidence;
    expect(ev.entity?.id).toBe('ref:hts');
    const fto = ev.authorities.find((a) => a.authority === 'United States' && a.list === 'US FTO')!;
    expect(fto.namedInClaim).toBe(true);
    expect(fto.onArticleDate.state).toBe('listed');
    expect(fto.today).toMatchObject({ state: 'delisted', since: '2025-07-08' });
    // Every other authority the database knows is reported too, marked as not named.
    expect(ev.authorities.some((a) => a.authority === 'United Nations' && !a.namedInClaim)).toBe(true);
    expect(ev.basis?.length).toBeGreaterThan(0);
    expect(x.checkedAt).toBe(AFTER_REVOCATION.toISOString());
  });

  it('the same HTS claim is supported when checked before the revocation', async () => {
    const x = await checkClaim(db, page, htsClaim, BEFORE_REVOCATION);
    expect(x.verdict).toBe('supported');
  });

  it('checks a whole page in one call, keyed by claim id', async () => {
    const all = await checkClaims(db, page, [tollClaim, htsClaim], AFTER_REVOCATION);
    expect(Object.keys(all).sort()).toEqual(['hts', 'toll']);
    expect(all.toll.verdict).toBe('consistent');
    expect(all.hts.verdict).toBe('outdated');
  });

  it('an entity the database does not know is unknown, not guessed', async () => {
    const x = await checkClaim(
      db,
      page,
      { ...htsClaim, id: 'x', claim: { ...(htsClaim.claim as DesignationClaim), entity: 'Sham Legion' } },
      AFTER_REVOCATION,
    );
    expect(x.verdict).toBe('unknown');
  });
});
