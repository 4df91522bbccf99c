import { describe, expect, it } from 'vitest';
import type { CasualtyClaim } from '../../../src/extract/types';
import { TOLERANCE, TOLERANCE_MIN, judgeFigure, scopeOf } from '../../../src/xref/figures';
import { report } from './rows';

const SOHR = 'Syrian Observatory for Human Rights (SOHR)';
const ev = 'ev';
const reports = [
  report(ev, SOHR, '2024-11-29', 242, null),
  report(ev, SOHR, '2024-11-30', 311),
  report(ev, SOHR, '2024-12-01', 412),
  report(ev, SOHR, '2024-12-01', 417),
  report(ev, 'UN OCHA', '2024-12-01', 44, null, { scope: 'civilians', who: 'civilians' }),
  report(ev, SOHR, '2024-12-02', 514),
  report(ev, SOHR, '2024-12-03', 602),
  report(ev, 'Estimator', '2024-12-03', 900, 900, { documented: false, approx: 'about' }),
];

function claim(min: number | null, extra: Partial<CasualtyClaim> = {}): CasualtyClaim {
  return {
    kind: 'casualty',
    quote: `${min}`,
    start: 0,
    end: 3,
    category: 'killed',
    min,
    max: min,
    approx: 'exact',
    who: null,
    source: null,
    ...extra,
  };
}

describe('figure ladder', () => {
  it('orders every figure of the category by date and marks later ones as since then', () => {
    const j = judgeFigure(claim(416), reports, { claimDate: '2024-12-01', articleDate: '2024-12-02' });
    expect(j.ladder.map((r) => r.asOf)).toEqual([...j.ladder.map((r) => r.asOf)].sort());
    expect(j.ladder.filter((r) => r.sinceThen).map((r) => r.min)).toEqual([514, 602, 900]);
    expect(j.ladder.find((r) => r.min === 44)?.differentScope).toBe(true);
  });
});

describe('casualty verdicts', () => {
  it('consistent: within the range of the same-day figures (seed: 416 vs 412 and 417)', () => {
    const j = judgeFigure(claim(416, { source: 'The Syrian Observatory for Human Rights' }), reports, {
      claimDate: '2024-12-01',
      articleDate: '2024-12-02',
    });
    expect(j.verdict).toBe('consistent');
    const compared = j.ladder.filter((r) => j.compared.includes(r.reportId)).map((r) => r.min);
    expect(compared.sort()).toEqual([412, 417]);
    expect(j.why).toMatch(/412–417/);
  });

  it('consistent within the stated tolerance, outlier beyond it', () => {
    const edge = Math.floor(417 * (1 + TOLERANCE));
    const ctx = { claimDate: '2024-12-01', articleDate: '2024-12-02' };
    expect(judgeFigure(claim(edge), reports, ctx).verdict).toBe('consistent');
    expect(judgeFigure(claim(edge + 2), reports, ctx).verdict).toBe('outlier');
    expect(judgeFigure(claim(150), reports, ctx).verdict).toBe('outlier');
    expect(TOLERANCE_MIN).toBeGreaterThan(0);
  });

  it('outdated: the same source had published a newer figure before the article`s date', () => {
    // An article of 4 Dec quoting SOHR's 416 of Sunday as the toll.
    const j = judgeFigure(claim(416, { source: 'SOHR' }), reports, {
      claimDate: '2024-12-04',
      articleDate: '2024-12-04',
    });
    expect(j.verdict).toBe('outdated');
    expect(j.why).toMatch(/602/);
  });

  it('outdated even when right for its date, if the source had moved on before the article', () => {
    const j = judgeFigure(claim(416, { source: 'SOHR' }), reports, {
      claimDate: '2024-12-01',
      articleDate: '2024-12-04',
    });
    expect(j.verdict).toBe('outdated');
  });

  it('unknown: a civilians-only claim is not held against all-deaths totals', () => {
    const only = reports.filter((r) => r.scope === 'all');
    const j = judgeFigure(claim(61, { who: 'civilians' }), only, {
      claimDate: '2024-12-01',
      articleDate: '2024-12-02',
    });
    expect(j.verdict).toBe('unknown');
    expect(j.why).toMatch(/different population/);
  });

  it('compares a civilian count with civilian figures only', () => {
    const j = judgeFigure(claim(45, { who: 'civilians' }), reports, {
      claimDate: '2024-12-01',
      articleDate: '2024-12-02',
    });
    expect(j.verdict).toBe('consistent');
    expect(j.compared).toHaveLength(1);
  });

  it('keeps documented counts and estimates apart', () => {
    const ctx = { claimDate: '2024-12-03', articleDate: '2024-12-03' };
    // A count is compared with SOHR's documented 602, not with the estimate of 900.
    expect(judgeFigure(claim(900), reports, ctx).verdict).toBe('outlier');
    // An estimate is compared with the estimate.
    const est = judgeFigure(claim(900, { approx: 'about' }), reports, {
      ...ctx,
      sentence: 'an estimated 900 died',
    });
    expect(est.verdict).toBe('consistent');
  });

  it('reads "at least" as a lower bound and vague words as ranges', () => {
    const ctx = { claimDate: '2024-12-01', articleDate: '2024-12-02' };
    expect(judgeFigure(claim(400, { max: null, approx: 'at_least' }), reports, ctx).verdict).toBe(
      'consistent',
    );
    expect(judgeFigure(claim(500, { max: null, approx: 'at_least' }), reports, ctx).verdict).toBe('outlier');
    const hundreds = claim(null, { max: null, approx: 'vague', quote: 'hundreds killed' });
    expect(judgeFigure(hundreds, reports, ctx).verdict).toBe('consistent');
    const dozens = claim(null, { max: null, approx: 'vague', quote: 'dozens killed' });
    expect(judgeFigure(dozens, reports, ctx).verdict).toBe('outlier');
  });

  it('unknown: no figures of that category, or none current on the claim`s date', () => {
    const ctx = { claimDate: '2024-12-01', articleDate: '2024-12-02' };
    expect(judgeFigure(claim(10, { category: 'missing' }), reports, ctx).verdict).toBe('unknown');
    expect(
      judgeFigure(claim(10), reports, { claimDate: '2024-11-01', articleDate: '2024-11-01' }).verdict,
    ).toBe('unknown');
  });

  it('normalises victim descriptions into scopes', () => {
    expect(scopeOf(null)).toBe('all');
    expect(scopeOf('civilians, incl. four children')).toBe('civilians');
    expect(scopeOf('children')).toBe('children');
    expect(scopeOf('soldiers')).toBe('soldiers');
  });
});
