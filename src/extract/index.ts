import type { Claim, ExtractOptions } from './types';
import { extractClaimsWith } from './claims';
import { designationsInPassage } from './designation';
import { casualtiesInPassage } from './casualty-passage';

const ALL_RULES = { casualties: casualtiesInPassage, designations: designationsInPassage };

export type * from './types';

/**
 * Every casualty count and terrorist designation the text states, sorted by start, with
 * UTF-16 offsets into `text` (quote === text.slice(start, end)). Pure and deterministic.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  return extractClaimsWith(text, options, ALL_RULES);
}
