import { describe, expect, it } from 'vitest';
import { extractClaims, type CasualtyClaim } from '../../../src/extract/index';

/** "category min/max approx", one per casualty claim, in text order. */
function found(text: string): string[] {
  return extractClaims(text)
    .filter((c): c is CasualtyClaim => c.kind === 'casualty')
    .map((c) => `${c.category} ${c.min}/${c.max} ${c.approx}`);
}

type Row = [text: string, expected: string[]];

describe('casualty recall: pattern families', () => {
  it.each<Row>([
    // A demonym is no currency: "Europeans" does not start a sum in euros.
    ['Up to 800 Europeans were still unaccounted for.', ['missing null/800 at_most']],
    ['The storm caused 300 euros of damage per house.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
