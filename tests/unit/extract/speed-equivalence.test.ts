import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../../src/extract/index';
import { normalize, type Normalized } from '../../../src/extract/normalize';
import { splitSentences, type Span } from '../../../src/extract/sentences';

// The speed fast paths in normalize() and splitSentences() must not change a single claim.
// Below are those two functions as they were before the fast paths (straightforward code, one
// regex per character); extractClaims run with them must give exactly the claims it gives with
// the fast paths, on every corpus text and on long passages joining many of them.
const root = path.resolve(__dirname, '../../..');

const SPECIAL =
  /\u200d|[\u00ad\u200b\u200c\u2060\ufeff\u00a0\u2000-\u200a\u202f\u205f\u3000\u2018\u2019\u02bc\u2032\u201c\u201d\u201e\u00ab\u00bb\r\u2010\u2011]|(?<=\s)--(?=\s)|(?<![A-Za-z0-9&#])#(?=[A-Za-z])/g;
function replacement(ch: string): string {
  if (ch === '--') return '\u2014';
  if ('\u00ad\u200b\u200c\u200d\u2060\ufeff#'.includes(ch)) return '';
  if ('\u2018\u2019\u02bc\u2032'.includes(ch)) return "'";
  if ('\u201c\u201d\u201e\u00ab\u00bb'.includes(ch)) return '"';
  if (ch === '\r') return '\n';
  if (ch === '\u2010' || ch === '\u2011') return '-';
  return ' ';
}
function referenceNormalize(input: string): Normalized {
  const parts: string[] = [];
  const map = new Int32Array(input.length + 1);
  let n = 0;
  let last = 0;
  const copyUpTo = (end: number): void => {
    for (let i = last; i < end; i++) map[n++] = i;
    parts.push(input.slice(last, end));
  };
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(input); m; m = SPECIAL.exec(input)) {
    copyUpTo(m.index);
    const rep = replacement(m[0]);
    if (rep !== '') {
      parts.push(rep);
      map[n++] = m.index;
    }
    last = m.index + m[0].length;
  }
  copyUpTo(input.length);
  map[n] = input.length;
  return { text: parts.join(''), toOriginal: map.subarray(0, n + 1) };
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen maj lt col capt sgt cpl adm gov sen rep st mt ft jr sr no nos vs etc inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ fig pp cf al'
  ).split(' '),
);
const BOUNDARY = /[.!?]+["')\]]*(?=\s)|\n|(?<=[a-z]{2})\.(?=[A-Z][a-z])/g;
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i])) i--;
  const word = text.slice(i + 1, dot);
  if (word === '') return false;
  if (word.includes('.')) return true;
  if (word.length === 1 && /[A-Z]/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
function referenceSplit(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const after = m.index + m[0].length;
    let j = after;
    while (j < text.length && /[ \t]/.test(text[j])) j++;
    const next = text[j] ?? '';
    if (m[0] === '\n') {
      if (next === '\n') {
        push(m.index);
        start = after;
        continue;
      }
      let p = m.index - 1;
      while (p >= 0 && /[ \t]/.test(text[p])) p--;
      const prev = text[p] ?? '';
      if (/[\p{Ll}\d(]/u.test(next) && !/[.!?:"]/.test(prev)) continue;
      push(m.index);
      start = after;
      continue;
    }
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    if (next !== '' && !/[\p{Lu}\d"'(\n[]/u.test(next)) continue;
    push(after);
    start = after;
  }
  push(text.length);
  return spans;
}

function corpusTexts(): string[] {
  const texts: string[] = [];
  for (const dir of ['tests/fixtures/corpus', '../shared/data']) {
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

type Extract = (text: string) => Claim[];

async function extractors(): Promise<{ fast: Extract; reference: Extract }> {
  vi.resetModules();
  const fast = (await import('../../../src/extract/index')).extractClaims;
  vi.resetModules();
  vi.doMock('../../../src/extract/normalize', () => ({ normalize: referenceNormalize }));
  vi.doMock('../../../src/extract/sentences', () => ({ splitSentences: referenceSplit }));
  const reference = (await import('../../../src/extract/index')).extractClaims;
  vi.doUnmock('../../../src/extract/normalize');
  vi.doUnmock('../../../src/extract/sentences');
  return { fast, reference };
}

describe('speed fast paths give identical claims', () => {
  const texts = corpusTexts();
  // Page-like variants: curly quotes, no-break and zero-width spaces, soft hyphens, CRLF.
  const pagey = (t: string): string =>
    t
      .replace(/'/g, '\u2019')
      .replace(/ (?=\d)/g, '\u00a0')
      .replace(/\n/g, '\r\n')
      .replace(/(\p{L}{6})(\p{L}{4})/gu, '$1\u00ad$2')
      .replace(/\. /g, '.\u200b ')
      .replace(/, /g, ' -- ');

  it('the reference is really used', async () => {
    const { reference } = await extractors();
    expect(reference('At least 39 people were killed.')).toHaveLength(1);
  });

  it('normalize and splitSentences equal their references on every corpus text', () => {
    expect(texts.length).toBeGreaterThan(100);
    for (const t of [...texts, ...texts.map(pagey), '', 'x', '\u00ad', 'a\u2028b\u3000c.\u00a0D']) {
      const a = normalize(t);
      const b = referenceNormalize(t);
      expect(a.text).toBe(b.text);
      expect(Array.from(a.toOriginal)).toEqual(Array.from(b.toOriginal));
      expect(splitSentences(a.text)).toEqual(referenceSplit(a.text));
    }
  });

  it('splitSentences equals its reference on random strings of stops, closers, breaks and words', () => {
    const pieces = [
      '.',
      '!',
      '?',
      '"',
      "'",
      ')',
      ']',
      '\n',
      ' ',
      '\t',
      'a',
      'A',
      '1',
      '(',
      '[',
      ':',
      'U.S',
      'Gen',
      'x',
      '\u00a0',
      '\u3000',
    ];
    let seed = 7;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 5000; k++) {
      let t = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) t += pieces[Math.floor(random() * pieces.length)];
      expect(splitSentences(t), JSON.stringify(t)).toEqual(referenceSplit(t));
    }
  });

  it('extractClaims gives the same claims with and without the fast paths', async () => {
    const { fast, reference } = await extractors();
    for (const t of [...texts, ...texts.slice(0, 40).map(pagey)]) expect(fast(t)).toEqual(reference(t));
    for (let from = 0; from < texts.length; from += 60) {
      const t = texts.slice(from, from + 60).join('\n\n');
      expect(fast(t)).toEqual(reference(t));
    }
  });
});
