/**
 * Extraction throughput on 100 KB, 1 MB and 10 MB of news-like text, against one precompiled
 * regex over the same text as a baseline. The text is the project's own corpus and the seed
 * article, repeated with varied figures so no two copies are identical.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../src/extract/index';
import { COUNT_SOURCE } from '../src/extract/counts';
import type { BenchFigure } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');

function sourceTexts(): string[] {
  const texts: string[] = [];
  const corpusDir = path.join(root, 'tests/fixtures/corpus');
  for (const f of readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(path.join(corpusDir, f), 'utf8').split('\n')) {
      if (line.trim() !== '') texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  const seedDir = path.join(root, 'tests/fixtures/seed');
  for (const f of readdirSync(seedDir)) texts.push(readFileSync(path.join(seedDir, f), 'utf8'));
  return texts;
}

/** News-like text of about `bytes` UTF-8 bytes; copy k shifts every figure by k. */
function newsText(texts: string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const t = texts[k % texts.length].replace(/\d+/g, (d) => String(Number(d) + (k % 97)));
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
  }
  return parts.join('\n\n');
}

// The baseline: the same task done naively by one precompiled regex — any count expression the
// extractor understands (digits, number words, ranges, vague quantities, qualifiers), up to four
// words, then a harm word. The extractor must stay within 2× of this single pass.
const BASELINE = new RegExp(
  `(?<![\\p{L}\\d])${COUNT_SOURCE}(?:\\s+[\\p{L}'-]+){0,4}?\\s+(?:killed|dead|died|injured|wounded|hurt|missing|displaced|fled|deaths|casualties)\\b`,
  'giu',
);

function mbps(bytes: number, run: () => void): number {
  // Best of several runs after a warm-up: the figure is the code's speed, not the GC's.
  run();
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return bytes / 1e6 / (best / 1000);
}

export default async function bench(): Promise<BenchFigure[]> {
  const texts = sourceTexts();
  const sizes: Array<[string, number]> = [
    ['100k', 100_000],
    ['1m', 1_000_000],
    ['10m', 10_000_000],
  ];
  const figures: BenchFigure[] = [];
  const perSize: Record<string, { mbps: number; baseline: number; claims: number }> = {};
  for (const [label, bytes] of sizes) {
    const text = newsText(texts, bytes);
    const realBytes = Buffer.byteLength(text);
    let claims = 0;
    const extract = mbps(realBytes, () => {
      claims = extractClaims(text).length;
    });
    const baseline = mbps(realBytes, () => {
      BASELINE.lastIndex = 0;
      while (BASELINE.exec(text));
    });
    perSize[label] = { mbps: extract, baseline, claims };
  }
  const ratio = perSize['1m'].mbps / perSize['1m'].baseline;
  figures.push({
    key: 'extract.mbps',
    value: perSize['1m'].mbps,
    unit: 'MB/s',
    target: '≥ 50% of extract.baseline_mbps',
    ok: ratio >= 0.5,
  });
  figures.push({ key: 'extract.baseline_mbps', value: perSize['1m'].baseline, unit: 'MB/s' });
  figures.push({ key: 'extract.ratio', value: ratio, unit: '×baseline', target: '≥ 0.5', ok: ratio >= 0.5 });
  for (const label of ['100k', '10m']) {
    figures.push({ key: `extract.mbps_${label}`, value: perSize[label].mbps, unit: 'MB/s' });
    figures.push({ key: `extract.baseline_mbps_${label}`, value: perSize[label].baseline, unit: 'MB/s' });
  }
  // Linear: throughput at 10 MB stays within a factor of 2 of throughput at 100 KB.
  const linearity = perSize['10m'].mbps / perSize['100k'].mbps;
  figures.push({
    key: 'extract.linearity',
    value: linearity,
    unit: 'MB/s at 10 MB ÷ MB/s at 100 KB',
    target: '≥ 0.5 (linear)',
    ok: linearity >= 0.5,
  });
  figures.push({ key: 'extract.claims_per_mb', value: perSize['1m'].claims, unit: 'claims' });
  return figures;
}
