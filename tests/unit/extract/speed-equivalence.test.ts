import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, extractClaimsUnfiltered } from '../../../src/extract/index';
import { normalize } from '../../../src/extract/normalize';

// The fast paths (sentence prefilters, normalize without special characters) must not change
// a single claim: every corpus text, alone and joined into long passages, gives the same claims.
const root = path.resolve(__dirname, '../../..');

function corpusTexts(): string[] {
  const texts: string[] = [];
  const dirs = ['tests/fixtures/corpus', '../shared/data'];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.jsonl'));
    } catch {
      continue;
    }
    for (const f of files)
      for (const line of readFileSync(path.join(root, dir, f), 'utf8').split('\n'))
        if (line.trim() !== '') {
          const { text } = JSON.parse(line) as { text?: unknown };
          if (typeof text === 'string') texts.push(text);
        }
  }
  for (const f of readdirSync(path.join(root, 'tests/fixtures/seed')))
    texts.push(readFileSync(path.join(root, 'tests/fixtures/seed', f), 'utf8'));
  return texts;
}

describe('speed fast paths give identical claims', () => {
  const texts = corpusTexts();

  it('on every corpus text', () => {
    expect(texts.length).toBeGreaterThan(100);
    for (const t of texts) expect(extractClaims(t)).toEqual(extractClaimsUnfiltered(t));
  });

  it('on long passages joining many texts', () => {
    for (const sep of ['\n\n', ' ', '\n']) {
      for (let from = 0; from < texts.length; from += 40) {
        const t = texts.slice(from, from + 40).join(sep);
        expect(extractClaims(t)).toEqual(extractClaimsUnfiltered(t));
      }
    }
  });

  it('normalize: text without special characters maps to itself', () => {
    const plain = 'At least 39 people were killed, the ministry said.\nHamas was designated in 1997.';
    const n = normalize(plain);
    expect(n.text).toBe(plain);
    expect(Array.from(n.toOriginal)).toEqual(Array.from({ length: plain.length + 1 }, (_, i) => i));
    const mixed = 'A\u00a0b\u200bc\u2019d\r\ne\u00ad';
    const m = normalize(mixed);
    expect(m.text).toBe("A bc'd\n\ne");
    expect(Array.from(m.toOriginal)).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9, 11]);
  });
});
