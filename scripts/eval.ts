/**
 * Precision, recall and F1 per claim kind over a JSONL corpus ({id, text, date?, claims}),
 * by the matching rules of docs/CLAIMS.md.
 *
 *   npm run eval                       # the project's own corpus
 *   npm run eval -- PATH.jsonl         # any corpus of the same shape
 *   npm run eval -- PATH.jsonl --errors   # also list misses and false positives
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../src/extract/index';
import { matchPassage, type GoldClaim } from '../src/extract/match';
import type { Claim, ClaimKind } from '../src/extract/types';

interface Passage {
  id: string;
  text: string;
  date?: string | null;
  claims: GoldClaim[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_CORPUS = path.join(here, '../tests/fixtures/corpus/claimcheck-corpus.jsonl');
const KINDS: ClaimKind[] = ['casualty', 'designation'];

function describe(c: Claim | GoldClaim): string {
  if (c.kind === 'casualty') return `${c.category} ${c.min}/${c.max} ${c.approx} «${c.quote}»`;
  return `${c.entity} [${c.designators.join(', ')}] ${c.status} «${c.quote}»`;
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const file = args.find((a) => !a.startsWith('--')) ?? DEFAULT_CORPUS;
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const tally = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ClaimKind,
    { tp: number; fp: number; fn: number }
  >;
  for (const line of lines) {
    const p = JSON.parse(line) as Passage;
    const found = extractClaims(p.text, p.date ? { date: p.date } : {});
    const r = matchPassage(p.text, found, p.claims);
    for (const m of r.matched) tally[m.gold.kind].tp++;
    for (const g of r.missed) tally[g.kind].fn++;
    for (const f of r.spurious) tally[f.kind].fp++;
    if (showErrors) {
      for (const g of r.missed) console.log(`${p.id} MISS ${describe(g)}`);
      for (const f of r.spurious) console.log(`${p.id} FP   ${describe(f)}`);
    }
  }
  console.log(`${path.basename(file)}: ${lines.length} passages`);
  console.log('kind         gold  found  tp   precision  recall  F1');
  for (const k of KINDS) {
    const { tp, fp, fn } = tally[k];
    const p = tp + fp === 0 ? 1 : tp / (tp + fp);
    const r = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    console.log(
      `${k.padEnd(12)} ${String(tp + fn).padStart(4)}  ${String(tp + fp).padStart(5)}  ${String(tp).padStart(3)}  ` +
        `${p.toFixed(3).padStart(9)}  ${r.toFixed(3).padStart(6)}  ${f1.toFixed(3)}`,
    );
  }
}

main();
