/**
 * The extractor's passes over one text, with the designation rules passed in: the content
 * script loads those only for pages that need them (src/page/page-extractor.ts).
 */
import type { CasualtyClaim, Claim, ExtractOptions } from './types';
import { normalize } from './normalize';
import { splitSentences } from './sentences';
import { analyseSentence, hasHarmStem, type Carried } from './casualty';
import { cued } from './designation-cue';
import { findSource } from './source';
import type { DesignationHit } from './designation';
import type { Span } from './sentences';

/** The designation pass: designationsInPassage from designation.ts. */
export type DesignationFinder = (t: string, sentences: Span[]) => DesignationHit[];

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
 * Without `designations`, casualty claims only. With `options.from`, claims that start
 * before it are left out, and the text before it is read only as far as claims after it need.
 */
export function extractClaimsWith(
  text: string,
  options: ExtractOptions,
  designations: DesignationFinder | null,
): Claim[] {
  const norm = normalize(text);
  const t = norm.text;
  // Most paragraphs of a page hold neither kind of claim: two scans tell, before any sentence work.
  const casualties = hasHarmStem(t);
  const designationCued = designations !== null && cued(t);
  if (!casualties && !designationCued) return [];
  const from = options.from ?? 0;
  const fromN = from > 0 ? normalisedIndex(norm.toOriginal, t.length, from) : 0;
  const sentences = splitSentences(t);
  const toOrig = (i: number): number => norm.toOriginal[i];
  const claims: Claim[] = [];
  if (casualties) {
    const sourceCache = new Map<number, string | null>();
    // A tally may continue the victims of the sentence before ("… killed 12. Four were children.").
    let carried: Carried | null = null;
    // Sentences wholly before `from` are context: analysed only if a tally after them asks.
    let contextEnd = 0;
    while (contextEnd < sentences.length && sentences[contextEnd].end <= fromN) contextEnd++;
    const carriedFromContext = (): Carried | null => {
      let c: Carried | null = null;
      for (let i = 0; i < contextEnd; i++)
        c = analyseSentence(t.slice(sentences[i].start, sentences[i].end), c).next;
      return c;
    };
    for (let si = contextEnd; si < sentences.length; si++) {
      const sent = sentences[si];
      const s = t.slice(sent.start, sent.end);
      const { hits, next } = analyseSentence(
        s,
        si === contextEnd && contextEnd > 0 ? carriedFromContext : carried,
      );
      carried = next;
      if (hits.length === 0) continue;
      const source = findSource(t, sentences, si, sourceCache);
      let lastEnd = -1;
      for (const h of hits) {
        // Same-kind claims never overlap: a later hit that runs into an earlier one is dropped.
        const start = sent.start + h.start;
        const end = sent.start + h.end;
        if (start < lastEnd) continue;
        lastEnd = end;
        if (start < fromN) continue;
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
      }
    }
  }
  if (designationCued) {
    for (const d of designations(t, sentences)) {
      if (d.start < fromN) continue;
      const os = toOrig(d.start);
      const oe = toOrig(d.end - 1) + 1;
      claims.push({ ...d, quote: text.slice(os, oe), start: os, end: oe });
    }
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
