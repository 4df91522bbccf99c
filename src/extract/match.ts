/**
 * The evaluation's matching rule from docs/CLAIMS.md ("Matching in the evaluation"),
 * shared by scripts/eval.ts and the unit tests so both judge claims the same way.
 */
import type { Claim } from './types';

/** A claim as corpora store it: offsets are optional, the quote locates it. */
type Unanchored<T> = T extends Claim ? Omit<T, 'start' | 'end'> & { start?: number; end?: number } : never;
export type GoldClaim = Unanchored<Claim>;

export interface Span {
  start: number;
  end: number;
}

/** Where a gold quote sits in its passage (first occurrence), or null if absent. */
export function locateQuote(text: string, quote: string): Span | null {
  const at = text.indexOf(quote);
  return at < 0 ? null : { start: at, end: at + quote.length };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function entityWords(entity: string): string[] {
  return (entity.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).map((w) => w);
}

/** "share a word of 3+ letters, or one such word starts the other" (Houthi/Houthis). */
export function entitiesAgree(a: string, b: string): boolean {
  const wa = entityWords(a);
  const wb = entityWords(b);
  return wa.some((x) => wb.some((y) => x === y || x.startsWith(y) || y.startsWith(x)));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

export function claimsMatch(found: Claim, gold: GoldClaim, goldSpan: Span): boolean {
  if (found.kind !== gold.kind || !overlaps(found, goldSpan)) return false;
  if (found.kind === 'casualty' && gold.kind === 'casualty') {
    return found.category === gold.category && found.min === gold.min && found.max === gold.max;
  }
  if (found.kind === 'designation' && gold.kind === 'designation') {
    return entitiesAgree(found.entity, gold.entity) && sameSet(found.designators, gold.designators);
  }
  return false;
}

export interface PassageResult {
  matched: Array<{ found: Claim; gold: GoldClaim }>;
  missed: GoldClaim[];
  spurious: Claim[];
}

/** One-to-one matching within a passage: each gold claim takes the first unused found claim that matches. */
export function matchPassage(text: string, found: Claim[], gold: GoldClaim[]): PassageResult {
  const used = new Set<number>();
  const result: PassageResult = { matched: [], missed: [], spurious: [] };
  for (const g of gold) {
    const span =
      g.start !== undefined && g.end !== undefined
        ? { start: g.start, end: g.end }
        : locateQuote(text, g.quote);
    const idx = span ? found.findIndex((f, i) => !used.has(i) && claimsMatch(f, g, span)) : -1;
    if (idx < 0) {
      result.missed.push(g);
    } else {
      used.add(idx);
      result.matched.push({ found: found[idx], gold: g });
    }
  }
  result.spurious = found.filter((_, i) => !used.has(i));
  return result;
}
