import type { Claim, ExtractOptions } from './types';
import { extractClaimsWith } from './claims';
import { designationsInPassage } from './designation';

export type * from './types';

/**
 * Every casualty count and terrorist designation the text states, sorted by start, with
 * UTF-16 offsets into `text` (quote === text.slice(start, end)). Pure and deterministic.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  return extractClaimsWith(text, options, designationsInPassage);
}
