/**
 * The extractor's passes over one text, with the designation rules passed in: the content
 * script loads those only for pages that need them (src/page/page-extractor.ts).
 */
import type { CasualtyClaim, Claim, ExtractOptions } from './types';
import { normalize } from './normalize';
import { splitSentences } from './sentences';
import { hasHarmStem } from './harm-stems';
import { cued } from './designation-cue';
import type { DesignationHit } from './designation';
import type { PassageCasualty } from './casualty-passage';
import type { Span } from './sentences';

/** The casualty pass: casualtiesInPassage from casualty-passage.ts. */
export type CasualtyFinder = (t: string, sentences: Span[], fromN: number) => PassageCasualty[];
/** The designation pass: designationsInPassage from designation.ts. */
export type DesignationFinder = (t: string, sentences: Span[]) => DesignationHit[];

/** The rules an extraction runs: each pass is left out where its rules are not (yet) loaded. */
export interface ExtractRules {
  casualties: CasualtyFinder | null;
  designations: DesignationFinder | null;
}

/** The first index of the normalised text that maps to `from` or later in the original. */
function normalisedIndex(toOriginal: ArrayLike<number>, length: number, from: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toOriginal[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every casualty count and terrorist designation the text states, sorted by start, with
 * UTF-16 offsets into `text` (quote === text.slice(start, end)). Pure and deterministic.
 * A pass whose rules are null is left out. With `options.from`, claims that start before it
 * are left out, and the text before it is read only as far as claims after it need.
 */
export function extractClaimsWith(text: string, options: ExtractOptions, rules: ExtractRules): Claim[] {
  const norm = normalize(text);
  const t = norm.text;
  // Most paragraphs of a page hold neither kind of claim: two scans tell, before any sentence work.
  const casualties = rules.casualties !== null && hasHarmStem(t);
  const designationCued = rules.designations !== null && cued(t);
  if (!casualties && !designationCued) return [];
  const from = options.from ?? 0;
  const fromN = from > 0 ? normalisedIndex(norm.toOriginal, t.length, from) : 0;
  const sentences = splitSentences(t);
  const toOrig = (i: number): number => norm.toOriginal[i];
  const claims: Claim[] = [];
  if (casualties) {
    for (const h of rules.casualties!(t, sentences, fromN)) {
      const os = toOrig(h.start);
      const oe = toOrig(h.end - 1) + 1;
      const claim: CasualtyClaim = { kind: 'casualty', quote: text.slice(os, oe), ...h, start: os, end: oe };
      claims.push(claim);
    }
  }
  if (designationCued) {
    for (const d of rules.designations!(t, sentences)) {
      if (d.start < fromN) continue;
      const os = toOrig(d.start);
      const oe = toOrig(d.end - 1) + 1;
      claims.push({ ...d, quote: text.slice(os, oe), start: os, end: oe });
    }
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
