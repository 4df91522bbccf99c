import { describe, expect, it } from 'vitest';
import { entitiesAgree, matchPassage, type GoldClaim } from '../../../src/extract/match';
import type { Claim } from '../../../src/extract/types';

describe('evaluation matching (docs/CLAIMS.md)', () => {
  it.each([
    ['Houthi', 'Houthis', true],
    ['HTS', 'Hayat Tahrir al-Sham (HTS)', true],
    ['Hamas', 'Hezbollah', false],
    ['al', 'al-Qaeda', false],
  ])('%s ~ %s → %s', (a, b, agree) => {
    expect(entitiesAgree(a, b)).toBe(agree);
  });

  const text = 'At least 18 people were killed and 30 were injured.';
  const found: Claim = {
    kind: 'casualty',
    quote: 'At least 18 people were killed',
    start: 0,
    end: 30,
    category: 'killed',
    min: 18,
    max: null,
    approx: 'at_least',
    who: null,
    source: null,
  };
  const gold = (over: Partial<GoldClaim>): GoldClaim =>
    ({ ...found, start: undefined, end: undefined, ...over }) as GoldClaim;

  it('matches on category, bounds and overlapping spans', () => {
    expect(matchPassage(text, [found], [gold({ quote: 'killed' })]).matched).toHaveLength(1);
  });

  it('rejects a different bound, category or a disjoint span', () => {
    expect(matchPassage(text, [found], [gold({ max: 18 } as Partial<GoldClaim>)]).missed).toHaveLength(1);
    expect(
      matchPassage(text, [found], [gold({ category: 'injured' } as Partial<GoldClaim>)]).missed,
    ).toHaveLength(1);
    expect(matchPassage(text, [found], [gold({ quote: '30 were injured' })]).spurious).toHaveLength(1);
  });
});
