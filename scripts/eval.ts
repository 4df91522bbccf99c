/**
 * Precision, recall and F1 per claim kind over JSONL corpora ({id, text, date?, claims}),
 * by the matching rules of docs/CLAIMS.md.
 *
 *   npm run eval                              # every .jsonl in tests/fixtures/corpus, then their total
 *   npm run eval -- PATH.jsonl                # any corpus of the same shape
 *   npm run eval -- A.jsonl DIR ...           # several: files, and folders (their .jsonl files)
 *   npm run eval -- PATH.jsonl --errors       # also list misses and false positives
 *
 * Each file gets its own table; with more than one file a combined total follows.
 * A line that is not a passage (bad JSON, no `text` or `claims`) stops the run
 * naming its file and line (exit code 2).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

type Tally = Record<ClaimKind, { tp: number; fp: number; fn: number }> & {
  /** Matched claims whose second field agrees too (the contract's matching leaves it out). */
  agrees: { status: number; approx: number };
};

const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_CORPUS_DIR = path.join(here, '../tests/fixtures/corpus');
const KINDS: ClaimKind[] = ['casualty', 'designation'];

class UsageError extends Error {}

function describe(c: Claim | GoldClaim): string {
  if (c.kind === 'casualty') return `${c.category} ${c.min}/${c.max} ${c.approx} «${c.quote}»`;
  return `${c.entity} [${c.designators.join(', ')}] ${c.status} «${c.quote}»`;
}

/** The corpus files named by the arguments: files as given, folders as their `.jsonl` files (sorted). */
function corpusFiles(args: string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    let isDir: boolean;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      throw new UsageError(`${arg}: no such file or folder`);
    }
    if (!isDir) {
      files.push(arg);
      continue;
    }
    const inDir = readdirSync(arg)
      .filter((name) => name.endsWith('.jsonl') && statSync(path.join(arg, name)).isFile())
      .sort()
      .map((name) => path.join(arg, name));
    if (inDir.length === 0) throw new UsageError(`${arg}: no .jsonl files in this folder`);
    files.push(...inDir);
  }
  return files;
}

function readPassages(file: string): Passage[] {
  const passages: Passage[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let p: Partial<Passage>;
      try {
        p = JSON.parse(line) as Partial<Passage>;
      } catch (e) {
        throw new UsageError(`${file}: line ${i + 1}: not JSON (${(e as Error).message})`);
      }
      if (typeof p?.text !== 'string' || !Array.isArray(p.claims))
        throw new UsageError(`${file}: line ${i + 1}: not a passage ({"id", "text", "claims": [...]})`);
      passages.push(p as Passage);
    });
  return passages;
}

const emptyTally = (): Tally =>
  ({
    ...Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])),
    agrees: { status: 0, approx: 0 },
  }) as Tally;

/** Scores one corpus; with `showErrors`, prints each miss and false positive as it goes. */
function score(passages: Passage[], showErrors: boolean): Tally {
  const tally = emptyTally();
  for (const p of passages) {
    const found = extractClaims(p.text, p.date ? { date: p.date } : {});
    const r = matchPassage(p.text, found, p.claims);
    for (const { found: f, gold: g } of r.matched) {
      tally[g.kind].tp++;
      // A delisting read as a listing matches by the contract, yet shows the reader the wrong
      // verdict: counted apart, and listed with the errors.
      const agrees =
        f.kind === 'designation' && g.kind === 'designation'
          ? f.status === g.status
          : f.kind === 'casualty' && g.kind === 'casualty' && f.approx === g.approx;
      if (agrees) tally.agrees[g.kind === 'designation' ? 'status' : 'approx']++;
      else if (showErrors) console.log(`${p.id} DIFF ${describe(g)} found ${describe(f)}`);
    }
    for (const g of r.missed) tally[g.kind].fn++;
    for (const f of r.spurious) tally[f.kind].fp++;
    if (showErrors) {
      for (const g of r.missed) console.log(`${p.id} MISS ${describe(g)}`);
      for (const f of r.spurious) console.log(`${p.id} FP   ${describe(f)}`);
    }
  }
  return tally;
}

function printTable(title: string, tally: Tally): void {
  console.log(title);
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
  console.log(
    `matched casualty claims with the same approx: ${tally.agrees.approx} of ${tally.casualty.tp}; ` +
      `matched designation claims with the same status: ${tally.agrees.status} of ${tally.designation.tp}`,
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const paths = args.filter((a) => !a.startsWith('--'));
  const files = corpusFiles(paths.length ? paths : [DEFAULT_CORPUS_DIR]);
  // Every file is read and checked before any is scored, so a bad line fails fast.
  const corpora = files.map((file) => ({ file, passages: readPassages(file) }));
  const total = emptyTally();
  let passages = 0;
  corpora.forEach((c, i) => {
    if (i > 0) console.log('');
    const tally = score(c.passages, showErrors);
    printTable(`${path.basename(c.file)}: ${c.passages.length} passages`, tally);
    passages += c.passages.length;
    for (const k of KINDS) for (const n of ['tp', 'fp', 'fn'] as const) total[k][n] += tally[k][n];
    total.agrees.status += tally.agrees.status;
    total.agrees.approx += tally.agrees.approx;
  });
  if (corpora.length > 1) {
    console.log('');
    printTable(`total (${corpora.length} files): ${passages} passages`, total);
  }
}

try {
  main();
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(`eval: ${e.message}`);
  process.exitCode = 2;
}
