import type { CasualtyClaim, Claim, ExtractOptions } from './types';
import { normalize } from './normalize';
import { splitSentences, type Span } from './sentences';
import { HARM_STEM_RE, casualtiesInSentence } from './casualty';
import { findSource } from './source';
import { designationsInPassage } from './designation';

export type * from './types';

// Speed (docs/extractor.md): most sentences of a page can hold no claim. One pass of a cheap
// regex over the whole text marks the sentences that may; the rest skip the analysis.

/** Every casualty frame needs one of casualty.ts's harm stems; the same regex, global. */
const HARM_STEM_G = new RegExp(HARM_STEM_RE.source, 'gi');
/**
 * A superset of designation.ts's per-sentence gate: its terror cues, the delisting words and
 * the trigger words a sentence continuing an earlier claim needs. A sentence without any of
 * these returns no designation and leaves the passage's state as it was.
 */
const DESIGNATION_GATE_G =
  /terror|FTO|SDGT|SDN|proscri|1267|Da'?esh|Qa'?ida|sanction|sponsor|list|designat|\bban/gi;
/** designation.ts resolves a short name among names this far before / after a claim. */
const NAME_WINDOW_BEFORE = 6000;
const NAME_WINDOW_AFTER = 3000;

/** For each sentence, whether `re` (global) matches inside it. Matches never span sentences. */
function sentencesWith(t: string, sentences: Span[], re: RegExp): boolean[] {
  const marks = new Array<boolean>(sentences.length).fill(false);
  let si = 0;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    while (si < sentences.length && sentences[si].end <= m.index) si++;
    if (si === sentences.length) break;
    if (m.index >= sentences[si].start) marks[si] = true;
    // Nothing more to learn in this sentence: go on from its end.
    re.lastIndex = Math.max(re.lastIndex, sentences[si].end);
  }
  return marks;
}

/**
 * The sentences designation analysis must see: those passing the gate, and every sentence near
 * one of them, whose names may complete a claim's short entity name.
 */
function designationSentences(t: string, sentences: Span[]): Span[] {
  const gate = sentencesWith(t, sentences, DESIGNATION_GATE_G);
  const cand: Span[] = sentences.filter((_, i) => gate[i]);
  if (cand.length === 0) return cand;
  const out: Span[] = [];
  let j = 0;
  for (const s of sentences) {
    while (j < cand.length && cand[j].end + NAME_WINDOW_AFTER < s.start) j++;
    if (j === cand.length) break;
    if (cand[j].start - NAME_WINDOW_BEFORE <= s.end) out.push(s);
  }
  return out;
}

/**
 * Every casualty count and terrorist designation the text states, sorted by start, with
 * UTF-16 offsets into `text` (quote === text.slice(start, end)). Pure and deterministic.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  return extract(text, options, true);
}

/** extractClaims without the sentence prefilters: the reference the speed tests compare with. */
export function extractClaimsUnfiltered(text: string, options: ExtractOptions = {}): Claim[] {
  return extract(text, options, false);
}

function extract(text: string, _options: ExtractOptions, prefilter: boolean): Claim[] {
  const norm = normalize(text);
  const t = norm.text;
  const sentences = splitSentences(t);
  const toOrig = (i: number): number => norm.toOriginal[i];
  const claims: Claim[] = [];
  const harm = prefilter ? sentencesWith(t, sentences, HARM_STEM_G) : null;
  sentences.forEach((sent, si) => {
    if (harm && !harm[si]) return;
    const s = t.slice(sent.start, sent.end);
    const hits = casualtiesInSentence(s);
    if (hits.length === 0) return;
    const source = findSource(t, sentences, si);
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
  const designationInput = prefilter ? designationSentences(t, sentences) : sentences;
  for (const d of designationsInPassage(t, designationInput)) {
    const os = toOrig(d.start);
    const oe = toOrig(d.end - 1) + 1;
    claims.push({ ...d, quote: text.slice(os, oe), start: os, end: oe });
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
