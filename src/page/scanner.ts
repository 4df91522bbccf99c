/**
 * Scans a document in time slices: collect visible text, extract claims per
 * paragraph (cached), map offsets to ranges. No slice runs longer than the
 * budget, so even a 500,000-word page stays responsive.
 */
import type { Claim } from '../extract/types';
import { collectTextChunked, yieldToMain, type CollectedText } from './collect-text';
import { offsetsToRange } from './offsets-to-range';
import { ParagraphExtractor, splitUnits } from './paragraph-claims';

export { sentenceAround } from './paragraph-claims';

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
    const found = await this.extract(collected, sliceMs, options.cancelled);
    if (found) this.extractor.endScan();
    return found;
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
      const unitClaims = this.extractor.claimsOf(text, unit);
      if (!unitClaims) continue;
      const { id, paragraph, claims, sentences } = unitClaims;
      for (let i = 0; i < claims.length; i++) {
        const claim = claims[i];
        const range = offsetsToRange(segments, claim.start, claim.end);
        if (!range) continue;
        // The same paragraph may occur twice on a page (a repeated pull quote).
        const base = `${id}-${claim.start - unit.start}-${claim.kind}`;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        found.push({ id: n ? `${base}-${n}` : base, claim, range, sentence: sentences[i], paragraph });
      }
    }
    return found;
  }
}
