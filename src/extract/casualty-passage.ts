/**
 * The casualty pass over one passage: each sentence's hits (src/extract/casualty.ts), a tally
 * continuing the sentence before, and the source each claim is attributed to.
 */
import { analyseSentence, type Carried, type CasualtyHit } from './casualty';
import { findSource } from './source';
import type { Span } from './sentences';
import type { CasualtyCategory } from './types';

/** A casualty hit with offsets into the passage, and its source. */
export interface PassageCasualty extends Omit<CasualtyHit, 'frame' | 'tailEnd'> {
  source: string | null;
}

/**
 * Casualty hits of the normalised passage `t` split into `sentences`, in text order, with
 * offsets into `t`. Those starting before `fromN` are left out, and sentences wholly before it
 * are read only when a tally after them continues them.
 */
export function casualtiesInPassage(t: string, sentences: Span[], fromN: number): PassageCasualty[] {
  const out: PassageCasualty[] = [];
  const sourceCache = new Map<number, string | null>();
  // A tally may continue the victims of the sentence before ("… killed 12. Four were children.").
  let carried: Carried | null = null;
  // Sentences wholly before `fromN` are context: analysed only if a tally after them asks.
  let contextEnd = 0;
  while (contextEnd < sentences.length && sentences[contextEnd].end <= fromN) contextEnd++;
  const carriedFromContext = (): Carried | null => {
    let c: Carried | null = null;
    for (let i = 0; i < contextEnd; i++)
      c = analyseSentence(t.slice(sentences[i].start, sentences[i].end), c).next;
    return c;
  };
  // The harm of the passage's last claim, for a part of "the victims" named later.
  let last: Carried | null = null;
  // Turkish official copy "neutralises" the killed, the captured and those who surrendered, and
  // wire copy says so ("use the word 'neutralized' to imply …"): there the word counts no dead.
  const neutralisedIsNotKilled = NEUTRALISE_EXPLAINED_RE.test(t);
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
      if (neutralisedIsNotKilled && /neutrali[sz]/i.test(s.slice(h.start, h.end))) continue;
      if (h.category === 'missing' && abducted(t, si > 0 ? sentences[si - 1].start : sent.start, start, end))
        continue;
      lastEnd = end;
      const category: CasualtyCategory = victimsOf(t, start, end, h, last) ?? h.category;
      last = { category, limit: h.approx === 'vague' ? Infinity : (h.max ?? h.min ?? Infinity) };
      if (start < fromN) continue;
      out.push({
        start,
        end,
        category,
        min: h.min,
        max: h.max,
        approx: h.approx,
        who: h.who,
        source,
      });
    }
  }
  return out;
}

const NEUTRALISE_EXPLAINED_RE = /\b(?:word|term)s?\s+["“'‘]?neutrali[sz]/i;
const ABDUCTION_RE = /\b(?:kidnap|abduct|hostage|captiv)/gi;
/** A part of a set named before: "50 of them", "more than 20 of the pupils". */
const PARTITIVE_QUOTE_RE = /^[^.;:]{0,40}?\bof\s+(?:them|whom|(?:the|those|these)\s+([\p{L}-]+))/iu;

/**
 * Abductees are not missing (docs/CLAIMS.md): "Gunmen abducted 80 pupils. 50 of the pupils are
 * still missing", "30 kidnapped workers remain missing". A part of a set is the abducted set when
 * an abduction in this sentence or the one before names it (or "them" refers back to it).
 */
function abducted(t: string, contextStart: number, start: number, end: number): boolean {
  const quote = t.slice(start, end);
  if (/\b(?:kidnapped|abducted)\b/i.test(quote)) return true;
  const part = PARTITIVE_QUOTE_RE.exec(quote);
  if (!part) return false;
  const context = t.slice(contextStart, start);
  let at = -1;
  ABDUCTION_RE.lastIndex = 0;
  for (let m = ABDUCTION_RE.exec(context); m; m = ABDUCTION_RE.exec(context)) at = m.index;
  if (at < 0) return false;
  const set = part[1]?.toLowerCase();
  return set === undefined || context.slice(at).toLowerCase().includes(set.replace(/s$/, ''));
}

const PART_OF_VICTIMS_RE = /\bof\s+(?:the|those|these)\s+victims$/i;
/** After the part: it is said who they were, not what befell them ("… were journalists"). */
const WHO_THEY_WERE_RE =
  /^\s+(?:were|was|are|is)\s+(?:(?:all|also|both)\s+)?(?!\p{L}+ed\b|dead|hurt|missing|shot|taken|still|not|in\b|among|being)\p{L}/iu;

/**
 * "A strike killed three people. … Two of the victims were journalists": a part of the victims
 * named by who they were takes the harm of the passage's last claim, when it is no larger.
 */
function victimsOf(
  t: string,
  start: number,
  end: number,
  h: CasualtyHit,
  last: Carried | null,
): CasualtyCategory | null {
  if (h.category !== 'casualties' || !last || last.category === 'casualties') return null;
  if (!PART_OF_VICTIMS_RE.test(t.slice(start, end)) || !WHO_THEY_WERE_RE.test(t.slice(end, end + 40)))
    return null;
  return (h.max ?? h.min ?? Infinity) <= last.limit ? last.category : null;
}
