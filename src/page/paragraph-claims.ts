/**
 * Runs the extractor paragraph by paragraph with a cache keyed by the
 * paragraph's text (and the tail of the one before, where a source may be
 * named), so text the page re-renders or re-inserts is never extracted twice.
 */
import { extractClaims } from '../extract';
import type { Claim } from '../extract/types';

/** How much of the previous paragraph is kept as context ("…, the ministry said."). */
const CONTEXT_CHARS = 300;
/** Oversized paragraphs are cut at sentence ends so one extraction stays short. */
const MAX_UNIT_CHARS = 20_000;
const CACHE_LIMIT = 5_000;

export interface TextUnit {
  start: number;
  end: number;
}

/** Splits collected text into paragraphs (at "\n"), cutting very long ones at sentence ends. */
export function splitUnits(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let s = pos;
    while (end - s > MAX_UNIT_CHARS) {
      const window = text.slice(s, s + MAX_UNIT_CHARS);
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
      const at = cut > MAX_UNIT_CHARS / 2 ? s + cut + 2 : s + MAX_UNIT_CHARS;
      units.push({ start: s, end: at });
      s = at;
    }
    if (end > s) units.push({ start: s, end });
    pos = end + 1;
  }
  return units;
}

/** The last sentence of `tail` (with its line break): all a source attribution can reach back to. */
function lastSentence(tail: string): string {
  const body = tail.replace(/\n$/, '');
  const m = /[.!?]["”’)]?\s+(?=\S[^]*$)/g;
  let cut = 0;
  for (let hit = m.exec(body); hit; hit = m.exec(body)) cut = hit.index + hit[0].length;
  return tail.slice(cut);
}

export class ParagraphExtractor {
  private cache = new Map<string, Claim[]>();
  /** Number of extractor runs, so tests can see that nothing is extracted twice. */
  extractions = 0;

  constructor(private readonly options: { date?: string } = {}) {}

  /** Claims of one unit, with offsets into the whole collected text. */
  claimsOf(text: string, unit: TextUnit): Claim[] {
    const context =
      unit.start > 0 ? lastSentence(text.slice(Math.max(0, unit.start - CONTEXT_CHARS), unit.start)) : '';
    const body = text.slice(unit.start, unit.end);
    const key = `${context}\u0000${body}`;
    let local = this.cache.get(key);
    if (!local) {
      this.extractions++;
      const all = extractClaims(context + body, this.options);
      local = all
        .filter((c) => c.start >= context.length)
        .map((c) => ({ ...c, start: c.start - context.length, end: c.end - context.length }));
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, local);
    } else {
      // Refresh recency so a live blog's stable paragraphs stay cached.
      this.cache.delete(key);
      this.cache.set(key, local);
    }
    return local.map((c) => ({ ...c, start: c.start + unit.start, end: c.end + unit.start }));
  }
}
