/**
 * The extractor's passes over one text, with the designation rules passed in: the content
 * script loads those only for pages that need them (src/page/page-extractor.ts).
 */
import type { CasualtyClaim, Claim, ExtractOptions } from './types';
import { normalize } from './normalize';
import { splitSentences } from './sentences';
import { analyseSentence, type Carried } from './casualty';
import { findSource } from './source';
import type { DesignationHit } from './designation';
import type { Span } from './sentences';

/** The designation pass: designationsInPassage from designation.ts. */
export type DesignationFinder = (t: string, sentences: Span[]) => DesignationHit[];

/**
 * Every casualty count and terrorist designation the text states, sorted by start, with
 * UTF-16 offsets into `text` (quote === text.slice(start, end)). Pure and deterministic.
 * Without `designations`, casualty claims only.
 */
export function extractClaimsWith(
  text: string,
  _options: ExtractOptions,
  designations: DesignationFinder | null,
): Claim[] {
  const norm = normalize(text);
  const t = norm.text;
  const sentences = splitSentences(t);
  const toOrig = (i: number): number => norm.toOriginal[i];
  const claims: Claim[] = [];
  const sourceCache = new Map<number, string | null>();
  // A tally may continue the victims of the sentence before ("… killed 12. Four were children.").
  let carried: Carried | null = null;
  sentences.forEach((sent, si) => {
    const s = t.slice(sent.start, sent.end);
    const { hits, next } = analyseSentence(s, carried);
    carried = next;
    if (hits.length === 0) return;
    const source = findSource(t, sentences, si, sourceCache);
    let lastEnd = -1;
    for (const h of hits) {
      // Same-kind claims never overlap: a later hit that runs into an earlier one is dropped.
      const start = sent.start + h.start;
      const end = sent.start + h.end;
      if (start < lastEnd) continue;
      const os = toOrig(start);
      const oe = toOrig(end - 1) + 1;
      const claim: CasualtyClaim = {
        kind: 'casualty',
        quote: text.slice(os, oe),
        start: os,
        end: oe,
        category: h.category,
        min: h.min,
        max: h.max,
        approx: h.approx,
        who: h.who,
        source,
      };
      claims.push(claim);
      lastEnd = end;
    }
  });
  for (const d of designations ? designations(t, sentences) : []) {
    const os = toOrig(d.start);
    const oe = toOrig(d.end - 1) + 1;
    claims.push({ ...d, quote: text.slice(os, oe), start: os, end: oe });
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
