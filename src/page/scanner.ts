/**
 * Scans a document in time slices: collect visible text, extract claims per
 * paragraph (cached), map offsets to ranges. No slice runs longer than the
 * budget, so even a 500,000-word page stays responsive.
 */
import type { Claim } from '../extract/types';
import { collectTextChunked, yieldToMain, type CollectedText } from './collect-text';
import { offsetsToRange } from './offsets-to-range';
import { ParagraphExtractor, splitUnits } from './paragraph-claims';

export interface FoundClaim {
  /** Stable across rescans while the claim's paragraph text is unchanged. */
  id: string;
  claim: Claim;
  range: Range;
  /** The sentence and paragraph around the claim, for cross-referencing. */
  sentence: string;
  paragraph: string;
}

export interface ScanOptions {
  sliceMs?: number;
  cancelled?: () => boolean;
}

function hashString(s: string): string {
  // FNV-1a: a short, stable id for a paragraph's text.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function sentenceAround(paragraph: string, start: number, end: number): string {
  const before = paragraph.slice(0, start);
  const m = before.match(/.*[.!?]["”’)]?\s+/s);
  const s = m ? m[0].length : 0;
  const after = paragraph.slice(end).search(/[.!?](?=["”’)]?(\s|$))/);
  const e = after < 0 ? paragraph.length : end + after + 1;
  return paragraph.slice(s, e).trim();
}

export class Scanner {
  readonly extractor: ParagraphExtractor;

  constructor(options: { date?: string } = {}) {
    this.extractor = new ParagraphExtractor(options);
  }

  async scan(root: Node, options: ScanOptions = {}): Promise<FoundClaim[] | null> {
    const sliceMs = options.sliceMs ?? 8;
    const collected = await collectTextChunked(root, { sliceMs, cancelled: options.cancelled });
    if (!collected) return null;
    // Joining a large page's text already took part of this slice: start extraction on a fresh one.
    await yieldToMain();
    if (options.cancelled?.()) return null;
    return this.extract(collected, sliceMs, options.cancelled);
  }

  private async extract(
    collected: CollectedText,
    sliceMs: number,
    cancelled?: () => boolean,
  ): Promise<FoundClaim[] | null> {
    const { text, segments } = collected;
    const found: FoundClaim[] = [];
    const seen = new Map<string, number>();
    let deadline = performance.now() + sliceMs;
    for (const unit of splitUnits(text)) {
      if (performance.now() > deadline) {
        await yieldToMain();
        if (cancelled?.()) return null;
        deadline = performance.now() + sliceMs;
      }
      const claims = this.extractor.claimsOf(text, unit);
      if (claims.length === 0) continue;
      const paragraph = text.slice(unit.start, unit.end);
      const paraId = hashString(paragraph);
      for (const claim of claims) {
        const range = offsetsToRange(segments, claim.start, claim.end);
        if (!range) continue;
        // The same paragraph may occur twice on a page (a repeated pull quote).
        const base = `${paraId}-${claim.start - unit.start}-${claim.kind}`;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        const local = { start: claim.start - unit.start, end: claim.end - unit.start };
        found.push({
          id: n ? `${base}-${n}` : base,
          claim,
          range,
          sentence: sentenceAround(paragraph, local.start, local.end),
          paragraph,
        });
      }
    }
    return found;
  }
}
