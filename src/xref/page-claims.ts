/**
 * The sentence and paragraph around a claim in plain text, for callers that
 * have text rather than a DOM (the scan CLI, tests, the benchmark).
 */
import type { Claim } from '../extract/types';
import type { PageClaim } from '../messaging/protocol';

// Abbreviations whose full stop does not end a sentence ("On Nov. 27, …").
const ABBREV =
  /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|No|vs|approx|incl|e\.g|i\.e)|\b[A-Z](?:\.[A-Z])*)\.$/;

function sentenceStarts(paragraph: string): number[] {
  const starts = [0];
  const re = /[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
  for (const m of paragraph.matchAll(re)) {
    const before = paragraph.slice(Math.max(0, m.index - 12), m.index + 1);
    if (m[0][0] === '.' && ABBREV.test(before)) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** The sentence and the paragraph (text between line breaks) holding text[start, end). */
export function surroundings(
  text: string,
  start: number,
  end: number,
): { sentence: string; paragraph: string } {
  const pStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const pEnd = nl === -1 ? text.length : nl;
  const paragraph = text.slice(pStart, pEnd);
  const starts = sentenceStarts(paragraph);
  const rel = start - pStart;
  const relEnd = end - pStart;
  let s = 0;
  for (const x of starts) if (x <= rel) s = x;
  const next = starts.find((x) => x >= relEnd);
  return { sentence: paragraph.slice(s, next ?? paragraph.length).trim(), paragraph: paragraph.trim() };
}

/** PageClaims for claims extracted from `text`, with ids c0, c1, … in order. */
export function pageClaimsFromText(text: string, claims: Claim[]): PageClaim[] {
  return claims.map((claim, i) => ({ id: `c${i}`, claim, ...surroundings(text, claim.start, claim.end) }));
}
