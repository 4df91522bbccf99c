/**
 * Scans a document in time slices: collect visible text, extract claims per
 * paragraph (cached), map offsets to ranges. No slice runs longer than the
 * budget, so even a 500,000-word page stays responsive.
 */
import type { Claim } from '../extract/types';
import { boxOf, startWalk, yieldToMain, type CollectedText, type TextSegment } from './collect-text';
import { offsetsToRange, segmentAt } from './offsets-to-range';
import { ParagraphExtractor, splitUnits, type TextUnit, type UnitClaims } from './paragraph-claims';
import { PageExtractor, type RuleLoaders } from './page-extractor';

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
  /**
   * Milliseconds of work between two yields to the page. Every stage shares
   * one clock, and the scanner yields only once a slice is used up.
   */
  sliceMs?: number;
  cancelled?: () => boolean;
  /**
   * Called once with the claims found so far, when the scan goes on after it: as soon as the
   * paragraphs read fill the screen, or at the end of the first slice that found claims. On a
   * page scrolled down, those read from the first paragraph in view. On a long page the reader
   * then sees the highlights in view after a few milliseconds rather than after the whole scan.
   */
  onEarlyClaims?: (found: FoundClaim[]) => void;
}

/**
 * The default slice. A yield through scheduler.yield costs well under a
 * millisecond, and slices of 8 to 30 ms gave the same wall time on the
 * 500,000-word page; 16 ms leaves a slice, the paragraph that may overrun it
 * and the caller's painting three times the room under the 50 ms long-task
 * bound on a busy machine.
 */
export const SLICE_MS = 16;

/** Characters of paragraphs between two looks at the clock (a few paragraphs; a fraction of a millisecond to extract). */
const CLOCK_CHARS = 2_000;

/** Where the box holding the start of `unit` is, relative to the viewport. */
function unitRect(unit: TextUnit, segments: TextSegment[]): DOMRect | null {
  const node = segments[segmentAt(segments, unit.start, false)].node;
  return boxOf(node)?.getBoundingClientRect() ?? null;
}

/**
 * The first unit whose box reaches into the viewport or below it, where the reader is looking
 * (a page opened at an anchor, or reloaded with its scroll position kept): 0 when the top of
 * the page is in view. A binary search over the units in document order, one layout read per
 * step (the walk left layout clean); on a page whose order is not top to bottom it may land
 * elsewhere, which costs nothing but an early paint of claims out of view.
 */
export function firstUnitInView(units: TextUnit[], segments: TextSegment[]): number {
  if (units.length === 0 || segments.length === 0) return 0;
  const inOrBelow = (u: number): boolean => (unitRect(units[u], segments)?.bottom ?? 0) >= 0;
  if (inOrBelow(0)) return 0;
  let lo = 1;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inOrBelow(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export class Scanner {
  readonly extractor: ParagraphExtractor;
  private readonly rules: PageExtractor;

  /** The loaders bring in the casualty and designation rules when a page first needs them. */
  constructor({ date, ...loaders }: { date?: string } & RuleLoaders) {
    this.rules = new PageExtractor(loaders);
    this.extractor = new ParagraphExtractor({ date, extract: this.rules.extract });
  }

  async scan(root: Node, options: ScanOptions = {}): Promise<FoundClaim[] | null> {
    const sliceMs = options.sliceMs ?? SLICE_MS;
    const { cancelled } = options;
    let deadline = performance.now() + sliceMs;
    /** Yields to the page; false when the scan was cancelled meanwhile. */
    const pause = async (): Promise<boolean> => {
      await yieldToMain();
      if (cancelled?.()) return false;
      deadline = performance.now() + sliceMs;
      return true;
    };

    const walk = startWalk(root);
    while (!walk.step(deadline)) if (!(await pause())) return null;
    // Joining a large page's text takes a few milliseconds: not at the end of a slice.
    if (performance.now() > deadline - sliceMs / 2 && !(await pause())) return null;
    const collected = walk.result();
    // Paragraphs extracted before the designation rules arrived are extracted again.
    if (await this.rules.prepare(collected.text)) this.extractor.clear();
    if (cancelled?.()) return null;

    const found = await this.extract(
      collected,
      () => performance.now() > deadline,
      pause,
      options.onEarlyClaims,
    );
    if (!found) return null;
    this.extractor.endScan();
    // The caller paints right away: leave it a fresh slice if this one is mostly used.
    if (performance.now() > deadline - sliceMs / 2 && !(await pause())) return null;
    return found;
  }

  private async extract(
    collected: CollectedText,
    sliceUsed: () => boolean,
    pause: () => Promise<boolean>,
    onEarlyClaims?: (found: FoundClaim[]) => void,
  ): Promise<FoundClaim[] | null> {
    const { text, segments } = collected;
    const found: FoundClaim[] = [];
    const seen = new Map<string, number>();
    // performance.now() costs about as much as a cached paragraph: read the clock
    // once some text has gone by rather than before every paragraph.
    let sinceCheck = 0;
    /** Units extracted in this slice that have claims, waiting for their ranges. */
    const pending: Array<{ unit: TextUnit; claims: UnitClaims }> = [];
    // Ranges are made in one pass at the end of each slice rather than between two
    // extractions: the same work, ~5% less time on a 500,000-word page (the extractor
    // runs uninterrupted by DOM calls).
    const flush = () => {
      for (let p = 0; p < pending.length; p++) {
        const { unit, claims: unitClaims } = pending[p];
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
      pending.length = 0;
    };
    this.extractor.beginScan();
    const units = splitUnits(text);
    const viewHeight = segments[0]?.node.ownerDocument.defaultView?.innerHeight ?? 0;
    /** Whether `unit` starts below the viewport: the claims read before it fill the screen. */
    const belowView = (unit: TextUnit): boolean =>
      viewHeight > 0 && (unitRect(unit, segments)?.top ?? 0) > viewHeight;
    /** Hands over the claims found so far, once: when they fill the screen, else at the end of the first slice with claims. */
    const handOver = (): void => {
      flush();
      if (!onEarlyClaims || found.length === 0) return;
      onEarlyClaims(found.slice());
      onEarlyClaims = undefined;
    };
    /** Extracts one unit; its claims wait in `pending` for their ranges. */
    const read = (unit: TextUnit): void => {
      sinceCheck += unit.end - unit.start;
      const claims = this.extractor.claimsOf(text, unit);
      if (claims) pending.push({ unit, claims });
    };
    /** Whether enough text went by to look at the clock (and the layout) again. */
    const checkDue = (): boolean => {
      if (sinceCheck < CLOCK_CHARS) return false;
      sinceCheck = 0;
      return true;
    };
    const screenFull = (next: TextUnit): boolean => pending.length > 0 && belowView(next);
    // Scrolled down: the claims in view come first, then the page is read from the top (those
    // paragraphs are then cache hits).
    const inView = onEarlyClaims ? firstUnitInView(units, segments) : 0;
    if (inView > 0) {
      for (let u = inView; u < units.length; u++) {
        if (checkDue() && (sliceUsed() || screenFull(units[u]))) break;
        read(units[u]);
      }
      handOver();
      onEarlyClaims = undefined;
      found.length = 0;
      seen.clear();
      sinceCheck = 0;
      if (!(await pause())) return null;
    }
    for (const unit of units) {
      if (checkDue()) {
        const used = sliceUsed();
        if (onEarlyClaims && (used || screenFull(unit))) handOver();
        if (used) {
          flush();
          if (!(await pause())) return null;
        }
      }
      read(unit);
    }
    flush();
    return found;
  }
}
