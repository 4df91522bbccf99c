import { describe, expect, it } from 'vitest';
import {
  applicableRows,
  authorityStatuses,
  judgeDesignation,
  statusAt,
} from '../../../src/xref/designation-status';
import { designation, entity } from './rows';

const US = 'United States';
const nusra = entity('nusra', 'al-Nusrah Front', [
  { name: 'Jabhat al-Nusra', type: 'alias' },
  // The FTO record's a.k.a. list names the successor: the listing carries over.
  { name: "Hay'at Tahrir al-Sham", type: 'alias' },
]);
const hts = entity('hts', "Hay'at Tahrir al-Sham", [{ name: 'HTS', type: 'alias' }], {
  predecessors: ['nusra'],
});
const fto = designation('nusra', US, 'US FTO', '2014-05-15', '2025-07-08', { listedAs: 'al-Nusrah Front' });
const sdgt = designation('nusra', US, 'US SDGT', '2012-12-11');
const uk = designation('hts', 'United Kingdom', 'UK proscribed', '2017', '2025-10-21');
const rows = applicableRows(hts, [hts, nusra], [fto, sdgt, uk]);

function judge(
  claim: { designators: string[]; label?: string; status?: 'designated' | 'delisted' },
  articleDate: string,
  today: string,
) {
  const full = { label: 'terrorist organization', status: 'designated' as const, ...claim };
  const statuses = authorityStatuses(rows, full.designators, articleDate, today);
  return judgeDesignation(full, 'HTS', statuses, articleDate, today, rows);
}

describe('designation status', () => {
  it('inherits the predecessor`s listing, shown as listed under its name', () => {
    const at = statusAt(
      rows.filter((r) => r.row === fto),
      '2024-12-02',
    );
    expect(at).toMatchObject({
      state: 'listed',
      since: '2014-05-15',
      list: 'US FTO',
      viaName: 'al-Nusrah Front',
    });
  });

  it('does not inherit where the authority never listed the successor as an alias', () => {
    const plain = entity('nusra', 'al-Nusrah Front');
    expect(applicableRows(hts, [hts, plain], [fto])).toEqual([]);
  });

  it('says delisted on the end date itself, and never listed before the listing', () => {
    const ftoRows = rows.filter((r) => r.row === fto);
    expect(statusAt(ftoRows, '2025-07-07').state).toBe('listed');
    expect(statusAt(ftoRows, '2025-07-08')).toMatchObject({ state: 'delisted', since: '2025-07-08' });
    expect(statusAt(ftoRows, '2010-01-01').state).toBe('never-listed');
  });

  it('keeps US FTO and US SDGT apart: revoking the FTO leaves the SDGT standing', () => {
    const s = authorityStatuses(rows, [US], '2024-12-02', '2026-01-01');
    const byList = Object.fromEntries(s.map((x) => [x.list, x]));
    expect(byList['US FTO'].today.state).toBe('delisted');
    expect(byList['US SDGT'].today.state).toBe('listed');
    expect(byList['US FTO'].namedInClaim).toBe(true);
    // Authorities the claim does not name are still reported.
    expect(byList['UK proscribed'].namedInClaim).toBe(false);
    expect(byList['UK proscribed'].onArticleDate).toMatchObject({ state: 'listed', since: '2017-01-01' });
  });
});

describe('designation verdicts', () => {
  it('supported: listed on the article date and today', () => {
    const j = judge({ designators: [US] }, '2024-12-02', '2025-01-15');
    expect(j.verdict).toBe('supported');
    expect(j.basis).toContain(fto);
  });

  it('outdated: the FTO was revoked after the article (HTS, seed)', () => {
    const j = judge({ designators: [US] }, '2024-12-02', '2026-01-01');
    expect(j.verdict).toBe('outdated');
    expect(j.why).toMatch(/8 Jul 2025/);
  });

  it('a sanctions label reads the SDGT list, which was not revoked', () => {
    expect(judge({ designators: [US], label: 'sanctioned' }, '2024-12-02', '2026-01-01').verdict).toBe(
      'supported',
    );
  });

  it('contradicted: not listed on the article`s date', () => {
    const j = judge({ designators: ['United Kingdom'] }, '2026-01-01', '2026-02-01');
    expect(j.verdict).toBe('contradicted');
    expect(j.why).toMatch(/removed from UK proscribed on 21 Oct 2025/);
  });

  it('unknown: the claim names an authority the database has nothing from', () => {
    const j = judge({ designators: ['Turkey'] }, '2024-12-02', '2026-01-01');
    expect(j.verdict).toBe('unknown');
    const s = authorityStatuses(rows, ['Turkey'], '2024-12-02', '2026-01-01');
    expect(s[0]).toMatchObject({ authority: 'Turkey', namedInClaim: true, list: null });
  });

  it('with no designator named, any authority listing it supports the claim', () => {
    // After the US FTO revocation the UK proscription still stood.
    expect(judge({ designators: [] }, '2024-12-02', '2025-08-01').verdict).toBe('supported');
    expect(judge({ designators: [US] }, '2024-12-02', '2025-08-01').verdict).toBe('outdated');
  });

  it('unverified rows are shown but never decide', () => {
    const r = applicableRows(
      hts,
      [hts],
      [designation('hts', 'Australia', 'AU listed', '2022-02-17', null, { unverified: true })],
    );
    const s = authorityStatuses(r, ['Australia'], '2024-12-02', '2026-01-01');
    expect(s[0].unverified).toBe(true);
    expect(
      judgeDesignation(
        { designators: ['Australia'], label: 'terrorist', status: 'designated' },
        'HTS',
        s,
        '2024-12-02',
        '2026-01-01',
        r,
      ).verdict,
    ).toBe('unknown');
  });

  // A "delisted" claim inverts the test: it holds once the listing has ended.
  describe('delisted claims', () => {
    it('supported once the revocation took effect, and still off the list', () => {
      expect(judge({ designators: [US], status: 'delisted' }, '2025-07-10', '2026-01-01').verdict).toBe(
        'supported',
      );
    });
    it('supported when announced shortly before it takes effect', () => {
      expect(judge({ designators: [US], status: 'delisted' }, '2025-07-01', '2026-01-01').verdict).toBe(
        'supported',
      );
    });
    it('contradicted while the listing still stood', () => {
      expect(judge({ designators: [US], status: 'delisted' }, '2024-12-02', '2026-01-01').verdict).toBe(
        'contradicted',
      );
    });
    it('outdated when the entity was listed again since', () => {
      const relisted = [
        ...rows,
        ...applicableRows(hts, [hts], [designation('hts', US, 'US FTO', '2025-09-01')]),
      ];
      const statuses = authorityStatuses(relisted, [US], '2025-07-10', '2026-01-01');
      const j = judgeDesignation(
        { designators: [US], label: 'Foreign Terrorist Organization', status: 'delisted' },
        'HTS',
        statuses,
        '2025-07-10',
        '2026-01-01',
        relisted,
      );
      expect(j.verdict).toBe('outdated');
    });
  });
});
